/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import type { ActionResult, Decision } from '../../../shared/simulation';
import type { ActionGroup, CompareView } from '../panel/common/viewModel';
import { t } from '../panel/common/l10n';
import { accessLevelLabel, decisionLabel, statementLabel, statementTitle } from '../panel/common/viewModel';
import { h, uniqueId } from './dom';
import { actionTrace, revealButton, type RevealHandler } from './trace';

export interface TableHandlers {
	/** The simulated document: its statements are named without their file. */
	readonly documentUri: string;
	/** Whether an implicit deny names the layers without an Allow: only when the request has layers. */
	readonly showLayersWithoutAllow: boolean;
	readonly isExpanded: (action: string) => boolean;
	readonly onToggle: (action: string) => void;
	readonly onReveal: RevealHandler;
}

// A function: the page sets its language after the modules load.
const columns = () => [t('Action'), t('Decision'), t('Decided by')];

const symbols: Record<Decision, string> = { allowed: '✓', explicitDeny: '✕', implicitDeny: '○' };

/** A decision's symbol, hidden from screen readers, which read the word beside it. */
export function decisionSymbol(decision: Decision): HTMLElement {
	return h('span', { class: `symbol ${decision}`, attrs: { 'aria-hidden': 'true' } }, symbols[decision]);
}

function decisionText(result: ActionResult): string {
	if (result.variesByResource && result.decisionForSomeResources) {
		return t('{0}; {1} for some checks', decisionLabel(result.decision), decisionLabel(result.decisionForSomeResources));
	}
	return result.variesByResource ? t('{0} for some checks', decisionLabel(result.decision)) : decisionLabel(result.decision);
}

/**
 * The context keys the decision waited for, when giving them would change it: "aws:MultiFactorAuthPresent
 * not given; if given: Allowed". Keys that would change nothing are left to the trace.
 */
function missingKeys(result: ActionResult): HTMLElement | undefined {
	const ifGiven = result.decisionIfKeysPresent;
	if (!result.missingContextKeys.length || ifGiven === result.decision) {
		return undefined;
	}
	const keys = result.missingContextKeys.join(', ');
	return h(
		'div',
		{ class: 'missing' },
		ifGiven ? t('{0} not given; if given: {1}', keys, decisionLabel(ifGiven)) : t('{0} not given', keys),
	);
}

/** `prefix:` and the name, each unbreakable, with a break opportunity after the colon and nowhere else. */
export function actionName(action: string): Node[] {
	const colon = action.indexOf(':');
	return [h('span', { class: 'prefix' }, action.slice(0, colon + 1)), h('wbr'), h('span', { class: 'name' }, action.slice(colon + 1))];
}

function decidedBy(result: ActionResult, handlers: TableHandlers): HTMLTableCellElement {
	const cell = h('td', { class: 'decided-by' });
	for (const ref of result.decidingStatements) {
		const button = revealButton(ref, statementLabel(ref, handlers.documentUri), handlers.onReveal);
		button.title = `${statementTitle(ref)}: ${ref.effect}`;
		cell.append(button);
	}
	if (handlers.showLayersWithoutAllow && result.layersWithoutAllow?.length) {
		cell.append(h('div', {}, t('no Allow in {0}', result.layersWithoutAllow.join(', '))));
	}
	const missing = missingKeys(result);
	if (missing) {
		cell.append(missing);
	}
	return cell;
}

function actionRows(result: ActionResult, handlers: TableHandlers): HTMLTableRowElement[] {
	const expanded = handlers.isExpanded(result.action);
	const traceId = uniqueId('trace');
	const toggle = h(
		'button',
		{
			class: 'action',
			attrs: {
				type: 'button',
				'aria-expanded': String(expanded),
				'aria-controls': expanded ? traceId : undefined,
				'data-action': result.action,
			},
			onClick: () => handlers.onToggle(result.action),
		},
		...actionName(result.action),
	);
	const row = h(
		'tr',
		{},
		h('th', { attrs: { scope: 'row' } }, toggle),
		h('td', { class: `decision ${result.decision}` }, decisionSymbol(result.decision), decisionText(result)),
		decidedBy(result, handlers),
	);
	if (!expanded) {
		return [row];
	}
	const detail = h(
		'tr',
		{ class: 'detail', attrs: { id: traceId } },
		h('td', { attrs: { colspan: String(columns().length) } }, actionTrace(result, handlers.onReveal)),
	);
	return [row, detail];
}

export function resultsTable(groups: readonly ActionGroup[], handlers: TableHandlers): HTMLElement {
	if (!groups.length) {
		return h('p', {}, t('No action matches the filters.'));
	}
	const names = columns();
	return h(
		'table',
		{ class: 'results' },
		h(
			'caption',
			{ class: 'visually-hidden' },
			t('Decision for each action, grouped by service prefix and access level. Select an action to see its trace.'),
		),
		h('thead', {}, h('tr', {}, ...names.map((name) => h('th', { attrs: { scope: 'col' } }, name)))),
		...groups.map((group) =>
			h(
				'tbody',
				{},
				h(
					'tr',
					{ class: 'group' },
					h(
						'th',
						{ attrs: { scope: 'rowgroup', colspan: String(names.length) } },
						`${group.prefix} · ${accessLevelLabel(group.accessLevel)} (${group.rows.length})`,
					),
				),
				...group.rows.flatMap((result) => actionRows(result, handlers)),
			),
		),
	);
}

export function compareTable(compare: CompareView): HTMLElement {
	const section = h(
		'section',
		{ attrs: { 'aria-label': t('Differences with {0}', compare.label) } },
		h('h2', {}, t('Differences with {0}', compare.label)),
	);
	if (!compare.answered) {
		section.append(h('ul', { class: 'errors' }, ...compare.errors.map((error) => h('li', {}, error))));
		return section;
	}
	if (!compare.diffs.length) {
		section.append(h('p', {}, t('Both policies decide every action the same way.')));
		return section;
	}
	const decisionCell = (decision: Decision | undefined) =>
		h('td', { class: `decision ${decision ?? ''}` }, decision && decisionSymbol(decision), decisionLabel(decision));
	section.append(
		h(
			'table',
			{ class: 'results compare' },
			h(
				'thead',
				{},
				h('tr', {}, ...[t('Action'), t('This policy'), compare.label].map((name) => h('th', { attrs: { scope: 'col' } }, name))),
			),
			h(
				'tbody',
				{},
				...compare.diffs.map((diff) =>
					h(
						'tr',
						{},
						h('th', { attrs: { scope: 'row' } }, ...actionName(diff.action)),
						decisionCell(diff.decision),
						decisionCell(diff.otherDecision),
					),
				),
			),
		),
	);
	return section;
}
