/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// AWS's policy evaluation logic for one request (IAM User Guide, "Policy evaluation logic"): an explicit
// Deny in any policy wins; otherwise every layer that takes part must allow (the identity policies, the
// permissions boundary, each level of the SCP chain, the session policy); otherwise the implicit deny.

import type { ServiceState } from '../serviceState';
import type { Decision, StatementRef, StatementTrace } from '../../../../shared/simulation';
import type { CompiledStatement } from './compilePolicy';
import { evaluateConditions } from './conditions';
import type { RequestContext } from './requestContext';
import { matchResources, type RequestedResource } from './resources';

export type LayerName = 'identity' | 'permissionsBoundary' | 'serviceControlPolicy' | 'resourceControlPolicy' | 'sessionPolicy';

export interface LayerStatement {
	readonly compiled: CompiledStatement;
	readonly ref: StatementRef;
}

/** One policy set that must allow: all identity policies together, the boundary, one SCP level, the session policy. */
export interface Level {
	readonly layer: LayerName;
	readonly label: string;
	readonly statements: readonly LayerStatement[];
}

export interface ActionRequest {
	/** `prefix:Name`. */
	readonly action: string;
	/** The action lower-cased, for a request asked of many statements and contexts (a diff). */
	readonly lowerAction?: string;
	/** The action's index in the compiled catalog, or -1 for an action outside the Support family. */
	readonly catalogIndex: number;
	readonly resource: RequestedResource;
	/** Whether the request can carry the key at all: `aws:ResourceTag/...` never comes with an action without resources. */
	readonly keyApplies: (lowerKey: string) => boolean;
}

export interface EvaluationOptions {
	readonly trace: boolean;
	/** Count conditions on missing keys as met: the decision had the user given those keys. */
	readonly assumeMissingMet?: boolean;
	/** For a request on every resource of a type: count statements that name only some of them as matching. */
	readonly someResourcesMatch?: boolean;
}

export interface Evaluation {
	readonly decision: Decision;
	readonly decidingStatements: readonly StatementRef[];
	readonly missingContextKeys: readonly string[];
	/** Whether some statement named only part of the requested resources. */
	readonly partialResourceMatch: boolean;
	/** For an implicit deny: the layers that had no applicable Allow. */
	readonly layersWithoutAllow: readonly string[];
	readonly trace?: readonly StatementTrace[];
}

function resourceNote(state: ServiceState, request: ActionRequest, statement: CompiledStatement, match: 'some' | 'none'): string {
	if (!statement.resources.present) {
		return state.t('the statement has neither Resource nor NotResource');
	}
	const element = statement.resources.negated ? 'NotResource' : 'Resource';
	switch (request.resource.kind) {
		case 'star':
			return statement.resources.negated
				? state.t('{0} is requested on "*", which NotResource excludes', request.action)
				: state.t('{0} has no resource types and is requested on "*": only a Resource of "*" names it', request.action);
		case 'arn':
			return state.t('{0} does not name {1}', element, request.resource.arn);
		case 'every':
			return match === 'some'
				? state.t('{0} names only some resources of {1}', element, request.resource.pattern)
				: state.t('{0} names no resource of {1}', element, request.resource.pattern);
	}
}

export function evaluateRequest(
	state: ServiceState,
	levels: readonly Level[],
	request: ActionRequest,
	context: RequestContext,
	options: EvaluationOptions,
): Evaluation {
	const valuesOf = (lowerKey: string) => (request.keyApplies(lowerKey) ? context.entries.get(lowerKey)?.values : undefined);
	const denies: StatementRef[] = [];
	const allows: StatementRef[] = [];
	const layersWithoutAllow: string[] = [];
	const missing = new Set<string>();
	const trace: StatementTrace[] | undefined = options.trace ? [] : undefined;
	let partialResourceMatch = false;
	const index = request.catalogIndex;
	for (const level of levels) {
		let allowed = false;
		for (const { compiled, ref } of level.statements) {
			if (!compiled.effect) {
				continue;
			}
			const actionMatched =
				index >= 0 ? compiled.actions[index] === 1 : compiled.matchesActionName(request.action, request.lowerAction);
			if (!actionMatched) {
				// The trace keeps the statements that name the action: the others cannot decide it.
				continue;
			}
			const match = matchResources(compiled.resources, request.resource, context.variable);
			partialResourceMatch ||= match === 'some';
			const resourceMatched = match === 'all' || (match === 'some' && !!options.someResourcesMatch);
			if (!resourceMatched) {
				trace?.push({
					statement: ref,
					actionMatched,
					resourceMatched,
					resourceNote: resourceNote(state, request, compiled, match),
					conditions: [],
					conditionsMet: false,
					applies: false,
				});
				continue;
			}
			const conditions = evaluateConditions(
				state,
				compiled.condition,
				valuesOf,
				request.keyApplies,
				context.variable,
				options.trace,
				options.assumeMissingMet,
			);
			for (const key of conditions.missingKeys) {
				missing.add(key);
			}
			trace?.push({
				statement: ref,
				actionMatched,
				resourceMatched,
				conditions: conditions.traces ?? [],
				conditionsMet: conditions.met,
				applies: conditions.met,
			});
			if (!conditions.met) {
				continue;
			}
			if (compiled.effect === 'Deny') {
				denies.push(ref);
			} else {
				allowed = true;
				allows.push(ref);
			}
		}
		if (!allowed) {
			layersWithoutAllow.push(level.label);
		}
	}
	const decision: Decision = denies.length
		? 'explicitDeny'
		: layersWithoutAllow.length || levels.length === 0
			? 'implicitDeny'
			: 'allowed';
	return {
		decision,
		decidingStatements: decision === 'explicitDeny' ? denies : decision === 'allowed' ? allows : [],
		missingContextKeys: [...missing],
		partialResourceMatch,
		layersWithoutAllow: decision === 'implicitDeny' ? layersWithoutAllow : [],
		trace,
	};
}
