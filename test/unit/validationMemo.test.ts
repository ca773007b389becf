/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// After an edit, the server validates the new version with what the previous one found in each statement
// (#6). Whatever the edit, the findings must be exactly those of a validation from scratch.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { TextDocument, type ValidationMemo } from '../../server/src/languageService';
import { service } from './testUtil';

const corpus = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'aws-managed');

function validateBothWays(document: TextDocument, memo: ValidationMemo, settings = {}) {
	const parsed = service.parsePolicyDocument(document);
	const remembered = service.doValidation(document, parsed, settings, memo);
	const fresh = service.doValidation(document, parsed, settings);
	assert.deepEqual(remembered, fresh, `version ${document.version}`);
	return remembered;
}

const seeded = (seed: number) => () => {
	seed = (seed * 1103515245 + 12345) % 2 ** 31;
	return seed / 2 ** 31;
};

const editTexts = [
	'x',
	'',
	'"',
	',',
	'{',
	'}',
	'\n',
	'*',
	'Deny',
	'"Sid": "A",',
	'"Version": "2008-10-17",',
	'arn:aws:s3:::b',
	':',
	'\r\n  ',
];

describe('validation memo', () => {
	for (const name of ['SupportUser', 'AWSSupportAccess', 'ViewOnlyAccess', 'AWSSupportAppFullAccess']) {
		test(`gives the findings of a fresh validation through random edits of ${name}`, () => {
			const random = seeded(name.length * 7919);
			let document = TextDocument.create(
				`file:///memo/${name}.json`,
				'json',
				1,
				readFileSync(path.join(corpus, `${name}.json`), 'utf8'),
			);
			const memo: ValidationMemo = {};
			validateBothWays(document, memo);
			for (let version = 2; version < 80; version++) {
				const text = document.getText();
				const start = Math.floor(random() * text.length);
				const end = Math.min(text.length, start + Math.floor(random() * 4));
				const newText = editTexts[Math.floor(random() * editTexts.length)];
				document = TextDocument.update(
					document,
					[{ range: { start: document.positionAt(start), end: document.positionAt(end) }, text: newText }],
					version,
				);
				validateBothWays(document, memo);
			}
		});
	}

	const twoStatements = (secondSid: string) => `{
	"Version": "2012-10-17",
	"Statement": [
		{ "Sid": "Cases", "Effect": "Allow", "Action": ["support:describecases", "support:DescribeCases"], "Resource": "arn:aws:support:::case/1" },
		{ "Sid": "${secondSid}", "Effect": "Deny", "Action": "trustedadvisor:RefreshCheck", "Resource": "*" }
	]
}`;

	test("reuses an unchanged statement's findings, moved to where the statement now is", () => {
		const memo: ValidationMemo = {};
		const before = validateBothWays(TextDocument.create('file:///memo/two.json', 'json', 1, twoStatements('Other')), memo);
		const reused = [...memo.findings!.values()].find((findings) => findings.length >= 3);
		assert.ok(reused, 'the first statement has findings to reuse');
		// A line above both statements moves them down; only the second statement's text changes.
		const after = validateBothWays(
			TextDocument.create('file:///memo/two.json', 'json', 2, twoStatements('Cases').replace('"Version"', '"Id": "x",\n\t"Version"')),
			memo,
		);
		assert.ok([...memo.findings!.values()].includes(reused), 'the unchanged statement was not checked again');
		assert.equal(
			after.find((diagnostic) => diagnostic.code === 'non-canonical-case')!.range.start.line,
			before.find((diagnostic) => diagnostic.code === 'non-canonical-case')!.range.start.line + 1,
		);
		assert.ok(
			after.some((diagnostic) => diagnostic.code === 'duplicate-sid'),
			'rules across statements see the edit',
		);
	});

	test('starts afresh when the settings change', () => {
		const memo: ValidationMemo = {};
		const document = TextDocument.create('file:///memo/two.json', 'json', 1, twoStatements('Other'));
		validateBothWays(document, memo, {});
		const quiet = validateBothWays(document, memo, { rules: { 'non-canonical-case': 'off' } });
		assert.ok(!quiet.some((diagnostic) => diagnostic.code === 'non-canonical-case'));
	});
});
