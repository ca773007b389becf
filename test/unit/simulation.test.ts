/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The evaluation logic, one case per rule of AWS's "Policy evaluation logic" page and of the Action and
// Resource elements ("IAM JSON policy elements: Action, NotAction, Resource, NotResource").

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import type { Decision } from '../../shared/simulation';
import { supportActions } from '../../server/src/languageService/catalog/catalog';
import { decide, policy, simulateText, type Request, type Statements } from './simulationHelpers';

const allowAll = policy([{ Effect: 'Allow', Action: '*', Resource: '*' }]);
const allowSupport = { Effect: 'Allow', Action: 'support:*', Resource: '*' };
const checkArn = 'arn:aws:trustedadvisor:us-east-1:123456789012:checks/security/Pfx0RwqBli';

interface Case {
	readonly name: string;
	readonly statements: Statements;
	readonly request: Request & { action: string };
	readonly decision: Decision;
}

const cases: Case[] = [
	// Evaluation logic.
	{ name: 'nothing allows: implicit deny', statements: [], request: { action: 'support:CreateCase' }, decision: 'implicitDeny' },
	{ name: 'an Allow that applies allows', statements: [allowSupport], request: { action: 'support:CreateCase' }, decision: 'allowed' },
	{
		name: 'an explicit Deny beats an Allow',
		statements: [allowSupport, { Effect: 'Deny', Action: 'support:CreateCase', Resource: '*' }],
		request: { action: 'support:CreateCase' },
		decision: 'explicitDeny',
	},
	{
		name: 'a Deny alone is an explicit deny',
		statements: [{ Effect: 'Deny', Action: 'support:*', Resource: '*' }],
		request: { action: 'support:CreateCase' },
		decision: 'explicitDeny',
	},
	{
		name: 'a Deny of another action does not deny',
		statements: [allowSupport, { Effect: 'Deny', Action: 'support:ResolveCase', Resource: '*' }],
		request: { action: 'support:CreateCase' },
		decision: 'allowed',
	},
	{
		name: 'Effect is case-sensitive: "allow" grants nothing',
		statements: [{ Effect: 'allow', Action: 'support:*', Resource: '*' }],
		request: { action: 'support:CreateCase' },
		decision: 'implicitDeny',
	},
	{
		name: 'a permissions boundary must allow too',
		statements: [allowSupport],
		request: { action: 'support:CreateCase', boundary: policy([{ Effect: 'Allow', Action: 'support:Describe*', Resource: '*' }]) },
		decision: 'implicitDeny',
	},
	{
		name: 'identity and boundary both allow',
		statements: [allowSupport],
		request: { action: 'support:DescribeCases', boundary: policy([{ Effect: 'Allow', Action: 'support:Describe*', Resource: '*' }]) },
		decision: 'allowed',
	},
	{
		name: 'a boundary alone grants nothing',
		statements: [],
		request: { action: 'support:DescribeCases', boundary: allowAll },
		decision: 'implicitDeny',
	},
	{
		name: 'a Deny in the boundary is an explicit deny',
		statements: [allowSupport],
		request: {
			action: 'support:DescribeCases',
			boundary: policy([
				{ Effect: 'Allow', Action: '*', Resource: '*' },
				{ Effect: 'Deny', Action: 'support:DescribeCases', Resource: '*' },
			]),
		},
		decision: 'explicitDeny',
	},
	{
		name: 'every SCP level must allow',
		statements: [allowSupport],
		request: {
			action: 'support:CreateCase',
			scps: [allowAll, policy([{ Effect: 'Allow', Action: 'trustedadvisor:*', Resource: '*' }])],
		},
		decision: 'implicitDeny',
	},
	{
		name: 'an SCP chain where each level allows',
		statements: [allowSupport],
		request: { action: 'support:CreateCase', scps: [allowAll, policy([{ Effect: 'Allow', Action: 'support:*', Resource: '*' }])] },
		decision: 'allowed',
	},
	{
		name: 'an SCP Deny wins',
		statements: [allowSupport],
		request: {
			action: 'support:CreateCase',
			scps: [
				policy([
					{ Effect: 'Allow', Action: '*', Resource: '*' },
					{ Effect: 'Deny', Action: 'support:CreateCase', Resource: '*' },
				]),
			],
		},
		decision: 'explicitDeny',
	},
	{
		name: 'a session policy must allow too',
		statements: [allowSupport],
		request: { action: 'support:CreateCase', session: policy([{ Effect: 'Allow', Action: 'support:Describe*', Resource: '*' }]) },
		decision: 'implicitDeny',
	},
	{
		name: 'an Allow in another identity policy counts',
		statements: [],
		request: { action: 'support:CreateCase', identity: [policy([allowSupport])] },
		decision: 'allowed',
	},
	{
		name: 'a Deny in another identity policy wins',
		statements: [allowSupport],
		request: { action: 'support:CreateCase', identity: [policy([{ Effect: 'Deny', Action: 'support:Create*', Resource: '*' }])] },
		decision: 'explicitDeny',
	},
	// Action and NotAction.
	{
		name: 'action names ignore case',
		statements: [{ Effect: 'Allow', Action: 'SUPPORT:createcase', Resource: '*' }],
		request: { action: 'support:CreateCase' },
		decision: 'allowed',
	},
	{
		name: '? matches exactly one character',
		statements: [{ Effect: 'Allow', Action: 'support:?escribeCases', Resource: '*' }],
		request: { action: 'support:DescribeCases' },
		decision: 'allowed',
	},
	{
		name: '? does not match two characters',
		statements: [{ Effect: 'Allow', Action: 'support:?scribeCases', Resource: '*' }],
		request: { action: 'support:DescribeCases' },
		decision: 'implicitDeny',
	},
	{
		name: '* in a name',
		statements: [{ Effect: 'Allow', Action: 'support:Describe*', Resource: '*' }],
		request: { action: 'support:DescribeCases' },
		decision: 'allowed',
	},
	{
		name: 'a wildcard of another prefix does not match',
		statements: [{ Effect: 'Allow', Action: 'support-console:*', Resource: '*' }],
		request: { action: 'support:DescribeCases' },
		decision: 'implicitDeny',
	},
	{
		name: 'NotAction with Allow grants every other action',
		statements: [{ Effect: 'Allow', NotAction: 'support:ResolveCase', Resource: '*' }],
		request: { action: 'support:CreateCase' },
		decision: 'allowed',
	},
	{
		name: 'NotAction with Allow leaves the named action denied',
		statements: [{ Effect: 'Allow', NotAction: 'support:ResolveCase', Resource: '*' }],
		request: { action: 'support:ResolveCase' },
		decision: 'implicitDeny',
	},
	{
		name: 'NotAction with Deny denies every other action',
		statements: [allowSupport, { Effect: 'Deny', NotAction: 'support:Describe*', Resource: '*' }],
		request: { action: 'support:CreateCase' },
		decision: 'explicitDeny',
	},
	// Resource and NotResource.
	{
		name: 'an action without resource types needs "*"',
		statements: [{ Effect: 'Allow', Action: 'support:*', Resource: 'arn:aws:support:*:*:*' }],
		request: { action: 'support:CreateCase' },
		decision: 'implicitDeny',
	},
	{
		name: 'a Deny naming an ARN does not deny an action without resource types',
		statements: [allowSupport, { Effect: 'Deny', Action: 'support:*', Resource: 'arn:aws:support::123456789012:case/*' }],
		request: { action: 'support:CreateCase' },
		decision: 'allowed',
	},
	{
		name: 'a Deny with NotResource denies an action requested on "*"',
		statements: [allowSupport, { Effect: 'Deny', Action: 'support:*', NotResource: 'arn:aws:s3:::bucket/*' }],
		request: { action: 'support:CreateCase' },
		decision: 'explicitDeny',
	},
	{
		name: 'an Allow with NotResource "*" grants nothing',
		statements: [{ Effect: 'Allow', Action: 'support:*', NotResource: '*' }],
		request: { action: 'support:CreateCase' },
		decision: 'implicitDeny',
	},
	{
		name: 'a statement without Resource matches nothing',
		statements: [{ Effect: 'Allow', Action: 'support:*' }],
		request: { action: 'support:CreateCase' },
		decision: 'implicitDeny',
	},
	{
		name: 'a check ARN pattern names the requested check',
		statements: [
			{ Effect: 'Allow', Action: 'trustedadvisor:RefreshCheck', Resource: 'arn:aws:trustedadvisor:*:123456789012:checks/security/*' },
		],
		request: { action: 'trustedadvisor:RefreshCheck', resource: checkArn },
		decision: 'allowed',
	},
	{
		name: 'ARN matching is case-sensitive',
		statements: [
			{ Effect: 'Allow', Action: 'trustedadvisor:RefreshCheck', Resource: 'arn:aws:trustedadvisor:*:123456789012:checks/Security/*' },
		],
		request: { action: 'trustedadvisor:RefreshCheck', resource: checkArn },
		decision: 'implicitDeny',
	},
	{
		name: '* stays inside its ARN segment',
		statements: [{ Effect: 'Allow', Action: 'trustedadvisor:RefreshCheck', Resource: 'arn:aws:trustedadvisor:*:checks/security/*' }],
		request: { action: 'trustedadvisor:RefreshCheck', resource: checkArn },
		decision: 'implicitDeny',
	},
	{
		name: '? in an ARN segment',
		statements: [
			{ Effect: 'Allow', Action: 'trustedadvisor:RefreshCheck', Resource: 'arn:aws:trustedadvisor:us-east-?:123456789012:checks/*' },
		],
		request: { action: 'trustedadvisor:RefreshCheck', resource: checkArn },
		decision: 'allowed',
	},
	{
		name: 'NotResource excludes the named check',
		statements: [
			{ Effect: 'Allow', Action: 'trustedadvisor:RefreshCheck', NotResource: 'arn:aws:trustedadvisor:*:*:checks/security/*' },
		],
		request: { action: 'trustedadvisor:RefreshCheck', resource: checkArn },
		decision: 'implicitDeny',
	},
	{
		name: 'policy variables in Resource',
		statements: [
			{
				Effect: 'Allow',
				Action: 'trustedadvisor:RefreshCheck',
				Resource: 'arn:aws:trustedadvisor:*:${aws:PrincipalAccount}:checks/*',
			},
		],
		request: { action: 'trustedadvisor:RefreshCheck', resource: checkArn, context: { 'aws:PrincipalAccount': '123456789012' } },
		decision: 'allowed',
	},
	{
		name: 'a Resource variable without a value matches nothing',
		statements: [
			{
				Effect: 'Allow',
				Action: 'trustedadvisor:RefreshCheck',
				Resource: 'arn:aws:trustedadvisor:*:${aws:PrincipalAccount}:checks/*',
			},
		],
		request: { action: 'trustedadvisor:RefreshCheck', resource: checkArn },
		decision: 'implicitDeny',
	},
];

describe('simulation: evaluation logic', () => {
	for (const { name, statements, request, decision } of cases) {
		test(name, () => {
			assert.equal(decide(statements, request).decision, decision);
		});
	}

	test('the deciding statement of an explicit deny is the Deny, with its Sid and range', () => {
		const result = decide([allowSupport, { Sid: 'NoResolve', Effect: 'Deny', Action: 'support:ResolveCase', Resource: '*' }], {
			action: 'support:ResolveCase',
		});
		assert.deepEqual(
			result.decidingStatements.map((ref) => [ref.layer, ref.statementIndex, ref.sid, ref.effect]),
			[['identity', 1, 'NoResolve', 'Deny']],
		);
		assert.ok(result.decidingStatements[0].range!.start.line > 0);
	});

	test('an implicit deny names the layer that did not allow', () => {
		const result = decide([allowSupport], {
			action: 'support:CreateCase',
			scps: [allowAll, policy([{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }])],
		});
		assert.deepEqual(result.layersWithoutAllow, ['SCP scp1.json']);
	});

	test('the trace says why an ARN-only statement misses an action without resource types', () => {
		const result = decide([{ Effect: 'Allow', Action: 'support:*', Resource: 'arn:aws:support:*:*:*' }], {
			action: 'support:ResolveCase',
		});
		assert.equal(result.trace.length, 1);
		assert.equal(result.trace[0].resourceMatched, false);
		assert.match(result.trace[0].resourceNote ?? '', /requested on "\*"/);
	});
});

describe('simulation: every check of a Trusted Advisor action', () => {
	test('a statement naming one category makes the decision vary by check', () => {
		const result = decide(
			[{ Effect: 'Allow', Action: 'trustedadvisor:RefreshCheck', Resource: 'arn:aws:trustedadvisor:*:*:checks/security/*' }],
			{ action: 'trustedadvisor:RefreshCheck' },
		);
		assert.equal(result.resource, 'arn:aws:trustedadvisor:*:*:checks/*/*');
		assert.equal(result.decision, 'implicitDeny');
		assert.equal(result.variesByResource, true);
		assert.equal(result.decisionForSomeResources, 'allowed');
	});

	test('a statement naming every check does not vary', () => {
		const result = decide(
			[{ Effect: 'Allow', Action: 'trustedadvisor:RefreshCheck', Resource: 'arn:aws:trustedadvisor:*:*:checks/*' }],
			{ action: 'trustedadvisor:RefreshCheck' },
		);
		assert.equal(result.decision, 'allowed');
		assert.equal(result.variesByResource, undefined);
	});

	test('a statement naming another service does not apply to any check', () => {
		const result = decide([{ Effect: 'Allow', Action: 'trustedadvisor:*', Resource: 'arn:aws:s3:::bucket' }], {
			action: 'trustedadvisor:RefreshCheck',
		});
		assert.equal(result.decision, 'implicitDeny');
		assert.equal(result.variesByResource, undefined);
	});
});

describe("simulation: AWS's Support permissions page", () => {
	const fixture = (name: string) => readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'aws-managed', name), 'utf8');

	test('AWSSupportAccess allows every support: action', () => {
		const result = simulateText(fixture('AWSSupportAccess.json'));
		const support = result.results.filter((r) => r.prefix === 'support');
		assert.equal(support.length, supportActions('support').length);
		assert.deepEqual(
			support.filter((r) => r.decision !== 'allowed').map((r) => r.action),
			[],
		);
	});

	test('Allow support:* and Deny support:ResolveCase allows all but ResolveCase, which is explicitly denied', () => {
		const result = simulateText(policy([allowSupport, { Effect: 'Deny', Action: 'support:ResolveCase', Resource: '*' }]));
		const support = result.results.filter((r) => r.prefix === 'support');
		assert.deepEqual(
			support.filter((r) => r.decision !== 'allowed').map((r) => [r.action, r.decision]),
			[['support:ResolveCase', 'explicitDeny']],
		);
		assert.equal(result.summary.allowed, support.length - 1);
		assert.equal(result.summary.explicitDeny, 1);
	});

	test('a Deny of the console action does not stop its API counterpart', () => {
		const result = simulateText(
			policy([
				allowSupport,
				{ Effect: 'Allow', Action: 'trustedadvisor:*', Resource: '*' },
				{ Effect: 'Deny', Action: 'trustedadvisor:RefreshCheck', Resource: '*' },
			]),
			{
				actions: ['trustedadvisor:RefreshCheck', 'support:RefreshTrustedAdvisorCheck'],
			},
		);
		assert.deepEqual(
			result.results.map((r) => r.decision),
			['explicitDeny', 'allowed'],
		);
	});
});
