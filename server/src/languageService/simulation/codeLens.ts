/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The CodeLens above each policy: "Simulate · 38 allowed · 1 explicitly denied · 111 not granted" for the
// Support family, with no context and no other layer. The three counts add up to the family, so a focused
// policy does not read as if it denied nothing; the panel's decision filter uses the same words.

import { SetPolicyKindCommand, SimulateCommand } from '../../../../shared/protocol';
import { kindName, type KindSource } from '../parser/policyKinds';
import type { ServiceState } from '../serviceState';
import type { CodeLens, TextDocument } from '../languageTypes';
import type { PolicyDocument } from '../parser/policyModel';
import { evaluateRequest } from './evaluate';
import { buildRequestContext } from './requestContext';
import { planRequests } from './requestedActions';
import { buildLevels, labelOf } from './simulate';

export function doCodeLens(state: ServiceState, textDocument: TextDocument, policyDocument: PolicyDocument): CodeLens[] {
	const { requests } = planRequests(state, undefined, undefined);
	const { context: emptyContext } = buildRequestContext(state, undefined);
	const document = { label: labelOf(textDocument.uri), uri: textDocument.uri, textDocument, policyDocument };
	return policyDocument.policies.flatMap((policy, policyIndex) => {
		const position = textDocument.positionAt(policy.node.offset);
		const range = { start: position, end: position };
		const kind = policy.kind;
		const lenses: CodeLens[] = [
			{
				range,
				command: {
					title: state.t('IAM: {0} ({1})', kindName(state.t, kind.kind), sourceName(state, kind.source)),
					command: SetPolicyKindCommand.id,
					arguments: [textDocument.uri] satisfies SetPolicyKindCommand.Arguments,
				},
			},
		];
		if (kind.kind === 'trust' || kind.kind === 'resource' || kind.kind === 'vpcEndpoint') {
			// Not simulated: AWS Support reads no resource-based policy, and a trust policy says who may assume a role.
			return lenses;
		}
		const levels = buildLevels(state, document, policyIndex, {}, kind.kind);
		const counts = { allowed: 0, explicitDeny: 0, implicitDeny: 0 };
		for (const request of requests) {
			counts[evaluateRequest(state, levels, request, emptyContext, { trace: false }).decision]++;
		}
		lenses.push({
			range,
			command: {
				title: state.t(
					'Simulate · {0} allowed · {1} explicitly denied · {2} not granted',
					counts.allowed,
					counts.explicitDeny,
					counts.implicitDeny,
				),
				command: SimulateCommand.id,
				arguments: [textDocument.uri, policyIndex] satisfies SimulateCommand.Arguments,
			},
		});
		return lenses;
	});
}

function sourceName(state: ServiceState, source: KindSource): string {
	switch (source) {
		case 'setting':
			return state.t('as set');
		case 'template':
			return state.t('from the template');
		case 'content':
			return state.t('inferred');
	}
}
