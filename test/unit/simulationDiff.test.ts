/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// What a change grants (#17), on pairs of versions whose answer is known: each test names the actions and
// contexts that must move, and checks that nothing else does.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import type { DiffEntry, PolicyDiffResult } from '../../shared/simulation';
import { contextPresets } from '../../shared/contextPresets';
import { getLanguageService, TextDocument, type LanguageSettings } from '../../server/src/languageService';
import { allSupportActions } from '../../server/src/languageService/catalog/catalog';
import { policy, type Statements } from './simulationHelpers';

const service = getLanguageService();
const everyContext = ['default', ...contextPresets.map((preset) => preset.id)];

function version(uri: string, text: string, settings?: LanguageSettings) {
	const textDocument = TextDocument.create(uri, 'json', 1, text);
	return { textDocument, policyDocument: service.parsePolicyDocument(textDocument, settings) };
}

interface Layers {
	readonly scps?: readonly string[];
	readonly boundary?: string;
}

async function diff(before: Statements | string, after: Statements | string, options: Layers & { kind?: 'scp' } = {}) {
	const text = (value: Statements | string) => (typeof value === 'string' ? value : policy(value));
	const layers = await service.loadSimulationLayers(
		{
			textDocument: { uri: 'file:///p.json' },
			serviceControlPolicies: options.scps?.map((scp, i) => ({ text: scp, label: `scp${i}.json` })),
			permissionsBoundary: options.boundary === undefined ? undefined : { text: options.boundary, label: 'boundary.json' },
		},
		() => Promise.reject(new Error('not read')),
	);
	const settings = options.kind ? { policyKind: options.kind } : undefined;
	return service.diffPolicies(
		version('file:///old/p.json', text(before), settings),
		version('file:///new/p.json', text(after), settings),
		{
			layers,
		},
	);
}

/** action → the contexts it appears under, in the given group. */
function byAction(entries: readonly DiffEntry[]): Record<string, string[]> {
	const map: Record<string, string[]> = {};
	for (const entry of entries) {
		(map[entry.action + (entry.someResources ? ' (some)' : '')] ??= []).push(entry.context);
	}
	return map;
}

function assertEmpty(result: PolicyDiffResult, ...groups: ('granted' | 'revoked' | 'changed')[]) {
	for (const group of groups) {
		assert.deepEqual(byAction(result[group]), {}, group);
	}
}

const allowSupport = { Sid: 'Support', Effect: 'Allow', Action: 'support:*', Resource: '*' };
const denyResolve = { Sid: 'NoResolve', Effect: 'Deny', Action: 'support:ResolveCase', Resource: '*' };
const mfa = { Bool: { 'aws:MultiFactorAuthPresent': 'true' } };

describe('diffPolicies', () => {
	test('identical versions: nothing granted, revoked or changed', async () => {
		const result = await diff([allowSupport, denyResolve], [allowSupport, denyResolve]);
		assertEmpty(result, 'granted', 'revoked', 'changed');
		assert.deepEqual(
			result.contexts.map((context) => context.id),
			everyContext,
		);
		assert.ok(result.actionCount > 100, String(result.actionCount));
	});

	test('moving and renaming statements changes nothing', async () => {
		const result = await diff(
			[allowSupport, denyResolve],
			[
				{ ...denyResolve, Sid: 'Other' },
				{ ...allowSupport, Sid: 'Moved' },
			],
		);
		assertEmpty(result, 'granted', 'revoked', 'changed');
	});

	test('a Deny removed grants its action in every context', async () => {
		const result = await diff([allowSupport, denyResolve], [allowSupport]);
		assert.deepEqual(byAction(result.granted), { 'support:ResolveCase': everyContext });
		assertEmpty(result, 'revoked', 'changed');
		const entry = result.granted[0];
		assert.equal(entry.before, 'explicitDeny');
		assert.equal(entry.after, 'allowed');
		assert.equal(entry.resource, '*');
		assert.deepEqual(
			entry.beforeStatements.map((ref) => ref.sid),
			['NoResolve'],
		);
		assert.deepEqual(
			entry.afterStatements.map((ref) => [ref.sid, ref.uri, ref.range?.start.line]),
			[['Support', 'file:///new/p.json', 3]],
		);
	});

	test('a wildcard widened grants exactly the actions it now matches', async () => {
		const result = await diff(
			[{ Effect: 'Allow', Action: 'support:Describe*', Resource: '*' }],
			[{ Effect: 'Allow', Action: ['support:Describe*', 'support:*Case'], Resource: '*' }],
		);
		const endInCase = allSupportActions()
			.map((action) => action.fullName)
			.filter((name) => /^support:.*Case$/i.test(name) && !/^support:Describe/i.test(name));
		assert.ok(endInCase.includes('support:ResolveCase') && endInCase.includes('support:CreateCase'));
		assert.deepEqual(Object.keys(byAction(result.granted)).sort(), endInCase.sort());
		assertEmpty(result, 'revoked', 'changed');
	});

	test('a condition dropped: granted without MFA, changed with it', async () => {
		const result = await diff(
			[{ ...allowSupport, Action: 'support:ResolveCase', Condition: mfa }],
			[{ ...allowSupport, Action: 'support:ResolveCase' }],
		);
		// Without the key, with MFA false and in the contexts that do not set it, the action was not allowed.
		assert.deepEqual(byAction(result.granted), { 'support:ResolveCase': everyContext.filter((id) => id !== 'mfa') });
		assert.deepEqual(
			result.changed.map((entry) => [entry.action, entry.context, entry.before, entry.after, entry.note]),
			[['support:ResolveCase', 'mfa', 'allowed', 'allowed', 'now without MFA']],
		);
		assertEmpty(result, 'revoked');
	});

	test('a condition added: revoked without MFA, changed to "now only with MFA" with it', async () => {
		const result = await diff(
			[{ ...allowSupport, Action: 'support:ResolveCase' }],
			[{ ...allowSupport, Action: 'support:ResolveCase', Condition: mfa }],
		);
		assert.deepEqual(byAction(result.revoked), { 'support:ResolveCase': everyContext.filter((id) => id !== 'mfa') });
		assert.deepEqual(
			result.changed.map((entry) => [entry.context, entry.note]),
			[['mfa', 'now only with MFA']],
		);
		assertEmpty(result, 'granted');
	});

	test('a source IP condition judged exactly: IfExists lets an absent key through, an address elsewhere not', async () => {
		const onlyFromNet = (operator: string) => [
			{ ...allowSupport, Action: 'support:CreateCase', Condition: { [operator]: { 'aws:SourceIp': '203.0.113.0/24' } } },
		];
		const result = await diff(onlyFromNet('IpAddress'), onlyFromNet('IpAddressIfExists'));
		// Every context without aws:SourceIp is newly allowed; inside the network it already was, outside it still is not.
		assert.deepEqual(byAction(result.granted), {
			'support:CreateCase': everyContext.filter((id) => id !== 'docNet' && id !== 'otherNet'),
		});
		assert.deepEqual(
			result.changed.map((entry) => [entry.context, entry.note]),
			[['docNet', 'now decided by other statements']],
		);
	});

	test('NotAction: an Allow on everything but Support, narrowed, grants what it no longer excludes', async () => {
		const result = await diff(
			[{ Effect: 'Allow', NotAction: ['support:*', 'iam:*'], Resource: '*' }],
			[{ Effect: 'Allow', NotAction: ['support:*Case*', 'iam:CreateUser'], Resource: '*' }],
		);
		const granted = Object.keys(byAction(result.granted));
		assert.ok(granted.includes('support:DescribeServices'), granted.join());
		assert.ok(!granted.includes('support:ResolveCase'));
		assert.ok(!granted.includes('support:CreateCase'));
		// The other service named in either version is compared action by action.
		assert.ok(granted.includes('iam:DeleteUser'), granted.join());
		assert.ok(!granted.includes('iam:CreateUser'));
		assertEmpty(result, 'revoked');
	});

	test('an action of another service scoped to a resource counts as granted for some resources', async () => {
		const result = await diff(
			[{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }],
			[
				{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' },
				{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' },
			],
		);
		assert.deepEqual(byAction(result.granted), { 's3:GetObject (some)': everyContext });
	});

	test('a Trusted Advisor check action granted on some checks', async () => {
		const result = await diff(
			[],
			[{ Effect: 'Allow', Action: 'trustedadvisor:RefreshCheck', Resource: 'arn:aws:trustedadvisor:*:*:checks/security/*' }],
		);
		assert.deepEqual(byAction(result.granted), { 'trustedadvisor:RefreshCheck (some)': everyContext });
		assert.match(result.granted[0].resource, /^arn:aws:trustedadvisor:/);
	});

	test('an SCP loosened: the actions it stops blocking are granted', async () => {
		const before = policy([{ Effect: 'Deny', Action: ['support:ResolveCase', 'support:CreateCase'], Resource: '*' }]);
		const after = policy([{ Effect: 'Deny', Action: 'support:ResolveCase', Resource: '*' }]);
		const result = await diff(before, after, { kind: 'scp' });
		assert.deepEqual(byAction(result.granted), { 'support:CreateCase': everyContext });
		assertEmpty(result, 'revoked', 'changed');
	});

	test('an SCP layer caps both versions alike', async () => {
		const scp = policy([{ Effect: 'Allow', Action: 'support:Describe*', Resource: '*' }]);
		const result = await diff([{ Effect: 'Allow', Action: 'support:DescribeCases', Resource: '*' }], [allowSupport], { scps: [scp] });
		const granted = Object.keys(byAction(result.granted));
		assert.ok(
			granted.every((action) => action.startsWith('support:Describe')),
			granted.join(),
		);
		assert.ok(granted.includes('support:DescribeServices'));
		assert.ok(!granted.includes('support:DescribeCases'));
	});

	test('a Deny added where nothing was allowed is a change, not a revocation', async () => {
		const result = await diff([], [denyResolve]);
		assert.deepEqual(
			result.changed
				.filter((entry) => entry.context === 'default')
				.map((entry) => [entry.action, entry.before, entry.after, entry.note]),
			[['support:ResolveCase', 'implicitDeny', 'explicitDeny', 'now explicitly denied']],
		);
		assertEmpty(result, 'granted', 'revoked');
	});

	test('a file that did not exist grants everything its policy allows', async () => {
		const result = await diff('', [{ Effect: 'Allow', Action: 'support-console:*', Resource: '*' }]);
		assert.ok(result.granted.length > 0);
		assert.ok(result.granted.every((entry) => entry.action.startsWith('support-console:') && entry.before === 'implicitDeny'));
	});

	test('a trust policy is not compared, and says why', async () => {
		const trust = policy([{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }]);
		const result = await diff(trust, trust);
		assertEmpty(result, 'granted', 'revoked', 'changed');
		assert.match(result.notices.join(), /trust/);
	});

	test('two versions of AWSSupportServiceRolePolicy: an action removed from it is revoked, and only that one', async () => {
		const text = fs.readFileSync(path.join(__dirname, '../../../test/fixtures/aws-managed/AWSSupportServiceRolePolicy.json'), 'utf8');
		const after = text.replace('"ec2:describeInstances",', '');
		assert.notEqual(after, text);
		const result = service.diffPolicies(version('file:///a.json', text), version('file:///b.json', after));
		assert.deepEqual(byAction(result.revoked), { 'ec2:DescribeInstances': everyContext });
		assertEmpty(result, 'granted', 'changed');
	});
});
