/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Turns simulation results into what the panel shows. The host builds the view once per result; the
// page filters it on every keystroke, so filtering must stay cheap and allocation-light.

import { t } from './l10n';
import type { ActionResult, Decision, SimulateResult } from '../../../../shared/simulation';
import type { Filters, PanelRequest } from './messages';

export type PanelStatus = 'simulating' | 'ready' | 'noServer' | 'noResult' | 'error';

export interface ActionGroup {
	readonly prefix: string;
	readonly accessLevel: string;
	readonly rows: readonly ActionResult[];
}

/** One action whose decision differs between the document and the policy it is compared with. */
export interface DiffRow {
	readonly action: string;
	readonly prefix: string;
	readonly accessLevel: string;
	/** Undefined when one side did not report the action at all. */
	readonly decision?: Decision;
	readonly otherDecision?: Decision;
}

export interface CompareView {
	readonly label: string;
	/** False when the server gave no answer for the other policy, so no difference can be told. */
	readonly answered: boolean;
	readonly diffs: readonly DiffRow[];
	readonly errors: readonly string[];
}

export interface PanelView {
	/** Grows with every view the host sends, so the page can say which one it drew. */
	readonly seq: number;
	readonly status: PanelStatus;
	readonly message?: string;
	readonly documentLabel: string;
	readonly documentVersion?: number;
	readonly request: PanelRequest;
	readonly summary?: SimulateResult['summary'];
	readonly groups: readonly ActionGroup[];
	readonly prefixes: readonly string[];
	readonly accessLevels: readonly string[];
	readonly errors: readonly string[];
	readonly compare?: CompareView;
}

// IAM's own order, from the least to the most powerful, rather than the alphabet.
const accessLevelOrder = ['List', 'Read', 'Write', 'Permissions management', 'Tagging'];

function accessLevelRank(level: string): number {
	const rank = accessLevelOrder.indexOf(level);
	return rank < 0 ? accessLevelOrder.length : rank;
}

export function compareRows(a: { prefix: string; accessLevel: string; action: string }, b: typeof a): number {
	return (
		a.prefix.localeCompare(b.prefix) ||
		accessLevelRank(a.accessLevel) - accessLevelRank(b.accessLevel) ||
		a.accessLevel.localeCompare(b.accessLevel) ||
		a.action.localeCompare(b.action)
	);
}

/** Groups results by prefix, then access level, each sorted; every result appears exactly once. */
export function groupResults(results: readonly ActionResult[]): ActionGroup[] {
	const groups: { prefix: string; accessLevel: string; rows: ActionResult[] }[] = [];
	for (const result of [...results].sort(compareRows)) {
		const last = groups[groups.length - 1];
		if (last && last.prefix === result.prefix && last.accessLevel === result.accessLevel) {
			last.rows.push(result);
		} else {
			groups.push({ prefix: result.prefix, accessLevel: result.accessLevel, rows: [result] });
		}
	}
	return groups;
}

export function isDenied(decision: Decision): boolean {
	return decision !== 'allowed';
}

export function matchesFilters(result: ActionResult, filters: Filters): boolean {
	if (filters.decision === 'allowed' && isDenied(result.decision)) {
		return false;
	}
	if (filters.decision === 'denied' && !isDenied(result.decision)) {
		return false;
	}
	if (filters.prefix && result.prefix !== filters.prefix) {
		return false;
	}
	if (filters.accessLevel && result.accessLevel !== filters.accessLevel) {
		return false;
	}
	const text = filters.text.trim().toLowerCase();
	return !text || result.action.toLowerCase().includes(text);
}

/** Keeps the groups' order and drops the groups that no row survives. */
export function filterGroups(groups: readonly ActionGroup[], filters: Filters): ActionGroup[] {
	const kept: ActionGroup[] = [];
	for (const group of groups) {
		const rows = group.rows.filter((row) => matchesFilters(row, filters));
		if (rows.length) {
			kept.push(rows.length === group.rows.length ? group : { ...group, rows });
		}
	}
	return kept;
}

export function visibleResults(groups: readonly ActionGroup[], filters: Filters): ActionResult[] {
	return filterGroups(groups, filters).flatMap((group) => group.rows);
}

/** The actions whose decisions differ, matched by name case-insensitively as IAM does. */
export function diffResults(results: readonly ActionResult[], others: readonly ActionResult[]): DiffRow[] {
	const byAction = new Map(others.map((other) => [other.action.toLowerCase(), other]));
	const diffs: DiffRow[] = [];
	for (const result of results) {
		const key = result.action.toLowerCase();
		const other = byAction.get(key);
		byAction.delete(key);
		if (other?.decision !== result.decision) {
			diffs.push({
				action: result.action,
				prefix: result.prefix,
				accessLevel: result.accessLevel,
				decision: result.decision,
				otherDecision: other?.decision,
			});
		}
	}
	for (const other of byAction.values()) {
		diffs.push({ action: other.action, prefix: other.prefix, accessLevel: other.accessLevel, otherDecision: other.decision });
	}
	return diffs.sort(compareRows);
}

export interface ViewInput {
	readonly seq: number;
	readonly documentLabel: string;
	readonly request: PanelRequest;
	readonly result?: SimulateResult | null;
	readonly compareResult?: SimulateResult | null;
	readonly status?: PanelStatus;
	readonly message?: string;
}

export function buildPanelView(input: ViewInput): PanelView {
	const { result } = input;
	const groups = result ? groupResults(result.results) : [];
	const unique = (values: string[]) => [...new Set(values)];
	const other = input.compareResult;
	const compare =
		input.request.compare && result
			? other
				? {
						label: input.request.compare.label,
						answered: true,
						diffs: diffResults(result.results, other.results),
						errors: other.errors,
					}
				: {
						label: input.request.compare.label,
						answered: false,
						diffs: [],
						errors: [t('The language server gave no answer for {0}.', input.request.compare.label)],
					}
			: undefined;
	return {
		seq: input.seq,
		status: input.status ?? (result ? 'ready' : 'noResult'),
		message: input.message,
		documentLabel: input.documentLabel,
		documentVersion: result?.version,
		request: input.request,
		summary: result?.summary,
		groups,
		prefixes: unique(groups.map((group) => group.prefix)),
		accessLevels: unique(groups.map((group) => group.accessLevel)).sort(
			(a, b) => accessLevelRank(a) - accessLevelRank(b) || a.localeCompare(b),
		),
		errors: result?.errors ?? [],
		compare,
	};
}

/** The human words for a decision, as the table, the exports and screen readers say it. */
export function decisionLabel(decision: Decision | undefined): string {
	switch (decision) {
		case 'allowed':
			return t('Allowed');
		case 'explicitDeny':
			return t('Denied (explicit)');
		case 'implicitDeny':
			return t('Denied (implicit)');
		default:
			return t('Not reported');
	}
}

/** An access level as the Service Authorization Reference of the UI language names it; filters keep the English value. */
export function accessLevelLabel(level: string): string {
	switch (level) {
		case 'List':
			return t('List');
		case 'Read':
			return t('Read');
		case 'Write':
			return t('Write');
		case 'Permissions management':
			return t('Permissions management');
		case 'Tagging':
			return t('Tagging');
		default:
			return level;
	}
}
