/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// A YAML document (a CloudFormation or SAM template, a Serverless Framework file) as the JSON tree
// CloudFormation would read from it, with every node's offsets in the YAML text (sourceTree.ts).
// CloudFormation's short forms become the long forms' objects (`!Ref X` → {"Ref": "X"}), which the
// rules already take for values only a deployment knows; `!Sub 'text'` becomes its text, so the
// literal parts around `${…}` are still checked, as a template value (diagnostics/context.ts).

import {
	isAlias,
	isMap,
	isPair,
	isScalar,
	isSeq,
	parseAllDocuments,
	type Node as YamlNode,
	type ScalarTag,
	type CollectionTag,
} from 'yaml';
import type { Node as JsonNode } from 'jsonc-parser';
import type { SourceTree, TemplateSyntaxError } from '../sourceTree';

/** CloudFormation's intrinsic functions and condition functions, with the long form each short tag stands for. */
const intrinsicFunctions: readonly string[] = [
	'And',
	'Base64',
	'Cidr',
	'Condition',
	'Equals',
	'FindInMap',
	'GetAtt',
	'GetAZs',
	'If',
	'ImportValue',
	'Join',
	'Not',
	'Or',
	'Ref',
	'Select',
	'Split',
	'Sub',
	'Transform',
	'ToJsonString',
	'Length',
];

/** Every short form declared for scalars, sequences and mappings, so the parser neither warns nor resolves them. */
const cloudFormationTags: (ScalarTag | CollectionTag)[] = intrinsicFunctions.flatMap((name) => [
	{ tag: `!${name}`, resolve: (value: string) => value },
	{ tag: `!${name}`, collection: 'seq' as const, resolve: (value: unknown) => value as never },
	{ tag: `!${name}`, collection: 'map' as const, resolve: (value: unknown) => value as never },
]);

/** The long form of a short tag: `!Ref` → `Ref`, `!GetAtt` → `Fn::GetAtt`, `!Condition` → `Condition`. */
function longForm(tag: string): string {
	const name = tag.slice(1);
	return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}

export function readYaml(text: string): SourceTree {
	const syntaxErrors: TemplateSyntaxError[] = [];
	let documents;
	try {
		documents = parseAllDocuments(text, { customTags: cloudFormationTags, uniqueKeys: false, prettyErrors: false });
	} catch (error) {
		return { root: undefined, syntaxErrors: [{ offset: 0, length: 0, message: String(error) }], fileReferences: [] };
	}
	const list = Array.isArray(documents) ? documents : [];
	for (const document of list) {
		for (const error of document.errors) {
			syntaxErrors.push({
				offset: error.pos[0],
				length: Math.max(0, error.pos[1] - error.pos[0]),
				message: firstLine(error.message),
			});
		}
	}
	const converter = new TreeConverter(text);
	const contents = list.map((document) => document.contents).filter((node) => !!node);
	let root: JsonNode | undefined;
	if (contents.length === 1) {
		root = converter.node(contents[0], undefined);
	} else if (contents.length > 1) {
		// Several documents in one file (`---`): one array, so that the policies of each are found.
		const array: MutableNode = { type: 'array', offset: 0, length: text.length, children: [] };
		array.children = contents.map((content) => converter.node(content, array)).filter((node): node is JsonNode => !!node);
		root = array;
	}
	if (root) {
		wrapServerlessStatements(root);
	}
	return { root, syntaxErrors, fileReferences: [], interpolations: converter.interpolations };
}

/**
 * The Serverless Framework writes a role's statements without a policy around them
 * (`provider.iam.role.statements`, the older `provider.iamRoleStatements`, a function's `iamRoleStatements`)
 * and deploys them as a policy with Version 2012-10-17. Each list becomes that policy: an object over
 * the same text with a Statement (the list) and a Version of no length, so no rule asks for one.
 */
function wrapServerlessStatements(root: JsonNode): void {
	const lists = [
		valueAt(root, ['provider', 'iam', 'role', 'statements']),
		valueAt(root, ['provider', 'iamRoleStatements']),
		...propertiesOf(valueAt(root, ['functions'])).map((fn) => valueAt(fn.children?.[1], ['iamRoleStatements'])),
	];
	for (const list of lists) {
		if (list?.type !== 'array' || !list.parent) {
			continue;
		}
		const property = list.parent as MutableNode;
		const policy: MutableNode = { type: 'object', offset: list.offset, length: list.length, parent: property, children: [] };
		const version = zeroLengthProperty(policy, 'Version', '2012-10-17', list.offset);
		const statement: MutableNode = { type: 'property', offset: list.offset, length: list.length, parent: policy, children: [] };
		const key: JsonNode = { type: 'string', offset: list.offset, length: 0, value: 'Statement', parent: statement };
		(list as MutableNode).parent = statement;
		statement.children = [key, list];
		policy.children = [version, statement];
		property.children = [property.children![0], policy];
	}
}

function zeroLengthProperty(parent: JsonNode, name: string, value: string, offset: number): JsonNode {
	const property: MutableNode = { type: 'property', offset, length: 0, parent, children: [] };
	property.children = [
		{ type: 'string', offset, length: 0, value: name, parent: property },
		{ type: 'string', offset, length: 0, value, parent: property },
	];
	return property;
}

function propertiesOf(node: JsonNode | undefined): JsonNode[] {
	return node?.type === 'object' ? (node.children ?? []) : [];
}

function valueAt(node: JsonNode | undefined, path: readonly string[]): JsonNode | undefined {
	let current = node;
	for (const name of path) {
		current = propertiesOf(current).find((property) => property.children?.[0]?.value === name)?.children?.[1];
	}
	return current;
}

function firstLine(message: string): string {
	const line = message.split('\n')[0];
	return line.replace(/ at line \d+, column \d+:?$/, '');
}

type MutableNode = { -readonly [K in keyof JsonNode]: JsonNode[K] };

class TreeConverter {
	/** The `${…}` of every `!Sub` text, which CloudFormation fills in; `${!Literal}` is its escape for `${Literal}`. */
	readonly interpolations = new Set<string>();

	constructor(private readonly text: string) {}

	node(node: unknown, parent: JsonNode | undefined): JsonNode | undefined {
		if (isAlias(node)) {
			// An alias repeats what its anchor holds, which is checked where it is written: here it is unknown.
			return this.intrinsic('Ref', node.source, this.start(node), this.end(node), parent);
		}
		if (!isScalar(node) && !isMap(node) && !isSeq(node)) {
			return undefined;
		}
		const tag = node.tag;
		if (tag && intrinsicFunctions.includes(tag.slice(1)) && tag.startsWith('!')) {
			if (tag === '!Sub' && isScalar(node) && typeof node.value === 'string') {
				// The node spans the tag: a finding underlines `!Sub …` whole, and a fix replaces the tag with the text.
				for (const [expression] of (node.value as string).matchAll(/\$\{(?!!)[^}]*\}/g)) {
					this.interpolations.add(expression);
				}
				const scalar = this.scalar(node, parent) as MutableNode;
				const tagStart = this.tagStart(node);
				scalar.length += scalar.offset - tagStart;
				scalar.offset = tagStart;
				return scalar;
			}
			return this.tagged(node, longForm(tag), parent);
		}
		return this.untagged(node, parent);
	}

	private map(node: YamlNode & { items: unknown[] }, parent: JsonNode | undefined): JsonNode {
		const object: MutableNode = { type: 'object', offset: this.start(node), length: 0, parent, children: [] };
		object.length = this.end(node) - object.offset;
		const properties: JsonNode[] = [];
		for (const pair of node.items) {
			if (!isPair(pair) || !isScalar(pair.key)) {
				continue;
			}
			const key = pair.key;
			const keyStart = this.start(key);
			const property: MutableNode = { type: 'property', offset: keyStart, length: 0, parent: object, children: [] };
			const keyNode: MutableNode = {
				type: 'string',
				offset: keyStart,
				length: this.end(key) - keyStart,
				value: String(key.value),
				parent: property,
			};
			const value = this.isEmptyValue(pair.value) ? undefined : this.node(pair.value, property);
			property.children = value ? [keyNode, value] : [keyNode];
			property.length = (value ? value.offset + value.length : keyNode.offset + keyNode.length) - keyStart;
			property.colonOffset = this.text.indexOf(':', keyNode.offset + keyNode.length);
			properties.push(property);
		}
		object.children = properties;
		return object;
	}

	/** `Effect:` with nothing after it, while the user is still typing: no value, as in `"Effect": ` in JSON. */
	private isEmptyValue(value: unknown): boolean {
		if (value === null || value === undefined) {
			return true;
		}
		return isScalar(value) && value.value === null && !value.tag && value.range![0] === value.range![1];
	}

	private scalar(node: YamlNode & { value: unknown }, parent: JsonNode | undefined): JsonNode {
		const offset = this.start(node);
		const length = this.end(node) - offset;
		const value = node.value;
		switch (typeof value) {
			case 'string':
				return { type: 'string', offset, length, value, parent };
			case 'number':
				return { type: 'number', offset, length, value, parent };
			case 'boolean':
				return { type: 'boolean', offset, length, value, parent };
			default:
				if (value === null) {
					return { type: 'null', offset, length, value: null, parent };
				}
				return { type: 'string', offset, length, value: this.text.slice(offset, offset + length), parent };
		}
	}

	/** A short form as its long form's object: one property, whose key is the tag and whose value is the argument. */
	private tagged(node: YamlNode, name: string, parent: JsonNode | undefined): JsonNode {
		const tagStart = this.tagStart(node);
		const object: MutableNode = { type: 'object', offset: tagStart, length: this.end(node) - tagStart, parent, children: [] };
		const property: MutableNode = { type: 'property', offset: tagStart, length: object.length, parent: object, children: [] };
		const keyNode: JsonNode = { type: 'string', offset: tagStart, length: node.tag!.length, value: name, parent: property };
		const untagged = this.untagged(node, property);
		property.children = untagged ? [keyNode, untagged] : [keyNode];
		object.children = [property];
		return object;
	}

	/** A node as its plain YAML reads, whatever its tag. */
	private untagged(node: YamlNode, parent: JsonNode | undefined): JsonNode | undefined {
		if (isMap(node)) {
			return this.map(node, parent);
		}
		if (isSeq(node)) {
			const array: MutableNode = { type: 'array', offset: this.start(node), length: 0, parent, children: [] };
			array.length = this.end(node) - array.offset;
			array.children = node.items.map((item) => this.node(item, array)).filter((child): child is JsonNode => !!child);
			return array;
		}
		return isScalar(node) ? this.scalar(node, parent) : undefined;
	}

	private intrinsic(name: string, argument: string, start: number, end: number, parent: JsonNode | undefined): JsonNode {
		const object: MutableNode = { type: 'object', offset: start, length: end - start, parent, children: [] };
		const property: MutableNode = { type: 'property', offset: start, length: end - start, parent: object, children: [] };
		const keyNode: JsonNode = { type: 'string', offset: start, length: 0, value: name, parent: property };
		const value: JsonNode = { type: 'string', offset: start, length: end - start, value: argument, parent: property };
		property.children = [keyNode, value];
		object.children = [property];
		return object;
	}

	private start(node: { range?: [number, number, number] | null }): number {
		return node.range?.[0] ?? 0;
	}

	/** The end of the node's own text: a block collection's range runs on over the line break and blank lines after it. */
	private end(node: { range?: [number, number, number] | null }): number {
		const start = this.start(node);
		let end = node.range?.[1] ?? start;
		while (end > start && /\s/.test(this.text[end - 1])) {
			end--;
		}
		return end;
	}

	private tagStart(node: YamlNode): number {
		const start = this.start(node);
		const found = this.text.lastIndexOf(node.tag!, start);
		return found >= 0 && start - found < 200 ? found : start;
	}
}
