/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The `iamSupport/simulate` answer: every requested action, its decision, the statements that decided it,
// and a trace. Layers given by the user arrive already read (the server and the CLI do the I/O).

import { stateSlot, type ServiceState } from '../serviceState';
import type { ActionResult, SimulateParams, SimulateResult, StatementRef } from '../../../../shared/simulation';
import { TextDocument } from '../languageTypes';
import { parsePolicyDocument } from '../parser/parsePolicyDocument';
import type { PolicyKind } from '../parser/policyKinds';
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
				...(policy.policyDocument.policies[compiled.policyIndex]?.name
					? { policyName: policy.policyDocument.policies[compiled.policyIndex].name }
					: {}),
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

/**
 * Where the simulated document takes part, by its policies' kind (#14): an SCP, RCP, boundary or session
 * policy opened on its own is simulated as that layer, over the identity policies the user gave or one
 * that allows everything; trust, resource-based and VPC endpoint policies are not simulated here (the
 * simulator asks what a principal's own policies allow). Undefined for a document whose policies have
 * several kinds: its identity policies are simulated.
 */
export function simulationKind(policyDocument: PolicyDocument, policyIndex: number | undefined): PolicyKind {
	const policies = policyIndex === undefined ? policyDocument.policies : policyDocument.policies.slice(policyIndex, policyIndex + 1);
	const kinds = new Set(policies.map((policy) => policy.kind.kind));
	return kinds.size === 1 ? [...kinds][0] : 'identity';
}

const documentLayers: Partial<Record<PolicyKind, LayerName>> = {
	boundary: 'permissionsBoundary',
	scp: 'serviceControlPolicy',
	rcp: 'resourceControlPolicy',
	session: 'sessionPolicy',
};

/** Allows every action on every resource: AWS's FullAWSAccess SCP and RCPFullAWSAccess RCP, and the identity policy a layer is simulated over. */
const allowEverything = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}';

function allowEverythingPolicy(state: ServiceState, label: string): SimulationPolicy {
	return loadPolicy(state, label, undefined, allowEverything);
}

/** Whether a policy of the document allows anything: an SCP without an Allow is meant to sit beside FullAWSAccess. */
function hasAllow(document: SimulationPolicy, policyIndex: number | undefined): boolean {
	return document.policyDocument.policies.some(
		(policy, index) =>
			(policyIndex === undefined || index === policyIndex) &&
			policy.statements.some((statement) => statement.effect?.valueNode?.value === 'Allow'),
	);
}

/** The levels of the evaluation: identity policies together, then each layer that the user gave, with the document where its kind puts it. */
export function buildLevels(
	state: ServiceState,
	document: SimulationPolicy,
	policyIndex: number | undefined,
	layers: SimulationLayers,
	kind: PolicyKind = 'identity',
): Level[] {
	const documentLayer = documentLayers[kind];
	const identityPolicies =
		documentLayer && !layers.identity?.length
			? [allowEverythingPolicy(state, state.t('an identity policy that allows everything'))]
			: (layers.identity ?? []);
	const identity = [
		...(documentLayer ? [] : levelStatements(state, 'identity', document, policyIndex)),
		...identityPolicies.flatMap((policy) => levelStatements(state, 'identity', policy)),
	];
	const levels: Level[] = [{ layer: 'identity', label: state.t('identity policies'), statements: identity }];
	const boundary = documentLayer === 'permissionsBoundary' ? document : layers.permissionsBoundary;
	if (boundary) {
		levels.push({
			layer: 'permissionsBoundary',
			label: state.t('permissions boundary {0}', boundary.label),
			statements: levelStatements(state, 'permissionsBoundary', boundary, boundary === document ? policyIndex : undefined),
		});
	}
	for (const scp of layers.serviceControlPolicies ?? []) {
		levels.push({
			layer: 'serviceControlPolicy',
			label: state.t('SCP {0}', scp.label),
			statements: levelStatements(state, 'serviceControlPolicy', scp),
		});
	}
	if (documentLayer === 'serviceControlPolicy') {
		// An SCP that only denies is written to sit beside FullAWSAccess, which AWS attaches to every account by default.
		const beside = hasAllow(document, policyIndex) ? [] : [allowEverythingPolicy(state, 'FullAWSAccess')];
		levels.push({
			layer: 'serviceControlPolicy',
			label: state.t('SCP {0}', document.label),
			statements: [document, ...beside].flatMap((policy) =>
				levelStatements(state, 'serviceControlPolicy', policy, policy === document ? policyIndex : undefined),
			),
		});
	}
	if (documentLayer === 'resourceControlPolicy') {
		// AWS attaches RCPFullAWSAccess to every account, and it cannot be detached.
		levels.push({
			layer: 'resourceControlPolicy',
			label: state.t('RCP {0}', document.label),
			statements: [document, allowEverythingPolicy(state, 'RCPFullAWSAccess')].flatMap((policy) =>
				levelStatements(state, 'resourceControlPolicy', policy, policy === document ? policyIndex : undefined),
			),
		});
	}
	const session = documentLayer === 'sessionPolicy' ? document : layers.sessionPolicy;
	if (session) {
		levels.push({
			layer: 'sessionPolicy',
			label: state.t('session policy {0}', session.label),
			statements: levelStatements(state, 'sessionPolicy', session, session === document ? policyIndex : undefined),
		});
	}
	return levels;
}

/** What the result says of how the document was simulated, when it is not simply an identity policy. */
function kindNotice(state: ServiceState, kind: PolicyKind, layers: SimulationLayers): string | undefined {
	const over = layers.identity?.length
		? state.t('over the identity policies you gave')
		: state.t(
				'over an identity policy that allows everything ("Action": "*", "Resource": "*"): add identity policies to see what it leaves of yours',
			);
	switch (kind) {
		case 'scp':
			return state.t(
				"Simulated as a service control policy (SCP) {0}. An SCP grants nothing itself: it limits what identity policies can grant. An SCP without an Allow is simulated beside AWS's FullAWSAccess, which accounts have by default.",
				over,
			);
		case 'rcp':
			return state.t(
				"Simulated as a resource control policy (RCP) {0}, beside AWS's RCPFullAWSAccess, which every account has.",
				over,
			);
		case 'boundary':
			return state.t(
				'Simulated as a permissions boundary {0}. A boundary grants nothing itself: it limits what identity policies can grant.',
				over,
			);
		case 'session':
			return state.t(
				'Simulated as a session policy {0}. A session policy grants nothing itself: it limits the session of the role that is assumed with it.',
				over,
			);
		case 'trust':
			return state.t(
				"This is a role trust policy: it says who may assume the role, not what the role may do with AWS Support. Simulate the role's permissions policies to see that.",
			);
		case 'resource':
		case 'vpcEndpoint':
			return state.t(
				'This is a resource-based policy. AWS Support and Trusted Advisor have no resource-based policies and read none, so it decides nothing for them: simulate the identity policies of the principals instead.',
			);
		default:
			return undefined;
	}
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
	const kind = simulationKind(policyDocument, params.policyIndex);
	const levels = buildLevels(state, document, params.policyIndex, layers, kind);
	const errors = [...(layers.errors ?? []), ...contextErrors, ...actionErrors];
	if (!policyDocument.policies.length) {
		errors.unshift(policyDocument.skippedReason ?? state.t('{0} holds no IAM policy.', document.label));
	} else if (policyDocument.syntaxErrors.length) {
		errors.unshift(state.t('{0} has JSON syntax errors; the simulation uses what could be read.', document.label));
	} else if (policyDocument.templateSyntaxErrors.length) {
		errors.unshift(state.t('{0} does not parse; the simulation uses the policies that could be read.', document.label));
	}
	const simulated = kind !== 'trust' && kind !== 'resource' && kind !== 'vpcEndpoint';
	const results = simulated ? requests.map((request) => simulateAction(state, levels, request, context)) : [];
	const summary = { allowed: 0, explicitDeny: 0, implicitDeny: 0 };
	for (const result of results) {
		summary[result.decision]++;
	}
	const notice = policyDocument.policies.length ? kindNotice(state, kind, layers) : undefined;
	const policyName = params.policyIndex === undefined ? undefined : policyDocument.policies[params.policyIndex]?.name;
	return {
		uri: textDocument.uri,
		version: textDocument.version,
		...(policyName ? { policyName } : {}),
		results,
		summary,
		errors,
		kind,
		...(notice ? { notice } : {}),
	};
}
