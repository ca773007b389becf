/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// AWS's own managed policies name only real actions: hover must know every one of them.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { TextDocument } from '../../server/src/languageService';
import { service } from './testUtil';

const corpus = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'aws-managed');
const files = readdirSync(corpus).filter((file) => file.endsWith('.json'));

test('the corpus is there', () => {
	assert.equal(files.length, 25);
});

for (const file of files) {
	test(`every action of ${file} resolves to the catalog on hover`, () => {
		const document = TextDocument.create(`file:///corpus/${file}`, 'json', 1, readFileSync(path.join(corpus, file), 'utf8'));
		const parsed = service.parsePolicyDocument(document);
		assert.equal(parsed.policies.length, 1, 'the document is one policy');
		let checked = 0;
		for (const statement of parsed.policies[0].statements) {
			for (const entry of [...(statement.action?.entries ?? []), ...(statement.notAction?.entries ?? [])]) {
				const hover = service.doHover(document, document.positionAt(entry.node.offset + 1), parsed);
				const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
				assert.doesNotMatch(value, /Unknown|Not an action|matches no action/, `${entry.value}: ${value.split('\n')[0]}`);
				assert.ok(value.length > 0, `${entry.value} has a hover`);
				checked++;
			}
		}
		assert.ok(checked > 0);
	});
}
