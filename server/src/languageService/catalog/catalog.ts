/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import type { ActionData, ConditionKeyData, GlobalConditionKeyData, ResourceTypeData, ServiceData } from '../data/catalogTypes';
import { globalConditionKeys, supportFamilyServices } from '../data/supportCatalog.generated';
import {
	removedActionsOutsideSupport,
	retiredServices,
	sharedPrefixes,
	undocumentedActions,
	undocumentedGlobalConditionKeys,
	unlistedManagedPolicyPrefixes,
} from '../data/catalogGaps';
import type { Messages } from '../l10n';
import {
	apiReferences,
	operationActions,
	removedActions,
	trustedAdvisorConsoleApiPairs,
	type RemovedActionsData,
} from '../data/supportFacts';
import { TextCache } from '../textCache';
import { wildcardMatches } from './arn';
import { nearestNames } from './nearest';

export type {
	AccessLevel,
	ActionData,
	ConditionKeyData,
	GlobalConditionKeyData,
	ResourceTypeData,
	ServiceData,
} from '../data/catalogTypes';

/** An action of the Support family, with everything the catalog knows of it. */
export interface CatalogAction extends ActionData {
	readonly prefix: string;
	/** `prefix:Name` in AWS's case. */
	readonly fullName: string;
	readonly service: ServiceData;
	/** Whether an operation of a public API bears the action's name. */
	readonly apiOperation: boolean;
	readonly apiReferenceUrl?: string;
	/** Operations of other names that the action authorizes, each with every action it needs (this one included). */
	readonly authorizedOperations: readonly AuthorizedOperation[];
	readonly authorizationReferenceUrl: string;
}

/** An API operation that bears no action's name, as an action that authorizes it sees it. */
export interface AuthorizedOperation {
	readonly operation: string;
	/** `prefix:Name` in AWS's case, every one required. */
	readonly actions: readonly string[];
	readonly apiReferenceUrl: string;
}

/** An action name of any service, known by name only outside the Support family. */
export interface ActionName {
	readonly prefix: string;
	readonly name: string;
}

export interface RemovedAction {
	readonly prefix: string;
	readonly name: string;
	readonly removal: Pick<RemovedActionsData, 'removed'>;
}

export const supportFamilyPrefixes: readonly string[] = supportFamilyServices.map((service) => service.prefix);

/**
 * The Service Authorization Reference page of a service. AWS names each page after the service's name,
 * lower-cased without spaces: "AWS Support App in Slack" is `list_awssupportappinslack.html`.
 */
export function authorizationReferenceUrl(serviceName: string): string {
	return `https://docs.aws.amazon.com/service-authorization/latest/reference/list_${serviceName.toLowerCase().replace(/[^a-z0-9-]/g, '')}.html`;
}

const detailedActions = new Map<string, CatalogAction>();
const detailedByPrefix = new Map<string, CatalogAction[]>();
for (const service of supportFamilyServices) {
	const api = apiReferences[service.prefix];
	const actions = service.actions.map((action): CatalogAction => {
		const apiOperation = api?.operations.includes(action.name) ?? false;
		const fullName = `${service.prefix}:${action.name}`;
		return {
			...action,
			prefix: service.prefix,
			fullName,
			service,
			apiOperation,
			apiReferenceUrl: apiOperation ? `${api!.baseUrl}API_${action.name}.html` : undefined,
			authorizedOperations: (operationActions[service.prefix] ?? [])
				.filter((entry) => entry.actions.includes(fullName))
				.map((entry) => ({ ...entry, apiReferenceUrl: `${api!.baseUrl}API_${entry.operation}.html` })),
			authorizationReferenceUrl: authorizationReferenceUrl(service.serviceName),
		};
	});
	detailedByPrefix.set(service.prefix, actions);
	for (const action of actions) {
		detailedActions.set(action.fullName.toLowerCase(), action);
	}
}

const supportServicesByPrefix = new Map(supportFamilyServices.map((service) => [service.prefix, service]));

type AllServices = typeof import('../data/allServices.generated').allServices;

/** An action of any service, as the catalog spells it. */
export interface KnownAction {
	/** `prefix:Name` as AWS writes it. */
	readonly fullName: string;
	readonly lowerCase: string;
	/** The prefix, lower-cased. */
	readonly prefix: string;
}

const has = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

const removedByName = new Map<string, RemovedAction>();
for (const removal of [...removedActions, ...removedActionsOutsideSupport]) {
	for (const name of removal.names) {
		removedByName.set(`${removal.prefix}:${name}`.toLowerCase(), { prefix: removal.prefix, name, removal });
	}
}

/** The global keys of AWS's page, then those AWS uses or documents elsewhere (catalogGaps.ts). */
const allGlobalConditionKeys: readonly GlobalConditionKeyData[] = [
	...globalConditionKeys,
	...undocumentedGlobalConditionKeys.map(({ name, type, category }): GlobalConditionKeyData => ({ name, type, category })),
];
const globalKeysByName = new Map(allGlobalConditionKeys.map((key) => [key.name, key]));
const globalKeysByLowerName = new Map(allGlobalConditionKeys.map((key) => [key.name.toLowerCase(), key]));
const tagKeyTemplate = '/tag-key';
/** `aws:PrincipalTag` → `aws:PrincipalTag/tag-key`: the keys whose part after the slash is a tag's name. */
const taggedGlobalKeys = new Map(
	allGlobalConditionKeys
		.filter((key) => key.name.endsWith(tagKeyTemplate))
		.map((key) => [key.name.slice(0, -tagKeyTemplate.length), key]),
);
const counterparts = new Map<string, string>();
const pairsTheReferenceJoins = new Set<string>();
for (const pair of trustedAdvisorConsoleApiPairs) {
	counterparts.set(pair.console.toLowerCase(), pair.api);
	counterparts.set(pair.api.toLowerCase(), pair.console);
	if (pair.referenceListsConsole) {
		pairsTheReferenceJoins.add(pair.console.toLowerCase()).add(pair.api.toLowerCase());
	}
}

/**
 * Every AWS service's actions by name, for one language service. The Support family's details above are
 * built once at load; the other services' names are half of the server's code by size, and reading and
 * compiling them showed in the server's cold start (#6), so they are loaded when first needed (the bundles
 * keep them in a file of their own, scripts/build.mjs) and split per prefix as documents name them. What is
 * worked out from a text (a pattern's matches, a matcher) is kept: the catalog never changes.
 */
export class Catalog {
	private services: AllServices | undefined;
	private prefixesSorted: readonly string[] | undefined;
	private knownPrefixes: ReadonlySet<string> | undefined;
	/** Action names per prefix, split lazily: most documents touch a handful of services. */
	private readonly namesByPrefix = new Map<string, readonly string[]>();
	// Filled per prefix as its names are split. The strings come from the catalog, so their hashes are computed once.
	private readonly knownByLowerCase = new Map<string, KnownAction>();
	private readonly matchCache = new TextCache<readonly ActionName[]>(2000);
	private readonly matcherCache = new TextCache<WildcardMatcher>(5000);

	private allServices(): AllServices {
		// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
		return (this.services ??= (require('../data/allServices.generated') as typeof import('../data/allServices.generated')).allServices);
	}

	private namesOf(prefix: string): readonly string[] {
		const key = prefix.toLowerCase();
		let names = this.namesByPrefix.get(key);
		if (!names) {
			const services = this.allServices();
			const service = has(services, key) ? services[key] : undefined;
			names = service ? service[1].split(' ').filter(Boolean) : [];
			// The documented names and those AWS's own policies use, each once whatever its case.
			const byLowerCase = new Map(names.map((name) => [name.toLowerCase(), name]));
			for (const name of undocumentedActions[key]?.names ?? []) {
				byLowerCase.set(name.toLowerCase(), name);
			}
			for (const name of byLowerCase.values()) {
				const fullName = `${key}:${name}`;
				const known: KnownAction = { fullName, lowerCase: fullName.toLowerCase(), prefix: key };
				this.knownByLowerCase.set(known.lowerCase, known);
			}
			this.namesByPrefix.set(key, names);
		}
		return names;
	}

	/**
	 * The action that a lower-cased text names (`support:DescribeCases` for `support:describecases`), or
	 * undefined for a wildcard or an action the catalog does not know.
	 */
	knownActionByLowerCase(lower: string): KnownAction | undefined {
		const found = this.knownByLowerCase.get(lower);
		if (found !== undefined) {
			return found;
		}
		const colon = lower.indexOf(':');
		const prefix = colon > 0 ? lower.slice(0, colon) : '';
		if (this.namesByPrefix.has(prefix) || !this.isKnownPrefix(prefix)) {
			return undefined;
		}
		this.namesOf(prefix);
		return this.knownByLowerCase.get(lower);
	}

	/** The Support family's services first, then every other AWS prefix in alphabetical order. */
	allPrefixes(): readonly string[] {
		this.prefixesSorted ??= [
			...supportFamilyPrefixes,
			...Object.keys(this.allServices())
				.filter((prefix) => !supportServicesByPrefix.has(prefix))
				.sort(),
		];
		return this.prefixesSorted;
	}

	/** Whether a prefix names a service that has actions today (documented or named by AWS's own managed policies). */
	isKnownPrefix(prefix: string): boolean {
		// A Set rather than the records' own keys: looking up a property by a freshly parsed string costs more.
		this.knownPrefixes ??= new Set([...Object.keys(this.allServices()), ...Object.keys(undocumentedActions)]);
		return this.knownPrefixes.has(prefix.toLowerCase());
	}

	serviceName(prefix: string): string | undefined {
		const key = prefix.toLowerCase();
		const services = this.allServices();
		return has(services, key) ? services[key][0] : has(undocumentedActions, key) ? undocumentedActions[key].serviceName : undefined;
	}

	/** The names of a service's actions in AWS's case (every service). */
	actionNames(prefix: string): readonly string[] {
		return this.namesOf(prefix);
	}

	/** The action's name in AWS's case, or undefined when the service has no such action. */
	canonicalActionName(prefix: string, name: string): string | undefined {
		const known = this.knownActionByLowerCase(`${prefix}:${name}`.toLowerCase());
		return known?.fullName.slice(known.prefix.length + 1);
	}

	/** A prefix whose every action AWS removed (`supportrecommendations`, a discontinued service). */
	isRemovedPrefix(prefix: string): boolean {
		const key = prefix.toLowerCase();
		return !this.isKnownPrefix(key) && (has(retiredServices, key) || removedActions.some((removal) => removal.prefix === key));
	}

	/** The actions that a pattern with `*` and `?` matches, without regard to case. `*` alone matches every action. */
	matchActions(pattern: string): readonly ActionName[] {
		return this.matchCache.get(pattern, (text) => this.computeMatches(text));
	}

	private computeMatches(pattern: string): ActionName[] {
		const services = this.allServices();
		const colon = pattern.indexOf(':');
		const prefixPattern = colon < 0 ? '*' : pattern.slice(0, colon);
		const prefixes = /[*?]/.test(prefixPattern)
			? Object.keys(services).filter((prefix) => this.wildcardMatcher(prefixPattern).test(prefix))
			: has(services, prefixPattern.toLowerCase())
				? [prefixPattern.toLowerCase()]
				: [];
		const matcher = this.wildcardMatcher(pattern);
		const result: ActionName[] = [];
		for (const prefix of prefixes) {
			for (const name of this.actionNames(prefix)) {
				if (matcher.test(`${prefix}:${name}`)) {
					result.push({ prefix, name });
				}
			}
		}
		return result;
	}

	/**
	 * A case-insensitive matcher for an IAM action pattern, where `*` is any run of characters and `?` any one.
	 * Not a RegExp: a pattern with thousands of `*` made one too large to compile (#7).
	 */
	wildcardMatcher(pattern: string): WildcardMatcher {
		return this.matcherCache.get(pattern, compileMatcher);
	}
}

/**
 * How a message names a prefix's service: the service's name; for a prefix that several services share, the
 * prefix and what it covers ("aws-marketplace (several AWS Marketplace services)").
 */
export function serviceLabel(catalog: Catalog, t: Messages['t'], prefix: string): string {
	const key = prefix.toLowerCase();
	const shared = has(sharedPrefixes, key) ? sharedPrefixes[key] : undefined;
	if (shared) {
		return shared.services.length === 2
			? t('{0} ({1} and {2})', key, shared.services[0], shared.services[1])
			: t('{0} (several {1} services)', key, shared.family);
	}
	return catalog.serviceName(prefix) ?? prefix;
}

/** Whether a prefix is shared by several services (see `serviceLabel`). */
export function isSharedPrefix(prefix: string): boolean {
	return has(sharedPrefixes, prefix.toLowerCase());
}

/** The AWS managed policy that names a prefix the Service Authorization Reference no longer lists, if any. */
export function unlistedPrefixSeenIn(prefix: string): string | undefined {
	const key = prefix.toLowerCase();
	return has(unlistedManagedPolicyPrefixes, key) ? unlistedManagedPolicyPrefixes[key].seenIn : undefined;
}

/** Whether AWS names the action in its own managed policies without documenting it. */
export function isUndocumentedAction(prefix: string, name: string): boolean {
	const key = prefix.toLowerCase();
	return has(undocumentedActions, key) && undocumentedActions[key].names.some((known) => known.toLowerCase() === name.toLowerCase());
}

export function isSupportFamily(prefix: string): boolean {
	return supportServicesByPrefix.has(prefix.toLowerCase());
}

export function supportService(prefix: string): ServiceData | undefined {
	return supportServicesByPrefix.get(prefix.toLowerCase());
}

export function supportServices(): readonly ServiceData[] {
	return supportFamilyServices;
}

/** Every Support-family action of a prefix, in the catalog's order. */
export function supportActions(prefix: string): readonly CatalogAction[] {
	return detailedByPrefix.get(prefix.toLowerCase()) ?? [];
}

const allDetailedActions: readonly CatalogAction[] = [...detailedActions.values()];

export function allSupportActions(): readonly CatalogAction[] {
	return allDetailedActions;
}

/** The detailed entry of a Support-family action, matched without regard to case. */
export function supportAction(fullName: string): CatalogAction | undefined {
	return detailedActions.get(fullName.toLowerCase());
}

/** An action that AWS removed, alone or with its whole (retired) service. */
export function removedAction(prefix: string, name: string): RemovedAction | undefined {
	const key = prefix.toLowerCase();
	const removed = removedByName.get(`${key}:${name}`.toLowerCase());
	if (removed) {
		return removed;
	}
	return has(retiredServices, key) ? { prefix: key, name, removal: { removed: retiredServices[key].retired } } : undefined;
}

/** Tests names against an IAM action pattern. */
export interface WildcardMatcher {
	test(name: string): boolean;
}

function compileMatcher(pattern: string): WildcardMatcher {
	const lowered = pattern.toLowerCase();
	return { test: (name) => wildcardMatches(name.toLowerCase(), lowered) };
}

export function globalConditionKeyList(): readonly GlobalConditionKeyData[] {
	return allGlobalConditionKeys;
}

/**
 * The global keys nearest to one that does not exist, best first; a tag key keeps its tag
 * (`aws:PrincipalTagg/team` → `aws:PrincipalTag/team`, not the template `aws:PrincipalTag/tag-key`).
 */
export function nearestGlobalConditionKeys(name: string, max = 3): string[] {
	const slash = name.indexOf('/');
	if (slash > 0) {
		const bases = nearestNames(name.slice(0, slash), [...taggedGlobalKeys.keys()], max);
		if (bases.length > 0) {
			return bases.map((base) => `${base}${name.slice(slash)}`);
		}
	}
	return nearestNames(
		name,
		allGlobalConditionKeys.map((key) => key.name),
		max,
	);
}

/**
 * The global condition key that a key names. Keys with a tag or other variable part (`aws:PrincipalTag/team`)
 * match their template (`aws:PrincipalTag/tag-key`).
 */
export function globalConditionKey(name: string): GlobalConditionKeyData | undefined {
	// Keys are nearly always written in AWS's case: look them up as written before lower-casing them.
	const slash = name.indexOf('/');
	const asWritten = slash > 0 ? (taggedGlobalKeys.get(name.slice(0, slash)) ?? globalKeysByName.get(name)) : globalKeysByName.get(name);
	if (asWritten) {
		return asWritten;
	}
	const lower = name.toLowerCase();
	const exact = globalKeysByLowerName.get(lower);
	if (exact) {
		return exact;
	}
	return slash > 0 ? globalKeysByLowerName.get(`${lower.slice(0, slash)}${tagKeyTemplate}`) : undefined;
}

/** A Support-family service condition key, matched without regard to case and with `${TagKey}`-style templates. */
export function serviceConditionKey(name: string): (ConditionKeyData & { readonly prefix: string }) | undefined {
	const lower = name.toLowerCase();
	for (const service of supportFamilyServices) {
		for (const key of service.conditionKeys) {
			const template = key.name.toLowerCase();
			const slash = template.indexOf('/${');
			if (template === lower || (slash > 0 && lower.startsWith(template.slice(0, slash + 1)) && lower.length > slash + 1)) {
				return { ...key, prefix: service.prefix };
			}
		}
	}
	return undefined;
}

export function resourceType(prefix: string, name: string): ResourceTypeData | undefined {
	return supportService(prefix)?.resourceTypes.find((resource) => resource.name === name);
}

/** The other half of a Trusted Advisor console/API pair (`trustedadvisor:RefreshCheck` ⇄ `support:RefreshTrustedAdvisorCheck`). */
export function consoleApiCounterpart(fullName: string): string | undefined {
	return counterparts.get(fullName.toLowerCase());
}

/**
 * Whether the Service Authorization Reference lists the console action of this pair among the actions its
 * Support API operation authorizes, against the Support guide's word that the namespaces are separate.
 */
export function referenceJoinsCounterparts(fullName: string): boolean {
	return pairsTheReferenceJoins.has(fullName.toLowerCase());
}
