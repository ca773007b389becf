/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Resource and NotResource (IAM User Guide, "IAM JSON policy elements: Resource"). ARNs match segment by
// segment, case-sensitively, with `*` and `?`. An action without resource types is requested on `"*"`,
// which only a Resource of `"*"` names ("you must specify all resources").

import { patternsIntersect } from '../catalog/arn';
import type { ValueListElement } from '../parser/policyModel';
import { compilePattern, isStarOnly, type CompiledPattern, type VariableLookup } from './patterns';

/**
 * What a request is made on: `"*"` for an action without resource types; one ARN; or every resource of a
 * type (every Trusted Advisor check), where a statement may name all of them, some, or none.
 */
export type RequestedResource =
	{ readonly kind: 'star' } | { readonly kind: 'arn'; readonly arn: string } | { readonly kind: 'every'; readonly pattern: string };

/** `some`: the statement names some resources of the type but not all (a check category, one region). */
export type ResourceMatch = 'all' | 'some' | 'none';

export interface CompiledResources {
	/** False when the statement has neither Resource nor NotResource: it matches nothing. */
	readonly present: boolean;
	readonly negated: boolean;
	readonly patterns: readonly CompiledPattern[];
	/** Whether the statement applies to a request on `"*"`, computed once. */
	readonly matchesStar: boolean;
}

export function compileResources(
	resource: ValueListElement | undefined,
	notResource: ValueListElement | undefined,
	variables: boolean,
): CompiledResources {
	const element = resource ?? notResource;
	if (!element) {
		return { present: false, negated: false, patterns: [], matchesStar: false };
	}
	const negated = !resource;
	const patterns = element.entries
		.filter((entry) => entry.type === 'string')
		.map((entry) => compilePattern(entry.value, { wildcards: true, ignoreCase: false, variables, arn: true }));
	const namesStar = patterns.some((pattern) => isStarOnly(pattern.tokens));
	return { present: true, negated, patterns, matchesStar: namesStar !== negated };
}

function namedBy(pattern: CompiledPattern, requested: RequestedResource, lookup: VariableLookup): ResourceMatch {
	switch (requested.kind) {
		case 'star':
			return isStarOnly(pattern.tokens) ? 'all' : 'none';
		case 'arn':
			return pattern.test(requested.arn, lookup) === true ? 'all' : 'none';
		case 'every': {
			const resolved = pattern.resolve(lookup);
			if (resolved === undefined) {
				return 'none';
			}
			// The type's format, wildcards read as plain characters, matches a pattern that names every resource of it.
			if (pattern.test(requested.pattern, lookup) === true) {
				return 'all';
			}
			return patternsIntersect(resolved, requested.pattern) ? 'some' : 'none';
		}
	}
}

/** How much of the requested resource the statement's Resource or NotResource covers. */
export function matchResources(resources: CompiledResources, requested: RequestedResource, lookup: VariableLookup): ResourceMatch {
	if (!resources.present) {
		return 'none';
	}
	if (requested.kind === 'star') {
		return resources.matchesStar ? 'all' : 'none';
	}
	let best: ResourceMatch = 'none';
	for (const pattern of resources.patterns) {
		const match = namedBy(pattern, requested, lookup);
		if (match === 'all') {
			best = 'all';
			break;
		}
		if (match === 'some') {
			best = 'some';
		}
	}
	if (!resources.negated) {
		return best;
	}
	return best === 'all' ? 'none' : best === 'some' ? 'some' : 'all';
}
