/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Action and NotAction entries, checked against the catalog of every AWS service (Service Authorization Reference).

import { ActionFacts, type EntryFacts, type Wildcard } from '../catalog/actionFacts';
import { stateSlot } from '../serviceState';
import { isSharedPrefix, removedAction, serviceLabel, unlistedPrefixSeenIn } from '../catalog/catalog';
import { wildcardMatches } from '../catalog/arn';
import { nearestNames } from '../catalog/nearest';
import type { Policy, Statement, ValueListElement } from '../parser/policyModel';
import { actionCount, effectOf, isTemplateExpression, type FixData, type ValidationContext } from './context';
import type { RuleCode } from './rules';

/** What the catalog says of each entry text the service has read, with the finding this rule made of it. */
const entryFacts = stateSlot((state) => new ActionFacts<ActionFinding | null>(state.catalog));

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
			context.t(
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
	const { t } = context;
	const { pass, factsOf } = context.own(entryFacts).startList();
	const entries = list.entries;
	const facts: Array<EntryFacts<ActionFinding | null> | undefined> = new Array(entries.length);
	let wildcards: Wildcards | undefined;
	for (let i = 0; i < entries.length; i++) {
		const entry = entries[i];
		if (entry.type === 'string' && entry.value !== '') {
			const fact = factsOf(entry.value);
			facts[i] = fact;
			if (fact.wildcard) {
				wildcards ??= { byPrefix: new Map(), anyPrefix: [] };
				addWildcard(wildcards, fact.wildcard);
			}
		}
	}
	for (let i = 0; i < entries.length; i++) {
		const fact = facts[i];
		if (fact === undefined) {
			continue;
		}
		const entry = entries[i];
		const text = entry.value;
		if (fact.known === undefined) {
			if (text !== '*' && !isTemplateExpression(text, policy)) {
				const finding = fact.memo === undefined ? (fact.memo = unknownActionFinding(context, fact.text) ?? null) : fact.memo;
				if (finding) {
					context.report(finding.code, context.rangeOf(entry.node), finding.message, finding.data);
				}
			}
		} else if (fact.otherCase) {
			fact.memo ??= {
				code: 'non-canonical-case',
				message: t('AWS writes this action "{0}". Action names ignore case, so it works as written.', fact.known.fullName),
				data: { replacements: [fact.known.fullName] },
			};
			context.report(fact.memo.code, context.rangeOf(entry.node), fact.memo.message, fact.memo.data);
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

/**
 * What this rule made of an entry's facts, kept with them by the service: null when nothing is wrong. An
 * entry the catalog does not know gets its unknown-entry finding; a known one written in another case, its
 * case finding (an entry is never both).
 */
export interface ActionFinding {
	readonly code: RuleCode;
	readonly message: string;
	readonly data?: FixData;
}

/** What is wrong with an entry that names no action of the catalog, or undefined for a wildcard that matches some. */
function unknownActionFinding(context: ValidationContext, text: string): ActionFinding | undefined {
	const { t, catalog } = context;
	const finding = (code: RuleCode, message: string, data?: FixData): ActionFinding => ({ code, message, data });
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
		return catalog.matchActions(text).length === 0
			? finding('wildcard-matches-nothing', t('"{0}" matches no action of any AWS service: it grants and denies nothing.', text))
			: undefined;
	}
	if (!catalog.isKnownPrefix(prefix)) {
		if (catalog.isRemovedPrefix(prefix)) {
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
		const seenIn = unlistedPrefixSeenIn(prefix);
		if (seenIn) {
			// Not a typo: AWS's own managed policy names it, so no "did you mean".
			return finding(
				'unknown-service',
				t(
					'"{0}" is a prefix that AWS\'s managed policy {1} names but the Service Authorization Reference no longer lists: a retired or undocumented service, not a typo. Check that "{2}" is still needed.',
					prefix,
					seenIn,
					text,
				),
			);
		}
		const candidates = nearestNames(prefix, catalog.allPrefixes(), 3);
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
		if (catalog.matchActions(text).length > 0) {
			return undefined;
		}
		const count = actionCount(context.messages, catalog.actionNames(prefix).length);
		return finding(
			'wildcard-matches-nothing',
			isSharedPrefix(prefix)
				? t(
						'"{0}" matches no action of {1}, {2} in all: it grants and denies nothing.',
						text,
						serviceLabel(catalog, t, prefix),
						count,
					)
				: t('"{0}" matches no action of {1} ({2}): it grants and denies nothing.', text, serviceLabel(catalog, t, prefix), count),
		);
	}
	const removal = removedAction(prefix, name);
	if (removal) {
		return finding(
			'removed-action',
			t('AWS removed {0} ({1}): it grants and denies nothing now.', `${lowerPrefix}:${removal.name}`, removal.removal.removed),
		);
	}
	const candidates = nearestNames(name, catalog.actionNames(prefix), 3).map((candidate) => `${lowerPrefix}:${candidate}`);
	return finding(
		'unknown-action',
		candidates.length
			? t(
					'{0} has no action "{1}" in the Service Authorization Reference, so it grants and denies nothing; did you mean {2}?',
					serviceLabel(catalog, t, prefix),
					name,
					candidates.join(', '),
				)
			: t(
					'{0} has no action "{1}" in the Service Authorization Reference, so it grants and denies nothing.',
					serviceLabel(catalog, t, prefix),
					name,
				),
		{ replacements: candidates },
	);
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
