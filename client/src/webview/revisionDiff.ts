/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The comparison with a git revision (#17): a list, not a table, so that a row reads the same in a
// 360 px panel as in a wide one: the action on its line, then before → after and where, then the note
// and the statements that decide, each a button that shows the statement in the editor.

import type { Decision } from '../../../shared/simulation';
import { t } from '../panel/common/l10n';
import {
	groupHeading,
	revisionDiffSummary,
	type DiffGroupName,
	type RevisionDiffRow,
	type RevisionDiffView,
} from '../panel/common/revisionDiff';
import { decisionLabel, statementLabel, statementTitle } from '../panel/common/viewModel';
import type { Post } from './controls';
import { h } from './dom';
import { actionName, decisionSymbol } from './table';
import { revealButton, type RevealHandler } from './trace';

const groupSymbols: Record<DiffGroupName, string> = { granted: '+', revoked: '−', changed: '~' };

function decision(value: Decision): HTMLElement {
	return h('span', { class: `decision ${value}` }, decisionSymbol(value), decisionLabel(value));
}

function resourceText(row: RevisionDiffRow): string | undefined {
	if (row.someResources) {
		return t('on some of {0}', row.resource);
	}
	return row.resource === '*' ? undefined : t('on {0}', row.resource);
}

function rowItem(group: DiffGroupName, row: RevisionDiffRow, documentUri: string, onReveal: RevealHandler): HTMLElement {
	const revealable = row.statements.find((ref) => ref.uri && ref.range);
	// The symbol inside the name's element, with no break between them: "+" never ends a line on its own.
	const symbol = h('span', { class: 'diff-symbol', attrs: { 'aria-hidden': 'true' } }, groupSymbols[group]);
	const name = revealable
		? h(
				'button',
				{
					class: 'link diff-action',
					attrs: { type: 'button', 'data-action': row.action, title: statementTitle(revealable) },
					onClick: () => onReveal(revealable),
				},
				symbol,
				...actionName(row.action),
			)
		: h('span', { class: 'diff-action', attrs: { 'data-action': row.action } }, symbol, ...actionName(row.action));
	const resource = resourceText(row);
	return h(
		'li',
		{ class: group },
		h('div', {}, name, resource && ` ${resource}`),
		h(
			'div',
			{ class: 'diff-change' },
			decision(row.before),
			h('span', { attrs: { 'aria-label': t('becomes') } }, ' → '),
			decision(row.after),
		),
		h('div', { class: 'diff-where' }, row.where, row.note && ` · ${row.note}`),
		row.statements.length > 0 &&
			h(
				'div',
				{ class: 'diff-by' },
				`${group === 'revoked' ? t('was decided by') : t('decided by')} `,
				...row.statements.map((ref) => revealButton(ref, statementLabel(ref, documentUri), onReveal)),
			),
	);
}

export function revisionDiffSection(view: RevisionDiffView, documentUri: string, post: Post, onReveal: RevealHandler): HTMLElement {
	const label = view.revision.label;
	const section = h(
		'section',
		{ class: 'revision-diff', attrs: { 'aria-label': t('What this change grants since {0}', label) } },
		h('h2', {}, t('What this change grants since {0}', label)),
		h('p', { class: view.status === 'ready' ? 'status' : 'errors', attrs: { role: 'status' } }, revisionDiffSummary(view)),
	);
	for (const notice of view.notices) {
		section.append(h('p', { class: 'notice' }, notice));
	}
	if (view.errors.length) {
		section.append(h('ul', { class: 'errors' }, ...view.errors.map((error) => h('li', {}, error))));
	}
	for (const group of view.groups) {
		if (!group.rows.length) {
			continue;
		}
		section.append(
			h('h3', {}, groupHeading(group, label)),
			h('ul', { class: `diff-rows ${group.name}` }, ...group.rows.map((row) => rowItem(group.name, row, documentUri, onReveal))),
		);
	}
	section.append(
		h(
			'div',
			{ class: 'buttons', attrs: { role: 'group', 'aria-label': t('Revision') } },
			h(
				'button',
				{ attrs: { type: 'button' }, onClick: () => post({ type: 'setRevision', target: 'pick' }) },
				t('Another revision…'),
			),
			h(
				'button',
				{
					attrs: { type: 'button', 'aria-label': t('Stop comparing with {0}', label) },
					onClick: () => post({ type: 'setRevision', target: 'none' }),
				},
				t('Stop comparing'),
			),
		),
	);
	return section;
}
