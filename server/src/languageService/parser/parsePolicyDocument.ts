/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import { getNodePath, parseTree, type ParseError } from 'jsonc-parser';
import type { Messages } from '../l10n';
import type {
	ConditionElement,
	ConditionEntry,
	ConditionOperatorBlock,
	JsonNode,
	Policy,
	PolicyDocument,
	PolicyProperty,
	Statement,
	ValueEntry,
	ValueListElement,
} from './policyModel';
import { policyVersions, statementElements } from './policyModel';
import { contentKind, embeddedKind, type PolicyKind, type PolicyKindInfo } from './policyKinds';
import { mayHoldPolicy, type PolicySyntax } from '../../../../shared/policySyntax';
import type { SourceReader, SourceTree } from './sourceTree';
import { policyNames } from './policyNames';

export interface ParseOptions {
	/** Documents longer than this (in characters) are not analysed; 0 or undefined means no limit. */
	readonly maxFileSize?: number;
	/** The kind the user chose for the document's policies (a setting, `--kind`); otherwise each policy's is found. */
	readonly policyKind?: PolicyKind;
	/** The reader of a format loaded by the host (Terraform's WebAssembly parser). */
	readonly templateReader?: SourceReader;
	/** Why the host's reader of the format could not be loaded, if it could not. */
	readonly readerFailure?: string;
	/** The syntax of the document; JSON when not given. */
	readonly syntax?: PolicySyntax;
	/** Read a template even when nothing in it looks like a policy (`iam-support check` on a file it was given). */
	readonly readAnyTemplate?: boolean;
}

/** The statement elements whose presence makes an object look like a statement. */
const statementElementNames: ReadonlySet<unknown> = new Set(statementElements);
/**
 * jsonc-parser recurses once per level of nesting and overflows the stack somewhere between 5,000 and
 * 10,000 levels; no policy or template comes near this, so deeper documents are not analysed (#7).
 */
export const maxNestingDepth = 1000;

/**
 * Parses one version of a document into the policy model. Documents that are not policies, and JSON
 * outside the policies of a document, yield nothing, so that ordinary JSON editing is left alone.
 */
export function parsePolicyDocument(
	{ t, formatCount }: Messages,
	uri: string,
	version: number,
	text: string,
	options: ParseOptions = {},
): PolicyDocument {
	if (options.maxFileSize && text.length > options.maxFileSize) {
		return skipped(
			uri,
			version,
			t(
				'This document has {0} characters, more than iamSupport.maxFileSize ({1}): IAM policy analysis is skipped.',
				formatCount(text.length),
				formatCount(options.maxFileSize),
			),
		);
	}
	const syntax = options.syntax ?? 'json';
	if (syntax !== 'json') {
		return parseTemplate(t, uri, version, text, syntax, options);
	}
	if (mayNestDeeperThan(text, maxNestingDepth) && nestingExceeds(text, maxNestingDepth)) {
		return skipped(
			uri,
			version,
			t(
				'This document nests objects and arrays more than {0} levels deep: IAM policy analysis is skipped.',
				formatCount(maxNestingDepth),
			),
		);
	}
	const syntaxErrors: ParseError[] = [];
	let root: JsonNode | undefined;
	try {
		// Strict JSON, as IAM reads it: trailing commas and comments are reported, and the tree is the same.
		root = parseTree(text, syntaxErrors, { allowTrailingComma: false, disallowComments: true });
	} catch (error) {
		// The depth check counts as the parser does, but a stack overflow must never take the server down.
		if (error instanceof RangeError) {
			return skipped(uri, version, t('This document nests too deeply to be parsed: IAM policy analysis is skipped.'));
		}
		throw error;
	}
	return {
		uri,
		version,
		syntax,
		root,
		syntaxErrors,
		templateSyntaxErrors: [],
		policies: root ? findPolicies(root, uri, options.policyKind) : [],
	};
}

/**
 * The YAML reader, with the yaml library, is a file of its own in the bundles, loaded when the first YAML
 * document is read: a user who edits only JSON never loads it. Terraform's reader needs its WebAssembly
 * loaded first, so its host gives it (`templateReader`).
 */
function templateReaderOf(syntax: PolicySyntax): SourceReader | undefined {
	if (syntax !== 'yaml') {
		return undefined;
	}
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
	return (require('./yaml/yamlReader') as typeof import('./yaml/yamlReader')).readYaml;
}

/** A YAML or Terraform document: its reader's tree, with the same policy finder as JSON's. */
function parseTemplate(
	t: Messages['t'],
	uri: string,
	version: number,
	text: string,
	syntax: PolicySyntax,
	options: ParseOptions,
): PolicyDocument {
	const empty: PolicyDocument = { uri, version, syntax, root: undefined, syntaxErrors: [], templateSyntaxErrors: [], policies: [] };
	const reader = options.templateReader ?? templateReaderOf(syntax);
	if (!options.readAnyTemplate && !mayHoldPolicy(text, syntax)) {
		return empty;
	}
	if (!reader) {
		return options.readerFailure === undefined
			? empty
			: skipped(
					uri,
					version,
					t('The Terraform parser could not be loaded ({0}): IAM policy analysis is skipped.', options.readerFailure),
					syntax,
				);
	}
	let tree: SourceTree;
	try {
		tree = reader(text);
	} catch (error) {
		if (error instanceof RangeError) {
			return skipped(uri, version, t('This document nests too deeply to be parsed: IAM policy analysis is skipped.'), syntax);
		}
		throw error;
	}
	const root = tree.root;
	return {
		...empty,
		root,
		templateSyntaxErrors: tree.syntaxErrors,
		fileReferences: tree.fileReferences,
		policies: root ? findPolicies(root, uri, options.policyKind, tree.interpolations) : [],
	};
}

function skipped(uri: string, version: number, skippedReason: string, syntax: PolicySyntax = 'json'): PolicyDocument {
	return { uri, version, syntax, root: undefined, syntaxErrors: [], templateSyntaxErrors: [], policies: [], skippedReason };
}

/**
 * Whether the document has more than `limit` opening braces and brackets, strings and comments included:
 * if not, it cannot nest deeper. Most policies have a few dozen, and indexOf finds them far faster than
 * the scan below reads every character.
 */
function mayNestDeeperThan(text: string, limit: number): boolean {
	let count = 0;
	for (const opener of ['{', '[']) {
		for (let i = text.indexOf(opener); i >= 0; i = text.indexOf(opener, i + 1)) {
			if (++count > limit) {
				return true;
			}
		}
	}
	return false;
}

/**
 * Whether objects and arrays nest deeper than `limit`, skipping strings and comments as jsonc-parser's
 * scanner does: a string ends at its closing quote or at a line break, and a backslash takes the next
 * character with it. A closing token that does not match the innermost open one is not counted as
 * closing it: the parser does not close on it either. A loop over character codes rather than the
 * scanner itself, because it runs on every version of every document and the scanner made it a third
 * of the parse (a test checks it against the scanner).
 */
export function nestingExceeds(text: string, limit: number): boolean {
	const open: number[] = [];
	const length = text.length;
	for (let i = 0; i < length; i++) {
		const code = text.charCodeAt(i);
		if (code === 0x22 /* " */) {
			for (i++; i < length; i++) {
				const inner = text.charCodeAt(i);
				if (inner === 0x22 || inner === 0x0a || inner === 0x0d) {
					break;
				}
				if (inner === 0x5c /* \ */) {
					i++;
				}
			}
		} else if (code === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
			while (i < length && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d) {
				i++;
			}
		} else if (code === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
			const close = text.indexOf('*/', i + 2);
			i = close < 0 ? length : close + 1;
		} else if (code === 0x7b /* { */ || code === 0x5b /* [ */) {
			open.push(code);
			if (open.length > limit) {
				return true;
			}
		} else if ((code === 0x7d /* } */ && open[open.length - 1] === 0x7b) || (code === 0x5d /* ] */ && open[open.length - 1] === 0x5b)) {
			open.pop();
		}
	}
	return false;
}

function findPolicies(root: JsonNode, uri: string, chosenKind: PolicyKind | undefined, interpolations?: ReadonlySet<string>): Policy[] {
	if (root.type === 'object' && isDocumentPolicy(root, uri)) {
		return [buildPolicy(root, root, [], true, chosenKind)];
	}
	const found: Policy[] = [];
	// An explicit stack: a deeply nested document must not overflow the call stack.
	const stack: JsonNode[] = [root];
	while (stack.length) {
		const node = stack.pop()!;
		if (node.type === 'object' && looksLikeEmbeddedPolicy(node)) {
			found.push(buildPolicy(root, node, getNodePath(node), false, chosenKind));
			continue;
		}
		const children = node.children;
		if (children) {
			for (let i = children.length - 1; i >= 0; i--) {
				stack.push(children[i]);
			}
		}
	}
	const names = policyNames(
		root,
		found.map((policy) => policy.path),
	);
	return found.map((policy, index) => ({
		...policy,
		...(names[index] === undefined ? {} : { name: names[index] }),
		...(interpolations ? { interpolations } : {}),
	}));
}

/** A whole document is a policy when its root has `Statement` or a policy `Version`, or is empty in a file named like a policy. */
function isDocumentPolicy(root: JsonNode, uri: string): boolean {
	const properties = root.children ?? [];
	if (properties.length === 0) {
		return /polic(y|ies)[^/]*$/i.test(uri);
	}
	for (const property of properties) {
		const key = property.children?.[0]?.value;
		const value = property.children?.[1];
		if (key === 'Statement') {
			return true;
		}
		if (key === 'Version' && value?.type === 'string' && policyVersions.includes(value.value)) {
			return true;
		}
	}
	return false;
}

/** A policy inside another document (a CloudFormation `PolicyDocument`, a Terraform JSON `policy`). */
function looksLikeEmbeddedPolicy(node: JsonNode): boolean {
	for (const property of node.children ?? []) {
		if (property.children?.[0]?.value !== 'Statement') {
			continue;
		}
		const value = property.children[1];
		if (value?.type === 'object') {
			return looksLikeStatement(value);
		}
		if (value?.type === 'array') {
			return (value.children ?? []).some(looksLikeStatement);
		}
	}
	return false;
}

function looksLikeStatement(node: JsonNode): boolean {
	return node.type === 'object' && (node.children ?? []).some((property) => statementElementNames.has(property.children?.[0]?.value));
}

/** CloudFormation's `{"Ref": …}`, `{"Fn::If": […]}`, `{"Condition": …}`: one key, naming an intrinsic function. */
export function isIntrinsicObject(node: JsonNode): boolean {
	if (node.type !== 'object' || node.children?.length !== 1) {
		return false;
	}
	const key = node.children[0].children?.[0]?.value;
	return typeof key === 'string' && (key === 'Ref' || key === 'Condition' || key.startsWith('Fn::'));
}

function propertiesOf(node: JsonNode): PolicyProperty[] {
	const properties: PolicyProperty[] = [];
	for (const propertyNode of node.children ?? []) {
		const keyNode = propertyNode.children?.[0];
		if (propertyNode.type !== 'property' || !keyNode) {
			continue;
		}
		properties.push({ name: String(keyNode.value), keyNode, valueNode: propertyNode.children?.[1], propertyNode });
	}
	return properties;
}

function first(properties: readonly PolicyProperty[], name: string): PolicyProperty | undefined {
	return properties.find((property) => property.name === name);
}

function buildPolicy(
	root: JsonNode,
	node: JsonNode,
	path: Policy['path'],
	isDocumentRoot: boolean,
	chosenKind: PolicyKind | undefined,
): Policy {
	const properties = propertiesOf(node);
	const statement = first(properties, 'Statement');
	const statements: Statement[] = [];
	const value = statement?.valueNode;
	if (value?.type === 'object') {
		statements.push(buildStatement(value, 0));
	} else if (value?.type === 'array') {
		(value.children ?? []).forEach((child, index) => {
			// A template's `!If [cond, {statement}, !Ref AWS::NoValue]` is a statement only a deployment knows.
			if (child.type === 'object' && (isDocumentRoot || !isIntrinsicObject(child))) {
				statements.push(buildStatement(child, index));
			}
		});
	}
	return {
		node,
		path,
		isDocumentRoot,
		kind: kindOf(root, path, isDocumentRoot, statements, chosenKind),
		properties,
		version: first(properties, 'Version'),
		id: first(properties, 'Id'),
		statement,
		statements,
	};
}

/** The user's choice, else what the template's place says, else what the statements say (policyKinds.ts). */
function kindOf(
	root: JsonNode,
	path: Policy['path'],
	isDocumentRoot: boolean,
	statements: readonly Statement[],
	chosenKind: PolicyKind | undefined,
): PolicyKindInfo {
	if (chosenKind) {
		return { kind: chosenKind, source: 'setting' };
	}
	const embedded = isDocumentRoot ? undefined : embeddedKind(root, path);
	return embedded ? { ...embedded, source: 'template' } : contentKind(statements);
}

function buildStatement(node: JsonNode, index: number): Statement {
	return new ParsedStatement(index, node, propertiesOf(node));
}

/** Not built yet: `undefined` means the statement has no such element. */
const unbuilt = Symbol('unbuilt');

/**
 * A statement whose Action, Resource and Condition elements are read from the JSON tree when first
 * asked for. After an edit, the server reuses what it found in the statements the edit left alone and
 * never reads their lists; building them all was most of the policy model's cost on large documents (#6).
 */
class ParsedStatement implements Statement {
	readonly sid?: PolicyProperty;
	readonly effect?: PolicyProperty;
	readonly principal?: PolicyProperty;
	readonly notPrincipal?: PolicyProperty;
	private builtAction: ValueListElement | undefined | typeof unbuilt = unbuilt;
	private builtNotAction: ValueListElement | undefined | typeof unbuilt = unbuilt;
	private builtResource: ValueListElement | undefined | typeof unbuilt = unbuilt;
	private builtNotResource: ValueListElement | undefined | typeof unbuilt = unbuilt;
	private builtCondition: ConditionElement | undefined | typeof unbuilt = unbuilt;

	constructor(
		readonly index: number,
		readonly node: JsonNode,
		readonly properties: readonly PolicyProperty[],
	) {
		this.sid = first(properties, 'Sid');
		this.effect = first(properties, 'Effect');
		this.principal = first(properties, 'Principal');
		this.notPrincipal = first(properties, 'NotPrincipal');
	}

	get action(): ValueListElement | undefined {
		return this.builtAction === unbuilt ? (this.builtAction = this.list('Action')) : this.builtAction;
	}

	get notAction(): ValueListElement | undefined {
		return this.builtNotAction === unbuilt ? (this.builtNotAction = this.list('NotAction')) : this.builtNotAction;
	}

	get resource(): ValueListElement | undefined {
		return this.builtResource === unbuilt ? (this.builtResource = this.list('Resource')) : this.builtResource;
	}

	get notResource(): ValueListElement | undefined {
		return this.builtNotResource === unbuilt ? (this.builtNotResource = this.list('NotResource')) : this.builtNotResource;
	}

	get condition(): ConditionElement | undefined {
		if (this.builtCondition === unbuilt) {
			const property = first(this.properties, 'Condition');
			this.builtCondition = property ? buildCondition(property) : undefined;
		}
		return this.builtCondition;
	}

	private list(name: string): ValueListElement | undefined {
		const property = first(this.properties, name);
		return property ? buildValueList(property) : undefined;
	}
}

function scalarEntry(node: JsonNode): ValueEntry | undefined {
	switch (node.type) {
		case 'string':
			return { value: node.value as string, type: 'string', node };
		case 'number':
			return { value: String(node.value), type: 'number', node };
		case 'boolean':
			return { value: String(node.value), type: 'boolean', node };
		case 'null':
			return { value: 'null', type: 'null', node };
		default:
			return undefined;
	}
}

/** The scalars of a value that may be a scalar or an array of scalars. */
function collectValues(value: JsonNode | undefined): { entries: ValueEntry[]; invalidNodes: JsonNode[]; isArray: boolean } {
	const entries: ValueEntry[] = [];
	const invalidNodes: JsonNode[] = [];
	if (!value) {
		return { entries, invalidNodes, isArray: false };
	}
	const isArray = value.type === 'array';
	for (const node of isArray ? (value.children ?? []) : [value]) {
		const entry = scalarEntry(node);
		if (entry) {
			entries.push(entry);
		} else {
			invalidNodes.push(node);
		}
	}
	return { entries, invalidNodes, isArray };
}

function buildValueList(property: PolicyProperty): ValueListElement {
	return { property, ...collectValues(property.valueNode) };
}

function buildCondition(property: PolicyProperty): ConditionElement {
	const operators: ConditionOperatorBlock[] = [];
	if (property.valueNode?.type === 'object') {
		for (const operatorProperty of propertiesOf(property.valueNode)) {
			const entries: ConditionEntry[] = [];
			if (operatorProperty.valueNode?.type === 'object') {
				for (const keyProperty of propertiesOf(operatorProperty.valueNode)) {
					const { entries: values, invalidNodes, isArray } = collectValues(keyProperty.valueNode);
					entries.push({ key: keyProperty.name, property: keyProperty, values, invalidNodes, isArray });
				}
			}
			operators.push({ operator: operatorProperty.name, property: operatorProperty, entries });
		}
	}
	return { property, operators };
}
