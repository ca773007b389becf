/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// `data "aws_iam_policy_document"` as the policy the AWS provider renders from it (its `json`
// attribute): `statement` blocks become the Statement array, `principals` and `condition` blocks the
// Principal and Condition objects, each node placed on the HCL that says it. Arguments that are not
// elements of the policy (source_policy_documents, override_policy_documents) are left out: they name
// other documents, which are read where they are written.

import type { Node as SyntaxNode } from 'web-tree-sitter';
import { arrayNode, endOf, objectNode, propertyNode, stringNode, type TreeNode } from './jsonNodes';
import { childOfType, expressionValue, sourceText, unknown, type Reading } from './expressions';

const policyArguments: Readonly<Record<string, string>> = { version: 'Version', policy_id: 'Id' };
const statementArguments: Readonly<Record<string, string>> = {
	sid: 'Sid',
	effect: 'Effect',
	actions: 'Action',
	not_actions: 'NotAction',
	resources: 'Resource',
	not_resources: 'NotResource',
};
const principalBlocks: Readonly<Record<string, 'Principal' | 'NotPrincipal'>> = { principals: 'Principal', not_principals: 'NotPrincipal' };

/** The policy of a `data "aws_iam_policy_document"` block; it spans the block's braces. */
export function policyDocumentTree(reading: Reading, block: SyntaxNode, depth: number): TreeNode {
	const { start, end, body } = blockParts(block);
	const properties: TreeNode[] = [];
	const statements: TreeNode[] = [];
	let statementKey: TreeNode | undefined;
	for (const child of body?.children ?? []) {
		if (child.type === 'attribute') {
			const element = policyArguments[attributeName(reading, child)];
			const property = element ? elementProperty(reading, child, element, depth) : undefined;
			if (property) {
				properties.push(property);
			}
		} else if (child.type === 'block') {
			const fields = statementFields(reading, child);
			if (fields) {
				statementKey ??= nameKey('Statement', child);
				statements.push(statementTree(reading, child, fields, depth + 1));
			}
		}
	}
	if (!properties.some((property) => property.children![0].value === 'Version')) {
		// The provider writes 2012-10-17 when `version` is left out: a policy without it is not missing one.
		properties.push(defaultProperty('Version', '2012-10-17', start));
	}
	if (statementKey) {
		const first = statements[0].offset;
		properties.push(propertyNode(statementKey, arrayNode(first, endOf(statements[statements.length - 1]) - first, statements)));
	}
	return objectNode(start, end - start, properties);
}

/** The block that holds a statement's arguments: `statement { … }`, or the `content` of `dynamic "statement"`. */
function statementFields(reading: Reading, block: SyntaxNode): SyntaxNode | undefined {
	const name = blockName(reading, block);
	if (name === 'statement') {
		return block;
	}
	const label = block.children.slice(1).find((child) => child.type === 'string_lit' || child.type === 'identifier');
	if (name === 'dynamic' && label && sourceText(reading, label).replace(/"/g, '') === 'statement') {
		return blockParts(block).body?.children.find((child) => child.type === 'block' && blockName(reading, child) === 'content');
	}
	return undefined;
}

/**
 * One statement, spanning its whole block. An `effect` left out is Allow, as the provider writes it:
 * a zero-length Effect at the statement's start says so without a rule finding it missing.
 */
function statementTree(reading: Reading, block: SyntaxNode, fields: SyntaxNode, depth: number): TreeNode {
	const properties: TreeNode[] = [];
	const principals: Record<'Principal' | 'NotPrincipal', SyntaxNode[]> = { Principal: [], NotPrincipal: [] };
	const conditions: SyntaxNode[] = [];
	for (const child of blockParts(fields).body?.children ?? []) {
		if (child.type === 'attribute') {
			const element = statementArguments[attributeName(reading, child)];
			const property = element ? elementProperty(reading, child, element, depth) : undefined;
			if (property) {
				properties.push(property);
			}
		} else if (child.type === 'block') {
			const name = blockName(reading, child);
			if (principalBlocks[name]) {
				principals[principalBlocks[name]].push(child);
			} else if (name === 'condition') {
				conditions.push(child);
			}
		}
	}
	if (!properties.some((property) => property.children![0].value === 'Effect')) {
		properties.push(defaultProperty('Effect', 'Allow', block.startIndex));
	}
	for (const element of ['Principal', 'NotPrincipal'] as const) {
		if (principals[element].length) {
			properties.push(principalProperty(reading, element, principals[element], depth));
		}
	}
	const condition = conditions.length ? conditionProperty(reading, conditions, depth) : undefined;
	if (condition) {
		properties.push(condition);
	}
	return objectNode(block.startIndex, block.endIndex - block.startIndex, properties);
}

/**
 * Principal from `principals { type, identifiers }` blocks: one key per type, the identifiers of blocks
 * of the same type joined, as the provider does. `type = "*"` alone is the anonymous principal, `"*"`.
 * A type Terraform computes makes the whole element unknown: no key could stand for it.
 */
function principalProperty(reading: Reading, element: 'Principal' | 'NotPrincipal', blocks: SyntaxNode[], depth: number): TreeNode {
	const key = nameKey(element, blocks[0]);
	const byType = new Map<string, { key: TreeNode; values: TreeNode[] }>();
	for (const block of blocks) {
		const args = blockArguments(reading, block);
		const type = args.get('type');
		const identifiers = args.get('identifiers');
		if (!type || !identifiers) {
			continue;
		}
		const typeValue = expressionValue(reading, type, depth + 1);
		if (typeValue.type !== 'string') {
			return propertyNode(key, unknown(reading, type));
		}
		const values = policyValue(expressionValue(reading, identifiers, depth + 1));
		const entry = byType.get(typeValue.value);
		if (entry) {
			entry.values.push(values);
		} else {
			byType.set(typeValue.value, { key: typeValue, values: [values] });
		}
	}
	const anonymous = byType.size === 1 ? byType.get('*') : undefined;
	if (anonymous && anonymous.values.length === 1) {
		const only = anonymous.values[0];
		const star = only.type === 'array' && only.children?.length === 1 ? only.children[0] : only;
		if (star.type === 'string' && star.value === '*') {
			return propertyNode(key, star);
		}
	}
	const properties = [...byType.values()].map((entry) => propertyNode(entry.key, joined(entry.values)));
	return propertyNode(key, spanning(blocks, properties));
}

/**
 * Condition from `condition { test, variable, values }` blocks: one operator per test, one key per
 * variable, the values of blocks with the same test and variable joined. A block whose test Terraform
 * computes is left out: it cannot be named, and a guessed name would be reported as an unknown operator;
 * with none left, so is the Condition.
 */
function conditionProperty(reading: Reading, blocks: SyntaxNode[], depth: number): TreeNode | undefined {
	interface Operator {
		readonly key: TreeNode;
		readonly blocks: SyntaxNode[];
		readonly byVariable: Map<string, { key: TreeNode; values: TreeNode[] }>;
	}
	const byTest = new Map<string, Operator>();
	for (const block of blocks) {
		const args = blockArguments(reading, block);
		const test = args.get('test');
		const variable = args.get('variable');
		const values = args.get('values');
		if (!test || !variable || !values) {
			continue;
		}
		const testValue = expressionValue(reading, test, depth + 1);
		if (testValue.type !== 'string') {
			continue;
		}
		let variableKey = policyValue(expressionValue(reading, variable, depth + 1));
		if (variableKey.type !== 'string') {
			// A computed key, written as a template: the service leaves template keys alone.
			variableKey = stringNode(`\${${sourceText(reading, variable)}}`, variable.startIndex, variable.endIndex - variable.startIndex);
		}
		const operator: Operator = byTest.get(testValue.value) ?? { key: testValue, blocks: [], byVariable: new Map() };
		byTest.set(testValue.value, operator);
		operator.blocks.push(block);
		const value = policyValue(expressionValue(reading, values, depth + 1));
		const entry = operator.byVariable.get(variableKey.value);
		if (entry) {
			entry.values.push(value);
		} else {
			operator.byVariable.set(variableKey.value, { key: variableKey, values: [value] });
		}
	}
	if (!byTest.size) {
		return undefined;
	}
	const operators = [...byTest.values()].map((operator) =>
		propertyNode(
			operator.key,
			spanning(
				operator.blocks,
				[...operator.byVariable.values()].map((entry) => propertyNode(entry.key, joined(entry.values))),
			),
		),
	);
	return propertyNode(nameKey('Condition', blocks[0]), spanning(blocks, operators));
}

/** An object of these properties, spanning the blocks they were read from. */
function spanning(blocks: readonly SyntaxNode[], properties: TreeNode[]): TreeNode {
	const start = blocks[0].startIndex;
	return objectNode(start, blocks[blocks.length - 1].endIndex - start, properties);
}

/** The values of several blocks as one list: the items of each list, or the value itself. */
function joined(values: TreeNode[]): TreeNode {
	if (values.length === 1) {
		return values[0];
	}
	const items = values.flatMap((value) => (value.type === 'array' ? (value.children ?? []) : [value]));
	const start = values.reduce((min, value) => Math.min(min, value.offset), Infinity);
	const end = values.reduce((max, value) => Math.max(max, endOf(value)), 0);
	return arrayNode(start, end - start, items);
}

/**
 * The provider turns `&{…}` into `${…}`: it is how a policy variable (`&{aws:username}`) is written
 * where Terraform would read `${…}` as its own interpolation.
 */
function policyValue(node: TreeNode): TreeNode {
	const stack = [node];
	while (stack.length) {
		const current = stack.pop()!;
		if (current.type === 'string' && typeof current.value === 'string' && current.value.includes('&{')) {
			current.value = current.value.replace(/&\{/g, '${');
		}
		for (const child of current.children ?? []) {
			stack.push(child);
		}
	}
	return node;
}

function elementProperty(reading: Reading, attribute: SyntaxNode, element: string, depth: number): TreeNode | undefined {
	const parts = attribute.children;
	const name = childOfType(parts, 'identifier');
	const value = childOfType(parts, 'expression');
	if (!name || !value) {
		return undefined;
	}
	return propertyNode(
		nameKey(element, name),
		policyValue(expressionValue(reading, value, depth + 1)),
		childOfType(parts, '=')?.startIndex,
	);
}

/** A key named as IAM names the element, placed on the HCL name it comes from. */
function nameKey(element: string, node: SyntaxNode): TreeNode {
	const name = node.type === 'identifier' ? node : (childOfType(node, 'identifier') ?? node);
	return stringNode(element, name.startIndex, name.endIndex - name.startIndex);
}

/** An element the provider fills in when it is left out: zero-length, so that it marks no text. */
function defaultProperty(element: string, value: string, offset: number): TreeNode {
	return propertyNode(stringNode(element, offset, 0), stringNode(value, offset, 0));
}

/** The expressions of a block's arguments, by name. */
function blockArguments(reading: Reading, block: SyntaxNode): Map<string, SyntaxNode> {
	const found = new Map<string, SyntaxNode>();
	for (const child of blockParts(block).body?.children ?? []) {
		if (child.type === 'attribute') {
			const parts = child.children;
			const name = childOfType(parts, 'identifier');
			const value = childOfType(parts, 'expression');
			if (name && value) {
				found.set(sourceText(reading, name), value);
			}
		}
	}
	return found;
}

function attributeName(reading: Reading, attribute: SyntaxNode): string {
	const name = childOfType(attribute, 'identifier');
	return name ? sourceText(reading, name) : '';
}

function blockName(reading: Reading, block: SyntaxNode): string {
	return block.firstChild?.type === 'identifier' ? sourceText(reading, block.firstChild) : '';
}

/** A block's body, and where its braces are (to its end when the closing brace is missing). */
export function blockParts(block: SyntaxNode): { start: number; end: number; body: SyntaxNode | undefined } {
	const parts = block.children;
	const open = childOfType(parts, 'block_start');
	const close = parts.find((node) => node.type === 'block_end' && !node.isMissing);
	const start = open?.startIndex ?? block.startIndex;
	return { start, end: close?.endIndex ?? block.endIndex, body: childOfType(parts, 'body') };
}
