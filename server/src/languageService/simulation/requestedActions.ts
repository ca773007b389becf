/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Turns the actions a user asks about into requests: what each is requested on, and which context keys
// can come with it at all (Service Authorization Reference: resource types and condition keys per action).

import { arnFormatToPattern } from '../catalog/arn';
import { resourceType, type CatalogAction } from '../catalog/catalog';
import { catalogActions, catalogIndexOf } from './compilePolicy';
import type { ActionRequest } from './evaluate';
import type { RequestedResource } from './resources';
import type { ServiceState } from '../serviceState';

export interface PlannedRequest extends ActionRequest {
	readonly catalogAction?: CatalogAction;
	/** How the resource is shown: `*`, the ARN, or the pattern of every resource of the type. */
	readonly resourceText: string;
}

/** Simulations run in the commercial partition unless the user gives an ARN. */
const defaultPartition = 'aws';

function requestedResource(action: CatalogAction | undefined, resource: string | undefined): RequestedResource {
	const required = action?.resourceTypes.find((type) => type.required);
	if (action && !required) {
		return { kind: 'star' };
	}
	if (resource) {
		return resource === '*' ? { kind: 'star' } : { kind: 'arn', arn: resource };
	}
	const format = required && resourceType(action!.prefix, required.name)?.arnFormat;
	if (!format) {
		return { kind: 'star' };
	}
	return { kind: 'every', pattern: arnFormatToPattern(format.replace('${Partition}', defaultPartition)) };
}

/**
 * Tag keys come only with the actions whose catalog entry lists them, and a service's keys only with its
 * own actions; other global keys can come with any request.
 */
function keyFilter(action: CatalogAction | undefined): (lowerKey: string) => boolean {
	if (!action) {
		return () => true;
	}
	const listed = [
		...action.conditionKeys,
		...action.resourceTypes.flatMap((type) => resourceType(action.prefix, type.name)?.conditionKeys ?? []),
	]
		.map((key) => key.toLowerCase())
		.map((key) => (key.includes('${') ? { prefix: key.slice(0, key.indexOf('${')) } : { exact: key }));
	const isListed = (lowerKey: string) =>
		listed.some((key) => ('exact' in key ? key.exact === lowerKey : lowerKey.startsWith(key.prefix)));
	return (lowerKey) => {
		const isTagKey = lowerKey.startsWith('aws:resourcetag/') || lowerKey.startsWith('aws:requesttag/') || lowerKey === 'aws:tagkeys';
		return lowerKey.startsWith('aws:') && !isTagKey ? true : isListed(lowerKey);
	};
}

function plan(action: CatalogAction | undefined, name: string, resource: string | undefined): PlannedRequest {
	const requested = requestedResource(action, resource);
	return {
		action: action?.fullName ?? name,
		catalogIndex: action ? catalogIndexOf(action.fullName) : -1,
		catalogAction: action,
		resource: requested,
		resourceText: requested.kind === 'star' ? '*' : requested.kind === 'arn' ? requested.arn : requested.pattern,
		keyApplies: keyFilter(action),
	};
}

/** The requests for the given actions (every Support-family action when none); wildcards expand over the family. */
export function planRequests(
	state: ServiceState,
	actions: readonly string[] | undefined,
	resource: string | undefined,
): { requests: PlannedRequest[]; errors: string[] } {
	const errors: string[] = [];
	if (!actions) {
		return { requests: catalogActions.map((action) => plan(action, action.fullName, resource)), errors };
	}
	const requests: PlannedRequest[] = [];
	for (const name of actions) {
		const index = catalogIndexOf(name);
		if (index >= 0) {
			requests.push(plan(catalogActions[index], name, resource));
			continue;
		}
		if (name.includes('*') || name.includes('?')) {
			const matcher = state.catalog.wildcardMatcher(name);
			const matched = catalogActions.filter((action) => matcher.test(action.fullName));
			if (!matched.length) {
				errors.push(`${name} matches no Support-family action.`);
			}
			requests.push(...matched.map((action) => plan(action, action.fullName, resource)));
			continue;
		}
		const [prefix, actionName] = name.split(':');
		if (!actionName || !state.catalog.isKnownPrefix(prefix) || !state.catalog.canonicalActionName(prefix, actionName)) {
			errors.push(`${name} is not a known AWS action; it is simulated by name, on ${resource ?? '"*"'}.`);
		}
		requests.push(plan(undefined, name, resource));
	}
	return { requests, errors };
}
