/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import { findNodeAtOffset, getNodeValue, type JSONPath } from 'jsonc-parser';
import type { FixData } from '../diagnostics/context';
import { isRuleCode, type RuleCode } from '../diagnostics/rules';
import type { ServiceState } from '../serviceState';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextDocument } from '../languageTypes';
import { policyAt, statementAt, type JsonNode, type Policy, type PolicyDocument, type Statement } from '../parser/policyModel';
import { textAction, type EditWriter } from './textEdits';
import { editWriterOf } from './editWriters';

interface FixTarget {
	readonly state: ServiceState;
	readonly document: TextDocument;
	readonly text: string;
	readonly policyDocument: PolicyDocument;
	readonly diagnostic: Diagnostic;
	readonly data: FixData;
	readonly offset: number;
	/** How edits are written in the document's syntax. */
	readonly edits: EditWriter;
}

/** The fixes of one rule's finding; undefined entries are fixes that do not apply here. */
type QuickFix = (target: FixTarget) => ReadonlyArray<CodeAction | undefined>;

/** The finding's replacements (`FixData.replacements`) for the value it sits on. */
const replaceValue: QuickFix = (target) => replacements(target, false);
/** The same for a finding on a key: an element, an operator or a condition key. */
const replaceKey: QuickFix = (target) => replacements(target, true);

/**
 * Each rule's quick fixes, by its code; a rule not named here has none. The compiler checks every key
 * against the rules table, so a fix cannot outlive its rule or miss it by a typo.
 */
const quickFixesByRule: { readonly [Code in RuleCode]?: QuickFix } = {
	'trailing-comma': (target) => [removeRange(target, target.state.t('Remove the trailing comma'))],
	'json-comment': (target) => [removeComment(target)],
	'missing-version': (target) => [setVersion(target)],
	'invalid-version': replaceValue,
	'old-version': replaceValue,
	'invalid-effect': replaceValue,
	'missing-resource': (target) => [addResource(target)],
	'unknown-element': replaceKey,
	'invalid-sid': replaceValue,
	'unknown-service': replaceValue,
	'unknown-action': replaceValue,
	'non-canonical-case': replaceValue,
	'redundant-action': (target) => [removeEntry(target)],
	'resource-never-matches': (target) => [
		...replacements(target, false),
		splitStatement(target),
		narrowWildcards(target, true),
		narrowWildcards(target, false),
	],
	'invalid-arn': replaceValue,
	'unknown-condition-operator': replaceKey,
	'unknown-condition-key': replaceKey,
	'ifexists-on-null': replaceKey,
	'forallvalues-single-valued': replaceKey,
	'trustedadvisor-api-gap': (target) => [addActions(target)],
	'variable-without-version': (target) => [setVersion(target)],
	'unknown-policy-variable': replaceValue,
	'mfa-false-without-ifexists': replaceKey,
	'attachment-action-pair': (target) => [addActions(target)],
};

export function quickFixes(
	state: ServiceState,
	document: TextDocument,
	policyDocument: PolicyDocument,
	diagnostic: Diagnostic,
	data: FixData,
): CodeAction[] {
	const fixesOf = isRuleCode(diagnostic.code) ? quickFixesByRule[diagnostic.code] : undefined;
	if (!fixesOf) {
		return [];
	}
	const target: FixTarget = {
		state,
		document,
		text: document.getText(),
		policyDocument,
		diagnostic,
		data,
		offset: document.offsetAt(diagnostic.range.start),
		edits: editWriterOf(policyDocument.syntax),
	};
	return fixesOf(target).filter((action): action is CodeAction => !!action);
}

/** Removes the finding's range: a trailing comma. */
function removeRange(target: FixTarget, title: string): CodeAction | undefined {
	const start = target.offset;
	const end = target.document.offsetAt(target.diagnostic.range.end);
	return fix(target, title, target.text.slice(0, start) + target.text.slice(end), true);
}

/** Removes a comment, and its line when nothing else is on it. */
function removeComment(target: FixTarget): CodeAction | undefined {
	const text = target.text;
	let start = target.offset;
	let end = target.document.offsetAt(target.diagnostic.range.end);
	const lineStart = text.lastIndexOf('\n', start - 1) + 1;
	const lineEndAt = text.indexOf('\n', end);
	const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
	if (/^[ \t]*$/.test(text.slice(lineStart, start)) && /^[ \t\r]*$/.test(text.slice(end, lineEnd))) {
		start = lineStart;
		end = lineEndAt < 0 ? lineEnd : lineEnd + 1;
	} else {
		while (start > lineStart && /[ \t]/.test(text[start - 1])) {
			start--;
		}
	}
	return fix(target, target.state.t('Remove the comment'), text.slice(0, start) + text.slice(end), true);
}

function nodeAt(target: FixTarget): JsonNode | undefined {
	const root = target.policyDocument.root;
	const node = root && findNodeAtOffset(root, target.offset + 1, false);
	return node && node.offset === target.offset ? node : undefined;
}

function fix(target: FixTarget, title: string, newText: string | undefined, isPreferred = false): CodeAction | undefined {
	return textAction(target.document, title, CodeActionKind.QuickFix, newText, target.diagnostic, isPreferred);
}

function replacements(target: FixTarget, isKey: boolean): (CodeAction | undefined)[] {
	const node = nodeAt(target);
	if (!node || node.type !== 'string') {
		return [];
	}
	return (target.data.replacements ?? []).map((replacement, index) =>
		fix(
			target,
			isKey ? target.state.t('Change key to "{0}"', replacement) : target.state.t('Change to "{0}"', replacement),
			target.edits.replaceWithValue(target.text, node, replacement),
			index === 0,
		),
	);
}

function locate(target: FixTarget): { policy: Policy; statement?: Statement; statementPath?: JSONPath } | undefined {
	const policy = policyAt(target.policyDocument, target.offset);
	if (!policy) {
		return undefined;
	}
	const statement = statementAt(policy, target.offset);
	const isArray = policy.statement?.valueNode?.type === 'array';
	const statementPath = statement ? [...policy.path, 'Statement', ...(isArray ? [statement.index] : [])] : undefined;
	return { policy, statement, statementPath };
}

function removeEntry(target: FixTarget): CodeAction | undefined {
	const node = nodeAt(target);
	const found = locate(target);
	const list = [found?.statement?.action, found?.statement?.notAction].find((candidate) =>
		candidate?.entries.some((entry) => entry.node === node),
	);
	if (!node || !found?.statementPath || !list?.isArray) {
		return undefined;
	}
	return fix(
		target,
		target.state.t('Remove the redundant {0}', String(node.value)),
		target.edits.removeArrayElement(target.text, list.property.valueNode!, node),
		true,
	);
}

function setVersion(target: FixTarget): CodeAction | undefined {
	const found = locate(target);
	if (!found) {
		return undefined;
	}
	const version = found.policy.version?.valueNode;
	return fix(
		target,
		version ? target.state.t('Change Version to "2012-10-17"') : target.state.t('Add "Version": "2012-10-17"'),
		version
			? target.edits.replaceWithValue(target.text, version, '2012-10-17')
			: target.edits.addProperty(target.text, found.policy.node, found.policy.path, 'Version', '2012-10-17', 0),
		true,
	);
}

function addResource(target: FixTarget): CodeAction | undefined {
	const found = locate(target);
	if (!found?.statement || !found.statementPath) {
		return undefined;
	}
	const properties = found.statement.properties;
	const after = properties.findIndex((property) => property.name === 'Action' || property.name === 'NotAction');
	return fix(
		target,
		target.state.t('Add "Resource": "*"'),
		target.edits.addProperty(
			target.text,
			found.statement.node,
			found.statementPath,
			'Resource',
			'*',
			after < 0 ? properties.length : after + 1,
		),
		true,
	);
}

function addActions(target: FixTarget): CodeAction | undefined {
	const found = locate(target);
	const list = found?.statement?.action;
	const names = target.data.addActions ?? [];
	if (!found?.statementPath || !list || names.length === 0) {
		return undefined;
	}
	const value = list.property.valueNode!;
	const last = value.children?.[value.children.length - 1];
	const text = !list.isArray
		? value.type === 'string'
			? target.edits.replaceWithList(target.text, value, [value.value, ...names])
			: undefined
		: last
			? target.edits.insertAfter(target.text, last, names)
			: target.edits.replaceWithList(target.text, value, names);
	const title =
		found.statement?.effect?.valueNode?.value === 'Allow'
			? target.state.t('Also allow {0}', names.join(', '))
			: target.state.t('Also deny {0}', names.join(', '));
	return fix(target, title, text, true);
}

/** Moves the actions that need `"*"` to a statement of their own after this one, so the ARN keeps scoping the others. */
function splitStatement(target: FixTarget): CodeAction | undefined {
	const found = locate(target);
	const statement = found?.statement;
	const moved = target.data.splitActions;
	if (!found || !statement?.action?.isArray || !moved?.length || found.policy.statement?.valueNode?.type !== 'array') {
		return undefined;
	}
	const entries = statement.action.entries;
	const effect = statement.effect?.valueNode?.value;
	const added: Record<string, unknown> = { Effect: effect, Action: moved.length === 1 ? moved[0] : [...moved], Resource: '*' };
	if (statement.condition?.property.valueNode) {
		added.Condition = getNodeValue(statement.condition.property.valueNode);
	}
	// The new statement goes after this one first, so that removing entries from this one keeps its offsets valid.
	let text = target.edits.insertAfter(target.text, statement.node, [added]);
	for (let index = entries.length - 1; index >= 0 && text !== undefined; index--) {
		if (moved.includes(entries[index].value)) {
			text = target.edits.removeArrayElement(text, statement.action.property.valueNode!, entries[index].node);
		}
	}
	return fix(
		target,
		moved.length === 1
			? target.state.t('Move {0} to a statement of its own with "Resource": "*"', moved[0])
			: target.state.t('Move {0} to a statement of their own with "Resource": "*"', moved.join(', ')),
		text,
	);
}

/**
 * Replaces each wildcard that mixes actions taking an ARN with actions that take none by the former, so that
 * the ARN scopes every action of the statement; with `moveOthers`, the latter go to a statement of their own
 * after this one, with the same Effect and Condition, on `"*"`.
 */
function narrowWildcards(target: FixTarget, moveOthers: boolean): CodeAction | undefined {
	const found = locate(target);
	const statement = found?.statement;
	const list = statement?.action;
	const narrowed = target.data.narrowWildcards;
	const others = target.data.addStatementActions ?? [];
	if (!found || !statement || !list?.property.valueNode || !narrowed?.length) {
		return undefined;
	}
	if (moveOthers && (others.length === 0 || found.policy.statement?.valueNode?.type !== 'array')) {
		return undefined;
	}
	let text: string | undefined = target.text;
	if (moveOthers) {
		// The new statement goes after this one first, so that the edits inside this one keep their offsets.
		const added: Record<string, unknown> = {
			Effect: statement.effect?.valueNode?.value,
			Action: others.length === 1 ? others[0] : [...others],
			Resource: '*',
		};
		if (statement.condition?.property.valueNode) {
			added.Condition = getNodeValue(statement.condition.property.valueNode);
		}
		text = target.edits.insertAfter(text, statement.node, [added]);
	}
	if (text === undefined) {
		return undefined;
	}
	if (list.isArray) {
		for (let index = list.entries.length - 1; index >= 0; index--) {
			const entry = list.entries[index];
			const scoped = narrowed.find((candidate) => candidate.entry === entry.value)?.scoped;
			if (scoped) {
				text = target.edits.replaceWithEntries(text, entry.node, scoped, true);
			}
		}
	} else {
		const scoped = narrowed[0].scoped;
		text =
			scoped.length === 1
				? target.edits.replaceWithValue(text, list.property.valueNode, scoped[0])
				: target.edits.replaceWithList(text, list.property.valueNode, scoped);
	}
	const wildcards = narrowed.map((candidate) => candidate.entry).join(', ');
	return fix(
		target,
		moveOthers
			? target.state.t(
					'Narrow {0} to the actions that take an ARN, and move the others to a statement with "Resource": "*"',
					wildcards,
				)
			: target.state.t('Narrow {0} to the actions that take an ARN', wildcards),
		text,
	);
}
