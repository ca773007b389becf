/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The simulation panel's page. It keeps what it shows in the webview state, so a hidden or reloaded
// panel comes back as it was without `retainContextWhenHidden`.

import type { StatementRef } from '../../../shared/simulation';
import { isFilters, noFilters, type Filters, type FromWebview, type SavedPageState, type ToWebview } from '../panel/common/messages';
import { isL10nBundle, setL10nBundle, t } from '../panel/common/l10n';
import { accessLevelLabel, filterGroups, requestSummary, summaryText, type PanelView } from '../panel/common/viewModel';
import { ContextForm, decisionButtons, filterControls, renderLayers, setOptions } from './controls';
import { h, replaceChildren } from './dom';
import { revisionDiffSection } from './revisionDiff';
import { compareTable, resultsTable } from './table';

const vscode = acquireVsCodeApi<SavedPageState>();
const post = (message: FromWebview.Type) => vscode.postMessage(message);

// Before any element is built: the host gives the page its language as `vscode.l10n.bundle` (#8).
setL10nBundle(readBundle());

const saved = vscode.getState();
let view: PanelView | undefined = saved?.view ?? readInitialView();
let filters: Filters = saved?.filters && isFilters(saved.filters) ? saved.filters : noFilters;
const expanded = new Set(saved?.expanded ?? []);
// The form is folded at first: the results are what a person opens the panel for.
let requestOpen = saved?.requestOpen === true;

function readInitialView(): PanelView | undefined {
	const text = document.getElementById('app')?.dataset.initialState;
	try {
		return text ? (JSON.parse(text) as PanelView) : undefined;
	} catch {
		return undefined;
	}
}

function readBundle(): Record<string, string> | undefined {
	try {
		const bundle: unknown = JSON.parse(document.getElementById('app')?.dataset.l10n || '{}');
		return isL10nBundle(bundle) ? (bundle as Record<string, string>) : undefined;
	} catch {
		return undefined;
	}
}

function save(): void {
	vscode.setState({ view, filters, expanded: [...expanded], requestOpen });
}

const app = document.getElementById('app')!;
const title = h('h1', {});
const status = h('p', { class: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
const errors = h('ul', { class: 'errors' });
const notice = h('p', { class: 'notice' });
const form = new ContextForm(post);
const layers = h('div', { class: 'layers-and-compare' });
const summary = h('span', { class: 'request-summary' });
const request = h('details', { class: 'request' }, h('summary', {}, `${t('Request')}: `, summary), form.element, layers);
request.open = requestOpen;
request.addEventListener('toggle', () => {
	requestOpen = request.open;
	save();
});
const setFilters = (changes: Partial<Filters>) => {
	filters = { ...filters, ...changes };
	save();
	decisions.sync(filters.decision, view?.summary);
	renderResults();
};
const decisions = decisionButtons((decision) => setFilters({ decision }));
const exportNames = { markdown: 'Markdown', csv: 'CSV', json: 'JSON' } as const;
const exports = h(
	'div',
	{ class: 'buttons', attrs: { role: 'group', 'aria-label': t('Export the visible rows') } },
	h('span', { attrs: { 'aria-hidden': 'true' } }, t('Export:')),
	...(['markdown', 'csv', 'json'] as const).map((format) =>
		h(
			'button',
			{
				attrs: { type: 'button', 'aria-label': t('Export {0}…', exportNames[format]) },
				onClick: () => post({ type: 'export', format, filters }),
			},
			`${exportNames[format]}…`,
		),
	),
);
const filterBar = filterControls(
	() => setFilters({ prefix: filterBar.prefix.value, accessLevel: filterBar.accessLevel.value, text: filterBar.text.value }),
	exports,
);
const compare = h('div', {});
const revision = h('div', {});
const results = h('div', { class: 'results-container' });

// The comparison with a revision before the form: whoever asked what a change grants came for it.
app.append(title, status, notice, errors, revision, request, compare, decisions.element, filterBar.element, results);

function statusText(current: PanelView): string {
	switch (current.status) {
		case 'simulating':
			return t('Simulating…');
		case 'noServer':
		case 'error':
			return current.message ?? t('The simulation failed.');
		case 'noResult':
			return t('The server gave no answer for this document. Is it a policy?');
		case 'ready':
			return current.summary ? summaryText(current.summary) : '';
	}
}

function reveal(ref: StatementRef): void {
	if (ref.uri && ref.range) {
		post({ type: 'reveal', uri: ref.uri, range: ref.range });
	}
}

function toggle(action: string): void {
	if (!expanded.delete(action)) {
		expanded.add(action);
	}
	save();
	renderResults();
	// The table was rebuilt, so the focus goes back to the same action's button.
	results.querySelector<HTMLButtonElement>(`button.action[data-action="${CSS.escape(action)}"]`)?.focus();
}

function renderResults(): void {
	if (!view) {
		return;
	}
	replaceChildren(
		results,
		resultsTable(filterGroups(view.groups, filters), {
			documentUri: view.request.documentUri,
			showLayersWithoutAllow: view.request.layers.length > 0,
			isExpanded: (action) => expanded.has(action),
			onToggle: toggle,
			onReveal: reveal,
		}),
	);
}

function render(): void {
	if (!view) {
		status.textContent = t('Waiting for the simulation…');
		return;
	}
	title.textContent = t('Simulation of {0}', view.documentLabel);
	status.textContent = statusText(view);
	// When the counts are there, the decision buttons show them; the sentence stays for screen readers.
	status.classList.toggle('visually-hidden', view.status === 'ready' && !!view.summary);
	notice.textContent = view.notice ?? '';
	notice.hidden = !view.notice;
	replaceChildren(errors, ...view.errors.map((error) => h('li', {}, error)));
	form.sync(view.request);
	summary.textContent = requestSummary(view.request);
	renderLayers(layers, view.request, post);
	replaceChildren(compare, view.compare && compareTable(view.compare));
	replaceChildren(revision, view.revision && revisionDiffSection(view.revision, view.request.documentUri, post, reveal));
	decisions.sync(filters.decision, view.summary);
	setOptions(filterBar.prefix, t('Any prefix'), view.prefixes, filters.prefix);
	setOptions(filterBar.accessLevel, t('Any access level'), view.accessLevels, filters.accessLevel, accessLevelLabel);
	if (document.activeElement !== filterBar.text) {
		filterBar.text.value = filters.text;
	}
	renderResults();
}

// Up and down move between actions, as in VS Code's own lists; Tab still walks every control.
results.addEventListener('keydown', (event) => {
	const target = event.target;
	if (
		!(target instanceof HTMLButtonElement) ||
		!target.classList.contains('action') ||
		(event.key !== 'ArrowDown' && event.key !== 'ArrowUp')
	) {
		return;
	}
	const buttons = [...results.querySelectorAll<HTMLButtonElement>('button.action')];
	const next = buttons[buttons.indexOf(target) + (event.key === 'ArrowDown' ? 1 : -1)];
	if (next) {
		event.preventDefault();
		next.focus();
	}
});

window.addEventListener('message', (event: MessageEvent<ToWebview.Type>) => {
	const message = event.data;
	if (message?.type !== 'update') {
		return;
	}
	view = message.view;
	save();
	render();
	post({ type: 'rendered', seq: message.view.seq });
});

render();
post({ type: 'ready' });
