/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// What a change to a policy grants (#17): every Support-family action, and every action of another
// service that either version names, decided before and after under the default context and each
// preset, through the same evaluator as the simulation. A reviewer's question is "what can someone do now
// that they could not before?", so a difference under any context counts, and the context says where.

import { contextPresets, type ContextPreset } from '../../../../shared/contextPresets';
import type { ContextValue, Decision, DiffContext, DiffEntry, PolicyDiffResult, StatementRef } from '../../../../shared/simulation';
import { isSupportFamily } from '../catalog/catalog';
import type { TextDocument } from '../languageTypes';
import type { PolicyDocument } from '../parser/policyModel';
import { stateSlot, type ServiceState } from '../serviceState';
import type { CompiledStatement } from './compilePolicy';
import { evaluateRequest, type Evaluation, type Level } from './evaluate';
import { buildRequestContext, type RequestContext } from './requestContext';
import { planRequests, type PlannedRequest } from './requestedActions';
import { buildLevels, labelOf, simulationKind, type SimulationLayers, type SimulationPolicy } from './simulate';

/** One version of the policy: a document and its parse; an empty text stands for a file that does not exist. */
export interface DiffVersion {
	readonly textDocument: TextDocument;
	readonly policyDocument: PolicyDocument;
	/** How results name it; the last segment of its URI when absent (a `git:` URI's would carry its query). */
	readonly label?: string;
}

export interface DiffOptions {
	/** The boundary, SCPs, session policy and identity policies that both versions are simulated with. */
	readonly layers?: SimulationLayers;
	/** The default context; each preset is applied over it. */
	readonly context?: Readonly<Record<string, ContextValue>>;
	/** The presets compared beside the default; the panel's by default. */
	readonly presets?: readonly ContextPreset[];
}

const mfaKeys = new Set(['aws:multifactorauthpresent', 'aws:multifactorauthage']);

function hasWildcard(text: string): boolean {
	return text.includes('*') || text.includes('?');
}

interface NamedActions {
	/** In AWS's case, by their lower-cased name. */
	readonly names: ReadonlyMap<string, string>;
	/** Whether some pattern's prefix is itself a wildcard (`*`, `s*:Get*`): it names every service, which cannot be listed. */
	readonly unlisted: boolean;
}

/** What each parse names outside the Support family, kept as long as the parse (the editor diffs the same one often). */
const namedActionsOfParse = stateSlot(() => new WeakMap<PolicyDocument, NamedActions>());

/** The actions outside the Support family that a version's Action or NotAction names. */
function namedActions(state: ServiceState, document: PolicyDocument): NamedActions {
	const cache = state.own(namedActionsOfParse);
	const cached = cache.get(document);
	if (cached) {
		return cached;
	}
	const names = new Map<string, string>();
	let unlisted = false;
	const add = (name: string) => {
		const lower = name.toLowerCase();
		if (!names.has(lower)) {
			names.set(lower, name);
		}
	};
	for (const policy of document.policies) {
		for (const statement of policy.statements) {
			for (const entry of [...(statement.action?.entries ?? []), ...(statement.notAction?.entries ?? [])]) {
				if (entry.type !== 'string') {
					continue;
				}
				const value = entry.value.trim();
				const colon = value.indexOf(':');
				const prefix = colon < 0 ? value : value.slice(0, colon);
				if (hasWildcard(prefix)) {
					unlisted = true;
				} else if (colon < 0 || isSupportFamily(prefix)) {
					continue;
				} else if (hasWildcard(value)) {
					for (const match of state.catalog.matchActions(value)) {
						add(`${match.prefix}:${match.name}`);
					}
				} else {
					const name = state.catalog.canonicalActionName(prefix, value.slice(colon + 1));
					add(name ? `${prefix.toLowerCase()}:${name}` : value);
				}
			}
		}
	}
	const named = { names, unlisted };
	cache.set(document, named);
	return named;
}

function otherServiceActions(state: ServiceState, documents: readonly PolicyDocument[]): { names: string[]; unlisted: boolean } {
	const names = new Map<string, string>();
	let unlisted = false;
	for (const document of documents) {
		const named = namedActions(state, document);
		unlisted ||= named.unlisted;
		for (const [lower, name] of named.names) {
			if (!names.has(lower)) {
				names.set(lower, name);
			}
		}
	}
	return { names: [...names.values()], unlisted };
}

/**
 * An action of another service, requested on every resource: the catalog's resource types are the
 * Support family's only, so `*` stands for them all, and a statement that names an ARN covers some.
 */
export function otherServiceRequest(name: string): PlannedRequest {
	return {
		action: name,
		catalogIndex: -1,
		resource: { kind: 'every', pattern: '*' },
		resourceText: '*',
		keyApplies: () => true,
	};
}

/** A version ready to decide: its levels, and what each of its statements is, for telling statements apart. */
interface Side {
	readonly levels: readonly Level[];
	readonly document: SimulationPolicy;
	readonly compiled: Map<StatementRef, CompiledStatement>;
	readonly signatures: Map<StatementRef, string>;
}

function sideOf(state: ServiceState, version: DiffVersion, layers: SimulationLayers): Side {
	const document: SimulationPolicy = {
		label: version.label ?? labelOf(version.textDocument.uri),
		uri: version.textDocument.uri,
		textDocument: version.textDocument,
		policyDocument: version.policyDocument,
	};
	const levels = buildLevels(state, document, undefined, layers, simulationKind(version.policyDocument, undefined));
	const compiled = new Map<StatementRef, CompiledStatement>();
	for (const level of levels) {
		for (const statement of level.statements) {
			compiled.set(statement.ref, statement.compiled);
		}
	}
	return { levels, document, compiled, signatures: new Map() };
}

/**
 * What a deciding statement is, for this comparison: where it sits (the document itself, whatever its
 * file name, or a layer by name), its effect, its conditions and its resources. Not its index or Sid, so
 * that moving or renaming a statement changes nothing, and not its other actions, so that adding an action
 * to a statement leaves the others as they were.
 */
function signature(side: Side, ref: StatementRef): string {
	let text = side.signatures.get(ref);
	if (text === undefined) {
		const compiled = side.compiled.get(ref);
		const where = ref.uri === side.document.uri && ref.policy === side.document.label ? '' : ref.policy;
		const conditions = (compiled?.condition ?? [])
			.map((entry) => `${entry.operator}\u0001${entry.lowerKey}\u0001${[...entry.policyValues].sort().join('\u0002')}`)
			.sort()
			.join('\u0003');
		const resources = compiled
			? `${compiled.resources.negated ? '!' : ''}${compiled.resources.patterns
					.map((pattern) => pattern.source)
					.sort()
					.join('\u0002')}`
			: '';
		text = [ref.layer, where, ref.effect, conditions, resources].join('\u0000');
		side.signatures.set(ref, text);
	}
	return text;
}

function signatures(side: Side, refs: readonly StatementRef[]): string {
	return [...new Set(refs.map((ref) => signature(side, ref)))].sort().join('\u0004');
}

function conditionKeys(side: Side, refs: readonly StatementRef[]): Set<string> {
	const keys = new Set<string>();
	for (const ref of refs) {
		for (const entry of side.compiled.get(ref)?.condition ?? []) {
			keys.add(entry.lowerKey);
		}
	}
	return keys;
}

/** As the policies write the keys, for the note: the first spelling met. */
function keyNames(side: Side, refs: readonly StatementRef[], lowerKeys: readonly string[]): string {
	const names = new Map<string, string>();
	for (const ref of refs) {
		for (const entry of side.compiled.get(ref)?.condition ?? []) {
			if (!names.has(entry.lowerKey)) {
				names.set(entry.lowerKey, entry.key);
			}
		}
	}
	return lowerKeys.map((key) => names.get(key) ?? key).join(', ');
}

/** The note of a `changed` entry: what differs between the deciding statements of the same decision. */
function changeNote(
	state: ServiceState,
	decision: Decision,
	before: Side,
	beforeRefs: readonly StatementRef[],
	after: Side,
	afterRefs: readonly StatementRef[],
): string {
	const beforeKeys = conditionKeys(before, beforeRefs);
	const afterKeys = conditionKeys(after, afterRefs);
	const lost = [...beforeKeys].filter((key) => !afterKeys.has(key));
	const gained = [...afterKeys].filter((key) => !beforeKeys.has(key));
	const notes: string[] = [];
	if (decision === 'allowed') {
		if (lost.some((key) => mfaKeys.has(key))) {
			notes.push(state.t('now without MFA'));
		}
		if (gained.some((key) => mfaKeys.has(key))) {
			notes.push(state.t('now only with MFA'));
		}
		const otherLost = lost.filter((key) => !mfaKeys.has(key));
		const otherGained = gained.filter((key) => !mfaKeys.has(key));
		if (otherLost.length) {
			notes.push(state.t('now without a condition on {0}', keyNames(before, beforeRefs, otherLost)));
		}
		if (otherGained.length) {
			notes.push(state.t('now only with a condition on {0}', keyNames(after, afterRefs, otherGained)));
		}
	} else {
		if (lost.length) {
			notes.push(state.t('now denied without a condition on {0}', keyNames(before, beforeRefs, lost)));
		}
		if (gained.length) {
			notes.push(state.t('now denied only with a condition on {0}', keyNames(after, afterRefs, gained)));
		}
	}
	return notes.length ? notes.join('; ') : state.t('now decided by other statements');
}

/**
 * The context keys that the statements of every level read, lower-cased; `any` when a policy variable
 * (`${aws:SourceIp}`) may read one where no condition names it.
 */
function keysRead(sides: readonly Side[]): Set<string> | 'any' {
	const keys = new Set<string>();
	for (const side of sides) {
		for (const compiled of side.compiled.values()) {
			if (compiled.resources.patterns.some((pattern) => pattern.hasVariables)) {
				return 'any';
			}
			for (const entry of compiled.condition) {
				if (entry.policyValues.some((value) => value.includes('${'))) {
					return 'any';
				}
				keys.add(entry.lowerKey);
			}
		}
	}
	return keys;
}

type Group = 'granted' | 'revoked' | 'changed';

/** How one action differs under one context, before it is written out per context. */
interface Outcome {
	readonly group: Group;
	readonly before: Evaluation;
	readonly after: Evaluation;
	readonly someResources: boolean;
	readonly note?: string;
}

/** Deciding statements alike: a single statement each, the usual case, needs no set. */
function sameStatements(before: Side, beforeRefs: readonly StatementRef[], after: Side, afterRefs: readonly StatementRef[]): boolean {
	if (beforeRefs.length === 1 && afterRefs.length === 1) {
		return signature(before, beforeRefs[0]) === signature(after, afterRefs[0]);
	}
	return signatures(before, beforeRefs) === signatures(after, afterRefs);
}

function compare(
	state: ServiceState,
	sides: readonly [Side, Side],
	b: Evaluation,
	a: Evaluation,
	someResources: boolean,
): Outcome | undefined {
	const wasAllowed = b.decision === 'allowed';
	const isAllowed = a.decision === 'allowed';
	if (wasAllowed !== isAllowed) {
		return { group: isAllowed ? 'granted' : 'revoked', before: b, after: a, someResources };
	}
	if (b.decision !== a.decision) {
		const note = a.decision === 'explicitDeny' ? state.t('now explicitly denied') : state.t('no longer explicitly denied');
		return { group: 'changed', before: b, after: a, someResources, note };
	}
	if (b.decision !== 'implicitDeny' && !sameStatements(sides[0], b.decidingStatements, sides[1], a.decidingStatements)) {
		const note = changeNote(state, b.decision, sides[0], b.decidingStatements, sides[1], a.decidingStatements);
		return { group: 'changed', before: b, after: a, someResources, note };
	}
	return undefined;
}

/**
 * One action under one context. A request on every resource of a type (every Trusted Advisor check, every
 * resource of another service) is compared on all of them first; only when that shows nothing is it
 * compared on the resources that some statement names, which costs a second evaluation per version.
 */
function compareRequest(
	state: ServiceState,
	sides: readonly [Side, Side],
	request: PlannedRequest,
	context: RequestContext,
): Outcome | undefined {
	const b = evaluateRequest(state, sides[0].levels, request, context, { trace: false });
	const a = evaluateRequest(state, sides[1].levels, request, context, { trace: false });
	const onAll = compare(state, sides, b, a, false);
	if (onAll || request.resource.kind !== 'every' || !(b.partialResourceMatch || a.partialResourceMatch)) {
		return onAll;
	}
	const options = { trace: false, someResourcesMatch: true };
	const someBefore = b.partialResourceMatch ? evaluateRequest(state, sides[0].levels, request, context, options) : b;
	const someAfter = a.partialResourceMatch ? evaluateRequest(state, sides[1].levels, request, context, options) : a;
	return compare(state, sides, someBefore, someAfter, true);
}

export function diffPolicies(state: ServiceState, before: DiffVersion, after: DiffVersion, options: DiffOptions = {}): PolicyDiffResult {
	const layers = options.layers ?? {};
	const errors = [...(layers.errors ?? [])];
	const notices: string[] = [];
	const baseValues = options.context ?? {};
	const presets = options.presets ?? contextPresets;
	const contexts: DiffContext[] = [
		{ id: 'default', values: baseValues },
		...presets.map((preset) => ({ id: preset.id, values: { ...baseValues, ...preset.values } })),
	];
	const built = contexts.map((context) => buildRequestContext(state, context.values));
	// Each preset's values are the panel's own and valid; the default's come from the user.
	errors.push(...built[0].errors);

	const result = (
		granted: DiffEntry[] = [],
		revoked: DiffEntry[] = [],
		changed: DiffEntry[] = [],
		actionCount = 0,
	): PolicyDiffResult => ({
		granted,
		revoked,
		changed,
		contexts,
		actionCount,
		errors,
		notices,
	});
	for (const version of [before, after]) {
		const kind = simulationKind(version.policyDocument, undefined);
		if (version.policyDocument.policies.length && (kind === 'trust' || kind === 'resource' || kind === 'vpcEndpoint')) {
			notices.push(
				state.t(
					'{0} is a trust, resource-based or VPC endpoint policy: it grants a principal nothing of its own, so there is nothing to compare.',
					version.label ?? labelOf(version.textDocument.uri),
				),
			);
			return result();
		}
	}

	const beforeSide = sideOf(state, before, layers);
	const afterSide = sideOf(state, after, layers);
	const others = otherServiceActions(state, [before.policyDocument, after.policyDocument]);
	if (others.unlisted) {
		notices.push(
			state.t(
				'An Action or NotAction whose service is a wildcard ("*") names every AWS service: the actions outside the Support family that no version names by service are not compared.',
			),
		);
	}
	const requests = [...planRequests(state, undefined, undefined).requests, ...others.names.map(otherServiceRequest)];

	// A preset whose keys no statement reads decides as the default does: its decisions are the default's.
	const read = keysRead([beforeSide, afterSide]);
	const matters = [
		true,
		...presets.map((preset) => read === 'any' || Object.keys(preset.values).some((key) => read.has(key.toLowerCase()))),
	];

	const groups: Record<Group, DiffEntry[]> = { granted: [], revoked: [], changed: [] };
	const sides = [beforeSide, afterSide] as const;
	for (const request of requests) {
		const lowered: PlannedRequest = { ...request, lowerAction: request.action.toLowerCase() };
		let byDefault: Outcome | undefined;
		contexts.forEach((context, index) => {
			const outcome = index === 0 || matters[index] ? compareRequest(state, sides, lowered, built[index].context) : byDefault;
			if (index === 0) {
				byDefault = outcome;
			}
			if (outcome) {
				groups[outcome.group].push({
					action: request.action,
					resource: request.resourceText,
					context: context.id,
					before: outcome.before.decision,
					after: outcome.after.decision,
					...(outcome.someResources ? { someResources: true } : {}),
					beforeStatements: outcome.before.decidingStatements,
					afterStatements: outcome.after.decidingStatements,
					...(outcome.note ? { note: outcome.note } : {}),
				});
			}
		});
	}
	return result(groups.granted, groups.revoked, groups.changed, requests.length);
}
