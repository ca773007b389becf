/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import { findNodeAtOffset, getLocation, getNodePath, type JSONPath } from 'jsonc-parser';
import { policyAt, statementAt, type JsonNode, type Policy, type PolicyDocument, type Statement } from './policyModel';

/** Where the cursor is, in the terms of the policy model. */
export interface PolicyLocation {
	readonly policy: Policy;
	/** The path inside the policy: `['Statement', 0, 'Action', 1]`. */
	readonly path: JSONPath;
	/** The statement the cursor is in, and the path inside it: `['Action', 1]`. */
	readonly statement?: Statement;
	readonly statementPath?: JSONPath;
	readonly isAtPropertyKey: boolean;
	/** The string, number, boolean or key node under the cursor, if any. */
	readonly node?: JsonNode;
	/** Keys are written as Terraform writes them here: an aws_iam_policy_document block's arguments, or an HCL object's keys. */
	readonly keySyntax?: 'terraformBlock' | 'terraformObject';
}

export function getPolicyLocation(text: string, offset: number, document: PolicyDocument): PolicyLocation | undefined {
	const policy = policyAt(document, offset);
	if (!policy) {
		return undefined;
	}
	const node = scalarAt(policy.node, offset, text);
	if (document.syntax !== 'json') {
		return treeLocation(policy, offset, node);
	}
	// Scan only the text of the statement under the cursor (or of the policy outside statements): a request
	// on a large policy must not re-read the whole document.
	const statement = statementAt(policy, offset);
	if (statement) {
		const prefix: JSONPath = policy.statement?.valueNode?.type === 'array' ? ['Statement', statement.index] : ['Statement'];
		const location = getLocation(
			text.slice(statement.node.offset, statement.node.offset + statement.node.length),
			offset - statement.node.offset,
		);
		return {
			policy,
			path: [...prefix, ...location.path],
			statement,
			statementPath: location.path,
			isAtPropertyKey: location.isAtPropertyKey,
			node,
		};
	}
	const location = getLocation(text.slice(policy.node.offset, policy.node.offset + policy.node.length), offset - policy.node.offset);
	return { policy, path: location.path, isAtPropertyKey: location.isAtPropertyKey, node };
}

/**
 * Where the cursor is, read from the tree: a template's text is not JSON, so the path comes from the node
 * under the cursor. A key's own text is a key position; anything else is a value position.
 */
function treeLocation(policy: Policy, offset: number, scalar: JsonNode | undefined): PolicyLocation {
	const node = findNodeAtOffset(policy.node, offset, true);
	const isAtPropertyKey = !!node && node.parent?.type === 'property' && node.parent.children?.[0] === node;
	const path: JSONPath = node ? getNodePath(node).slice(policyDepth(policy)) : [];
	const statement = statementAt(policy, offset);
	const statementPath = statement && path[0] === 'Statement' ? path.slice(typeof path[1] === 'number' ? 2 : 1) : undefined;
	return { policy, path, statement: statementPath ? statement : undefined, statementPath, isAtPropertyKey, node: scalar };
}

function policyDepth(policy: Policy): number {
	return getNodePath(policy.node).length;
}

/** The scalar (string, number, boolean, null) under the cursor, including a string's closing quote. */
function scalarAt(root: JsonNode, offset: number, text: string): JsonNode | undefined {
	const node = findNodeAtOffset(root, offset, true);
	if (!node || node.type === 'object' || node.type === 'array' || node.type === 'property') {
		return undefined;
	}
	// The cursor right after a closing quote is outside the string.
	if (node.type === 'string' && offset === node.offset + node.length && node.length > 1 && text[offset - 1] === '"') {
		return undefined;
	}
	if (offset === node.offset && node.type === 'string') {
		return undefined;
	}
	return node;
}
