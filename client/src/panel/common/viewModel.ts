/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Turns simulation results into what the panel shows. The host builds the view once per result; the
// page filters it on every keystroke, so filtering must stay cheap and allocation-light.

import { t } from './l10n';
import type { ActionResult, Decision, SimulateResult, StatementRef } from '../../../../shared/simulation';
import supportFamilyOrder from '../../../../shared/supportFamily.json';
import { formatContextValue } from './context';
import type { Filters, LayerKind, PanelRequest } from './messages';
import type { RevisionDiffView } from './revisionDiff';

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
	/** How the document was simulated, by its kind (an SCP over an identity policy), or why it was not. */
	readonly notice?: string;
	readonly compare?: CompareView;
	/** What the document grants, revokes and changes since the request's git revision. */
	readonly revision?: RevisionDiffView;
}

// IAM's own order, from the least to the most powerful, rather than the alphabet.
const accessLevelOrder = ['List', 'Read', 'Write', 'Permissions management', 'Tagging'];

function accessLevelRank(level: string): number {
	const rank = accessLevelOrder.indexOf(level);
	return rank < 0 ? accessLevelOrder.length : rank;
}

// The Support family in the order its users look for it; a prefix from outside the family comes after it.
function prefixRank(prefix: string): number {
	const rank = supportFamilyOrder.indexOf(prefix);
	return rank < 0 ? supportFamilyOrder.length : rank;
}

export function compareRows(a: { prefix: string; accessLevel: string; action: string }, b: typeof a): number {
	return (
		prefixRank(a.prefix) - prefixRank(b.prefix) ||
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
	if (filters.decision !== 'all' && result.decision !== filters.decision) {
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
	readonly revision?: RevisionDiffView;
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
		notice: result?.notice,
		compare,
		...(input.revision && input.request.revision ? { revision: input.revision } : {}),
	};
}

/**
 * The human words for a decision, as the table, the exports and screen readers say it. An implicit deny is
 * "not granted": nothing denies the action, nothing allows it, and most of the family is in that state
 * under any focused policy.
 */
export function decisionLabel(decision: Decision | undefined): string {
	switch (decision) {
		case 'allowed':
			return t('Allowed');
		case 'explicitDeny':
			return t('Explicitly denied');
		case 'implicitDeny':
			return t('Not granted');
		default:
			return t('Not reported');
	}
}

/** The counts of a simulation, in the words of the decisions; the CodeLens says the same. */
export function summaryText(summary: SimulateResult['summary']): string {
	return t('{0} allowed · {1} explicitly denied · {2} not granted', summary.allowed, summary.explicitDeny, summary.implicitDeny);
}

/** A layer kind as the panel names it. */
export function layerLabel(kind: LayerKind): string {
	switch (kind) {
		case 'permissionsBoundary':
			return t('Permissions boundary');
		case 'serviceControlPolicy':
			return t('SCP');
		case 'sessionPolicy':
			return t('Session policy');
	}
}

/**
 * What a collapsed request form says in one line: the context keys in effect, the check ARN and the
 * extra layers, or that there are none.
 */
export function requestSummary(request: PanelRequest): string {
	const context = Object.entries(request.context).map(([key, value]) => `${key}=${formatContextValue(value)}`);
	const parts = [
		context.length ? context.join(', ') : t('no context keys'),
		...(request.resource ? [request.resource] : []),
		...request.layers.map((layer) => `${layerLabel(layer.kind)} ${layer.label}`),
	];
	return parts.join(' · ');
}

/**
 * A deciding statement in a table row, short: its Sid or its number (from 1), with its policy's name when
 * it is not the simulated document's, and the policy's number when the document holds several.
 */
export function statementLabel(ref: StatementRef, documentUri: string): string {
	const name = ref.sid || t('Statement {0}', ref.statementIndex + 1);
	if (ref.uri !== documentUri) {
		return `${ref.policy}: ${name}`;
	}
	if (ref.policyName) {
		return `${ref.policyName}: ${name}`;
	}
	return ref.policyIndex > 0 ? `${t('Policy {0}', ref.policyIndex + 1)}: ${name}` : name;
}

/** A statement in full, numbered from 1, for traces, tooltips and exports. */
export function statementTitle(ref: StatementRef): string {
	const policy = ref.policyName
		? `${ref.policy} · ${ref.policyName}`
		: ref.policyIndex > 0
			? `${ref.policy} (${t('policy {0}', ref.policyIndex + 1)})`
			: ref.policy;
	return t('{0} statement {1}', policy, `${ref.statementIndex + 1}${ref.sid ? ` (${ref.sid})` : ''}`);
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
