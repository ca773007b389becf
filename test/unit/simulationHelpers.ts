/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import type { ContextValue, SimulateParams } from '../../shared/simulation';
import { TextDocument } from '../../server/src/languageService';
import { parsePolicyDocument } from '../../server/src/languageService/parser/parsePolicyDocument';
import { createServiceState } from '../../server/src/languageService/serviceState';
import { loadPolicy, simulate, type SimulationLayers } from '../../server/src/languageService/simulation/simulate';

export type Statements = readonly Record<string, unknown>[];

/** A policy document from its statements, under Version 2012-10-17 unless told otherwise. */
export function policy(statements: Statements, version: string | null = '2012-10-17'): string {
	return JSON.stringify(version === null ? { Statement: statements } : { Version: version, Statement: statements }, null, '\t');
}

export interface Request {
	readonly action?: string;
	readonly actions?: readonly string[];
	readonly resource?: string;
	readonly context?: Record<string, ContextValue>;
	readonly boundary?: string;
	readonly scps?: readonly string[];
	readonly session?: string;
	readonly identity?: readonly string[];
}

/** One service's state for the simulations of these tests, as a language service keeps one. */
const state = createServiceState();

export function simulateText(text: string, request: Request = {}) {
	const document = TextDocument.create('file:///test/policy.json', 'json', 1, text);
	const layers: SimulationLayers = {
		identity: request.identity?.map((layer, i) => loadPolicy(state, `identity${i}.json`, undefined, layer)),
		permissionsBoundary: request.boundary === undefined ? undefined : loadPolicy(state, 'boundary.json', undefined, request.boundary),
		serviceControlPolicies: request.scps?.map((layer, i) => loadPolicy(state, `scp${i}.json`, undefined, layer)),
		sessionPolicy: request.session === undefined ? undefined : loadPolicy(state, 'session.json', undefined, request.session),
	};
	const params: SimulateParams = {
		textDocument: { uri: document.uri },
		actions: request.actions ?? (request.action ? [request.action] : undefined),
		resource: request.resource,
		context: request.context,
	};
	return simulate(state, document, parsePolicyDocument(state.messages, document.uri, 1, text), params, layers);
}

/** The one result of a single-action simulation. */
export function decide(statements: Statements | string, request: Request & { action: string }) {
	const result = simulateText(typeof statements === 'string' ? statements : policy(statements), request);
	if (result.results.length !== 1) {
		throw new Error(`expected one result for ${request.action}, got ${result.results.length}`);
	}
	return { ...result.results[0], errors: result.errors };
}
