/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { readJson } from './l10nSources';

const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
// The product's name and the commands' category stay as AWS's Japanese pages write product names: in English.
const keptInEnglish = new Set(['displayName', 'configuration.title', 'command.category']);

test('package.nls.json and package.nls.ja.json have the same keys, each used by package.json', () => {
	const english = readJson('package.nls.json');
	const ja = readJson('package.nls.ja.json');
	assert.deepEqual(Object.keys(ja).sort(), Object.keys(english).sort());
	const manifest = JSON.stringify(readJson('package.json'));
	const used = new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]));
	assert.deepEqual(
		[...used].filter((key) => !(key in english)),
		[],
		'package.json names keys that package.nls.json lacks',
	);
	assert.deepEqual(
		Object.keys(english).filter((key) => !used.has(key)),
		[],
		'package.nls.json has keys that package.json does not use',
	);
	for (const [key, value] of Object.entries(ja)) {
		assert.ok(keptInEnglish.has(key) ? value === english[key] : japanese.test(String(value)), `package.nls.ja.json ${key}: ${value}`);
	}
});

test('the Japanese rule descriptions link to docs/rules.ja.md at the rule', () => {
	const ja = readJson('package.nls.ja.json');
	for (const [key, value] of Object.entries(ja).filter(
		([name]) => name.startsWith('config.rules.') && name !== 'config.rules.description',
	)) {
		assert.ok(String(value).endsWith(`docs/rules.ja.md#${key.slice('config.rules.'.length)})`), `${key}: ${value}`);
	}
});
