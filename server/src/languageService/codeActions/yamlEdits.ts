/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// A fix's edits written in YAML: block sequences and mappings gain and lose whole lines at the indentation
// of their neighbours; flow collections (`[a, b]`, `{a: 1}`) are written as JSON is, which YAML reads.

import { lineStartAt } from '../parser/textLines';
import type { JSONPath, Node as JsonNode } from 'jsonc-parser';
import { jsonEditWriter, replaceNodeText, type EditWriter } from './textEdits';
import { yamlScalar } from '../parser/spelling';

function lineStartOf(text: string, offset: number): number {
	return lineStartAt(text, offset - 1);
}

function lineEndAfter(text: string, offset: number): number {
	const end = text.indexOf('\n', offset);
	return end < 0 ? text.length : end + 1;
}

function eolOf(text: string): string {
	return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The `- ` that opens a block sequence's item, when the node is one: its offset. */
function dashBefore(text: string, node: JsonNode): number | undefined {
	let index = node.offset - 1;
	while (index >= 0 && text[index] === ' ') {
		index--;
	}
	return text[index] === '-' && (index === 0 || /[\s]/.test(text[index - 1])) ? index : undefined;
}

/** A scalar written as the one it replaces was: in its quotes, or plain when it was plain and may stay so. */
function scalarLike(text: string, node: JsonNode, value: string): string {
	const first = text[node.offset];
	return yamlScalar(value, first === '"' || first === "'" ? first : undefined);
}

/** A value in block style, its lines after the first indented by `indent`. */
function block(value: unknown, indent: string, eol: string): string {
	if (typeof value === 'string') {
		return yamlScalar(value);
	}
	if (Array.isArray(value)) {
		return value.map((item, index) => `${index === 0 ? '' : indent}- ${block(item, `${indent}  `, eol)}`).join(eol);
	}
	if (value && typeof value === 'object') {
		return Object.entries(value)
			.map(([key, item], index) => {
				const prefix = `${index === 0 ? '' : indent}${yamlScalar(key)}:`;
				if (typeof item === 'string' || item === null || typeof item !== 'object') {
					return `${prefix} ${typeof item === 'string' ? yamlScalar(item) : JSON.stringify(item)}`;
				}
				if (Array.isArray(item) && item.length === 0) {
					return `${prefix} []`;
				}
				const inner = `${indent}  `;
				return `${prefix}${eol}${inner}${block(item, inner, eol)}`;
			})
			.join(eol);
	}
	return JSON.stringify(value);
}

export const yamlEditWriter: EditWriter = {
	replaceWithValue: (text, node, value) => replaceNodeText(text, node, scalarLike(text, node, value)),
	replaceWithList: (text, node, values) => replaceNodeText(text, node, `[${values.map((value) => yamlScalar(value)).join(', ')}]`),
	replaceWithEntries(text, node, values) {
		const dash = dashBefore(text, node);
		if (dash === undefined) {
			return replaceNodeText(text, node, values.map((value) => scalarLike(text, node, value)).join(', '));
		}
		const indent = ' '.repeat(dash - lineStartOf(text, dash));
		const eol = eolOf(text);
		return replaceNodeText(text, node, values.map((value) => scalarLike(text, node, value)).join(`${eol}${indent}- `));
	},
	removeArrayElement(text, array, element) {
		const dash = dashBefore(text, element);
		if (dash === undefined) {
			return jsonEditWriter.removeArrayElement(text, array, element);
		}
		const start = lineStartOf(text, dash);
		const end = lineEndAfter(text, element.offset + element.length);
		return /^[ \t]*$/.test(text.slice(start, dash)) ? text.slice(0, start) + text.slice(end) : text;
	},
	insertAfter(text, node, values) {
		const dash = dashBefore(text, node);
		if (dash === undefined) {
			return jsonEditWriter.insertAfter(text, node, values);
		}
		const indent = ' '.repeat(dash - lineStartOf(text, dash));
		const eol = eolOf(text);
		const end = node.offset + node.length;
		const items = values.map((value) => `${eol}${indent}- ${block(value, `${indent}  `, eol)}`).join('');
		return text.slice(0, end) + items + text.slice(end);
	},
	addProperty(text, object, _path: JSONPath, name, value, insertAt) {
		const properties = object.children ?? [];
		const eol = eolOf(text);
		const line = `${yamlScalar(name)}: ${yamlScalar(value)}`;
		if (text[object.offset] === '{') {
			const next = properties[insertAt];
			return next
				? text.slice(0, next.offset) + `${line}, ` + text.slice(next.offset)
				: text.slice(0, object.offset + 1) + `${line}${properties.length ? ', ' : ''}` + text.slice(object.offset + 1);
		}
		const first = properties[0];
		if (!first) {
			return undefined;
		}
		const indent = ' '.repeat(first.offset - lineStartOf(text, first.offset));
		const next = properties[insertAt];
		if (next) {
			// Before the next key: at its line's start, or after a `- ` when it opens a sequence item.
			const dash = dashBefore(text, next);
			if (dash !== undefined) {
				return text.slice(0, next.offset) + line + eol + indent + text.slice(next.offset);
			}
			const start = lineStartOf(text, next.offset);
			return text.slice(0, start) + indent + line + eol + text.slice(start);
		}
		const last = properties[properties.length - 1];
		const end = last.offset + last.length;
		return text.slice(0, end) + eol + indent + line + text.slice(end);
	},
};
