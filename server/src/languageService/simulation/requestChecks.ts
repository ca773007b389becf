/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// What in a simulation request names nothing: an action no request ever carries, a context key that is
// never present. The simulator would answer for them all the same (an implicit deny, a condition that
// fails); a host that must not print results that look valid (iam-support simulate) asks first.

import {
	allSupportActions,
	globalConditionKey,
	globalConditionKeyList,
	isSupportFamily,
	serviceConditionKey,
	supportAction,
	supportServices,
} from '../catalog/catalog';
import { nearestNames } from '../catalog/nearest';
import type { ServiceState } from '../serviceState';

export interface RequestProblem {
	/** What the problem is about: an action of the request, or a key of its context. */
	readonly subject: 'action' | 'contextKey';
	/** The action or key as given. */
	readonly value: string;
	/** What is wrong, in a sentence that starts after the value. */
	readonly message: string;
	/** The nearest real names, best first. */
	readonly suggestions: readonly string[];
}

/** Every global condition key and every Support-family one, the candidates for a misspelt context key. */
const conditionKeyNames: readonly string[] = [
	...globalConditionKeyList().map((known) => known.name),
	...supportServices().flatMap((service) => service.conditionKeys.map((known) => known.name)),
];

export function checkRequest(state: ServiceState, actions: readonly string[], contextKeys: Iterable<string>): RequestProblem[] {
	const { catalog, t } = state;
	const problems: RequestProblem[] = [];
	for (const name of actions) {
		if (/[*?]/.test(name)) {
			const matcher = catalog.wildcardMatcher(name);
			if (!allSupportActions().some((action) => matcher.test(action.fullName))) {
				problems.push({ subject: 'action', value: name, message: t('matches no Support-family action'), suggestions: [] });
			}
			continue;
		}
		const colon = name.indexOf(':');
		const prefix = colon > 0 ? name.slice(0, colon) : '';
		const rest = colon > 0 ? name.slice(colon + 1) : name;
		if (supportAction(name) || (prefix && rest && catalog.isKnownPrefix(prefix) && catalog.canonicalActionName(prefix, rest))) {
			continue;
		}
		// Without a prefix, the Support family's actions of that name (CreateCase → support:CreateCase).
		const suggestions = !prefix
			? nearestNames(rest, new Set(allSupportActions().map((action) => action.name)))
					.flatMap((nearest) => allSupportActions().filter((action) => action.name === nearest))
					.map((action) => action.fullName)
					.slice(0, 3)
			: catalog.isKnownPrefix(prefix)
				? nearestNames(rest, catalog.actionNames(prefix)).map((candidate) => `${prefix.toLowerCase()}:${candidate}`)
				: nearestNames(prefix, catalog.allPrefixes()).map((candidate) => `${candidate}:${rest}`);
		problems.push({ subject: 'action', value: name, message: t('is not a known AWS action'), suggestions });
	}
	for (const key of contextKeys) {
		const colon = key.indexOf(':');
		if (colon <= 0) {
			problems.push({
				subject: 'contextKey',
				value: key,
				message: t('is not a condition key: a condition key is written prefix:Name, such as aws:SourceIp'),
				suggestions: [],
			});
			continue;
		}
		// Only global keys and the Support family's own are known; a key of another service (`s3:prefix`) is taken as given.
		const prefix = key.slice(0, colon);
		if ((prefix.toLowerCase() !== 'aws' && !isSupportFamily(prefix)) || globalConditionKey(key) || serviceConditionKey(key)) {
			continue;
		}
		problems.push({
			subject: 'contextKey',
			value: key,
			message: t('is not a global or Support-family condition key'),
			suggestions: nearestNames(key, conditionKeyNames),
		});
	}
	return problems;
}
