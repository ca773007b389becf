/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import { applyEdits, modify, type FormattingOptions, type JSONPath } from 'jsonc-parser';
import { CodeAction, type CodeActionKind, TextDocumentEdit, TextEdit, type Diagnostic, type TextDocument } from '../languageTypes';
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
export function modifyText(
	text: string,
	path: JSONPath,
	value: unknown,
	options: { insertAt?: number; arrayInsertion?: boolean } = {},
): string | undefined {
	let edits;
	try {
		edits = modify(text, path, value, {
			formattingOptions: formattingOf(text),
			isArrayInsertion: options.arrayInsertion,
			getInsertionIndex: options.insertAt === undefined ? undefined : () => options.insertAt!,
		});
	} catch {
		// jsonc-parser throws when a damaged document's path leads through an array where it expects an
		// object (found by the fuzzer): that fix is not offered.
		return undefined;
	}
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
export function textAction(
	document: TextDocument,
	title: string,
	kind: CodeActionKind,
	newText: string | undefined,
	diagnostic?: Diagnostic,
	isPreferred = false,
): CodeAction | undefined {
	const edit = newText === undefined ? undefined : minimalEdit(document, newText);
	if (!edit) {
		return undefined;
	}
	const action = CodeAction.create(
		title,
		{ documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, [edit])] },
		kind,
	);
	if (diagnostic) {
		action.diagnostics = [diagnostic];
	}
	if (isPreferred) {
		action.isPreferred = true;
	}
	return action;
}

/** The whitespace before a node when it starts its line, so that new entries line up under it. */
export function lineIndent(text: string, node: JsonNode): string | undefined {
	const lineStart = text.lastIndexOf('\n', node.offset - 1) + 1;
	const before = text.slice(lineStart, node.offset);
	return /^[ \t]*$/.test(before) ? before : undefined;
}

/** JSON on one line, spaced as people write it by hand: `{"Effect": "Allow", "Action": ["a", "b"]}`. */
export function compactJson(value: unknown): string {
	if (Array.isArray(value)) {
		return `[${value.map(compactJson).join(', ')}]`;
	}
	if (value && typeof value === 'object') {
		return `{${Object.entries(value)
			.map(([key, item]) => `${JSON.stringify(key)}: ${compactJson(item)}`)
			.join(', ')}}`;
	}
	return JSON.stringify(value);
}

/** The separator that puts a new element after `node` the way its neighbours are laid out. */
function separatorAfter(text: string, node: JsonNode): string {
	const indent = lineIndent(text, node);
	const eol = text.includes('\r\n') ? '\r\n' : '\n';
	return indent === undefined ? ', ' : `,${eol}${indent}`;
}

/**
 * Removes one element of an array with its comma. jsonc-parser's `modify` would re-indent the whole
 * array; this touches the element and the separator next to it only, and keeps comments elsewhere.
 */
export function removeArrayElement(text: string, array: JsonNode, element: JsonNode): string {
	const children = array.children ?? [];
	const index = children.indexOf(element);
	const next = children[index + 1];
	const previous = children[index - 1];
	const end = element.offset + element.length;
	if (next && /^\s*,\s*$/.test(text.slice(end, next.offset))) {
		return text.slice(0, element.offset) + text.slice(next.offset);
	}
	if (previous && /^\s*,\s*$/.test(text.slice(previous.offset + previous.length, element.offset))) {
		return text.slice(0, previous.offset + previous.length) + text.slice(end);
	}
	const comma = text.indexOf(',', end);
	return next && comma >= 0 && comma < next.offset
		? text.slice(0, element.offset) + text.slice(comma + 1).replace(/^[ \t]*/, '')
		: text.slice(0, element.offset) + text.slice(end);
}

/** Inserts values after `node` (an array element or a statement), laid out like it. */
export function insertAfter(text: string, node: JsonNode, values: readonly unknown[]): string {
	const separator = separatorAfter(text, node);
	const end = node.offset + node.length;
	const multiline = text.slice(node.offset, end).includes('\n');
	const indent = lineIndent(text, node) ?? '';
	const unit = formattingOf(text).insertSpaces ? ' '.repeat(formattingOf(text).tabSize ?? 2) : '\t';
	const rendered = values.map((value) =>
		multiline ? JSON.stringify(value, null, unit).replace(/\n/g, `\n${indent}`) : compactJson(value),
	);
	return text.slice(0, end) + rendered.map((item) => separator + item).join('') + text.slice(end);
}

/**
 * How a fix's edits are written in the document's syntax. The fixes say what changes, in the policy
 * model's terms; a writer says how the text changes: JSON's below, YAML's in parser/yaml/yamlEdits.ts.
 */
export interface EditWriter {
	/** Replaces a value with a string, quoted as the value was where the syntax lets it choose. */
	replaceWithValue(text: string, node: JsonNode, value: string): string;
	/** Replaces a value with a list of strings on one line. */
	replaceWithList(text: string, node: JsonNode, values: readonly string[]): string;
	/** Replaces one entry of a list by several: on its line (`inline`), or one a line where the list has one a line. */
	replaceWithEntries(text: string, node: JsonNode, values: readonly string[], inline?: boolean): string;
	removeArrayElement(text: string, array: JsonNode, element: JsonNode): string;
	/** Inserts values (strings, or statements as objects) after an array element. */
	insertAfter(text: string, node: JsonNode, values: readonly unknown[]): string | undefined;
	/** Adds a property to an object at an index of its properties; `path` is the object's path in the document. */
	addProperty(text: string, object: JsonNode, path: JSONPath, name: string, value: string, insertAt: number): string | undefined;
}

export const jsonEditWriter: EditWriter = {
	replaceWithValue: (text, node, value) => replaceNodeText(text, node, JSON.stringify(value)),
	replaceWithList: (text, node, values) => replaceNodeText(text, node, compactJson(values)),
	replaceWithEntries(text, node, values, inline) {
		const indent = inline ? undefined : lineIndent(text, node);
		const eol = text.includes('\r\n') ? '\r\n' : '\n';
		const separator = indent === undefined ? ', ' : `,${eol}${indent}`;
		return replaceNodeText(text, node, values.map((value) => JSON.stringify(value)).join(separator));
	},
	removeArrayElement,
	insertAfter,
	addProperty: (text, _object, path, name, value, insertAt) => modifyText(text, [...path, name], value, { insertAt }),
};
