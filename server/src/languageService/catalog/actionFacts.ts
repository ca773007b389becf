/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// What the catalog says of the text of an Action or NotAction entry, worked out once per text and kept by
// the language service that asked: AWS's largest policies have thousands of entries, and the same texts
// come back in every version of a document as it is edited. The rules read these facts; they keep no
// cache of their own.

import { detachedString, longestCachedText, TextCache } from '../textCache';
import { isSupportFamily, supportAction, type Catalog, type CatalogAction, type KnownAction } from './catalog';

/** An entry with a `*` and no `?`: one that can cover other entries of its list. */
export interface Wildcard {
	readonly text: string;
	readonly lower: string;
	/** The lower-cased prefix, or undefined when the prefix has a wildcard too (`*:Get*`). */
	readonly prefix: string | undefined;
	/** For the usual form, one `*` at the end (`ec2:describe*`): what an entry it covers starts with. */
	readonly literalStart?: string;
}

/**
 * What makes two entries the same: the catalog's spelling of a known action, else the lower-cased text.
 * A list's check marks each key it meets with the number of its pass (`ActionFacts.startList`), so that
 * a repeated entry is found without a set of the list's keys.
 */
export interface EntryKey {
	lastPass: number;
}

/**
 * What the catalog says of an entry's text, in whatever list or document it is written. `Memo` is what
 * the rules made of it (a finding, in the service's language), kept with the facts so that it is made once.
 */
export interface EntryFacts<Memo> {
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
	memo?: Memo;
}

/** Facts by the entry's exact text, and the keys they share by name (a key's name is never longer than its text). */
interface FactsStore<Memo> {
	readonly byText: Map<string, EntryFacts<Memo>>;
	readonly keys: Map<string, EntryKey>;
}

/**
 * What an Action entry means for the rules that look at resources and conditions: the Support-family
 * actions it matches, and whether it may also match actions outside the family (whose resource types
 * the catalog does not carry, so those rules must stay quiet about them).
 */
export interface ResolvedAction {
	readonly familyActions: readonly CatalogAction[];
	readonly matchesOtherServices: boolean;
}

/** The facts of the entries one language service has read, with what its rules made of them (`Memo`). */
export class ActionFacts<Memo> {
	private kept: FactsStore<Memo> = newFactsStore();
	private passes = 0;

	constructor(private readonly catalog: Catalog) {}

	/**
	 * Starts the check of one list: returns the number that marks the keys it meets, and a lookup of its
	 * entries' facts. Within one list, every entry's key stays the same object.
	 */
	startList(): { readonly pass: number; readonly factsOf: (text: string) => EntryFacts<Memo> } {
		// Enough for every action of several hundred services; the bound keeps hostile documents small.
		if (this.kept.byText.size >= 50_000) {
			this.kept = newFactsStore();
		}
		const kept = this.kept;
		let longEntries: FactsStore<Memo> | undefined;
		const factsOf = (text: string): EntryFacts<Memo> => {
			if (text.length > longestCachedText) {
				// Facts of an entry longer than a cache keeps are shared only within its list.
				longEntries ??= newFactsStore();
				let facts = longEntries.byText.get(text);
				if (facts === undefined) {
					facts = this.computeFacts(text, longEntries.keys);
					longEntries.byText.set(text, facts);
				}
				return facts;
			}
			let facts = kept.byText.get(text);
			if (facts === undefined) {
				facts = this.computeFacts(detachedString(text), kept.keys);
				kept.byText.set(facts.text, facts);
			}
			return facts;
		};
		return { pass: ++this.passes, factsOf };
	}

	private computeFacts(text: string, keys: Map<string, EntryKey>): EntryFacts<Memo> {
		const lowerText = text.toLowerCase();
		const known = this.catalog.knownActionByLowerCase(lowerText);
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
}

/** What the Action entries one language service has read resolve to, kept by their text. */
export class ResolvedActions {
	private readonly resolved = new TextCache<ResolvedAction>(5000);

	constructor(private readonly catalog: Catalog) {}

	/** What an Action entry matches in the Support family, and whether it may match beyond it. */
	resolveAction(text: string): ResolvedAction {
		return this.resolved.get(text.toLowerCase(), (lower) => this.computeResolved(lower));
	}

	private computeResolved(text: string): ResolvedAction {
		const colon = text.indexOf(':');
		if (colon < 0) {
			return { familyActions: [], matchesOtherServices: text.length > 0 };
		}
		const prefixPattern = text.slice(0, colon);
		if (!/[*?]/.test(text)) {
			const action = supportAction(text);
			return { familyActions: action ? [action] : [], matchesOtherServices: !action && !isSupportFamily(prefixPattern) };
		}
		if (/[*?]/.test(prefixPattern)) {
			// `*:Get*` or `s*:*` may reach any service: no family-only conclusion is possible.
			const matched = this.catalog.matchActions(text);
			const family = matched
				.filter((name) => isSupportFamily(name.prefix))
				.map((name) => supportAction(`${name.prefix}:${name.name}`)!);
			return { familyActions: family, matchesOtherServices: matched.length !== family.length || matched.length === 0 };
		}
		if (!isSupportFamily(prefixPattern)) {
			return { familyActions: [], matchesOtherServices: true };
		}
		const family = this.catalog
			.matchActions(text)
			.map((name) => supportAction(`${name.prefix}:${name.name}`)!)
			.filter(Boolean);
		return { familyActions: family, matchesOtherServices: false };
	}
}

/** Whether every action the entry can match is a Support-family action with no resource types. */
export function onlyResourcelessActions(resolved: ResolvedAction): boolean {
	return (
		!resolved.matchesOtherServices &&
		resolved.familyActions.length > 0 &&
		resolved.familyActions.every((action) => action.resourceTypes.length === 0)
	);
}

function newFactsStore<Memo>(): FactsStore<Memo> {
	return { byText: new Map(), keys: new Map() };
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
