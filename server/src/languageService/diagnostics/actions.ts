/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Action and NotAction entries, checked against the catalog of every AWS service (Service Authorization Reference).

import {
	actionNames,
	allPrefixes,
	isKnownPrefix,
	knownActionByLowerCase,
	isRemovedPrefix,
	matchActions,
	removedAction,
	serviceName,
	type KnownAction,
} from '../catalog/catalog';
import { wildcardMatches } from '../catalog/arn';
import { nearestNames } from '../catalog/nearest';
import type { Policy, Statement, ValueListElement } from '../parser/policyModel';
import { currentLanguage, t } from '../l10n';
import { detachedString, longestCachedText } from '../textCache';
import { actionCount, effectOf, isTemplateExpression, type FixData, type ValidationContext } from './context';

const actionFormat = /^([A-Za-z0-9*?-]+):([A-Za-z0-9*?_-]+)$/;

export function validateStatementActions(context: ValidationContext, policy: Policy, statement: Statement): void {
	for (const list of [statement.action, statement.notAction]) {
		if (list) {
			validateList(context, list, policy);
		}
	}
	if (statement.notAction && effectOf(statement) === 'Allow') {
		context.report(
			'allow-notaction',
			context.rangeOf(statement.notAction.property.keyNode),
			t(
				'"Allow" with "NotAction" grants every action of every AWS service except those listed, including services added later. List the actions to allow instead.',
			),
		);
	}
}

/**
 * Every entry of one Action or NotAction. What the catalog says of an entry depends on its text alone, so
 * it is worked out once per text and kept (`factsOf`): AWS's largest policies have thousands of entries,
 * and the same texts come back in every version of a document as it is edited.
 */
function validateList(context: ValidationContext, list: ValueListElement, policy: Policy): void {
	prepareFacts();
	const entries = list.entries;
	const facts: Array<EntryFacts | undefined> = new Array(entries.length);
	let wildcards: Wildcards | undefined;
	let longEntries: FactsStore | undefined;
	for (let i = 0; i < entries.length; i++) {
		const entry = entries[i];
		if (entry.type === 'string' && entry.value !== '') {
			const fact =
				entry.value.length > longestCachedText ? factsIn((longEntries ??= newFactsStore()), entry.value) : factsOf(entry.value);
			facts[i] = fact;
			if (fact.wildcard) {
				wildcards ??= { byPrefix: new Map(), anyPrefix: [] };
				addWildcard(wildcards, fact.wildcard);
			}
		}
	}
	const pass = ++listPasses;
	for (let i = 0; i < entries.length; i++) {
		const fact = facts[i];
		if (fact === undefined) {
			continue;
		}
		const entry = entries[i];
		const text = entry.value;
		if (fact.known === undefined) {
			if (text !== '*' && !isTemplateExpression(text, policy)) {
				const finding =
					fact.unknownFinding === undefined
						? (fact.unknownFinding = unknownActionFinding(fact.text) ?? null)
						: fact.unknownFinding;
				if (finding) {
					context.report(finding.code, context.rangeOf(entry.node), finding.message, finding.data);
				}
			}
		} else if (fact.otherCase) {
			fact.caseFinding ??= {
				code: 'non-canonical-case',
				message: t('AWS writes this action "{0}". Action names ignore case, so it works as written.', fact.known.fullName),
				data: { replacements: [fact.known.fullName] },
			};
			context.report(fact.caseFinding.code, context.rangeOf(entry.node), fact.caseFinding.message, fact.caseFinding.data);
		}
		if (fact.key.lastPass === pass) {
			context.report(
				'redundant-action',
				context.rangeOf(entry.node),
				t('"{0}" is already listed in this "{1}".', text, list.property.name),
			);
			continue;
		}
		fact.key.lastPass = pass;
		if (wildcards) {
			const coveredBy =
				coveringWildcard(fact.lower, wildcards.byPrefix.get(fact.prefix ?? '')) ??
				coveringWildcard(fact.lower, wildcards.anyPrefix);
			if (coveredBy) {
				context.report(
					'redundant-action',
					context.rangeOf(entry.node),
					t('"{0}" is already covered by "{1}" in this "{2}".', text, coveredBy.text, list.property.name),
				);
			}
		}
	}
}

interface Finding {
	readonly code: string;
	readonly message: string;
	readonly data?: FixData;
}

/** What the catalog says of an entry's text, in whatever list or document it is written. */
interface EntryFacts {
	/** The entry's text, in a string of its own: the facts outlive the document (see textCache.ts). */
	readonly text: string;
	/** The action it names, whatever the case; undefined for a wildcard or a name the catalog does not know. */
	readonly known: KnownAction | undefined;
	/** A known action written in another case than AWS's. */
	readonly otherCase: boolean;
	readonly lower: string;
	/** Shared by the facts of every text that names the same action, whatever the case: entries that repeat one another. */
	readonly key: EntryKey;
	/** The lower-cased service prefix when it has no wildcard: which wildcards may cover the entry. */
	readonly prefix: string | undefined;
	/** Set when the entry can cover others: it has a `*` and no `?`. */
	readonly wildcard: Wildcard | undefined;
	/** For an entry the catalog does not know, what is wrong with it (null: nothing); worked out when first needed. */
	unknownFinding?: Finding | null;
	/** For a known action written in another case. */
	caseFinding?: Finding;
}

/**
 * What makes two entries the same: the catalog's spelling of a known action, else the lower-cased text.
 * A list's check marks each key it meets with the number of its pass, so that a repeated entry is found
 * without a set of the list's keys.
 */
interface EntryKey {
	lastPass: number;
}

let listPasses = 0;

/** Facts by the entry's exact text, and the keys they share by name (a key's name is never longer than its text). */
interface FactsStore {
	readonly byText: Map<string, EntryFacts>;
	readonly keys: Map<string, EntryKey>;
}

function newFactsStore(): FactsStore {
	return { byText: new Map(), keys: new Map() };
}

/** Facts of an entry longer than a cache keeps, shared only within its list. */
function factsIn(store: FactsStore, text: string): EntryFacts {
	let facts = store.byText.get(text);
	if (facts === undefined) {
		facts = computeFacts(text, store.keys);
		store.byText.set(text, facts);
	}
	return facts;
}

/** Facts kept across lists, documents and versions, in the language of their messages. */
let kept = newFactsStore();
let keptLanguage = currentLanguage();

/** Called before each list: within one, every entry's key must stay the same object. */
function prepareFacts(): void {
	// Enough for every action of several hundred services; the bound keeps hostile documents small.
	if (keptLanguage !== currentLanguage() || kept.byText.size >= 50_000) {
		kept = newFactsStore();
		keptLanguage = currentLanguage();
	}
}

function factsOf(text: string): EntryFacts {
	let facts = kept.byText.get(text);
	if (facts === undefined) {
		facts = computeFacts(detachedString(text), kept.keys);
		kept.byText.set(facts.text, facts);
	}
	return facts;
}

function computeFacts(text: string, keys: Map<string, EntryKey>): EntryFacts {
	const lowerText = text.toLowerCase();
	const known = knownActionByLowerCase(lowerText);
	// The catalog's string when the action is known: every spelling of the action then keeps one.
	const lower = known?.lowerCase ?? lowerText;
	let wildcard: Wildcard | undefined;
	if (text.includes('*') && !text.includes('?')) {
		const star = lower.indexOf('*');
		wildcard = { text, lower, prefix: prefixOf(lower), literalStart: star === lower.length - 1 ? lower.slice(0, star) : undefined };
	}
	const keyName = known?.fullName ?? lower;
	let key = keys.get(keyName);
	if (key === undefined) {
		key = { lastPass: 0 };
		keys.set(keyName, key);
	}
	return {
		text,
		known,
		otherCase: known !== undefined && known.fullName !== text,
		lower,
		key,
		prefix: known?.prefix ?? prefixOf(lower),
		wildcard,
	};
}

/** What is wrong with an entry that names no action of the catalog, or undefined for a wildcard that matches some. */
function unknownActionFinding(text: string): Finding | undefined {
	const finding = (code: string, message: string, data?: FixData): Finding => ({ code, message, data });
	const match = actionFormat.exec(text);
	if (!match) {
		return finding(
			'invalid-action-format',
			t('"{0}" is not an action: write it as service-prefix:ActionName (support:DescribeCases), or "*" for every action.', text),
		);
	}
	const [, prefix, name] = match;
	const hasWildcard = /[*?]/.test(text);
	if (/[*?]/.test(prefix)) {
		return matchActions(text).length === 0
			? finding('wildcard-matches-nothing', t('"{0}" matches no action of any AWS service: it grants and denies nothing.', text))
			: undefined;
	}
	if (!isKnownPrefix(prefix)) {
		if (isRemovedPrefix(prefix)) {
			const removal = removedAction(prefix, hasWildcard ? '' : name)?.removal;
			return finding(
				'removed-action',
				removal
					? t(
							'AWS removed the {0} service prefix ({1}): "{2}" grants and denies nothing now.',
							prefix.toLowerCase(),
							removal.removed,
							text,
						)
					: t('AWS removed the {0} service prefix: "{1}" grants and denies nothing now.', prefix.toLowerCase(), text),
			);
		}
		const candidates = nearestNames(prefix, allPrefixes(), 3);
		return finding(
			'unknown-service',
			candidates.length
				? t(
						'"{0}" is not a service prefix in the Service Authorization Reference, so "{1}" grants and denies nothing; did you mean {2}?',
						prefix,
						text,
						candidates.map((c) => `"${c}"`).join(', '),
					)
				: t(
						'"{0}" is not a service prefix in the Service Authorization Reference, so "{1}" grants and denies nothing.',
						prefix,
						text,
					),
			{ replacements: candidates.map((candidate) => `${candidate}:${name}`) },
		);
	}
	const lowerPrefix = prefix.toLowerCase();
	if (hasWildcard) {
		return matchActions(text).length === 0
			? finding(
					'wildcard-matches-nothing',
					t(
						'"{0}" matches no action of {1} ({2}): it grants and denies nothing.',
						text,
						serviceName(prefix) ?? prefix,
						actionCount(actionNames(prefix).length),
					),
				)
			: undefined;
	}
	const removal = removedAction(prefix, name);
	if (removal) {
		return finding(
			'removed-action',
			t('AWS removed {0} ({1}): it grants and denies nothing now.', `${lowerPrefix}:${removal.name}`, removal.removal.removed),
		);
	}
	const candidates = nearestNames(name, actionNames(prefix), 3).map((candidate) => `${lowerPrefix}:${candidate}`);
	return finding(
		'unknown-action',
		candidates.length
			? t(
					'{0} has no action "{1}" in the Service Authorization Reference, so it grants and denies nothing; did you mean {2}?',
					serviceName(prefix) ?? prefix,
					name,
					candidates.join(', '),
				)
			: t(
					'{0} has no action "{1}" in the Service Authorization Reference, so it grants and denies nothing.',
					serviceName(prefix) ?? prefix,
					name,
				),
		{ replacements: candidates },
	);
}

interface Wildcard {
	readonly text: string;
	readonly lower: string;
	/** The lower-cased prefix, or undefined when the prefix has a wildcard too (`*:Get*`). */
	readonly prefix: string | undefined;
	/** For the usual form, one `*` at the end (`ec2:describe*`): what an entry it covers starts with. */
	readonly literalStart?: string;
}

interface Wildcards {
	/** A wildcard with a plain prefix (`ec2:Describe*`) only covers actions of that prefix. */
	readonly byPrefix: Map<string, Wildcard[]>;
	readonly anyPrefix: Wildcard[];
}

function addWildcard(wildcards: Wildcards, wildcard: Wildcard): void {
	if (wildcard.prefix === undefined) {
		wildcards.anyPrefix.push(wildcard);
		return;
	}
	const samePrefix = wildcards.byPrefix.get(wildcard.prefix);
	if (samePrefix) {
		samePrefix.push(wildcard);
	} else {
		wildcards.byPrefix.set(wildcard.prefix, [wildcard]);
	}
}

function coveringWildcard(lower: string, wildcards: readonly Wildcard[] | undefined): Wildcard | undefined {
	for (const wildcard of wildcards ?? []) {
		const covers =
			wildcard.literalStart !== undefined ? lower.startsWith(wildcard.literalStart) : wildcardMatches(lower, wildcard.lower);
		if (covers && wildcard.lower !== lower) {
			return wildcard;
		}
	}
	return undefined;
}

/** The prefix of a lower-cased `prefix:name`, or undefined when it has a wildcard or no colon. */
function prefixOf(lower: string): string | undefined {
	const colon = lower.indexOf(':');
	if (colon < 0) {
		return undefined;
	}
	const prefix = lower.slice(0, colon);
	return prefix.includes('*') || prefix.includes('?') ? undefined : prefix;
}
