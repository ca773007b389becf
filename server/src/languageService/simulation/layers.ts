/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Gathers the policies that take part beside the document: permissions boundary, SCP chain, session
// policy, more identity policies. The caller injects how a URI is read (open editor or disk for the
// server, the file system for the CLI), so that this stays free of I/O.

import type { PolicySource, SimulateParams } from '../../../../shared/simulation';
import { managedPolicy } from '../data/managedPolicies';
import type { ServiceState } from '../serviceState';
import { labelOf, loadPolicy, type SimulationLayers, type SimulationPolicy } from './simulate';

export type ReadPolicyText = (uri: string) => Promise<string>;

const managedPrefix = 'managed:';

async function load(
	state: ServiceState,
	source: PolicySource,
	read: ReadPolicyText,
	errors: string[],
): Promise<SimulationPolicy | undefined> {
	const uri = source.uri;
	if (source.text !== undefined) {
		return loadPolicy(state, source.label ?? (uri ? labelOf(uri) : 'policy'), uri, source.text);
	}
	if (!uri) {
		errors.push(state.t('A policy was given with neither a URI nor a text.'));
		return undefined;
	}
	if (uri.toLowerCase().startsWith(managedPrefix)) {
		const managed = managedPolicy(uri);
		if (!managed) {
			errors.push(`${uri.slice(managedPrefix.length)} is not one of the AWS managed policies that ship with the extension.`);
			return undefined;
		}
		return loadPolicy(state, source.label ?? managed.name, managed.arn, managed.text);
	}
	try {
		return loadPolicy(state, source.label ?? labelOf(uri), uri, await read(uri));
	} catch (error) {
		errors.push(state.t('Cannot read {0}: {1}', uri, error instanceof Error ? error.message : String(error)));
		return undefined;
	}
}

/**
 * Reads and parses every layer of the request. A layer that cannot be read is left out and reported in
 * `errors`, which the answer carries: a missing boundary widens access, so it must never go unnoticed.
 */
export async function loadLayers(state: ServiceState, params: SimulateParams, read: ReadPolicyText): Promise<SimulationLayers> {
	const errors: string[] = [];
	const all = async (sources: readonly PolicySource[] | undefined) =>
		(await Promise.all((sources ?? []).map((source) => load(state, source, read, errors)))).filter((policy) => policy !== undefined);
	const one = async (source: PolicySource | undefined) => (source ? load(state, source, read, errors) : undefined);
	const [identity, permissionsBoundary, serviceControlPolicies, sessionPolicy] = await Promise.all([
		all(params.identityPolicies),
		one(params.permissionsBoundary),
		all(params.serviceControlPolicies),
		one(params.sessionPolicy),
	]);
	return { identity, permissionsBoundary, serviceControlPolicies, sessionPolicy, errors };
}
