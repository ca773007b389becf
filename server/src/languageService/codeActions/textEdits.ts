/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import { applyEdits, modify, type FormattingOptions, type JSONPath } from 'jsonc-parser';
import { CodeAction, CodeActionKind, TextDocumentEdit, TextEdit, type Diagnostic, type TextDocument } from '../languageTypes';
import type { JsonNode } from '../parser/policyModel';

/** The document's own indentation and line ends, so that inserted JSON looks like the text around it. */
export function formattingOf(text: string): FormattingOptions {
	const eol = text.includes('\r\n') ? '\r\n' : '\n';
	const indented = /\n([ \t]+)\S/.exec(text);
	if (indented?.[1].startsWith('\t')) {
		return { insertSpaces: false, tabSize: 4, eol };
	}
	return { insertSpaces: true, tabSize: indented ? indented[1].length : 2, eol };
}

/** Sets, inserts (`insertAt`) or removes (`value` undefined) the value at a path, as jsonc-parser does it: comments stay. */
export function modifyText(text: string, path: JSONPath, value: unknown, options: { insertAt?: number; arrayInsertion?: boolean } = {}): string {
	const edits = modify(text, path, value, {
		formattingOptions: formattingOf(text),
		isArrayInsertion: options.arrayInsertion,
		getInsertionIndex: options.insertAt === undefined ? undefined : () => options.insertAt!,
	});
	return applyEdits(text, edits);
}

export function replaceNodeText(text: string, node: JsonNode, replacement: string): string {
	return text.slice(0, node.offset) + replacement + text.slice(node.offset + node.length);
}

/**
 * The one edit that turns the document into `newText`: the span between their common start and end.
 * Fixes compute whole texts (several jsonc-parser steps in a row); this keeps what the client applies minimal.
 */
export function minimalEdit(document: TextDocument, newText: string): TextEdit | undefined {
	const oldText = document.getText();
	if (oldText === newText) {
		return undefined;
	}
	let start = 0;
	const shortest = Math.min(oldText.length, newText.length);
	while (start < shortest && oldText[start] === newText[start]) {
		start++;
	}
	let oldEnd = oldText.length;
	let newEnd = newText.length;
	while (oldEnd > start && newEnd > start && oldText[oldEnd - 1] === newText[newEnd - 1]) {
		oldEnd--;
		newEnd--;
	}
	return TextEdit.replace({ start: document.positionAt(start), end: document.positionAt(oldEnd) }, newText.slice(start, newEnd));
}

/** A code action whose edit is versioned, so that a client applies it only to the version it was computed for. */
export function textAction(document: TextDocument, title: string, kind: CodeActionKind, newText: string | undefined, diagnostic?: Diagnostic, isPreferred = false): CodeAction | undefined {
	const edit = newText === undefined ? undefined : minimalEdit(document, newText);
	if (!edit) {
		return undefined;
	}
	const action = CodeAction.create(title, { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, [edit])] }, kind);
	if (diagnostic) {
		action.diagnostics = [diagnostic];
	}
	if (isPreferred) {
		action.isPreferred = true;
	}
	return action;
}
