/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import type { ActionResult } from '../../../shared/simulation';
import type { ActionGroup, CompareView } from '../panel/common/viewModel';
import { t } from '../panel/common/l10n';
import { accessLevelLabel, decisionLabel, isDenied } from '../panel/common/viewModel';
import { h, uniqueId } from './dom';
import { actionTrace, revealButton, type RevealHandler } from './trace';

// A function: the page sets its language after the modules load.
const columns = () => [t('Action'), t('Decision'), t('Deciding statements'), t('Missing context keys')];

export interface TableHandlers {
	readonly isExpanded: (action: string) => boolean;
	readonly onToggle: (action: string) => void;
	readonly onReveal: RevealHandler;
}

function decisionText(result: ActionResult): string {
	if (result.variesByResource && result.decisionForSomeResources) {
		return t('{0}; {1} for some checks', decisionLabel(result.decision), decisionLabel(result.decisionForSomeResources));
	}
	return result.variesByResource ? t('{0} for some checks', decisionLabel(result.decision)) : decisionLabel(result.decision);
}

function missingText(result: ActionResult): string {
	if (!result.missingContextKeys.length) {
		return '';
	}
	const ifPresent = result.decisionIfKeysPresent ? t('; with them: {0}', decisionLabel(result.decisionIfKeysPresent)) : '';
	return result.missingContextKeys.join(', ') + ifPresent;
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
		result.action,
	);
	const row = h(
		'tr',
		{ class: isDenied(result.decision) ? 'denied' : 'allowed' },
		h('th', { attrs: { scope: 'row' } }, toggle),
		h('td', { class: `decision ${result.decision}` }, decisionText(result)),
		h('td', {}, ...result.decidingStatements.map((ref) => revealButton(ref, handlers.onReveal))),
		h('td', {}, missingText(result)),
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
	return h(
		'table',
		{ class: 'results' },
		h('caption', {}, t('Decision for each action, grouped by service prefix and access level. Select an action to see its trace.')),
		h('thead', {}, h('tr', {}, ...columns().map((name) => h('th', { attrs: { scope: 'col' } }, name)))),
		...groups.map((group) =>
			h(
				'tbody',
				{},
				h(
					'tr',
					{ class: 'group' },
					h(
						'th',
						{ attrs: { scope: 'rowgroup', colspan: String(columns().length) } },
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
	section.append(
		h(
			'table',
			{ class: 'results' },
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
						h('th', { attrs: { scope: 'row' } }, diff.action),
						h('td', { class: `decision ${diff.decision ?? ''}` }, decisionLabel(diff.decision)),
						h('td', { class: `decision ${diff.otherDecision ?? ''}` }, decisionLabel(diff.otherDecision)),
					),
				),
			),
		),
	);
	return section;
}
