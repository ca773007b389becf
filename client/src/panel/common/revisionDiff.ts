/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// What the panel shows of a comparison with a git revision (#17): the server's entries, one per action
// and context, folded into one row per action and outcome with the contexts it holds in, as a reviewer
// reads them: "support:ResolveCase, Not granted → Allowed, in every context, by statement 2".

import type { Decision, DiffContext, DiffEntry, PolicyDiffResult, StatementRef } from '../../../../shared/simulation';
import supportFamilyOrder from '../../../../shared/supportFamily.json';
import { contextPresetLabel } from './context';
import { t } from './l10n';
import type { Revision } from './messages';

export type DiffGroupName = 'granted' | 'revoked' | 'changed';
export const diffGroupNames: readonly DiffGroupName[] = ['granted', 'revoked', 'changed'];

export interface RevisionDiffRow {
	readonly action: string;
	/** `*`, or a resource pattern; `someResources` when the difference holds for some of its resources only. */
	readonly resource: string;
	readonly someResources: boolean;
	readonly before: Decision;
	readonly after: Decision;
	/** The ids of the contexts it holds in (`default`, `mfa`…). */
	readonly contexts: readonly string[];
	/** Where it holds, in words: "in every context", "in: No MFA". */
	readonly where: string;
	readonly note?: string;
	/** What to reveal: the statements that grant now, or for a revocation those that granted before. */
	readonly statements: readonly StatementRef[];
}

export interface RevisionDiffGroup {
	readonly name: DiffGroupName;
	/** Distinct actions: one granted in six contexts is one. */
	readonly actionCount: number;
	readonly rows: readonly RevisionDiffRow[];
}

export type RevisionDiffStatus = 'ready' | 'unavailable';

export interface RevisionDiffView {
	readonly revision: Revision;
	readonly status: RevisionDiffStatus;
	/** Why there is no comparison (not in a repository, no such revision), for `unavailable`. */
	readonly message?: string;
	/** Always the three groups, in this order: granted, revoked, changed. */
	readonly groups: readonly RevisionDiffGroup[];
	readonly actionCount: number;
	readonly contextCount: number;
	/** What the comparison could not judge, and the file's absence from the revision. */
	readonly notices: readonly string[];
	readonly errors: readonly string[];
}

/** A context's name in the UI language. */
export function contextName(id: string): string {
	return id === 'default' ? t('default context') : contextPresetLabel(id, id);
}

/** Where a row holds: every context, every context but a few, or the few it holds in. */
export function whereText(ids: readonly string[], contexts: readonly DiffContext[]): string {
	if (ids.length >= contexts.length) {
		return t('in every context');
	}
	const others = contexts.filter((context) => !ids.includes(context.id));
	return ids.length > others.length
		? t('in every context but {0}', others.map((context) => contextName(context.id)).join(', '))
		: t('in: {0}', ids.map(contextName).join(', '));
}

function prefixRank(action: string): number {
	const rank = supportFamilyOrder.indexOf(action.slice(0, action.indexOf(':')).toLowerCase());
	return rank < 0 ? supportFamilyOrder.length : rank;
}

function statementKey(refs: readonly StatementRef[]): string {
	return refs.map((ref) => `${ref.uri ?? ref.policy}#${ref.policyIndex}.${ref.statementIndex}`).join(',');
}

function rowsOf(name: DiffGroupName, entries: readonly DiffEntry[], contexts: readonly DiffContext[]): RevisionDiffRow[] {
	const rows = new Map<string, { entry: DiffEntry; contexts: string[] }>();
	for (const entry of entries) {
		const statements = name === 'revoked' ? entry.beforeStatements : entry.afterStatements;
		const key = [
			entry.action,
			entry.resource,
			entry.someResources ?? false,
			entry.before,
			entry.after,
			entry.note ?? '',
			statementKey(statements),
		].join('\u0000');
		const row = rows.get(key);
		if (row) {
			row.contexts.push(entry.context);
		} else {
			rows.set(key, { entry, contexts: [entry.context] });
		}
	}
	return [...rows.values()]
		.map(({ entry, contexts: ids }) => ({
			action: entry.action,
			resource: entry.resource,
			someResources: entry.someResources ?? false,
			before: entry.before,
			after: entry.after,
			contexts: ids,
			where: whereText(ids, contexts),
			...(entry.note ? { note: entry.note } : {}),
			statements: name === 'revoked' ? entry.beforeStatements : entry.afterStatements,
		}))
		.sort((a, b) => prefixRank(a.action) - prefixRank(b.action) || a.action.localeCompare(b.action));
}

export function buildRevisionDiffView(
	revision: Revision,
	result: PolicyDiffResult | null | undefined,
	options: { readonly message?: string; readonly notices?: readonly string[] } = {},
): RevisionDiffView {
	if (!result) {
		return {
			revision,
			status: 'unavailable',
			message: options.message ?? t('The language server gave no answer for the comparison with {0}.', revision.label),
			groups: diffGroupNames.map((name) => ({ name, actionCount: 0, rows: [] })),
			actionCount: 0,
			contextCount: 0,
			notices: options.notices ?? [],
			errors: [],
		};
	}
	const groups = diffGroupNames.map((name) => {
		const entries = result[name];
		return {
			name,
			actionCount: new Set(entries.map((entry) => entry.action.toLowerCase())).size,
			rows: rowsOf(name, entries, result.contexts),
		};
	});
	return {
		revision,
		status: 'ready',
		groups,
		actionCount: result.actionCount,
		contextCount: result.contexts.length,
		notices: [...(options.notices ?? []), ...result.notices],
		errors: result.errors,
	};
}

/** A group's heading: "Granted since HEAD (2 actions)". */
export function groupHeading(group: RevisionDiffGroup, revision: string): string {
	switch (group.name) {
		case 'granted':
			return t('Granted since {0} ({1})', revision, group.actionCount);
		case 'revoked':
			return t('Revoked since {0} ({1})', revision, group.actionCount);
		case 'changed':
			return t('Changed since {0} ({1})', revision, group.actionCount);
	}
}

/** The whole comparison in one sentence, for the section's status and screen readers. */
export function revisionDiffSummary(view: RevisionDiffView): string {
	if (view.status !== 'ready') {
		return view.message ?? '';
	}
	const [granted, revoked, changed] = view.groups.map((group) => group.actionCount);
	if (!granted && !revoked && !changed) {
		return t(
			'No action is decided otherwise than at {0} ({1} actions compared under {2} contexts).',
			view.revision.label,
			view.actionCount,
			view.contextCount,
		);
	}
	return t(
		'{0} granted, {1} revoked, {2} changed since {3} ({4} actions compared under {5} contexts)',
		granted,
		revoked,
		changed,
		view.revision.label,
		view.actionCount,
		view.contextCount,
	);
}
