/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The panel's inputs. They are built once and only have their values synced afterwards, so that an
// update from the host never steals the focus or the caret from a field the user is typing in.

import type { ContextValue, SimulateResult } from '../../../shared/simulation';
import {
	contextKeyLabel,
	contextKeys,
	contextPresetLabel,
	contextPresets,
	formatContextValue,
	parseContextInput,
	parseExtraContext,
} from '../panel/common/context';
import { t } from '../panel/common/l10n';
import { decisionFilters, type DecisionFilter, type FromWebview, type PanelRequest } from '../panel/common/messages';
import { decisionLabel, layerLabel } from '../panel/common/viewModel';
import { h, replaceChildren, uniqueId } from './dom';
import { decisionSymbol } from './table';

export type Post = (message: FromWebview.Type) => void;

function labelled(label: string, control: HTMLElement & { id: string }, hint?: HTMLElement): HTMLElement {
	control.id ||= uniqueId('field');
	return h('div', { class: 'field' }, h('label', { attrs: { for: control.id } }, label), control, hint);
}

/** A placeholder that reads as an example, not as a value in effect. */
function example(value: string): string {
	return t('e.g. {0}', value);
}

function setIfIdle(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
	if (document.activeElement !== control) {
		control.value = value;
	}
}

export class ContextForm {
	readonly element: HTMLElement;
	private readonly _inputs = new Map<string, HTMLInputElement | HTMLSelectElement>();
	private readonly _extra = h('textarea', {
		attrs: { rows: '3', spellcheck: 'false', placeholder: example('aws:PrincipalTag/team=support') },
	});
	private readonly _errors = h('ul', { class: 'errors', attrs: { id: uniqueId('context-errors'), 'aria-live': 'polite' } });
	private readonly _resource = h('input', {
		attrs: {
			type: 'text',
			spellcheck: 'false',
			placeholder: example('arn:aws:trustedadvisor:*:111122223333:checks/cost_optimizing/Qch7DwouX1'),
		},
	});

	constructor(private readonly _post: Post) {
		const fields = contextKeys.map((info) => {
			const control =
				info.kind === 'bool'
					? h(
							'select',
							{},
							h('option', { attrs: { value: '' } }, t('not given')),
							h('option', { attrs: { value: 'true' } }, 'true'),
							h('option', { attrs: { value: 'false' } }, 'false'),
						)
					: h('input', {
							attrs: {
								type: 'text',
								spellcheck: 'false',
								placeholder: info.placeholder && example(info.placeholder),
								'aria-describedby': this._errors.id,
							},
						});
			control.addEventListener('change', () => this._send());
			this._inputs.set(info.key, control);
			return labelled(`${contextKeyLabel(info.key, info.label)} (${info.key})`, control);
		});
		this._extra.addEventListener('change', () => this._send());
		this._resource.addEventListener('change', () => this._post({ type: 'setResource', resource: this._resource.value }));
		const presets = contextPresets.map((preset) =>
			h(
				'button',
				{
					attrs: { type: 'button' },
					onClick: () => this._post({ type: 'setContext', context: { ...this._read().context, ...preset.values } }),
				},
				contextPresetLabel(preset.id, preset.label),
			),
		);
		const clear = h(
			'button',
			{ attrs: { type: 'button' }, onClick: () => this._post({ type: 'setContext', context: {} }) },
			t('Clear context'),
		);
		this.element = h(
			'fieldset',
			{ class: 'context' },
			h('legend', {}, t('Request context')),
			h('div', { class: 'buttons', attrs: { role: 'group', 'aria-label': t('Context presets') } }, ...presets, clear),
			h('div', { class: 'fields' }, ...fields),
			labelled(t('More keys, one KEY=VALUE a line'), this._extra),
			labelled(t('Trusted Advisor check ARN (empty: every check)'), this._resource),
			this._errors,
		);
	}

	/** Shows the request's values, leaving alone the field that has the focus. */
	sync(request: PanelRequest): void {
		const extra: string[] = [];
		const known = new Set(contextKeys.map((info) => info.key));
		for (const [key, control] of this._inputs) {
			// A value the user must still correct stays in view with its error until they do.
			if (control.getAttribute('aria-invalid') !== 'true') {
				setIfIdle(control, formatContextValue(request.context[key]));
			}
		}
		for (const [key, value] of Object.entries(request.context)) {
			if (!known.has(key)) {
				extra.push(`${key}=${formatContextValue(value)}`);
			}
		}
		setIfIdle(this._extra, extra.join('\n'));
		setIfIdle(this._resource, request.resource ?? '');
	}

	private _read(): { context: Record<string, ContextValue>; errors: string[] } {
		const context: Record<string, ContextValue> = {};
		const errors: string[] = [];
		for (const info of contextKeys) {
			const control = this._inputs.get(info.key)!;
			const parsed = parseContextInput(info.kind, control.value);
			control.setAttribute('aria-invalid', String(!!parsed && 'error' in parsed));
			if (parsed && 'error' in parsed) {
				errors.push(`${info.key}: ${parsed.error}`);
			} else if (parsed) {
				context[info.key] = parsed.value;
			}
		}
		const extra = parseExtraContext(this._extra.value);
		return { context: { ...extra.context, ...context }, errors: [...errors, ...extra.errors] };
	}

	private _send(): void {
		const { context, errors } = this._read();
		replaceChildren(this._errors, ...errors.map((error) => h('li', {}, error)));
		// A half-typed value is not sent: the evaluator would report it as a type error on every action.
		if (!errors.length) {
			this._post({ type: 'setContext', context });
		}
	}
}

/** Extra layers, the comparison and the exports: buttons whose work happens in the host's dialogs. */
export function renderLayers(container: HTMLElement, request: PanelRequest, post: Post): void {
	replaceChildren(
		container,
		h(
			'div',
			{ class: 'buttons', attrs: { role: 'group', 'aria-label': t('Add a policy layer') } },
			h(
				'button',
				{ attrs: { type: 'button' }, onClick: () => post({ type: 'pickLayer', kind: 'permissionsBoundary' }) },
				t('Permissions boundary…'),
			),
			h(
				'button',
				{ attrs: { type: 'button' }, onClick: () => post({ type: 'pickLayer', kind: 'serviceControlPolicy' }) },
				t('Add SCP…'),
			),
			h(
				'button',
				{ attrs: { type: 'button' }, onClick: () => post({ type: 'pickLayer', kind: 'sessionPolicy' }) },
				t('Session policy…'),
			),
		),
		request.layers.length > 0 &&
			h(
				'ul',
				{ class: 'layers' },
				...request.layers.map((layer, index) =>
					h(
						'li',
						{},
						`${layerLabel(layer.kind)}: ${layer.label} `,
						h(
							'button',
							{
								attrs: { type: 'button', 'aria-label': t('Remove {0} {1}', layerLabel(layer.kind), layer.label) },
								onClick: () => post({ type: 'removeLayer', index }),
							},
							t('Remove'),
						),
					),
				),
			),
		h(
			'div',
			{ class: 'buttons', attrs: { role: 'group', 'aria-label': t('Compare') } },
			h(
				'button',
				{ attrs: { type: 'button' }, onClick: () => post({ type: 'setCompare', target: 'managed:AWSSupportAccess' }) },
				t('Compare with AWSSupportAccess'),
			),
			h(
				'button',
				{ attrs: { type: 'button' }, onClick: () => post({ type: 'setCompare', target: 'file' }) },
				t('Compare with a file…'),
			),
			request.compare &&
				h(
					'button',
					{
						attrs: { type: 'button', 'aria-label': t('Stop comparing with {0}', request.compare.label) },
						onClick: () => post({ type: 'setCompare', target: 'none' }),
					},
					t('Stop comparing'),
				),
		),
		h(
			'div',
			{ class: 'buttons', attrs: { role: 'group', 'aria-label': t('Revision') } },
			h(
				'button',
				{ attrs: { type: 'button' }, onClick: () => post({ type: 'setRevision', target: 'HEAD' }) },
				t('Compare with HEAD'),
			),
			h(
				'button',
				{ attrs: { type: 'button' }, onClick: () => post({ type: 'setRevision', target: 'pick' }) },
				t('Compare with a revision…'),
			),
		),
	);
}

export interface DecisionButtons {
	readonly element: HTMLElement;
	/** Shows which decision is picked and how many actions each has. */
	sync(value: DecisionFilter, summary: SimulateResult['summary'] | undefined): void;
}

/** The decision filter: a button a decision, with its count, one of them pressed. */
export function decisionButtons(onPick: (value: DecisionFilter) => void): DecisionButtons {
	const counts = new Map<DecisionFilter, HTMLElement>();
	const buttons = decisionFilters.map((value) => {
		const count = h('span', { class: 'count' });
		counts.set(value, count);
		return h(
			'button',
			{ attrs: { type: 'button', 'data-decision': value }, onClick: () => onPick(value) },
			value !== 'all' && decisionSymbol(value),
			value === 'all' ? t('All') : decisionLabel(value),
			count,
		);
	});
	const element = h('div', { class: 'buttons decisions', attrs: { role: 'group', 'aria-label': t('Show decisions') } }, ...buttons);
	return {
		element,
		sync(value, summary) {
			buttons.forEach((button, index) => button.setAttribute('aria-pressed', String(decisionFilters[index] === value)));
			const total = summary ? summary.allowed + summary.explicitDeny + summary.implicitDeny : undefined;
			for (const [filter, count] of counts) {
				const n = filter === 'all' ? total : summary?.[filter];
				count.textContent = n === undefined ? '' : String(n);
			}
		},
	};
}

export interface FilterControls {
	readonly element: HTMLElement;
	readonly prefix: HTMLSelectElement;
	readonly accessLevel: HTMLSelectElement;
	readonly text: HTMLInputElement;
}

export function filterControls(onChange: () => void, ...extra: HTMLElement[]): FilterControls {
	const prefix = h('select', {});
	const accessLevel = h('select', {});
	const text = h('input', { attrs: { type: 'search', placeholder: example('CreateCase'), spellcheck: 'false' } });
	for (const control of [prefix, accessLevel]) {
		control.addEventListener('change', onChange);
	}
	text.addEventListener('input', onChange);
	const element = h(
		'div',
		{ class: 'filters', attrs: { role: 'search', 'aria-label': t('Filter actions') } },
		labelled(t('Prefix'), prefix),
		labelled(t('Access level'), accessLevel),
		labelled(t('Action contains'), text),
		...extra,
	);
	return { element, prefix, accessLevel, text };
}

/** Refills a select's options, keeping its value when the new options still hold it; `label` shows a value in the UI language. */
export function setOptions(
	select: HTMLSelectElement,
	anyLabel: string,
	values: readonly string[],
	value: string,
	label: (value: string) => string = (item) => item,
): void {
	replaceChildren(
		select,
		h('option', { attrs: { value: '' } }, anyLabel),
		...values.map((item) => h('option', { attrs: { value: item } }, label(item))),
	);
	select.value = values.includes(value) ? value : '';
}
