/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The `iamSupport/simulate` answer: every requested action, its decision, the statements that decided it,
// and a trace. Layers given by the user arrive already read (the server and the CLI do the I/O).

import { stateSlot, type ServiceState } from '../serviceState';
import type { ActionResult, SimulateParams, SimulateResult, StatementRef } from '../../../../shared/simulation';
import { TextDocument } from '../languageTypes';
import { parsePolicyDocument } from '../parser/parsePolicyDocument';
import type { PolicyDocument } from '../parser/policyModel';
import { compileDocument } from './compilePolicy';
import { evaluateRequest, type LayerName, type LayerStatement, type Level } from './evaluate';
import { buildRequestContext, type RequestContext } from './requestContext';
import { planRequests, type PlannedRequest } from './requestedActions';

/** A policy document that takes part in a simulation, parsed. */
export interface SimulationPolicy {
	readonly label: string;
	readonly uri?: string;
	readonly textDocument: TextDocument;
	readonly policyDocument: PolicyDocument;
}

export interface SimulationLayers {
	/** More identity policies of the same principal. */
	readonly identity?: readonly SimulationPolicy[];
	readonly permissionsBoundary?: SimulationPolicy;
	/** From the root to the account: each level must allow. */
	readonly serviceControlPolicies?: readonly SimulationPolicy[];
	readonly sessionPolicy?: SimulationPolicy;
	/** Problems met while reading the layers. */
	readonly errors?: readonly string[];
}

/** The last segment of a URI or path, as policies are named in results. */
export function labelOf(uri: string): string {
	const last = uri.split(/[\\/]/).pop() || uri;
	try {
		return decodeURIComponent(last);
	} catch {
		return last;
	}
}

/** Layers (boundaries, SCPs, …) parsed, by their text. */
const parsedLayers = stateSlot(() => new Map<string, SimulationPolicy>());

/** Parses a layer's text, reusing the parse while the text is unchanged (the panel re-simulates as the user types). */
export function loadPolicy(state: ServiceState, label: string, uri: string | undefined, text: string): SimulationPolicy {
	const parsed = state.own(parsedLayers);
	const key = `${uri ?? ''}\u0000${label}\u0000${text}`;
	let policy = parsed.get(key);
	if (!policy) {
		const id = uri ?? `untitled:${label}`;
		const textDocument = TextDocument.create(id, 'json', 0, text);
		policy = { label, uri, textDocument, policyDocument: parsePolicyDocument(state.messages, id, 0, text) };
		if (parsed.size >= 32) {
			parsed.clear();
		}
		parsed.set(key, policy);
	}
	return policy;
}

function levelStatements(state: ServiceState, layer: LayerName, policy: SimulationPolicy, policyIndex?: number): LayerStatement[] {
	const statements: LayerStatement[] = [];
	for (const compiled of compileDocument(state, policy.policyDocument, policy.textDocument)) {
		if (policyIndex !== undefined && compiled.policyIndex !== policyIndex) {
			continue;
		}
		for (const statement of compiled.statements) {
			const ref: StatementRef = {
				layer,
				policy: policy.label,
				uri: policy.uri,
				policyIndex: compiled.policyIndex,
				statementIndex: statement.statementIndex,
				sid: statement.sid,
				effect: statement.effect ?? 'Allow',
				range: statement.range,
			};
			statements.push({ compiled: statement, ref });
		}
	}
	return statements;
}

/** The levels of the evaluation: identity policies together, then each layer that the user gave. */
export function buildLevels(
	state: ServiceState,
	document: SimulationPolicy,
	policyIndex: number | undefined,
	layers: SimulationLayers,
): Level[] {
	const identity = [
		...levelStatements(state, 'identity', document, policyIndex),
		...(layers.identity ?? []).flatMap((policy) => levelStatements(state, 'identity', policy)),
	];
	const levels: Level[] = [{ layer: 'identity', label: state.t('identity policies'), statements: identity }];
	if (layers.permissionsBoundary) {
		levels.push({
			layer: 'permissionsBoundary',
			label: state.t('permissions boundary {0}', layers.permissionsBoundary.label),
			statements: levelStatements(state, 'permissionsBoundary', layers.permissionsBoundary),
		});
	}
	for (const scp of layers.serviceControlPolicies ?? []) {
		levels.push({
			layer: 'serviceControlPolicy',
			label: state.t('SCP {0}', scp.label),
			statements: levelStatements(state, 'serviceControlPolicy', scp),
		});
	}
	if (layers.sessionPolicy) {
		levels.push({
			layer: 'sessionPolicy',
			label: state.t('session policy {0}', layers.sessionPolicy.label),
			statements: levelStatements(state, 'sessionPolicy', layers.sessionPolicy),
		});
	}
	return levels;
}

/** One action's full answer: the decision with its trace, and the alternatives when resources or keys vary. */
export function simulateAction(
	state: ServiceState,
	levels: readonly Level[],
	request: PlannedRequest,
	context: RequestContext,
): ActionResult {
	const evaluation = evaluateRequest(state, levels, request, context, { trace: true });
	let variesByResource: boolean | undefined;
	let decisionForSomeResources: ActionResult['decisionForSomeResources'];
	const missing = new Set(evaluation.missingContextKeys);
	if (request.resource.kind === 'every' && evaluation.partialResourceMatch) {
		const some = evaluateRequest(state, levels, request, context, { trace: false, someResourcesMatch: true });
		// Keys read by statements that name only some resources count as missing too.
		some.missingContextKeys.forEach((key) => missing.add(key));
		if (some.decision !== evaluation.decision) {
			variesByResource = true;
			decisionForSomeResources = some.decision;
		}
	}
	const decisionIfKeysPresent = missing.size
		? evaluateRequest(state, levels, request, context, { trace: false, assumeMissingMet: true }).decision
		: undefined;
	return {
		action: request.action,
		prefix: request.catalogAction?.prefix ?? request.action.split(':')[0],
		accessLevel: request.catalogAction?.accessLevel ?? '',
		resource: request.resourceText,
		decision: evaluation.decision,
		variesByResource,
		decisionForSomeResources,
		decidingStatements: evaluation.decidingStatements,
		missingContextKeys: [...missing],
		decisionIfKeysPresent,
		layersWithoutAllow: evaluation.layersWithoutAllow.length ? evaluation.layersWithoutAllow : undefined,
		trace: evaluation.trace ?? [],
	};
}

export function simulate(
	state: ServiceState,
	textDocument: TextDocument,
	policyDocument: PolicyDocument,
	params: SimulateParams,
	layers: SimulationLayers = {},
): SimulateResult {
	const document: SimulationPolicy = { label: labelOf(textDocument.uri), uri: textDocument.uri, textDocument, policyDocument };
	const { context, errors: contextErrors } = buildRequestContext(state, params.context);
	const { requests, errors: actionErrors } = planRequests(state, params.actions, params.resource);
	const levels = buildLevels(state, document, params.policyIndex, layers);
	const errors = [...(layers.errors ?? []), ...contextErrors, ...actionErrors];
	if (!policyDocument.policies.length) {
		errors.unshift(policyDocument.skippedReason ?? `${document.label} holds no IAM policy.`);
	} else if (policyDocument.syntaxErrors.length) {
		errors.unshift(`${document.label} has JSON syntax errors; the simulation uses what could be read.`);
	}
	const results = requests.map((request) => simulateAction(state, levels, request, context));
	const summary = { allowed: 0, explicitDeny: 0, implicitDeny: 0 };
	for (const result of results) {
		summary[result.decision]++;
	}
	return { uri: textDocument.uri, version: textDocument.version, results, summary, errors };
}
