/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import { findNodeAtOffset, getLocation, type JSONPath } from 'jsonc-parser';
import { policyAt, type JsonNode, type Policy, type PolicyDocument, type Statement } from './policyModel';

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
}

export function getPolicyLocation(text: string, offset: number, document: PolicyDocument): PolicyLocation | undefined {
	const policy = policyAt(document, offset);
	if (!policy) {
		return undefined;
	}
	// Scan only the policy's own text: in a large template, the rest of the document does not matter.
	const start = policy.node.offset;
	const location = getLocation(text.slice(start, start + policy.node.length), offset - start);
	const path = location.path;
	const node = scalarAt(policy.node, offset, text);
	let statement: Statement | undefined;
	let statementPath: JSONPath | undefined;
	if (path[0] === 'Statement' && path.length > 1) {
		const statementValue = policy.statement?.valueNode;
		if (statementValue?.type === 'array' && typeof path[1] === 'number') {
			statement = policy.statements.find((candidate) => candidate.index === path[1]);
			statementPath = path.slice(2);
		} else if (statementValue?.type === 'object') {
			statement = policy.statements[0];
			statementPath = path.slice(1);
		}
	}
	return { policy, path, statement, statementPath: statement ? statementPath : undefined, isAtPropertyKey: location.isAtPropertyKey, node };
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
