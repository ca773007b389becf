/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Rewrites of an Action list that keep its meaning: expand a wildcard, collapse actions into the
// wildcard that means exactly the same set, sort.

import type { ServiceState } from '../serviceState';
import { CodeActionKind, type CodeAction, type TextDocument } from '../languageTypes';
import { contains, type PolicyDocument, type ValueEntry, type ValueListElement } from '../parser/policyModel';
import { replaceNodeText, textAction, type EditWriter } from './textEdits';
import { editWriterOf } from './editWriters';

/** Beyond this many actions an expanded list hides more than it shows. */
const maxExpansion = 250;

export function refactorings(state: ServiceState, document: TextDocument, policyDocument: PolicyDocument, offset: number): CodeAction[] {
	const found = listAt(policyDocument, offset);
	if (!found) {
		return [];
	}
	const { list, entry } = found;
	const text = document.getText();
	const edits = editWriterOf(policyDocument.syntax);
	const rewrite = (title: string, newText: string | undefined) => textAction(document, title, CodeActionKind.RefactorRewrite, newText);
	const actions = [
		entry ? rewrite(state.t('Expand {0} into its actions', entry.value), expand(state, edits, text, list, entry)) : undefined,
		...collapse(state, edits, text, list).map(({ pattern, newText }) => rewrite(state.t('Collapse into {0}', pattern), newText)),
		rewrite(state.t('Sort actions'), sort(text, list)),
	];
	return actions.filter((action): action is CodeAction => !!action);
}

function listAt(policyDocument: PolicyDocument, offset: number): { list: ValueListElement; entry?: ValueEntry } | undefined {
	for (const policy of policyDocument.policies) {
		for (const statement of policy.statements) {
			for (const list of [statement.action, statement.notAction]) {
				if (list && contains(list.property.propertyNode, offset)) {
					return { list, entry: list.entries.find((candidate) => contains(candidate.node, offset)) };
				}
			}
		}
	}
	return undefined;
}

function expand(state: ServiceState, edits: EditWriter, text: string, list: ValueListElement, entry: ValueEntry): string | undefined {
	const colon = entry.value.indexOf(':');
	if (entry.type !== 'string' || colon < 0 || !/[*?]/.test(entry.value) || /[*?]/.test(entry.value.slice(0, colon))) {
		return undefined;
	}
	const names = state.catalog.matchActions(entry.value).map((action) => `${action.prefix}:${action.name}`);
	if (names.length === 0 || names.length > maxExpansion) {
		return undefined;
	}
	return list.isArray ? edits.replaceWithEntries(text, entry.node, names) : edits.replaceWithList(text, entry.node, names);
}

function collapse(state: ServiceState, edits: EditWriter, text: string, list: ValueListElement): { pattern: string; newText: string }[] {
	if (!list.isArray || list.entries.some((entry) => entry.type !== 'string' || /[*?]/.test(entry.value))) {
		return [];
	}
	const groups = new Map<string, ValueEntry[]>();
	for (const entry of list.entries) {
		const [prefix, name] = entry.value.toLowerCase().split(':');
		if (!state.catalog.isKnownPrefix(prefix) || !name || !state.catalog.canonicalActionName(prefix, name)) {
			return [];
		}
		groups.set(prefix, [...(groups.get(prefix) ?? []), entry]);
	}
	const results: { pattern: string; newText: string }[] = [];
	for (const [prefix, entries] of groups) {
		const pattern = equivalentWildcard(
			state,
			prefix,
			entries.map((entry) => state.catalog.canonicalActionName(prefix, entry.value.split(':')[1])!),
		);
		if (!pattern || entries.length < 2) {
			continue;
		}
		// Later entries go first, so that the offsets of the earlier ones stay valid.
		let newText = text;
		for (const entry of [...entries.slice(1)].reverse()) {
			newText = edits.removeArrayElement(newText, list.property.valueNode!, entry.node);
		}
		newText = edits.replaceWithValue(newText, entries[0].node, pattern);
		results.push({ pattern, newText });
	}
	return results;
}

/** The most specific `prefix:Start*` that matches exactly these actions, if there is one. */
function equivalentWildcard(state: ServiceState, prefix: string, names: readonly string[]): string | undefined {
	const wanted = new Set(names.map((name) => name.toLowerCase()));
	if (wanted.size === state.catalog.actionNames(prefix).length) {
		return `${prefix}:*`;
	}
	let start = names[0];
	for (const name of names) {
		while (!name.toLowerCase().startsWith(start.toLowerCase())) {
			start = start.slice(0, -1);
		}
	}
	const pattern = `${prefix}:${start}*`;
	const matched = state.catalog.matchActions(pattern);
	return start && matched.length === wanted.size && matched.every((action) => wanted.has(action.name.toLowerCase()))
		? pattern
		: undefined;
}

function sort(text: string, list: ValueListElement): string | undefined {
	if (!list.isArray || list.entries.length < 2 || list.invalidNodes.length > 0 || list.entries.some((entry) => entry.type !== 'string')) {
		return undefined;
	}
	const sorted = [...list.entries].sort(
		(a, b) => a.value.toLowerCase().localeCompare(b.value.toLowerCase()) || a.value.localeCompare(b.value),
	);
	if (sorted.every((entry, index) => entry === list.entries[index])) {
		return undefined;
	}
	// Each entry's text moves into another's slot; commas, comments and line breaks stay where they are.
	let newText = text;
	for (let index = list.entries.length - 1; index >= 0; index--) {
		const slot = list.entries[index].node;
		newText = replaceNodeText(
			newText,
			slot,
			text.slice(sorted[index].node.offset, sorted[index].node.offset + sorted[index].node.length),
		);
	}
	return newText;
}
