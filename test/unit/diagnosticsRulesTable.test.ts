/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The rules table, its documentation and the settings schema must name the same rules with the same defaults.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { rules } from '../../server/src/languageService/diagnostics/rules';

const repo = path.resolve(__dirname, '../../..');

test('docs/rules.md has a section for every rule with bad and good examples and an AWS page', () => {
	const docs = fs.readFileSync(path.join(repo, 'docs/rules.md'), 'utf8');
	for (const rule of rules) {
		const section = docs.split(`\n## ${rule.code}\n`)[1]?.split('\n## ')[0];
		assert.ok(section, `no section for ${rule.code}`);
		assert.match(section, new RegExp(`Default: \\*\\*${rule.severity}\\*\\*`), rule.code);
		assert.match(section, /Bad:[\s\S]*Good:[\s\S]*Fix:[\s\S]*AWS: \[.+\]\(https:\/\/docs\.aws\.amazon\.com\//, rule.code);
	}
});

test('the iamSupport.rules setting lists every rule with its default', () => {
	const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
	const setting = manifest.contributes.configuration.properties['iamSupport.rules'];
	assert.equal(setting.scope, 'resource');
	assert.deepEqual(Object.keys(setting.properties).sort(), rules.map((rule) => rule.code).sort());
	for (const rule of rules) {
		assert.equal(setting.properties[rule.code].default, rule.severity, rule.code);
	}
});

test('every rule has a trigger and a near-miss case', () => {
	// Read from the sources: importing the test files would run their tests a second time.
	const sources = ['Structure', 'Kinds', 'Actions', 'Conditions']
		.map((name) => fs.readFileSync(path.join(repo, `test/unit/diagnostics${name}.test.ts`), 'utf8'))
		.join('\n');
	const covered = new Set([...sources.matchAll(/^\t\[\s*'([a-z-]+)',/gm)].map((match) => match[1]));
	const uncovered = rules
		.map((rule) => rule.code)
		.filter((code) => !covered.has(code) && code !== 'scopable-resource' && code !== 'policy-too-large');
	assert.deepEqual(uncovered, []);
});
