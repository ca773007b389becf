/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The panel's inputs. They are built once and only have their values synced afterwards, so that an
// update from the host never steals the focus or the caret from a field the user is typing in.

import type { ContextValue } from '../../../shared/protocol';
import { contextKeys, contextPresets, formatContextValue, parseContextInput, parseExtraContext } from '../panel/common/context';
import type { DecisionFilter, FromWebview, PanelRequest } from '../panel/common/messages';
import { h, replaceChildren, uniqueId } from './dom';

export type Post = (message: FromWebview.Type) => void;

function labelled(label: string, control: HTMLElement & { id: string }, hint?: HTMLElement): HTMLElement {
	control.id ||= uniqueId('field');
	return h('div', { class: 'field' }, h('label', { attrs: { for: control.id } }, label), control, hint);
}

function setIfIdle(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
	if (document.activeElement !== control) {
		control.value = value;
	}
}

export class ContextForm {
	readonly element: HTMLElement;
	private readonly _inputs = new Map<string, HTMLInputElement | HTMLSelectElement>();
	private readonly _extra = h('textarea', { attrs: { rows: '3', spellcheck: 'false', placeholder: 'aws:PrincipalTag/team=support' } });
	private readonly _errors = h('ul', { class: 'errors', attrs: { id: uniqueId('context-errors'), 'aria-live': 'polite' } });
	private readonly _resource = h('input', { attrs: { type: 'text', spellcheck: 'false', placeholder: 'arn:aws:trustedadvisor:*:111122223333:checks/cost_optimizing/Qch7DwouX1' } });

	constructor(private readonly _post: Post) {
		const fields = contextKeys.map((info) => {
			const control = info.kind === 'bool'
				? h('select', {}, h('option', { attrs: { value: '' } }, 'not given'), h('option', { attrs: { value: 'true' } }, 'true'), h('option', { attrs: { value: 'false' } }, 'false'))
				: h('input', { attrs: { type: 'text', spellcheck: 'false', placeholder: info.placeholder, 'aria-describedby': this._errors.id } });
			control.addEventListener('change', () => this._send());
			this._inputs.set(info.key, control);
			return labelled(`${info.label} (${info.key})`, control);
		});
		this._extra.addEventListener('change', () => this._send());
		this._resource.addEventListener('change', () => this._post({ type: 'setResource', resource: this._resource.value }));
		const presets = contextPresets.map((preset) => h('button', {
			attrs: { type: 'button' },
			onClick: () => this._post({ type: 'setContext', context: { ...this._read().context, ...preset.values } }),
		}, preset.label));
		const clear = h('button', { attrs: { type: 'button' }, onClick: () => this._post({ type: 'setContext', context: {} }) }, 'Clear context');
		this.element = h('fieldset', { class: 'context' },
			h('legend', {}, 'Request context'),
			h('div', { class: 'buttons', attrs: { role: 'group', 'aria-label': 'Context presets' } }, ...presets, clear),
			h('div', { class: 'fields' }, ...fields),
			labelled('More keys, one KEY=VALUE a line', this._extra),
			labelled('Trusted Advisor check ARN (empty: every check)', this._resource),
			this._errors);
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

const layerNames = { permissionsBoundary: 'Permissions boundary', serviceControlPolicy: 'SCP', sessionPolicy: 'Session policy' } as const;

/** Extra layers, the comparison and the exports: buttons whose work happens in the host's dialogs. */
export function renderLayers(container: HTMLElement, request: PanelRequest, post: Post): void {
	replaceChildren(container,
		h('div', { class: 'buttons', attrs: { role: 'group', 'aria-label': 'Add a policy layer' } },
			h('button', { attrs: { type: 'button' }, onClick: () => post({ type: 'pickLayer', kind: 'permissionsBoundary' }) }, 'Permissions boundary…'),
			h('button', { attrs: { type: 'button' }, onClick: () => post({ type: 'pickLayer', kind: 'serviceControlPolicy' }) }, 'Add SCP…'),
			h('button', { attrs: { type: 'button' }, onClick: () => post({ type: 'pickLayer', kind: 'sessionPolicy' }) }, 'Session policy…')),
		request.layers.length > 0 && h('ul', { class: 'layers' }, ...request.layers.map((layer, index) => h('li', {},
			`${layerNames[layer.kind]}: ${layer.label} `,
			h('button', { attrs: { type: 'button', 'aria-label': `Remove ${layerNames[layer.kind]} ${layer.label}` }, onClick: () => post({ type: 'removeLayer', index }) }, 'Remove')))),
		h('div', { class: 'buttons', attrs: { role: 'group', 'aria-label': 'Compare' } },
			h('button', { attrs: { type: 'button' }, onClick: () => post({ type: 'setCompare', target: 'managed:AWSSupportAccess' }) }, 'Compare with AWSSupportAccess'),
			h('button', { attrs: { type: 'button' }, onClick: () => post({ type: 'setCompare', target: 'file' }) }, 'Compare with a file…'),
			request.compare && h('button', { attrs: { type: 'button', 'aria-label': `Stop comparing with ${request.compare.label}` }, onClick: () => post({ type: 'setCompare', target: 'none' }) }, 'Stop comparing')));
}

export interface FilterControls {
	readonly element: HTMLElement;
	readonly decision: HTMLSelectElement;
	readonly prefix: HTMLSelectElement;
	readonly accessLevel: HTMLSelectElement;
	readonly text: HTMLInputElement;
}

export function filterControls(onChange: () => void): FilterControls {
	const decision = h('select', {},
		...(['all', 'allowed', 'denied'] satisfies DecisionFilter[]).map((value) => h('option', { attrs: { value } }, value === 'all' ? 'Any decision' : value === 'allowed' ? 'Allowed' : 'Denied')));
	const prefix = h('select', {});
	const accessLevel = h('select', {});
	const text = h('input', { attrs: { type: 'search', placeholder: 'CreateCase', spellcheck: 'false' } });
	for (const control of [decision, prefix, accessLevel]) {
		control.addEventListener('change', onChange);
	}
	text.addEventListener('input', onChange);
	const element = h('div', { class: 'filters', attrs: { role: 'search', 'aria-label': 'Filter actions' } },
		labelled('Decision', decision), labelled('Prefix', prefix), labelled('Access level', accessLevel), labelled('Action contains', text));
	return { element, decision, prefix, accessLevel, text };
}

/** Refills a select's options, keeping its value when the new options still hold it. */
export function setOptions(select: HTMLSelectElement, anyLabel: string, values: readonly string[], value: string): void {
	replaceChildren(select, h('option', { attrs: { value: '' } }, anyLabel), ...values.map((item) => h('option', { attrs: { value: item } }, item)));
	select.value = values.includes(value) ? value : '';
}
