/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Everything a language service keeps between calls, in one object that `getLanguageService` creates and
// every feature receives: the language of its messages, where its rule links point, the catalog's lazily
// built indexes, and what each feature keeps in it (the facts of the entries it has read, compiled
// policies, parsed layers: see `StateSlot`). No module of the service
// keeps state of its own (test/unit/serviceBoundaries.test.ts checks it), so services with different
// options live side by side in one process and a new service starts from nothing.

import { Catalog } from './catalog/catalog';
import { createMessages, type Messages } from './l10n';

export interface ServiceStateOptions {
	readonly locale?: string;
	/** The URI of docs/rules.md, into which every rule's link points at the rule's anchor. */
	readonly rulesDocumentation?: string;
}

export interface ServiceState {
	readonly messages: Messages;
	/** `messages.t`: every message of the service is written with it. */
	readonly t: Messages['t'];
	readonly catalog: Catalog;
	/** The link of a rule's documentation (by its code), in the service's language. */
	ruleDocumentation(code: string): string;
	/** What a feature keeps in this service (see `StateSlot`), made on first use. */
	own<T>(slot: StateSlot<T>): T;
}

/**
 * Something a feature keeps for the life of a service: a cache, the facts it has read. The feature
 * declares the slot once, as a module constant, and reads its own copy with `state.own(slot)`; the
 * state makes it on first use. So a feature's cache is typed where it is used, and this module needs
 * to know none of them.
 */
export interface StateSlot<T> {
	readonly create: (state: ServiceState) => T;
}

export function stateSlot<T>(create: (state: ServiceState) => T): StateSlot<T> {
	return { create };
}

// docs/rules.md ships with the extension and the CLI, so the link opens the copy installed beside the
// code, offline. The Node entry points say where that is; the pure service cannot know its own install.
const defaultRulesDocumentation = 'file:///docs/rules.md';

export function createServiceState(options: ServiceStateOptions = {}): ServiceState {
	const messages = createMessages(options.locale);
	const catalog = new Catalog();
	const english = options.rulesDocumentation ?? defaultRulesDocumentation;
	// docs/rules.ja.md sits beside docs/rules.md with the same anchors (#8).
	const base = messages.language === 'ja' ? english.replace(/rules\.md$/, 'rules.ja.md') : english;
	const owned = new Map<StateSlot<unknown>, unknown>();
	const state: ServiceState = {
		messages,
		t: messages.t,
		catalog,
		ruleDocumentation: (code) => `${base}#${code}`,
		own: <T>(slot: StateSlot<T>): T => {
			if (!owned.has(slot)) {
				owned.set(slot, slot.create(state));
			}
			return owned.get(slot) as T;
		},
	};
	return state;
}
