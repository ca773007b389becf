/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Fabricated simulation answers, shaped like the server's, for testing the panel without a server.

import type { ActionResult, Decision, SimulateResult, StatementRef } from '../../shared/simulation';

export const documentUri = 'file:///work/policy.json';

export function statement(overrides: Partial<StatementRef> = {}): StatementRef {
	return {
		layer: 'identity',
		policy: 'policy.json',
		uri: documentUri,
		policyIndex: 0,
		statementIndex: 0,
		effect: 'Allow',
		range: { start: { line: 2, character: 2 }, end: { line: 6, character: 3 } },
		...overrides,
	};
}

export function action(name: string, decision: Decision, overrides: Partial<ActionResult> = {}): ActionResult {
	const [prefix] = name.split(':');
	return {
		action: name,
		prefix,
		accessLevel: 'Read',
		resource: '*',
		decision,
		decidingStatements: decision === 'implicitDeny' ? [] : [statement({ effect: decision === 'allowed' ? 'Allow' : 'Deny' })],
		missingContextKeys: [],
		trace: [],
		...overrides,
	};
}

export function simulateResult(results: ActionResult[], errors: string[] = []): SimulateResult {
	const count = (decision: Decision) => results.filter((result) => result.decision === decision).length;
	return {
		uri: documentUri,
		version: 3,
		results,
		summary: { allowed: count('allowed'), explicitDeny: count('explicitDeny'), implicitDeny: count('implicitDeny') },
		errors,
	};
}

/** The second example of AWS's Support permissions page: every support: action but ResolveCase. */
export const secondExample = simulateResult([
	action('support:DescribeCases', 'allowed'),
	action('support:CreateCase', 'allowed', { accessLevel: 'Write' }),
	action('support:ResolveCase', 'explicitDeny', {
		accessLevel: 'Write',
		decidingStatements: [statement({ effect: 'Deny', statementIndex: 1, sid: 'NoResolve' })],
	}),
	action('support:AddAttachmentsToSet', 'allowed', { accessLevel: 'Write' }),
	action('trustedadvisor:DescribeChecks', 'implicitDeny', { accessLevel: 'List' }),
	action('supportplans:GetSupportPlan', 'implicitDeny'),
]);
