/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { policyTemplates } from '../../shared/templates';

const root = path.join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

interface Snippet {
	prefix: string;
	body: string[];
	description: string;
}

const snippetsFile = path.join(root, 'snippets', 'iam-policy.json');
const snippets: Record<string, Snippet> = JSON.parse(readFileSync(snippetsFile, 'utf8'));

test('every template has exactly one snippet, and every snippet is a template', () => {
	const prefixes = Object.values(snippets)
		.map((snippet) => snippet.prefix)
		.sort();
	assert.deepEqual(prefixes, policyTemplates.map((template) => template.snippetPrefix).sort());
});

for (const template of policyTemplates) {
	test(`the ${template.snippetPrefix} snippet inserts templates/${template.file} unchanged`, () => {
		const snippet = Object.values(snippets).find((candidate) => candidate.prefix === template.snippetPrefix);
		assert.ok(snippet, `no snippet with prefix ${template.snippetPrefix}`);
		// In snippet syntax `\$` is a literal `$`: undo that escape to get the text that VS Code inserts.
		const inserted = `${snippet.body.map((line) => line.replace(/\\\$/g, '$')).join('\n')}\n`;
		assert.equal(inserted, readFileSync(path.join(root, 'templates', template.file), 'utf8'));
		assert.doesNotMatch(snippet.body.join('\n'), /(^|[^\\])\$/, 'an unescaped $ would become a placeholder');
	});
}

test('the snippets are what scripts/generate-snippets.mjs writes', () => {
	const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'generate-snippets.mjs'), '--check'], { encoding: 'utf8' });
	assert.equal(result.status, 0, result.stderr);
});

test('package.json contributes the snippets to JSON and JSONC, and the template command', () => {
	const contributed = manifest.contributes.snippets as { language: string; path: string }[];
	assert.deepEqual(contributed.map((entry) => entry.language).sort(), ['json', 'jsonc']);
	for (const entry of contributed) {
		assert.equal(path.resolve(root, entry.path), snippetsFile);
		assert.ok(existsSync(path.resolve(root, entry.path)));
	}
	const command = (manifest.contributes.commands as { command: string; category?: string }[]).find(
		(entry) => entry.command === 'iamSupport.newPolicyFromTemplate',
	);
	// The manifest's strings are %keys% of package.nls.json (#8).
	const nls = JSON.parse(readFileSync(path.join(root, 'package.nls.json'), 'utf8'));
	assert.equal(nls[command?.category?.replace(/^%(.*)%$/, '$1') ?? ''], 'IAM Support');
});
