/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// A .tf file's body as Terraform's JSON syntax writes the same configuration: an attribute is a
// property, and blocks nest under their type and labels, `resource "aws_iam_role" "x" {…}` as
// `{"resource": {"aws_iam_role": {"x": {…}}}}`. Blocks of one type merge into one object, as in
// Terraform JSON, so that a path such as resource.aws_organizations_policy.x.type finds its value
// (policyKinds.ts reads the kind of a policy that way); a merged object spans from its first block to
// its last, over whatever lies between. Blocks with the same type and labels (two `statement`s) make
// an array.

import type { Node as SyntaxNode } from 'web-tree-sitter';
import { arrayNode, endOf, objectNode, propertyNode, stringNode, type TreeNode } from './jsonNodes';
import { childOfType, expressionValue, maxDepth, sourceText, type JsonInStrings, type Reading } from './expressions';
import { blockParts, policyDocumentTree } from './policyDocument';
import { templateBody, templateString } from './templates';

/** Arguments whose string or heredoc is a policy's JSON: `policy`, `assume_role_policy`, `access_policies`, `content`. */
const policyArgument = /(^|_)(polic(y|ies)|policy_document|content)$/;

/** The tree of a whole file: an object spanning the text, or undefined when the file has no attribute or block. */
export function configTree(reading: Reading, configFile: SyntaxNode): TreeNode | undefined {
	const body = childOfType(configFile, 'body');
	const properties = body ? bodyProperties(reading, body, true, 0) : [];
	return properties.length ? objectNode(0, reading.text.length, properties) : undefined;
}

/** Blocks under one key: the blocks that end there, or the labels that follow it. */
interface BlockGroup {
	/** The key as first written. */
	readonly key: TreeNode;
	readonly labels: Map<string, BlockGroup>;
	readonly values: TreeNode[];
}

function bodyProperties(reading: Reading, body: SyntaxNode, topLevel: boolean, depth: number): TreeNode[] {
	const properties: TreeNode[] = [];
	const groups = new Map<string, BlockGroup>();
	for (const child of body.children) {
		if (child.type === 'attribute') {
			const parts = child.children;
			const name = childOfType(parts, 'identifier');
			const value = childOfType(parts, 'expression');
			if (name && value) {
				const key = stringNode(sourceText(reading, name), name.startIndex, name.endIndex - name.startIndex);
				const json: JsonInStrings = policyArgument.test(key.value) ? 'report' : 'quiet';
				properties.push(propertyNode(key, expressionValue(reading, value, depth + 1, json), childOfType(parts, '=')?.startIndex));
			}
		} else if (child.type === 'block') {
			addBlock(reading, groups, child, topLevel, depth);
		}
	}
	for (const group of groups.values()) {
		properties.push(groupProperty(group));
	}
	return properties;
}

function addBlock(reading: Reading, groups: Map<string, BlockGroup>, block: SyntaxNode, topLevel: boolean, depth: number): void {
	const keys: TreeNode[] = [];
	for (const part of block.children) {
		if (part.type === 'identifier') {
			keys.push(stringNode(sourceText(reading, part), part.startIndex, part.endIndex - part.startIndex));
		} else if (part.type === 'string_lit') {
			keys.push(
				stringNode(
					templateString(reading.text, templateBody(reading.text, part)),
					part.startIndex,
					part.endIndex - part.startIndex,
				),
			);
		} else if (part.type === 'block_start') {
			break;
		}
	}
	if (!keys.length) {
		return;
	}
	const value =
		topLevel && keys[0].value === 'data' && keys[1]?.value === 'aws_iam_policy_document'
			? policyDocumentTree(reading, block, depth + 1)
			: blockObject(reading, block, depth + 1);
	let level = groups;
	let group: BlockGroup | undefined;
	for (const key of keys) {
		group = level.get(key.value);
		if (!group) {
			group = { key, labels: new Map(), values: [] };
			level.set(key.value, group);
		}
		level = group.labels;
	}
	group!.values.push(value);
}

function blockObject(reading: Reading, block: SyntaxNode, depth: number): TreeNode {
	const { start, end, body } = blockParts(block);
	return objectNode(start, end - start, body && depth <= maxDepth ? bodyProperties(reading, body, false, depth) : []);
}

/**
 * A group as a property. Labels that follow the key win over blocks that end at it: Terraform allows
 * only one of the two for a block type, and a configuration that mixes them is already wrong.
 */
function groupProperty(group: BlockGroup): TreeNode {
	let value: TreeNode;
	if (group.labels.size) {
		const properties = [...group.labels.values()].map(groupProperty);
		const start = properties.reduce((min, property) => Math.min(min, property.offset), Infinity);
		const end = properties.reduce((max, property) => Math.max(max, endOf(property)), 0);
		value = objectNode(start, end - start, properties);
	} else if (group.values.length === 1) {
		value = group.values[0];
	} else {
		const start = group.values[0].offset;
		value = arrayNode(start, endOf(group.values[group.values.length - 1]) - start, group.values);
	}
	return propertyNode(group.key, value);
}
