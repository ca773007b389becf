/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import type { JSONPath, Node as JsonNode, ParseError } from 'jsonc-parser';
import type { PolicyKindInfo } from './policyKinds';
import type { FileReference, PolicySyntax, TemplateSyntaxError } from './sourceTree';

/** The elements of a policy and of a statement, and the policy language's versions (IAM JSON policy elements reference). */
export const policyElements: readonly string[] = ['Version', 'Id', 'Statement'];
export const statementElements: readonly string[] = [
	'Sid',
	'Effect',
	'Action',
	'NotAction',
	'Resource',
	'NotResource',
	'Condition',
	'Principal',
	'NotPrincipal',
];
export const policyVersions: readonly string[] = ['2012-10-17', '2008-10-17'];

export type { JsonNode, JSONPath };

/** A `"key": value` pair of an object, kept even when the same key appears twice. */
export interface PolicyProperty {
	readonly name: string;
	readonly keyNode: JsonNode;
	/** Undefined while the user is still typing (`"Effect": |`). */
	readonly valueNode: JsonNode | undefined;
	readonly propertyNode: JsonNode;
}

export type ScalarType = 'string' | 'number' | 'boolean' | 'null';

/** One scalar of an element that takes a value or an array of values. */
export interface ValueEntry {
	/** The string itself, or the JSON text of a number, boolean or null. */
	readonly value: string;
	readonly type: ScalarType;
	readonly node: JsonNode;
}

/** `Action`, `NotAction`, `Resource`, `NotResource`: a string or an array of strings. */
export interface ValueListElement {
	readonly property: PolicyProperty;
	readonly isArray: boolean;
	/** Every scalar, in document order; non-strings are kept so that rules can name them. */
	readonly entries: readonly ValueEntry[];
	/** Objects and arrays where a scalar was expected. */
	readonly invalidNodes: readonly JsonNode[];
}

export interface ConditionEntry {
	readonly key: string;
	readonly property: PolicyProperty;
	readonly values: readonly ValueEntry[];
	readonly isArray: boolean;
	readonly invalidNodes: readonly JsonNode[];
}

export interface ConditionOperatorBlock {
	readonly operator: string;
	readonly property: PolicyProperty;
	readonly entries: readonly ConditionEntry[];
}

export interface ConditionElement {
	readonly property: PolicyProperty;
	readonly operators: readonly ConditionOperatorBlock[];
}

export interface Statement {
	/** Position in the policy's `Statement` array (0 when `Statement` is a single object). */
	readonly index: number;
	readonly node: JsonNode;
	/** Every property in document order, duplicates included. */
	readonly properties: readonly PolicyProperty[];
	/** The first occurrence of each element, by its exact name. */
	readonly sid?: PolicyProperty;
	readonly effect?: PolicyProperty;
	readonly action?: ValueListElement;
	readonly notAction?: ValueListElement;
	readonly resource?: ValueListElement;
	readonly notResource?: ValueListElement;
	readonly condition?: ConditionElement;
	readonly principal?: PolicyProperty;
	readonly notPrincipal?: PolicyProperty;
}

export interface Policy {
	readonly node: JsonNode;
	/** Where the policy sits in the document: `[]` for a whole-document policy. */
	readonly path: JSONPath;
	readonly isDocumentRoot: boolean;
	/** The `${…}` the template fills in (sourceTree.ts); undefined in JSON, where any `${…}` of an embedded policy may be. */
	readonly interpolations?: ReadonlySet<string>;
	/** What the template calls it: a logical id, a resource address (policyNames.ts); none for a whole-document policy. */
	readonly name?: string;
	/** Which grammar the policy is judged by, and where that comes from (policyKinds.ts). */
	readonly kind: PolicyKindInfo;
	readonly properties: readonly PolicyProperty[];
	readonly version?: PolicyProperty;
	readonly id?: PolicyProperty;
	readonly statement?: PolicyProperty;
	readonly statements: readonly Statement[];
}

/** The parse of one version of a document, shared by every feature. */
export interface PolicyDocument {
	readonly uri: string;
	readonly version: number;
	/** The syntax the document is written in; the model is the same for every syntax. */
	readonly syntax: PolicySyntax;
	readonly root: JsonNode | undefined;
	/** JSON's syntax errors, as IAM would reject them (JSON documents only). */
	readonly syntaxErrors: readonly ParseError[];
	/** What a YAML or Terraform parser could not read. */
	readonly templateSyntaxErrors: readonly TemplateSyntaxError[];
	/** Terraform's `file()` and `templatefile()` calls. */
	readonly fileReferences?: readonly FileReference[];
	/** Every policy found in the document, in document order, never nested in one another. */
	readonly policies: readonly Policy[];
	/** Set when the document was too large to analyse; the features then do nothing. */
	readonly skippedReason?: string;
}

/** The string value of a property, or undefined when it is absent or not a string. */
export function stringValue(property: PolicyProperty | undefined): string | undefined {
	const node = property?.valueNode;
	return node?.type === 'string' ? (node.value as string) : undefined;
}

/** The policy that contains the offset, if any. */
export function policyAt(document: PolicyDocument, offset: number): Policy | undefined {
	for (const policy of document.policies) {
		if (contains(policy.node, offset)) {
			return policy;
		}
	}
	return undefined;
}

/** The statement of the policy that contains the offset, if any (statements are in document order: bisect). */
export function statementAt(policy: Policy, offset: number): Statement | undefined {
	const statements = policy.statements;
	let low = 0;
	let high = statements.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const node = statements[middle].node;
		if (offset < node.offset) {
			high = middle - 1;
		} else if (offset > node.offset + node.length) {
			low = middle + 1;
		} else {
			return statements[middle];
		}
	}
	return undefined;
}

/** Whether the offset is inside the node, its last character included (the cursor after it counts). */
export function contains(node: JsonNode, offset: number, includeRightBound = true): boolean {
	return offset >= node.offset && (offset < node.offset + node.length || (includeRightBound && offset === node.offset + node.length));
}
