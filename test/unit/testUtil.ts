/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import { getLanguageService, TextDocument, type LanguageService, type Position } from '../../server/src/languageService';

export const service = getLanguageService();

/** Splits a document written with a `|` cursor marker into the document and the cursor position. */
export function withCursor(
	content: string,
	uri = 'file:///test/policy.json',
): { document: TextDocument; position: Position; offset: number } {
	const offset = content.indexOf('|');
	if (offset < 0) {
		throw new Error('The test document has no | cursor marker');
	}
	const document = TextDocument.create(uri, languageOf(uri), 1, content.slice(0, offset) + content.slice(offset + 1));
	return { document, position: document.positionAt(offset), offset };
}

/** The language VS Code gives a file of this name: a test names its format by its URI. */
export function languageOf(uri: string): string {
	return /\.ya?ml$/.test(uri) ? 'yaml' : /\.tf$/.test(uri) ? 'terraform' : 'json';
}

export function complete(content: string, uri?: string) {
	const { document, position } = withCursor(content, uri);
	const list = service.doComplete(document, position, service.parsePolicyDocument(document));
	return { document, list, items: list?.items ?? [] };
}

export function hover(content: string, uri?: string, by: LanguageService = service) {
	const { document, position } = withCursor(content, uri);
	const result = by.doHover(document, position, by.parsePolicyDocument(document));
	const value = result && typeof result.contents === 'object' && 'value' in result.contents ? result.contents.value : '';
	return { result, value };
}

/** Applies a completion item's text edit and returns the whole resulting text (snippet syntax kept). */
export function applyCompletion(document: TextDocument, item: { textEdit?: unknown; label: string }): string {
	const edit = item.textEdit as { range: { start: Position; end: Position }; newText: string } | undefined;
	if (!edit) {
		throw new Error(`completion ${item.label} has no text edit`);
	}
	const text = document.getText();
	return text.slice(0, document.offsetAt(edit.range.start)) + edit.newText + text.slice(document.offsetAt(edit.range.end));
}
