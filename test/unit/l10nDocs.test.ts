/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { rules } from '../../server/src/languageService/diagnostics/rules';

const repo = path.resolve(__dirname, '../../..');
const read = (file: string) => fs.readFileSync(path.join(repo, file), 'utf8');
const codeBlocks = (text: string) => text.match(/```[\s\S]*?```/g) ?? [];

function section(docs: string, code: string): string | undefined {
	return docs.split(`\n## ${code}\n`)[1]?.split('\n## ')[0];
}

test('docs/rules.ja.md has every rule with its default, the same examples as docs/rules.md, a fix and an AWS page in Japanese', () => {
	const ja = read('docs/rules.ja.md');
	const en = read('docs/rules.md');
	for (const rule of rules) {
		const text = section(ja, rule.code);
		assert.ok(text, `no section for ${rule.code}`);
		assert.match(text, new RegExp(`^既定: \\*\\*${rule.severity}\\*\\*。`, 'm'), rule.code);
		assert.match(
			text,
			/問題のある例:[\s\S]*正しい例:[\s\S]*修正: [\s\S]*AWS のドキュメント: \[.+\]\(https:\/\/docs\.aws\.amazon\.com\/ja_jp\//,
			rule.code,
		);
		assert.deepEqual(
			codeBlocks(text),
			codeBlocks(section(en, rule.code) ?? ''),
			`the examples of ${rule.code} differ from docs/rules.md`,
		);
		assert.ok(ja.includes(`| [\`${rule.code}\`](#${rule.code}) |`), `the table lacks ${rule.code}`);
	}
});

test('the English and Japanese documents link to each other', () => {
	assert.match(read('docs/rules.md'), /\[日本語\]\(rules\.ja\.md\)/);
	assert.match(read('docs/rules.ja.md'), /\[English\]\(rules\.md\)/);
	assert.match(read('README.md').split('\n').slice(0, 4).join('\n'), /\[日本語\]\(README\.ja\.md\)/);
	assert.match(read('README.ja.md'), /\[English\]\(README\.md\)/);
});
