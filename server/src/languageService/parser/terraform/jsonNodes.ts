/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// jsonc-parser's nodes, made by hand for the Terraform reader: the policy model and jsonc-parser's own
// helpers (getNodePath, findNodeAtLocation) read them as if jsonc-parser had parsed a JSON document, so
// every node gets the `parent` and `children` links that jsonc-parser would give it.

import type { Node as JsonNode, NodeType } from 'jsonc-parser';

/** A node while the reader builds it: jsonc-parser's type is read-only. */
export type TreeNode = { -readonly [K in keyof JsonNode]: JsonNode[K] };

export type ScalarValue = string | number | boolean | null;

export function scalarNode(
	type: Exclude<NodeType, 'object' | 'array' | 'property'>,
	value: ScalarValue,
	offset: number,
	length: number,
): TreeNode {
	return { type, value, offset, length };
}

export function stringNode(value: string, offset: number, length: number): TreeNode {
	return { type: 'string', value, offset, length };
}

/**
 * A property; it spans its key and its value, as jsonc-parser's do, whatever lies between them (a
 * principal's identifiers may be written before its type, the key).
 */
export function propertyNode(key: TreeNode, value: TreeNode, colonOffset?: number): TreeNode {
	const start = Math.min(key.offset, value.offset);
	const end = Math.max(endOf(key), endOf(value));
	const property: TreeNode = { type: 'property', offset: start, length: end - start, children: [key, value] };
	if (colonOffset !== undefined) {
		property.colonOffset = colonOffset;
	}
	key.parent = property;
	value.parent = property;
	return property;
}

/** An object of these properties, sorted into document order (jsonc-parser's search by offset expects it). */
export function objectNode(offset: number, length: number, properties: TreeNode[]): TreeNode {
	return container(
		'object',
		offset,
		length,
		properties.sort((a, b) => a.offset - b.offset),
	);
}

export function arrayNode(offset: number, length: number, items: TreeNode[]): TreeNode {
	return container('array', offset, length, items);
}

function container(type: 'object' | 'array', offset: number, length: number, children: TreeNode[]): TreeNode {
	const node: TreeNode = { type, offset, length, children };
	for (const child of children) {
		child.parent = node;
	}
	return node;
}

/**
 * What the service reads as a value it cannot know, as it reads CloudFormation's `{"Ref": …}`
 * (diagnostics/context.ts, isIntrinsic): a Terraform reference, a function call, a conditional. The key
 * takes no room, so that the text under the cursor is the expression itself.
 */
export function unknownNode(expression: string, offset: number, length: number): TreeNode {
	return objectNode(offset, length, [propertyNode(stringNode('Ref', offset, 0), stringNode(expression, offset, length))]);
}

/** Where a node ends. */
export function endOf(node: { offset: number; length: number }): number {
	return node.offset + node.length;
}
