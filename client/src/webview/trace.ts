/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import { t } from '../panel/common/l10n';
import type { ActionResult, ConditionTrace, StatementRef, StatementTrace } from '../../../shared/simulation';
import { statementTitle } from '../panel/common/viewModel';
import { h, type Child } from './dom';

export type RevealHandler = (ref: StatementRef) => void;

/** A button labelled `label` that shows the statement in the editor, disabled when the answer gave no place to show. */
export function revealButton(ref: StatementRef, label: string, onReveal: RevealHandler): HTMLButtonElement {
	const button = h(
		'button',
		{
			class: 'link',
			attrs: {
				type: 'button',
				'aria-label': t(
					'Reveal {0} statement {1} of {2} in the editor',
					ref.effect,
					`${ref.statementIndex + 1}${ref.sid !== undefined ? ` ${ref.sid}` : ''}`,
					ref.policy,
				),
			},
			onClick: () => onReveal(ref),
		},
		label,
	);
	button.disabled = !ref.uri || !ref.range;
	return button;
}

const yesNo = (value: boolean) => (value ? t('yes') : t('no'));

function conditionTable(conditions: readonly ConditionTrace[]): HTMLTableElement {
	const names = [t('Operator'), t('Key'), t('Policy values'), t('Request value'), t('Result')];
	// Each cell also carries its column's name: a narrow panel shows a condition as a list of named values.
	const cell = (column: number, className: string | undefined, ...children: Child[]) =>
		h('td', { class: className, attrs: { 'data-label': names[column] } }, ...children);
	return h(
		'table',
		{ class: 'conditions' },
		h('caption', {}, t('Conditions')),
		h('thead', {}, h('tr', {}, ...names.map((name) => h('th', { attrs: { scope: 'col' } }, name)))),
		h(
			'tbody',
			{},
			...conditions.map((condition) =>
				h(
					'tr',
					{},
					cell(0, undefined, condition.operator),
					cell(1, undefined, condition.key),
					cell(2, undefined, condition.policyValues.join(', ')),
					cell(3, undefined, condition.requestValues ? condition.requestValues.join(', ') : t('absent')),
					cell(4, condition.result ? 'yes' : 'no', yesNo(condition.result), condition.note && ` (${condition.note})`),
				),
			),
		),
	);
}

function statementTrace(trace: StatementTrace, onReveal: RevealHandler): HTMLElement {
	return h(
		'li',
		{ class: trace.applies ? 'applies' : undefined },
		h(
			'div',
			{ class: 'trace-head' },
			revealButton(trace.statement, `${statementTitle(trace.statement)}: ${trace.statement.effect}`, onReveal),
			` · ${trace.statement.layer} · ${t('applies: {0}', yesNo(trace.applies))}`,
		),
		h(
			'dl',
			{},
			h('dt', {}, t('Action matched')),
			h('dd', {}, yesNo(trace.actionMatched)),
			h('dt', {}, t('Resource matched')),
			h('dd', {}, yesNo(trace.resourceMatched), trace.resourceNote && ` (${trace.resourceNote})`),
			h('dt', {}, t('Conditions met')),
			h('dd', {}, trace.conditions.length ? yesNo(trace.conditionsMet) : t('no conditions')),
		),
		trace.conditions.length > 0 && conditionTable(trace.conditions),
	);
}

export function actionTrace(result: ActionResult, onReveal: RevealHandler): HTMLElement {
	return h(
		'div',
		{ class: 'trace' },
		h('p', {}, t('Requested on {0}.', result.resource)),
		result.trace.length
			? h(
					'ol',
					{ attrs: { 'aria-label': t('Statements evaluated for {0}', result.action) } },
					...result.trace.map((trace) => statementTrace(trace, onReveal)),
				)
			: h('p', {}, t('No statement mentions this action.')),
	);
}
