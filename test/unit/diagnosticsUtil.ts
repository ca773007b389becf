/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'node:assert/strict';
import { TextDocument, type Diagnostic, type LanguageSettings } from '../../server/src/languageService';
import { languageOf, service } from './testUtil';

export function validate(
	content: string,
	settings?: LanguageSettings,
	uri = 'file:///test/policy.json',
): { document: TextDocument; diagnostics: Diagnostic[] } {
	const document = TextDocument.create(uri, languageOf(uri), 1, content);
	return { document, diagnostics: service.doValidation(document, service.parsePolicyDocument(document, settings), settings) };
}

/** A policy with Version 2012-10-17 around the given statements. */
export function policy(...statements: string[]): string {
	return `{"Version": "2012-10-17", "Statement": [${statements.join(', ')}]}`;
}

/** Asserts a diagnostic with the code that starts at the `|` marker, and returns it. */
export function assertDiagnostic(code: string, content: string, settings?: LanguageSettings, uri?: string): Diagnostic {
	const offset = content.indexOf('|');
	assert.ok(offset >= 0, 'the test document has no | marker');
	const { document, diagnostics } = validate(content.slice(0, offset) + content.slice(offset + 1), settings, uri);
	const found = diagnostics.find((diagnostic) => diagnostic.code === code && document.offsetAt(diagnostic.range.start) === offset);
	assert.ok(
		found,
		`expected ${code} at offset ${offset}; got ${JSON.stringify(diagnostics.map((d) => [d.code, document.offsetAt(d.range.start), d.message]))}`,
	);
	assert.equal(found.source, 'iam-support');
	assert.match(found.codeDescription?.href ?? '', new RegExp(`docs/rules\\.md#${code}$`));
	return found;
}

export function assertNoDiagnostic(code: string, content: string, settings?: LanguageSettings, uri?: string): void {
	const { diagnostics } = validate(content, settings, uri);
	assert.deepEqual(
		diagnostics.filter((diagnostic) => diagnostic.code === code).map((diagnostic) => diagnostic.message),
		[],
	);
}
