/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The messages between the extension host and the simulation panel's page. Both sides import this
// file, so it holds only types and checks that need neither `vscode` nor the DOM.

import type { ContextValue, Decision, SimRange } from '../../../../shared/simulation';
import type { PanelView } from './viewModel';

export type LayerKind = 'permissionsBoundary' | 'serviceControlPolicy' | 'sessionPolicy';
export const layerKinds: readonly LayerKind[] = ['permissionsBoundary', 'serviceControlPolicy', 'sessionPolicy'];

/** A policy file that takes part in the simulation as an extra layer. */
export interface LayerEntry {
	readonly kind: LayerKind;
	readonly uri: string;
	readonly label: string;
}

/** What the user asked to simulate; the panel keeps it across reloads through the page's state. */
export interface PanelRequest {
	readonly documentUri: string;
	/** The policy the CodeLens was above, for documents that hold several. */
	readonly policyIndex?: number;
	readonly context: Readonly<Record<string, ContextValue>>;
	/** The Trusted Advisor check ARN; every check when absent. */
	readonly resource?: string;
	readonly layers: readonly LayerEntry[];
	/** Another policy to compare with: a file URI or `managed:NAME`. */
	readonly compare?: { readonly uri: string; readonly label: string };
	/** A git revision of the document to compare with (#17): what the change since then grants, revokes and changes. */
	readonly revision?: Revision;
}

export interface Revision {
	/** `HEAD` or a commit's full hash. */
	readonly ref: string;
	/** How the panel names it: `HEAD`, or a short hash. */
	readonly label: string;
}

export type DecisionFilter = 'all' | Decision;
export const decisionFilters: readonly DecisionFilter[] = ['all', 'allowed', 'explicitDeny', 'implicitDeny'];

export interface Filters {
	readonly decision: DecisionFilter;
	/** An exact prefix (`support`), or empty for every prefix. */
	readonly prefix: string;
	/** An exact access level (`Write`), or empty for every level. */
	readonly accessLevel: string;
	/** Case-insensitive text searched in the action name. */
	readonly text: string;
}

export const noFilters: Filters = { decision: 'all', prefix: '', accessLevel: '', text: '' };

export type ExportFormat = 'markdown' | 'csv' | 'json';
export type CompareTarget = 'none' | 'managed:AWSSupportAccess' | 'file';
/** No revision, the last commit, or one the user picks in the host's quick pick. */
export type RevisionTarget = 'none' | 'HEAD' | 'pick';

/** Messages that the extension host sends to the page. */
export namespace ToWebview {
	/** The whole view, sent after every simulation and whenever the page (re)loads. */
	export interface Update {
		readonly type: 'update';
		readonly view: PanelView;
	}
	export type Type = Update;
}

/** Messages that the page sends to the extension host. None is trusted before `validateFromWebview`. */
export namespace FromWebview {
	export interface Ready {
		readonly type: 'ready';
	}
	/** The page has drawn the view with this sequence number; tests wait on it. */
	export interface Rendered {
		readonly type: 'rendered';
		readonly seq: number;
	}
	export interface SetContext {
		readonly type: 'setContext';
		readonly context: Readonly<Record<string, ContextValue>>;
	}
	export interface SetResource {
		readonly type: 'setResource';
		readonly resource: string;
	}
	export interface PickLayer {
		readonly type: 'pickLayer';
		readonly kind: LayerKind;
	}
	export interface RemoveLayer {
		readonly type: 'removeLayer';
		readonly index: number;
	}
	export interface SetCompare {
		readonly type: 'setCompare';
		readonly target: CompareTarget;
	}
	export interface SetRevision {
		readonly type: 'setRevision';
		readonly target: RevisionTarget;
	}
	export interface Reveal {
		readonly type: 'reveal';
		readonly uri: string;
		readonly range: SimRange;
	}
	export interface Export {
		readonly type: 'export';
		readonly format: ExportFormat;
		readonly filters: Filters;
	}
	export interface Refresh {
		readonly type: 'refresh';
	}
	export type Type =
		Ready | Rendered | SetContext | SetResource | PickLayer | RemoveLayer | SetCompare | SetRevision | Reveal | Export | Refresh;
}

// Bounds keep a compromised page from making the host do unbounded work.
const maxStringLength = 2048;
const maxContextKeys = 64;
const maxListValues = 64;
export const contextKeyPattern = /^[A-Za-z0-9-]{1,64}:[A-Za-z0-9_./:@+=,-]{1,256}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBoundedString(value: unknown): value is string {
	return typeof value === 'string' && value.length <= maxStringLength;
}

function isIndex(value: unknown): value is number {
	return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

export function isContextValue(value: unknown): value is ContextValue {
	if (typeof value === 'boolean' || isBoundedString(value)) {
		return true;
	}
	if (typeof value === 'number') {
		return Number.isFinite(value);
	}
	return Array.isArray(value) && value.length <= maxListValues && value.every(isBoundedString);
}

export function isContext(value: unknown): value is Record<string, ContextValue> {
	if (!isRecord(value)) {
		return false;
	}
	const entries = Object.entries(value);
	return entries.length <= maxContextKeys && entries.every(([key, item]) => contextKeyPattern.test(key) && isContextValue(item));
}

export function isRange(value: unknown): value is SimRange {
	const isPosition = (p: unknown) => isRecord(p) && isIndex(p.line) && isIndex(p.character);
	return isRecord(value) && isPosition(value.start) && isPosition(value.end);
}

export function isFilters(value: unknown): value is Filters {
	return (
		isRecord(value) &&
		decisionFilters.includes(value.decision as DecisionFilter) &&
		isBoundedString(value.prefix) &&
		isBoundedString(value.accessLevel) &&
		isBoundedString(value.text)
	);
}

function isLayerEntry(value: unknown): value is LayerEntry {
	return isRecord(value) && layerKinds.includes(value.kind as LayerKind) && isBoundedString(value.uri) && isBoundedString(value.label);
}

/** Checks a request that comes back from the page's saved state after a reload. */
export function isPanelRequest(value: unknown): value is PanelRequest {
	if (!isRecord(value) || !isBoundedString(value.documentUri) || !isContext(value.context)) {
		return false;
	}
	if (value.policyIndex !== undefined && !isIndex(value.policyIndex)) {
		return false;
	}
	if (value.resource !== undefined && !isBoundedString(value.resource)) {
		return false;
	}
	if (!Array.isArray(value.layers) || value.layers.length > 16 || !value.layers.every(isLayerEntry)) {
		return false;
	}
	const compare = value.compare;
	if (compare !== undefined && !(isRecord(compare) && isBoundedString(compare.uri) && isBoundedString(compare.label))) {
		return false;
	}
	return value.revision === undefined || isRevision(value.revision);
}

/** What git accepts as a revision the panel keeps: HEAD or a full hash, nothing that could read as an option. */
export function isRevisionRef(value: string): boolean {
	return /^(HEAD|[0-9a-f]{40}|[0-9a-f]{64})$/.test(value);
}

function isRevision(value: unknown): value is Revision {
	return isRecord(value) && typeof value.ref === 'string' && isRevisionRef(value.ref) && isBoundedString(value.label);
}

/** Returns the message when it is one the host understands, with every field checked; otherwise undefined. */
export function validateFromWebview(message: unknown): FromWebview.Type | undefined {
	if (!isRecord(message) || typeof message.type !== 'string') {
		return undefined;
	}
	const m = message;
	switch (m.type) {
		case 'ready':
		case 'refresh':
			return { type: m.type };
		case 'rendered':
			return isIndex(m.seq) ? { type: 'rendered', seq: m.seq } : undefined;
		case 'setContext':
			return isContext(m.context) ? { type: 'setContext', context: m.context } : undefined;
		case 'setResource':
			return isBoundedString(m.resource) ? { type: 'setResource', resource: m.resource } : undefined;
		case 'pickLayer':
			return layerKinds.includes(m.kind as LayerKind) ? { type: 'pickLayer', kind: m.kind as LayerKind } : undefined;
		case 'removeLayer':
			return isIndex(m.index) ? { type: 'removeLayer', index: m.index } : undefined;
		case 'setCompare':
			return m.target === 'none' || m.target === 'managed:AWSSupportAccess' || m.target === 'file'
				? { type: 'setCompare', target: m.target }
				: undefined;
		case 'setRevision':
			return m.target === 'none' || m.target === 'HEAD' || m.target === 'pick'
				? { type: 'setRevision', target: m.target }
				: undefined;
		case 'reveal':
			return isBoundedString(m.uri) && isRange(m.range) ? { type: 'reveal', uri: m.uri, range: m.range } : undefined;
		case 'export':
			return (m.format === 'markdown' || m.format === 'csv' || m.format === 'json') && isFilters(m.filters)
				? { type: 'export', format: m.format, filters: m.filters }
				: undefined;
		default:
			return undefined;
	}
}

/** What the page keeps with `setState`; VS Code hands it back to the host when it revives the panel. */
export interface SavedPageState {
	readonly view?: PanelView;
	readonly filters?: Filters;
	/** Actions whose trace is open. */
	readonly expanded?: readonly string[];
	/** Whether the request form is unfolded. */
	readonly requestOpen?: boolean;
}

/** The request to restore after a reload, when the saved state holds a valid one. */
export function requestFromSavedState(state: unknown): PanelRequest | undefined {
	if (!isRecord(state) || !isRecord(state.view)) {
		return undefined;
	}
	return isPanelRequest(state.view.request) ? state.view.request : undefined;
}
