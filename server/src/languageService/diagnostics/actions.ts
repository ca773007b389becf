/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Action and NotAction entries, checked against the catalog of every AWS service (Service Authorization Reference).

import { actionNames, allPrefixes, canonicalActionName, isKnownPrefix, isRemovedPrefix, matchActions, removedAction, serviceName, wildcardMatcher } from '../catalog/catalog';
import { nearestNames } from '../catalog/nearest';
import type { Policy, ValueEntry, ValueListElement } from '../parser/policyModel';
import { t } from '../l10n';
import { actionCount, effectOf, isTemplateExpression, type ValidationContext } from './context';

const actionFormat = /^([A-Za-z0-9*?-]+):([A-Za-z0-9*?_-]+)$/;

export function validateActions(context: ValidationContext, policy: Policy): void {
	for (const statement of policy.statements) {
		for (const list of [statement.action, statement.notAction]) {
			if (!list) {
				continue;
			}
			for (const entry of list.entries) {
				if (entry.type === 'string' && entry.value !== '' && !isTemplateExpression(entry.value, policy)) {
					validateAction(context, entry);
				}
			}
			validateRedundancy(context, list);
		}
		if (statement.notAction && effectOf(statement) === 'Allow') {
			context.report('allow-notaction', context.rangeOf(statement.notAction.property.keyNode),
				t('"Allow" with "NotAction" grants every action of every AWS service except those listed, including services added later. List the actions to allow instead.'));
		}
	}
}

function validateAction(context: ValidationContext, entry: ValueEntry): void {
	const text = entry.value;
	const range = context.rangeOf(entry.node);
	if (text === '*') {
		return;
	}
	const match = actionFormat.exec(text);
	if (!match) {
		context.report('invalid-action-format', range, t('"{0}" is not an action: write it as service-prefix:ActionName (support:DescribeCases), or "*" for every action.', text));
		return;
	}
	const [, prefix, name] = match;
	const hasWildcard = /[*?]/.test(text);
	if (/[*?]/.test(prefix)) {
		if (matchActions(text).length === 0) {
			context.report('wildcard-matches-nothing', range, t('"{0}" matches no action of any AWS service: it grants and denies nothing.', text));
		}
		return;
	}
	if (!isKnownPrefix(prefix)) {
		if (isRemovedPrefix(prefix)) {
			const removal = removedAction(prefix, hasWildcard ? '' : name)?.removal;
			context.report('removed-action', range, removal
				? t('AWS removed the {0} service prefix ({1}): "{2}" grants and denies nothing now.', prefix.toLowerCase(), removal.removed, text)
				: t('AWS removed the {0} service prefix: "{1}" grants and denies nothing now.', prefix.toLowerCase(), text));
			return;
		}
		const candidates = nearestNames(prefix, allPrefixes(), 3);
		context.report('unknown-service', range, candidates.length
			? t('"{0}" is not a service prefix in the Service Authorization Reference, so "{1}" grants and denies nothing; did you mean {2}?', prefix, text, candidates.map((c) => `"${c}"`).join(', '))
			: t('"{0}" is not a service prefix in the Service Authorization Reference, so "{1}" grants and denies nothing.', prefix, text),
			{ replacements: candidates.map((candidate) => `${candidate}:${name}`) });
		return;
	}
	const lowerPrefix = prefix.toLowerCase();
	if (hasWildcard) {
		if (matchActions(text).length === 0) {
			context.report('wildcard-matches-nothing', range, t('"{0}" matches no action of {1} ({2}): it grants and denies nothing.', text, serviceName(prefix) ?? prefix, actionCount(actionNames(prefix).length)));
		}
		return;
	}
	const canonical = canonicalActionName(prefix, name);
	if (!canonical) {
		const removal = removedAction(prefix, name);
		if (removal) {
			context.report('removed-action', range, t('AWS removed {0} ({1}): it grants and denies nothing now.', `${lowerPrefix}:${removal.name}`, removal.removal.removed));
			return;
		}
		const candidates = nearestNames(name, actionNames(prefix), 3).map((candidate) => `${lowerPrefix}:${candidate}`);
		context.report('unknown-action', range, candidates.length
			? t('{0} has no action "{1}" in the Service Authorization Reference, so it grants and denies nothing; did you mean {2}?', serviceName(prefix) ?? prefix, name, candidates.join(', '))
			: t('{0} has no action "{1}" in the Service Authorization Reference, so it grants and denies nothing.', serviceName(prefix) ?? prefix, name),
			{ replacements: candidates });
		return;
	}
	const aws = `${lowerPrefix}:${canonical}`;
	if (aws !== text) {
		context.report('non-canonical-case', range, t('AWS writes this action "{0}". Action names ignore case, so it works as written.', aws), { replacements: [aws] });
	}
}

function validateRedundancy(context: ValidationContext, list: ValueListElement): void {
	const entries = list.entries.filter((entry) => entry.type === 'string' && entry.value !== '');
	// Only wildcards can cover other entries. A wildcard with a plain prefix (`ec2:Describe*`) only covers
	// actions of that prefix, so each entry is tested against its own prefix's wildcards: AWS's largest
	// policies have thousands of entries and a thousand wildcards.
	const wildcardsByPrefix = new Map<string, ValueEntry[]>();
	const anyPrefix: ValueEntry[] = [];
	for (const entry of entries) {
		if (entry.value.includes('*') && !entry.value.includes('?')) {
			const prefix = prefixOf(entry.value);
			if (prefix === undefined) {
				anyPrefix.push(entry);
			} else {
				wildcardsByPrefix.set(prefix, [...(wildcardsByPrefix.get(prefix) ?? []), entry]);
			}
		}
	}
	const seen = new Set<string>();
	for (const entry of entries) {
		const text = entry.value;
		const lower = text.toLowerCase();
		const duplicate = seen.has(lower);
		seen.add(lower);
		const candidates = [...(wildcardsByPrefix.get(prefixOf(text) ?? '') ?? []), ...anyPrefix];
		const coveredBy = duplicate ? undefined : candidates.find((other) => other.value.toLowerCase() !== lower && wildcardMatcher(other.value).test(text));
		if (duplicate || coveredBy) {
			context.report('redundant-action', context.rangeOf(entry.node),
				coveredBy
					? t('"{0}" is already covered by "{1}" in this "{2}".', text, coveredBy.value, list.property.name)
					: t('"{0}" is already listed in this "{1}".', text, list.property.name));
		}
	}
}

/** The lower-cased prefix of `prefix:Name`, or undefined when it has a wildcard or no colon. */
function prefixOf(text: string): string | undefined {
	const colon = text.indexOf(':');
	const prefix = colon < 0 ? undefined : text.slice(0, colon);
	return prefix === undefined || /[*?]/.test(prefix) ? undefined : prefix.toLowerCase();
}
