/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The rules table decides the manifest's rule settings, their texts in both languages and the index tables
// of docs/rules*.md; scripts/generate-rules.mjs writes them, and a committed copy must match what it writes.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';

const root = path.resolve(__dirname, '../../..');

test('package.json, package.nls*.json and the docs/rules*.md indexes are as the rules table writes them', () => {
	const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'generate-rules.mjs'), '--check'], { encoding: 'utf8' });
	assert.equal(result.status, 0, result.stderr);
});
