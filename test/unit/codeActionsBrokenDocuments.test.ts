/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Code actions on documents that do not parse (the fuzzer found fixes that broke them further).
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse, type ParseError } from 'jsonc-parser';
import { TextDocument, TextDocumentEdit, type CodeAction } from '../../server/src/languageService';
import { service } from './testUtil';

const brokenDocuments = [
	// An unterminated string in an action list: sorting would move it and break the list.
	'{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["support:ResolveCase", "support:CreateCase, "support:AddCommunicationToCase"], "Resource": "*"}]}',
	'{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["trustedadvisor:RefreshCheck", "support:DescribeCases", "support:G?,\n"Resource": "*"}, {"Effect": "Allow", "Action": "support:*"]}',
	// A statement without Resource whose closing brace is missing: "Add Resource" must not land outside it.
	'{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["support:CreateCase", "support:ResolveCase"]\n, {"Effect": "Deny", "Action": "support:ResolveCase", "Resource": "*"}]}',
	'{"Statement": {"Sid": "a b", "Effect": "allow", "Action": ["support:CreateCase" "support:DescibeCases"], "Resource": "arn:aws:support::1:case/x"',
];

function syntaxErrors(text: string): number {
	const errors: ParseError[] = [];
	parse(text, errors, { allowTrailingComma: true, disallowComments: false });
	return errors.length;
}

function apply(document: TextDocument, action: CodeAction): string {
	const edits = (action.edit?.documentChanges ?? []).filter(TextDocumentEdit.is).flatMap((change) => change.edits);
	return TextDocument.applyEdits(document, edits);
}

for (const [index, text] of brokenDocuments.entries()) {
	test(`broken document ${index}: every code action offered breaks nothing more and fixes what it names`, () => {
		const document = TextDocument.create('file:///broken.json', 'json', 1, text);
		const parsed = service.parsePolicyDocument(document);
		assert.ok(parsed.syntaxErrors.length > 0, 'the document does not parse');
		const diagnostics = service.doValidation(document, parsed);
		for (let offset = 0; offset <= text.length; offset += 7) {
			const position = document.positionAt(offset);
			for (const action of service.doCodeActions(document, { start: position, end: position }, { diagnostics }, parsed)) {
				const after = apply(document, action);
				assert.ok(syntaxErrors(after) <= parsed.syntaxErrors.length, `"${action.title}" breaks the document further:\n${after}`);
				for (const fixed of action.diagnostics ?? []) {
					const afterDocument = TextDocument.create(document.uri, 'json', 2, after);
					const count = (list: readonly { code?: unknown }[]) => list.filter((d) => d.code === fixed.code).length;
					assert.ok(
						count(service.doValidation(afterDocument, service.parsePolicyDocument(afterDocument))) < count(diagnostics),
						`"${action.title}" leaves ${String(fixed.code)}`,
					);
				}
			}
		}
	});
}
