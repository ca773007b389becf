/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// HCL expressions as the JSON values Terraform would make of them: literals, tuples and objects as they
// are, `jsonencode(…)` as its argument, strings and heredocs holding a policy as that policy's JSON, and
// every value Terraform only knows when it plans (a reference, a call, a conditional, a `for`) as a node
// the service reads as unknown, so that no rule judges it.

import type { Node as SyntaxNode } from 'web-tree-sitter';
import type { TemplateSyntaxError } from '../sourceTree';
import { arrayNode, objectNode, propertyNode, scalarNode, stringNode, unknownNode, type TreeNode } from './jsonNodes';
import { embeddedJson, templateBody, templateString } from './templates';

/** One .tf text being read: the text, and the errors found in the JSON it embeds. */
export interface Reading {
	readonly text: string;
	readonly syntaxErrors: TemplateSyntaxError[];
}

/**
 * Whether a string is read as JSON: 'report' for arguments that hold a policy (their JSON errors are
 * the user's), 'quiet' for other arguments (JSON only when it parses without error), none inside a value.
 */
export type JsonInStrings = 'report' | 'quiet' | undefined;

/**
 * Nesting beyond this is not read (an expression is unknown, a block empty): the reader recurses once
 * per level, and no configuration
 * comes near it (jsonc-parser's own limit for JSON documents is the service's maxNestingDepth, 1000).
 */
export const maxDepth = 500;

export function sourceText(reading: Reading, node: SyntaxNode): string {
	return reading.text.slice(node.startIndex, node.endIndex);
}

export function unknown(reading: Reading, node: SyntaxNode): TreeNode {
	return unknownNode(sourceText(reading, node), node.startIndex, node.endIndex - node.startIndex);
}

function isUnknown(node: TreeNode): boolean {
	const key = node.type === 'object' && node.children?.length === 1 ? node.children[0].children?.[0] : undefined;
	return key?.value === 'Ref' && key.length === 0;
}

/**
 * The first child of one of these types, of a node or among children already asked for: each
 * `children` of web-tree-sitter copies them out of WebAssembly, so a node's are asked for once.
 */
export function childOfType(node: SyntaxNode | readonly SyntaxNode[], ...types: string[]): SyntaxNode | undefined {
	return ('children' in node ? node.children : node).find((child) => types.includes(child.type));
}

export function childrenOfType(node: SyntaxNode, type: string): SyntaxNode[] {
	return node.children.filter((child) => child.type === type);
}

/** The JSON value of an expression. */
export function expressionValue(reading: Reading, node: SyntaxNode, depth: number, json?: JsonInStrings): TreeNode {
	if (depth > maxDepth) {
		return unknown(reading, node);
	}
	// `expression` wraps one term; with more children it is `a.b`, `a[0]`, `a.*` or `(a)`: a value to be computed.
	const term = node.type === 'expression' && node.childCount === 1 ? node.firstChild! : node;
	switch (term.type) {
		case 'literal_value':
			return literal(reading, term.firstChild!, json);
		case 'template_expr':
			return stringValue(reading, term.firstChild!, json);
		case 'collection_value': {
			const collection = term.firstChild!;
			return collection.type === 'tuple'
				? tuple(reading, collection, depth)
				: collection.type === 'object'
					? object(reading, collection, depth)
					: unknown(reading, term);
		}
		case 'function_call':
			return call(reading, term, depth);
		default:
			return unknown(reading, node);
	}
}

function literal(reading: Reading, node: SyntaxNode, json: JsonInStrings): TreeNode {
	const offset = node.startIndex;
	const length = node.endIndex - offset;
	switch (node.type) {
		case 'numeric_lit': {
			const number = Number(sourceText(reading, node));
			return Number.isFinite(number) ? scalarNode('number', number, offset, length) : unknown(reading, node);
		}
		case 'bool_lit':
			return scalarNode('boolean', sourceText(reading, node) === 'true', offset, length);
		case 'null_lit':
			return scalarNode('null', null, offset, length);
		default:
			return stringValue(reading, node, json);
	}
}

/** A quoted string, template or heredoc: its JSON when it holds some, else its text, `${…}` kept as written. */
function stringValue(reading: Reading, node: SyntaxNode, json: JsonInStrings): TreeNode {
	const body = templateBody(reading.text, node);
	if (json) {
		const embedded = embeddedJson(reading.text, body, json === 'report' ? reading.syntaxErrors : undefined);
		if (embedded === 'unknowable') {
			return unknown(reading, node);
		}
		if (embedded) {
			return embedded.root;
		}
	}
	return stringNode(templateString(reading.text, body), node.startIndex, node.endIndex - node.startIndex);
}

function tuple(reading: Reading, node: SyntaxNode, depth: number): TreeNode {
	const items = childrenOfType(node, 'expression').map((item) => expressionValue(reading, item, depth + 1));
	return arrayNode(node.startIndex, node.endIndex - node.startIndex, items);
}

function object(reading: Reading, node: SyntaxNode, depth: number): TreeNode {
	const properties: TreeNode[] = [];
	for (const element of childrenOfType(node, 'object_elem')) {
		const key = element.childForFieldName('key');
		const value = element.childForFieldName('val');
		if (!key || !value) {
			continue;
		}
		const separator = childOfType(element, '=', ':');
		properties.push(propertyNode(objectKey(reading, key), expressionValue(reading, value, depth + 1), separator?.startIndex));
	}
	return objectNode(node.startIndex, node.endIndex - node.startIndex, properties);
}

/**
 * An object's key: a bare name or a string is the key itself; any other expression (`(var.name)`,
 * `"${var.prefix}Key"`) is computed, and written as a template so that the service does not judge it.
 */
function objectKey(reading: Reading, node: SyntaxNode): TreeNode {
	const term = node.childCount === 1 ? node.firstChild! : node;
	const offset = node.startIndex;
	const length = node.endIndex - offset;
	if (term.type === 'variable_expr' || (term.type === 'literal_value' && term.firstChild?.type !== 'string_lit')) {
		return stringNode(sourceText(reading, term), offset, length);
	}
	const string = term.type === 'literal_value' ? term.firstChild! : term.type === 'template_expr' ? term.firstChild! : undefined;
	if (string && string.type !== 'heredoc_template') {
		return stringNode(templateString(reading.text, templateBody(reading.text, string)), offset, length);
	}
	return stringNode(`\${${sourceText(reading, node)}}`, offset, length);
}

/** `jsonencode(x)` is x as JSON; every other call makes a value only Terraform knows. */
function call(reading: Reading, node: SyntaxNode, depth: number): TreeNode {
	const parts = node.children;
	const name = childOfType(parts, 'identifier');
	const argumentList = childOfType(parts, 'function_arguments');
	const args = argumentList ? childrenOfType(argumentList, 'expression') : [];
	if (name && sourceText(reading, name) === 'jsonencode' && args.length === 1 && !childOfType(argumentList!, 'ellipsis')) {
		const value = expressionValue(reading, args[0], depth + 1);
		// Of an unknown argument, the whole call is the unknown value: it is what the user wrote there.
		if (!isUnknown(value)) {
			return value;
		}
	}
	return unknown(reading, node);
}
