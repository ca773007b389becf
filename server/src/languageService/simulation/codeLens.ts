/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The CodeLens above each policy: "Simulate · 38 allowed · 1 explicitly denied · 111 not granted" for the
// Support family, with no context and no other layer. The three counts add up to the family, so a focused
// policy does not read as if it denied nothing; the panel's decision filter uses the same words.

import { t } from '../l10n';
import type { CodeLens, TextDocument } from '../languageTypes';
import type { PolicyDocument } from '../parser/policyModel';
import { evaluateRequest } from './evaluate';
import { buildRequestContext } from './requestContext';
import { planRequests } from './requestedActions';
import { buildLevels, labelOf } from './simulate';

export const simulateCommand = 'iamSupport.simulate';

const { requests } = planRequests(undefined, undefined);
const { context: emptyContext } = buildRequestContext(undefined);

export function doCodeLens(textDocument: TextDocument, policyDocument: PolicyDocument): CodeLens[] {
	const document = { label: labelOf(textDocument.uri), uri: textDocument.uri, textDocument, policyDocument };
	return policyDocument.policies.map((policy, policyIndex) => {
		const levels = buildLevels(document, policyIndex, {});
		const counts = { allowed: 0, explicitDeny: 0, implicitDeny: 0 };
		for (const request of requests) {
			counts[evaluateRequest(levels, request, emptyContext, { trace: false }).decision]++;
		}
		const position = textDocument.positionAt(policy.node.offset);
		return {
			range: { start: position, end: position },
			command: {
				title: t(
					'Simulate · {0} allowed · {1} explicitly denied · {2} not granted',
					counts.allowed,
					counts.explicitDeny,
					counts.implicitDeny,
				),
				command: simulateCommand,
				arguments: [textDocument.uri, policyIndex],
			},
		};
	});
}
