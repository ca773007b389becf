/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { accessLevelNamesJa, actionDescriptionJa, actionDescriptionsJa } from '../../server/src/languageService/data/actionDescriptions.ja';
import { allSupportActions, supportAction } from '../../server/src/languageService/catalog/catalog';

const japaneseText = /[\u3040-\u30ff\u4e00-\u9fff]/;
// Names that a translation must keep in English wherever the English description uses them.
const keptNames = ['AWS Support', 'Trusted Advisor', 'Trusted Advisor Priority', 'Slack', 'OAuth', 'GovCloud', 'KMS', 'CLI', 'URL', 'API'];

test('every action of the Support family has a Japanese description', () => {
	const missing = allSupportActions().filter((action) => !Object.prototype.hasOwnProperty.call(actionDescriptionsJa, action.fullName));
	assert.deepEqual(
		missing.map((action) => action.fullName),
		[],
	);
});

test("every Japanese description is keyed by a real action, in AWS's case", () => {
	const unknown = Object.keys(actionDescriptionsJa).filter((key) => supportAction(key)?.fullName !== key);
	assert.deepEqual(unknown, []);
});

test('no Japanese description is empty or left in English', () => {
	for (const [name, description] of Object.entries(actionDescriptionsJa)) {
		assert.ok(description.trim().length > 0, `${name} has an empty description`);
		assert.ok(!/grants? permission|permission to/i.test(description), `${name} is still in English: ${description}`);
		assert.ok(japaneseText.test(description), `${name} has no Japanese text: ${description}`);
		assert.ok(description.endsWith('。'), `${name} does not end as a Japanese sentence: ${description}`);
		assert.notEqual(description, supportAction(name)?.description, `${name} copies the English description`);
	}
});

test("each description states what it grants, as AWS's Japanese reference does", () => {
	for (const [name, description] of Object.entries(actionDescriptionsJa)) {
		assert.match(description, /権限を付与します。/, `${name}: ${description}`);
	}
});

test('service and product names stay in English where the English description names them', () => {
	for (const action of allSupportActions()) {
		const japanese = actionDescriptionsJa[action.fullName] ?? '';
		for (const kept of keptNames) {
			if (new RegExp(`\\b${kept}\\b`).test(action.description)) {
				assert.ok(japanese.includes(kept), `${action.fullName}: "${kept}" is missing from ${japanese}`);
			}
		}
	}
});

test('the lookup ignores case, as IAM does, and knows no other service', () => {
	assert.equal(actionDescriptionJa('SUPPORT:createcase'), actionDescriptionsJa['support:CreateCase']);
	assert.equal(actionDescriptionJa('s3:GetObject'), undefined);
});

test('every access level of the catalog has its Japanese name', () => {
	const levels = new Set(allSupportActions().map((action) => action.accessLevel));
	for (const level of levels) {
		assert.ok(accessLevelNamesJa[level] && japaneseText.test(accessLevelNamesJa[level]), `no Japanese name for ${level}`);
	}
});
