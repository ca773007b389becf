/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Where a cursor is in a Terraform policy while a key is being typed: `eff` alone on its line is not HCL
// yet, and tree-sitter's recovery may take the whole block for an error. The braces around the cursor say
// what the user is writing: an argument of an aws_iam_policy_document `statement` block, or a key of a
// statement object in jsonencode().

import { lineStartAt } from '../textLines';
import { getPolicyLocation, type PolicyLocation } from '../policyLocation';
import { policyAt, statementAt, type JsonNode, type Policy, type PolicyDocument, type PolicyProperty } from '../policyModel';
import { policyDocumentElement } from '../spelling';

export function terraformLocation(text: string, offset: number, document: PolicyDocument): PolicyLocation | undefined {
	const lineStart = lineStartAt(text, offset - 1);
	const typed = /^\s*([A-Za-z_]*)$/.exec(text.slice(lineStart, offset));
	if (!typed) {
		return getPolicyLocation(text, offset, document);
	}
	const open = enclosingBrace(text, lineStart);
	if (open === undefined) {
		return getPolicyLocation(text, offset, document);
	}
	const opener = text.slice(lineStartAt(text, open - 1), open);
	const word = typed[1];
	const policy = policyAt(document, offset);
	const statement = policy && statementAt(policy, offset);
	if (/^\s*(statement|content)\s*$/.test(opener) && insidePolicyDocument(text, open)) {
		const host = policy ?? placeholderPolicy(open);
		return {
			policy: host,
			path: ['Statement', statement?.index ?? 0, word],
			statement: statement ?? { index: 0, node: host.node, properties: writtenArguments(text, open, lineStart, offset) },
			statementPath: [word],
			isAtPropertyKey: true,
			keySyntax: 'terraformBlock',
		};
	}
	if (policy && statement && statement.node.offset === open) {
		const isArray = policy.statement?.valueNode?.type === 'array';
		return {
			policy,
			path: ['Statement', ...(isArray ? [statement.index] : []), word],
			statement,
			statementPath: [word],
			isAtPropertyKey: true,
			keySyntax: 'terraformObject',
		};
	}
	return getPolicyLocation(text, offset, document);
}

/** The `{` that the text before `end` leaves open, skipping quoted strings and comments; undefined at the top level. */
function enclosingBrace(text: string, end: number): number | undefined {
	const open: number[] = [];
	for (let i = 0; i < end; i++) {
		const char = text[i];
		if (char === '"') {
			for (i++; i < end && text[i] !== '"' && text[i] !== '\n'; i++) {
				if (text[i] === '\\') {
					i++;
				}
			}
		} else if (char === '#' || (char === '/' && text[i + 1] === '/')) {
			while (i < end && text[i] !== '\n') {
				i++;
			}
		} else if (char === '{' || char === '[' || char === '(') {
			open.push(i);
		} else if ((char === '}' || char === ']' || char === ')') && open.length) {
			open.pop();
		}
	}
	const last = open[open.length - 1];
	return last !== undefined && text[last] === '{' ? last : undefined;
}

/** Whether the block opened at `open` sits in a `data "aws_iam_policy_document"` block (directly, or in a dynamic block's content). */
function insidePolicyDocument(text: string, open: number): boolean {
	for (let brace = enclosingBrace(text, open); brace !== undefined; brace = enclosingBrace(text, brace)) {
		const opener = text.slice(lineStartAt(text, brace - 1), brace);
		if (/data\s+"aws_iam_policy_document"/.test(opener)) {
			return true;
		}
		if (!/^\s*(dynamic\s+"statement"|content)\s*$/.test(opener)) {
			return false;
		}
	}
	return false;
}

/**
 * The arguments already written in a statement block the parser could not read, as the elements they
 * write, so that completion does not offer them again: the block's lines before the cursor's and after it,
 * up to the block's end.
 */
function writtenArguments(text: string, open: number, lineStart: number, offset: number): PolicyProperty[] {
	const close = text.indexOf('\n}', offset);
	const lines = text.slice(open + 1, lineStart) + text.slice(offset, close < 0 ? text.length : close);
	const properties: PolicyProperty[] = [];
	for (const [, argument] of lines.matchAll(/^\s*([a-z_]+)\s*[={]/gm)) {
		const name = policyDocumentElement(argument);
		if (name) {
			const keyNode: JsonNode = { type: 'string', offset: open, length: argument.length, value: name };
			properties.push({ name, keyNode, valueNode: undefined, propertyNode: keyNode });
		}
	}
	return properties;
}

/** A statement block the parser could not read yet: its keys are offered as for an empty identity policy. */
function placeholderPolicy(offset: number): Policy {
	const node = { type: 'object' as const, offset, length: 0 };
	return { node, path: [], isDocumentRoot: false, kind: { kind: 'identity', source: 'content' }, properties: [], statements: [] };
}
