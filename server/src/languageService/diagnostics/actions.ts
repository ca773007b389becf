/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Action and NotAction entries, checked against the catalog of every AWS service (Service Authorization Reference).

import { actionNames, allPrefixes, isKnownPrefix, knownActionAsWritten, knownActionByLowerCase, isRemovedPrefix, matchActions, removedAction, serviceName } from '../catalog/catalog';
import { wildcardMatches } from '../catalog/arn';
import { nearestNames } from '../catalog/nearest';
import type { Policy, Statement, ValueEntry, ValueListElement } from '../parser/policyModel';
import { t } from '../l10n';
import { actionCount, effectOf, isTemplateExpression, type FixData, type ValidationContext } from './context';

const actionFormat = /^([A-Za-z0-9*?-]+):([A-Za-z0-9*?_-]+)$/;

export function validateStatementActions(context: ValidationContext, policy: Policy, statement: Statement): void {
	for (const list of [statement.action, statement.notAction]) {
		if (list) {
			validateList(context, list, policy);
		}
	}
	if (statement.notAction && effectOf(statement) === 'Allow') {
		context.report('allow-notaction', context.rangeOf(statement.notAction.property.keyNode),
			t('"Allow" with "NotAction" grants every action of every AWS service except those listed, including services added later. List the actions to allow instead.'));
	}
}

/**
 * Every entry of one Action or NotAction, in one pass: the catalog lookup of an entry serves both its
 * own check and the search for entries that repeat or are covered by a wildcard. AWS's largest policies
 * have thousands of entries, and hashing each entry's text more than once showed in profiles.
 */
function validateList(context: ValidationContext, list: ValueListElement, policy: Policy): void {
	const wildcards = collectWildcards(list);
	const seen = new Set<string>();
	for (const entry of list.entries) {
		const text = entry.value;
		if (entry.type !== 'string' || text === '') {
			continue;
		}
		// One lookup for an entry written as AWS writes it; a second, lower-cased, for any other. AWS
		// capitalizes action names (a dozen exceptions are found by the second lookup all the same), so a
		// name that starts in lower case, as in some of AWS's own policies, skips the first.
		const nameStart = text.charCodeAt(text.indexOf(':') + 1);
		let known = nameStart >= 0x61 && nameStart <= 0x7a ? undefined : knownActionAsWritten(text);
		const lower = known?.lowerCase ?? text.toLowerCase();
		known ??= knownActionByLowerCase(lower);
		if (known === undefined) {
			if (text !== '*' && !isTemplateExpression(text, policy)) {
				validateUnknownAction(context, entry);
			}
		} else if (known.fullName !== text) {
			context.report('non-canonical-case', context.rangeOf(entry.node), t('AWS writes this action "{0}". Action names ignore case, so it works as written.', known.fullName), { replacements: [known.fullName] });
		}
		// Entries that differ only in case are the same entry. A known action's key is the catalog's string.
		const key = known?.fullName ?? lower;
		if (seen.has(key)) {
			context.report('redundant-action', context.rangeOf(entry.node), t('"{0}" is already listed in this "{1}".', text, list.property.name));
			continue;
		}
		seen.add(key);
		if (wildcards) {
			const candidates = wildcards.byPrefix.get(known?.prefix ?? prefixOf(lower) ?? '');
			const coveredBy = coveringWildcard(lower, candidates) ?? coveringWildcard(lower, wildcards.anyPrefix);
			if (coveredBy) {
				context.report('redundant-action', context.rangeOf(entry.node), t('"{0}" is already covered by "{1}" in this "{2}".', text, coveredBy.text, list.property.name));
			}
		}
	}
}

function validateUnknownAction(context: ValidationContext, entry: ValueEntry): void {
	const text = entry.value;
	// Most unknown entries are wildcards that match something and get no finding: no range for them.
	const report = (code: string, message: string, data?: FixData) => context.report(code, context.rangeOf(entry.node), message, data);
	const match = actionFormat.exec(text);
	if (!match) {
		report('invalid-action-format', t('"{0}" is not an action: write it as service-prefix:ActionName (support:DescribeCases), or "*" for every action.', text));
		return;
	}
	const [, prefix, name] = match;
	const hasWildcard = /[*?]/.test(text);
	if (/[*?]/.test(prefix)) {
		if (matchActions(text).length === 0) {
			report('wildcard-matches-nothing', t('"{0}" matches no action of any AWS service: it grants and denies nothing.', text));
		}
		return;
	}
	if (!isKnownPrefix(prefix)) {
		if (isRemovedPrefix(prefix)) {
			const removal = removedAction(prefix, hasWildcard ? '' : name)?.removal;
			report('removed-action', removal
				? t('AWS removed the {0} service prefix ({1}): "{2}" grants and denies nothing now.', prefix.toLowerCase(), removal.removed, text)
				: t('AWS removed the {0} service prefix: "{1}" grants and denies nothing now.', prefix.toLowerCase(), text));
			return;
		}
		const candidates = nearestNames(prefix, allPrefixes(), 3);
		report('unknown-service', candidates.length
			? t('"{0}" is not a service prefix in the Service Authorization Reference, so "{1}" grants and denies nothing; did you mean {2}?', prefix, text, candidates.map((c) => `"${c}"`).join(', '))
			: t('"{0}" is not a service prefix in the Service Authorization Reference, so "{1}" grants and denies nothing.', prefix, text),
			{ replacements: candidates.map((candidate) => `${candidate}:${name}`) });
		return;
	}
	const lowerPrefix = prefix.toLowerCase();
	if (hasWildcard) {
		if (matchActions(text).length === 0) {
			report('wildcard-matches-nothing', t('"{0}" matches no action of {1} ({2}): it grants and denies nothing.', text, serviceName(prefix) ?? prefix, actionCount(actionNames(prefix).length)));
		}
		return;
	}
	const removal = removedAction(prefix, name);
	if (removal) {
		report('removed-action', t('AWS removed {0} ({1}): it grants and denies nothing now.', `${lowerPrefix}:${removal.name}`, removal.removal.removed));
		return;
	}
	const candidates = nearestNames(name, actionNames(prefix), 3).map((candidate) => `${lowerPrefix}:${candidate}`);
	report('unknown-action', candidates.length
		? t('{0} has no action "{1}" in the Service Authorization Reference, so it grants and denies nothing; did you mean {2}?', serviceName(prefix) ?? prefix, name, candidates.join(', '))
		: t('{0} has no action "{1}" in the Service Authorization Reference, so it grants and denies nothing.', serviceName(prefix) ?? prefix, name),
		{ replacements: candidates });
}

interface Wildcard {
	readonly text: string;
	readonly lower: string;
	/** For the usual form, one `*` at the end (`ec2:describe*`): what an entry it covers starts with. */
	readonly literalStart?: string;
}

interface Wildcards {
	/** A wildcard with a plain prefix (`ec2:Describe*`) only covers actions of that prefix. */
	readonly byPrefix: Map<string, Wildcard[]>;
	readonly anyPrefix: Wildcard[];
}

/** The entries that can cover others, or undefined when there are none (most lists). */
function collectWildcards(list: ValueListElement): Wildcards | undefined {
	let wildcards: Wildcards | undefined;
	for (const entry of list.entries) {
		if (entry.type === 'string' && entry.value.includes('*') && !entry.value.includes('?')) {
			wildcards ??= { byPrefix: new Map(), anyPrefix: [] };
			const lower = entry.value.toLowerCase();
			const star = lower.indexOf('*');
			const wildcard: Wildcard = { text: entry.value, lower, literalStart: star === lower.length - 1 ? lower.slice(0, star) : undefined };
			const prefix = prefixOf(wildcard.lower);
			if (prefix === undefined) {
				wildcards.anyPrefix.push(wildcard);
			} else {
				const samePrefix = wildcards.byPrefix.get(prefix);
				if (samePrefix) {
					samePrefix.push(wildcard);
				} else {
					wildcards.byPrefix.set(prefix, [wildcard]);
				}
			}
		}
	}
	return wildcards;
}

function coveringWildcard(lower: string, wildcards: readonly Wildcard[] | undefined): Wildcard | undefined {
	for (const wildcard of wildcards ?? []) {
		const covers = wildcard.literalStart !== undefined ? lower.startsWith(wildcard.literalStart) : wildcardMatches(lower, wildcard.lower);
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
