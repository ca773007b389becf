/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Where a cursor is in a YAML policy, for completion. While a key is being typed YAML reads it as
// something else: `Act` on the line under `Effect: Allow` continues Allow's plain scalar, and `aws:Mu`
// under `StringEquals:` is StringEquals's value. Indentation says what the user means, so it decides.

import { lineStartAt } from '../textLines';
import { findNodeAtOffset, getNodePath, type JSONPath } from 'jsonc-parser';
import { policyAt, type JsonNode, type Policy, type PolicyDocument } from '../policyModel';
import type { PolicyLocation } from '../policyLocation';

export function yamlLocation(text: string, offset: number, document: PolicyDocument): PolicyLocation | undefined {
	const lineStart = lineStartAt(text, offset - 1);
	const before = text.slice(lineStart, offset);
	const anchor = anchorOffset(text, offset);
	const policy = policyAt(document, offset) ?? policyAt(document, anchor);
	if (!policy) {
		return undefined;
	}
	const word = /[^\s[\],{}]*$/.exec(before)![0];
	const wordStart = offset - word.length;
	const column = wordStart - lineStart;
	const onlyIndent = /^\s*(- )?$/.test(before.slice(0, column));
	const node = findNodeAtOffset(policy.node, offset, true);
	// A plain scalar on a line of its own at the column of a key, or under a key with no value: a key being typed.
	if (onlyIndent && !/^\s*- /.test(before) && !/:/.test(text.slice(offset, lineEndOf(text, offset)))) {
		const mapping = mappingAtColumn(policy, text, anchor, column, lineStart);
		if (mapping) {
			return located(policy, [...mapping, word], true, undefined);
		}
	}
	const keyOnLine = /^\s*(- )?([^\s#].*?):\s+(\S*)$/.exec(before);
	if (keyOnLine && !isScalar(node)) {
		const key = findNodeAtOffset(policy.node, lineStart + before.indexOf(keyOnLine[2]) + 1, false);
		if (key?.parent?.type === 'property' && key.parent.children?.[0] === key) {
			return located(policy, pathOf(policy, key), false, undefined);
		}
	}
	if (isScalar(node) && node.length > 0) {
		const isKey = node.parent?.type === 'property' && node.parent.children?.[0] === node;
		const path = pathOf(policy, node);
		// `- Eff` in the Statement list: the first key of a new statement.
		if (!isKey && path.length === 2 && path[0] === 'Statement' && typeof path[1] === 'number') {
			return located(policy, [...path, word], true, node);
		}
		return located(policy, path, isKey, node);
	}
	// `- |` in a block sequence, or after `Action:` with nothing yet: an item of the key above.
	const item = /^(\s*)- $/.exec(before);
	if (item) {
		const owner = ownerOfItem(policy, text, lineStart, item[1].length);
		if (owner) {
			const isStatementList = owner.path.length === 1 && owner.path[0] === 'Statement';
			return isStatementList
				? located(policy, [...owner.path, owner.index, ''], true, undefined)
				: located(policy, [...owner.path, owner.index], false, undefined);
		}
	}
	return undefined;
}

function isScalar(node: JsonNode | undefined): node is JsonNode {
	return node?.type === 'string' || node?.type === 'number' || node?.type === 'boolean' || node?.type === 'null';
}

function located(policy: Policy, path: JSONPath, isAtPropertyKey: boolean, node: JsonNode | undefined): PolicyLocation {
	const index = path[0] === 'Statement' ? (typeof path[1] === 'number' ? 2 : 1) : -1;
	const found = index > 0 ? statementByPath(policy, path) : undefined;
	// A statement begun on this line (`- Eff`) is not one yet: its keys are offered as for an empty one.
	const statement =
		found ?? (index > 0 && isAtPropertyKey ? { index: Number(path[1]) || 0, node: policy.node, properties: [] } : undefined);
	return {
		policy,
		path,
		statement,
		statementPath: statement ? path.slice(index) : undefined,
		isAtPropertyKey,
		node: isScalar(node) ? node : undefined,
	};
}

function statementByPath(policy: Policy, path: JSONPath): Policy['statements'][number] | undefined {
	const index = typeof path[1] === 'number' ? path[1] : 0;
	return policy.statements.find((statement) => statement.index === index);
}

/** The path of a node inside its policy: `['Statement', 0, 'Action', 1]`. */
function pathOf(policy: Policy, node: JsonNode): JSONPath {
	return getNodePath(node).slice(getNodePath(policy.node).length);
}

/** Just after the last character before the cursor that is not white space: where the structure the cursor is in was last seen. */
function anchorOffset(text: string, offset: number): number {
	let anchor = offset;
	while (anchor > 0 && /\s/.test(text[anchor - 1])) {
		anchor--;
	}
	return anchor;
}

function lineEndOf(text: string, offset: number): number {
	const end = text.indexOf('\n', offset);
	return end < 0 ? text.length : end;
}

function columnOf(text: string, offset: number): number {
	return offset - lineStartAt(text, offset - 1);
}

/**
 * The path of the mapping whose keys sit at this column around the anchor: a statement, the policy, a
 * condition's operators or keys. A key with no value whose own column is smaller opens a mapping below it.
 */
function mappingAtColumn(policy: Policy, text: string, anchor: number, column: number, lineStart: number): JSONPath | undefined {
	let node: JsonNode | undefined = findNodeAtOffset(policy.node, Math.max(policy.node.offset, anchor - 1), true);
	for (; node; node = node.parent) {
		if (node.type === 'property' && node.offset < lineStart) {
			const keyColumn = columnOf(text, node.offset);
			const value = node.children?.[1];
			if (keyColumn === column) {
				return pathOf(policy, node);
			}
			// `Condition:` then a deeper line: a key of the mapping the value opens (YAML read the word as the value).
			if (keyColumn < column && (!value || (value.type !== 'object' && value.type !== 'array' && value.offset >= lineStart))) {
				return pathOf(policy, node.children![0]);
			}
		}
		if (node === policy.node) {
			const first = node.children?.[0];
			return first && first.length > 0 && columnOf(text, first.offset) === column ? [] : undefined;
		}
	}
	return undefined;
}

/** The sequence a new `- ` item at this column belongs to: the key above it, and the item's index. */
function ownerOfItem(policy: Policy, text: string, lineStart: number, dashColumn: number): { path: JSONPath; index: number } | undefined {
	let end = lineStart - 1;
	while (end > policy.node.offset) {
		const start = lineStartAt(text, end - 1);
		const line = text.slice(start, end);
		const indent = /^\s*/.exec(line)![0].length;
		if (/\S/.test(line) && indent <= dashColumn) {
			const isItem = line.slice(indent).startsWith('- ');
			let node = findNodeAtOffset(policy.node, start + indent + (isItem ? 2 : 0), false);
			if (isItem && indent === dashColumn) {
				// The item before: the sequence is the first array above it.
				while (node && node.parent?.type !== 'array') {
					node = node.parent;
				}
				const array = node?.parent;
				return array ? { path: pathOf(policy, array), index: array.children?.length ?? 0 } : undefined;
			}
			const property = node?.parent?.type === 'property' ? node.parent : node?.type === 'property' ? node : undefined;
			if (property && /:\s*$/.test(line)) {
				return { path: pathOf(policy, property.children![0]), index: 0 };
			}
			return undefined;
		}
		end = start - 1;
	}
	return undefined;
}
