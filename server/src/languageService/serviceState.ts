/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Everything a language service keeps between calls, in one object that `getLanguageService` creates and
// every feature receives: the language of its messages, where its rule links point, the catalog's lazily
// built indexes, the facts of the entries it has read, and its simulation caches. No module of the service
// keeps state of its own (test/unit/serviceBoundaries.test.ts checks it), so services with different
// options live side by side in one process and a new service starts from nothing.

import { ActionFacts } from './catalog/actionFacts';
import { Catalog } from './catalog/catalog';
import type { ActionFinding } from './diagnostics/actions';
import type { RuleCode } from './diagnostics/rules';
import { createMessages, type Messages } from './l10n';
import type { PolicyDocument } from './parser/policyModel';
import type { CompiledPolicy } from './simulation/compilePolicy';
import type { SimulationPolicy } from './simulation/simulate';

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
	readonly actionFacts: ActionFacts<ActionFinding | null>;
	/** Each parse's policies compiled for the simulator, kept as long as the parse. */
	readonly compiledDocuments: WeakMap<PolicyDocument, readonly CompiledPolicy[]>;
	/** Layers (boundaries, SCPs, …) parsed by their text: the panel simulates again as the user types. */
	readonly parsedLayers: Map<string, SimulationPolicy>;
	/** The link of a rule's documentation, in the service's language. */
	ruleDocumentation(code: RuleCode): string;
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
	return {
		messages,
		t: messages.t,
		catalog,
		actionFacts: new ActionFacts(catalog),
		compiledDocuments: new WeakMap(),
		parsedLayers: new Map(),
		ruleDocumentation: (code) => `${base}#${code}`,
	};
}
