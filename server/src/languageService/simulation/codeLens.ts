/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The CodeLens above each policy: "Simulate · 38 allowed, 1 denied" for the Support family, with no
// context and no other layer. It counts explicit denies only: most of the family is implicitly denied by
// any focused policy, and that count would drown what the policy itself says.

import { SimulateCommand } from '../../../../shared/protocol';
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
	return policyDocument.policies.map((policy, policyIndex) => {
		const levels = buildLevels(state, document, policyIndex, {});
		let allowed = 0;
		let denied = 0;
		for (const request of requests) {
			const { decision } = evaluateRequest(state, levels, request, emptyContext, { trace: false });
			allowed += decision === 'allowed' ? 1 : 0;
			denied += decision === 'explicitDeny' ? 1 : 0;
		}
		const position = textDocument.positionAt(policy.node.offset);
		return {
			range: { start: position, end: position },
			command: {
				title: state.t('Simulate · {0} allowed, {1} denied', allowed, denied),
				command: SimulateCommand.id,
				arguments: [textDocument.uri, policyIndex] satisfies SimulateCommand.Arguments,
			},
		};
	});
}
