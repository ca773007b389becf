/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// A policy opened on its own is simulated as its kind (#14): an SCP, RCP, boundary or session policy as a
// layer over identity policies; a trust or resource-based policy not at all, with a sentence that says why.

import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument, type PolicyKind } from '../../server/src/languageService';
import { service } from './testUtil';

function simulate(statements: readonly Record<string, unknown>[], kind: PolicyKind | undefined, identityPolicies?: string[]) {
	const text = JSON.stringify({ Version: '2012-10-17', Statement: statements });
	const document = TextDocument.create('file:///policies/layer.json', 'json', 1, text);
	const identity = identityPolicies?.map((policyText, i) => ({ uri: `file:///policies/identity${i}.json`, text: policyText }));
	return service
		.loadSimulationLayers({ textDocument: { uri: document.uri }, identityPolicies: identity }, async () => '')
		.then((layers) =>
			service.simulate(
				document,
				{ textDocument: { uri: document.uri }, actions: ['support:CreateCase', 'support:ResolveCase', 'support:DescribeCases'] },
				service.parsePolicyDocument(document, kind ? { policyKind: kind } : undefined),
				layers,
			),
		);
}

const decisions = (result: Awaited<ReturnType<typeof simulate>>) => Object.fromEntries(result.results.map((r) => [r.action, r.decision]));
const denyResolveCase = { Effect: 'Deny', Action: 'support:ResolveCase', Resource: '*' };

describe('simulation by kind', () => {
	test('an SCP that only denies is simulated beside FullAWSAccess, over an identity policy that allows everything', async () => {
		const result = await simulate([denyResolveCase], 'scp');
		assert.equal(result.kind, 'scp');
		assert.deepEqual(decisions(result), {
			'support:CreateCase': 'allowed',
			'support:ResolveCase': 'explicitDeny',
			'support:DescribeCases': 'allowed',
		});
		assert.match(result.notice ?? '', /service control policy \(SCP\).*allows everything/);
		// As an identity policy, the same statement allows nothing.
		assert.equal(decisions(await simulate([denyResolveCase], 'identity'))['support:CreateCase'], 'implicitDeny');
	});

	test('an SCP over the identity policies given: only what both allow', async () => {
		const identity = JSON.stringify({
			Version: '2012-10-17',
			Statement: [{ Effect: 'Allow', Action: 'support:Describe*', Resource: '*' }],
		});
		const result = await simulate([denyResolveCase], 'scp', [identity]);
		assert.deepEqual(decisions(result), {
			'support:CreateCase': 'implicitDeny',
			'support:ResolveCase': 'explicitDeny',
			'support:DescribeCases': 'allowed',
		});
		assert.match(result.notice ?? '', /identity policies you gave/);
	});

	test('an SCP with its own Allow is an allow list: nothing beside it', async () => {
		const result = await simulate([{ Effect: 'Allow', Action: 'support:Describe*', Resource: '*' }], 'scp');
		assert.equal(decisions(result)['support:CreateCase'], 'implicitDeny');
		assert.equal(decisions(result)['support:DescribeCases'], 'allowed');
	});

	test('a boundary limits, an RCP denies beside RCPFullAWSAccess', async () => {
		const boundary = await simulate([{ Effect: 'Allow', Action: 'support:Describe*', Resource: '*' }], 'boundary');
		assert.deepEqual(decisions(boundary), {
			'support:CreateCase': 'implicitDeny',
			'support:ResolveCase': 'implicitDeny',
			'support:DescribeCases': 'allowed',
		});
		const rcp = await simulate([{ ...denyResolveCase, Principal: '*' }], 'rcp');
		assert.deepEqual(decisions(rcp), {
			'support:CreateCase': 'allowed',
			'support:ResolveCase': 'explicitDeny',
			'support:DescribeCases': 'allowed',
		});
	});

	test('a trust policy and a bucket policy are not simulated, and the result says why', async () => {
		const trust = await simulate(
			[{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
			undefined,
		);
		assert.equal(trust.kind, 'trust');
		assert.deepEqual(trust.results, []);
		assert.match(trust.notice ?? '', /role trust policy/);
		const bucket = await simulate(
			[{ Effect: 'Allow', Principal: { AWS: '123456789012' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }],
			undefined,
		);
		assert.deepEqual(bucket.results, []);
		assert.match(bucket.notice ?? '', /resource-based policy/);
	});

	test('an identity policy has no notice', async () => {
		const result = await simulate([{ Effect: 'Allow', Action: 'support:*', Resource: '*' }], undefined);
		assert.equal(result.kind, 'identity');
		assert.equal(result.notice, undefined);
		assert.equal(decisions(result)['support:CreateCase'], 'allowed');
	});
});
