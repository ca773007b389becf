/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Condition operators, one case per operator and per rule of AWS's pages "IAM JSON policy elements:
// Condition operators", "Single-valued vs. multivalued context keys" and "Policy variables".

import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ContextValue } from '../../shared/simulation';
import { decide, policy } from './simulationHelpers';

const action = 'support:CreateCase';

/** Whether an Allow of support:CreateCase with this Condition applies to the request context. */
function allows(
	condition: Record<string, unknown>,
	context: Record<string, ContextValue> = {},
	version?: string | null,
	requested = action,
): boolean {
	const text = policy([{ Effect: 'Allow', Action: ['support:*', 'custom:*'], Resource: '*', Condition: condition }], version);
	return decide(text, { action: requested, context }).decision === 'allowed';
}

type Row = readonly [
	name: string,
	condition: Record<string, unknown>,
	context: Record<string, ContextValue>,
	expected: boolean,
	action?: string,
];

const rows: Row[] = [
	// String operators.
	['StringEquals matches exactly', { StringEquals: { 'aws:username': 'alice' } }, { 'aws:username': 'alice' }, true],
	['StringEquals is case-sensitive', { StringEquals: { 'aws:username': 'alice' } }, { 'aws:username': 'Alice' }, false],
	['StringEquals: several values are ORed', { StringEquals: { 'aws:username': ['bob', 'alice'] } }, { 'aws:username': 'alice' }, true],
	['StringEquals: * is not a wildcard', { StringEquals: { 'aws:username': 'a*' } }, { 'aws:username': 'alice' }, false],
	['StringNotEquals', { StringNotEquals: { 'aws:username': ['bob', 'carol'] } }, { 'aws:username': 'alice' }, true],
	[
		'StringNotEquals with a matching value',
		{ StringNotEquals: { 'aws:username': ['bob', 'alice'] } },
		{ 'aws:username': 'alice' },
		false,
	],
	['StringEqualsIgnoreCase', { StringEqualsIgnoreCase: { 'aws:username': 'ALICE' } }, { 'aws:username': 'alice' }, true],
	['StringNotEqualsIgnoreCase', { StringNotEqualsIgnoreCase: { 'aws:username': 'ALICE' } }, { 'aws:username': 'alice' }, false],
	['StringLike with *', { StringLike: { 'aws:username': 'al*' } }, { 'aws:username': 'alice' }, true],
	['StringLike with ?', { StringLike: { 'aws:username': 'al?ce' } }, { 'aws:username': 'alice' }, true],
	['StringLike is case-sensitive', { StringLike: { 'aws:username': 'AL*' } }, { 'aws:username': 'alice' }, false],
	['StringNotLike', { StringNotLike: { 'aws:username': 'adm*' } }, { 'aws:username': 'alice' }, true],
	// Condition keys ignore case.
	['condition key names ignore case', { StringEquals: { 'AWS:UserName': 'alice' } }, { 'aws:username': 'alice' }, true],
	// Numeric.
	['NumericEquals', { NumericEquals: { 'aws:MultiFactorAuthAge': '300' } }, { 'aws:MultiFactorAuthAge': 300 }, true],
	['NumericNotEquals', { NumericNotEquals: { 'aws:MultiFactorAuthAge': '300' } }, { 'aws:MultiFactorAuthAge': 300 }, false],
	['NumericLessThan', { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } }, { 'aws:MultiFactorAuthAge': '3599' }, true],
	[
		'NumericLessThan at the bound',
		{ NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } },
		{ 'aws:MultiFactorAuthAge': '3600' },
		false,
	],
	[
		'NumericLessThanEquals at the bound',
		{ NumericLessThanEquals: { 'aws:MultiFactorAuthAge': '3600' } },
		{ 'aws:MultiFactorAuthAge': '3600' },
		true,
	],
	['NumericGreaterThan', { NumericGreaterThan: { 'aws:MultiFactorAuthAge': '10' } }, { 'aws:MultiFactorAuthAge': '9' }, false],
	[
		'NumericGreaterThanEquals',
		{ NumericGreaterThanEquals: { 'aws:MultiFactorAuthAge': '10' } },
		{ 'aws:MultiFactorAuthAge': '10' },
		true,
	],
	[
		'numbers compare as numbers, not text',
		{ NumericLessThan: { 'aws:MultiFactorAuthAge': '100' } },
		{ 'aws:MultiFactorAuthAge': '20' },
		true,
	],
	// Date: ISO 8601 and epoch seconds.
	[
		'DateLessThan with ISO 8601',
		{ DateLessThan: { 'aws:CurrentTime': '2026-12-31T23:59:59Z' } },
		{ 'aws:CurrentTime': '2026-06-01T00:00:00Z' },
		true,
	],
	[
		'DateGreaterThan with ISO 8601',
		{ DateGreaterThan: { 'aws:CurrentTime': '2026-12-31T23:59:59Z' } },
		{ 'aws:CurrentTime': '2026-06-01T00:00:00Z' },
		false,
	],
	[
		'DateEquals across formats (epoch vs ISO)',
		{ DateEquals: { 'aws:CurrentTime': '1767225600' } },
		{ 'aws:CurrentTime': '2026-01-01T00:00:00Z' },
		true,
	],
	[
		'DateNotEquals',
		{ DateNotEquals: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' } },
		{ 'aws:CurrentTime': '2026-01-01T00:00:01Z' },
		true,
	],
	['DateLessThanEquals at the bound', { DateLessThanEquals: { 'aws:EpochTime': '1767225600' } }, { 'aws:EpochTime': 1767225600 }, true],
	[
		'DateGreaterThanEquals',
		{ DateGreaterThanEquals: { 'aws:TokenIssueTime': '2026-01-01' } },
		{ 'aws:TokenIssueTime': '2025-12-31T23:00:00Z' },
		false,
	],
	// Bool.
	['Bool true', { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }, { 'aws:MultiFactorAuthPresent': true }, true],
	['Bool false against true', { Bool: { 'aws:MultiFactorAuthPresent': 'false' } }, { 'aws:MultiFactorAuthPresent': true }, false],
	['Bool accepts a JSON boolean in the policy', { Bool: { 'aws:SecureTransport': true } }, { 'aws:SecureTransport': 'true' }, true],
	// Binary: no Support-family key is binary, so a service of the user's own stands in.
	[
		'BinaryEquals compares the decoded bytes',
		{ BinaryEquals: { 'custom:blob': 'QmluYXJ5' } },
		{ 'custom:blob': 'QmluYXJ5' },
		true,
		'custom:Put',
	],
	['BinaryEquals with other bytes', { BinaryEquals: { 'custom:blob': 'QmluYXJ5' } }, { 'custom:blob': 'QmluYXJZ' }, false, 'custom:Put'],
	[
		'a key of another service never comes with a Support action',
		{ BinaryEquals: { 'custom:blob': 'QmluYXJ5' } },
		{ 'custom:blob': 'QmluYXJ5' },
		false,
	],
	// IP addresses.
	['IpAddress in an IPv4 range', { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, { 'aws:SourceIp': '203.0.113.77' }, true],
	['IpAddress outside an IPv4 range', { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, { 'aws:SourceIp': '203.0.114.1' }, false],
	['IpAddress with a single address', { IpAddress: { 'aws:SourceIp': '203.0.113.5' } }, { 'aws:SourceIp': '203.0.113.5' }, true],
	['IpAddress in an IPv6 range', { IpAddress: { 'aws:SourceIp': '2001:db8::/32' } }, { 'aws:SourceIp': '2001:DB8:1234::1' }, true],
	['IpAddress outside an IPv6 range', { IpAddress: { 'aws:SourceIp': '2001:db8::/32' } }, { 'aws:SourceIp': '2001:db9::1' }, false],
	['an IPv4 address is in no IPv6 range', { IpAddress: { 'aws:SourceIp': '::/0' } }, { 'aws:SourceIp': '203.0.113.5' }, false],
	['NotIpAddress', { NotIpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '198.51.100.0/24'] } }, { 'aws:SourceIp': '192.0.2.1' }, true],
	[
		'NotIpAddress inside a range',
		{ NotIpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '198.51.100.0/24'] } },
		{ 'aws:SourceIp': '198.51.100.9' },
		false,
	],
	// ARN.
	[
		'ArnLike segment by segment',
		{ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/Support*' } },
		{ 'aws:PrincipalArn': 'arn:aws:iam::123456789012:role/SupportTeam' },
		true,
	],
	[
		'ArnEquals with a wildcard',
		{ ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:role/*' } },
		{ 'aws:PrincipalArn': 'arn:aws:iam::123456789012:role/Admin' },
		true,
	],
	[
		'ArnLike: * does not cross a segment',
		{ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*' } },
		{ 'aws:PrincipalArn': 'arn:aws:iam::123456789012:role/Admin' },
		false,
	],
	[
		'ArnNotEquals',
		{ ArnNotEquals: { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:role/Admin' } },
		{ 'aws:PrincipalArn': 'arn:aws:iam::123456789012:role/Admin' },
		false,
	],
	[
		'ArnNotLike',
		{ ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/Admin*' } },
		{ 'aws:PrincipalArn': 'arn:aws:iam::123456789012:role/Support' },
		true,
	],
	// Missing keys.
	['a missing key makes a condition false', { StringEquals: { 'aws:username': 'alice' } }, {}, false],
	['a missing key makes a negated operator true', { StringNotEquals: { 'aws:username': 'alice' } }, {}, true],
	['a missing key makes NotIpAddress true', { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, {}, true],
	['a missing key makes ...IfExists true', { StringEqualsIfExists: { 'aws:username': 'alice' } }, {}, true],
	['...IfExists compares a present key', { StringEqualsIfExists: { 'aws:username': 'alice' } }, { 'aws:username': 'bob' }, false],
	[
		'NumericLessThanIfExists with a present key',
		{ NumericLessThanIfExists: { 'aws:MultiFactorAuthAge': '60' } },
		{ 'aws:MultiFactorAuthAge': '30' },
		true,
	],
	['Null true on a missing key', { Null: { 'aws:SourceIp': 'true' } }, {}, true],
	['Null true on a present key', { Null: { 'aws:SourceIp': 'true' } }, { 'aws:SourceIp': '203.0.113.1' }, false],
	['Null false on a present key', { Null: { 'aws:SourceIp': 'false' } }, { 'aws:SourceIp': '203.0.113.1' }, true],
	// Multivalued keys.
	['ForAllValues on an empty set is true', { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] } }, { 'aws:TagKeys': [] }, true],
	['ForAllValues on a missing key is true', { 'ForAllValues:StringEquals': { 'aws:CalledVia': ['athena.amazonaws.com'] } }, {}, true],
	[
		'ForAllValues: every value must match',
		{ 'ForAllValues:StringEquals': { 'aws:CalledVia': ['athena.amazonaws.com'] } },
		{ 'aws:CalledVia': ['athena.amazonaws.com', 'glue.amazonaws.com'] },
		false,
	],
	[
		'ForAllValues: all values match',
		{ 'ForAllValues:StringLike': { 'aws:CalledVia': ['*.amazonaws.com'] } },
		{ 'aws:CalledVia': ['athena.amazonaws.com', 'glue.amazonaws.com'] },
		true,
	],
	[
		'ForAnyValue: one value matches',
		{ 'ForAnyValue:StringEquals': { 'aws:CalledVia': ['glue.amazonaws.com'] } },
		{ 'aws:CalledVia': ['athena.amazonaws.com', 'glue.amazonaws.com'] },
		true,
	],
	['ForAnyValue on a missing key is false', { 'ForAnyValue:StringEquals': { 'aws:CalledVia': ['glue.amazonaws.com'] } }, {}, false],
	[
		'ForAnyValue:StringNotEquals: some value differs',
		{ 'ForAnyValue:StringNotEquals': { 'aws:CalledVia': ['glue.amazonaws.com'] } },
		{ 'aws:CalledVia': ['athena.amazonaws.com', 'glue.amazonaws.com'] },
		true,
	],
	[
		'ForAllValues:StringNotEquals: one value is excluded',
		{ 'ForAllValues:StringNotEquals': { 'aws:CalledVia': ['glue.amazonaws.com'] } },
		{ 'aws:CalledVia': ['athena.amazonaws.com', 'glue.amazonaws.com'] },
		false,
	],
	[
		'ForAnyValue:StringEqualsIfExists on a missing key',
		{ 'ForAnyValue:StringEqualsIfExists': { 'aws:CalledVia': ['glue.amazonaws.com'] } },
		{},
		true,
	],
	// Blocks: operators and keys are ANDed.
	[
		'two operators are ANDed',
		{ Bool: { 'aws:MultiFactorAuthPresent': 'true' }, IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
		{ 'aws:MultiFactorAuthPresent': 'true', 'aws:SourceIp': '192.0.2.1' },
		false,
	],
	[
		'two keys of one operator are ANDed',
		{ StringEquals: { 'aws:username': 'alice', 'aws:RequestedRegion': 'us-east-1' } },
		{ 'aws:username': 'alice', 'aws:RequestedRegion': 'eu-west-1' },
		false,
	],
	[
		'both operators hold',
		{ Bool: { 'aws:MultiFactorAuthPresent': 'true' }, IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
		{ 'aws:MultiFactorAuthPresent': 'true', 'aws:SourceIp': '203.0.113.1' },
		true,
	],
	// Policy variables.
	[
		'a policy variable in a string condition',
		{ StringEquals: { 'aws:PrincipalTag/team': '${aws:username}' } },
		{ 'aws:username': 'alice', 'aws:PrincipalTag/team': 'alice' },
		true,
	],
	[
		'a policy variable without a value never matches',
		{ StringEquals: { 'aws:PrincipalTag/team': '${aws:username}' } },
		{ 'aws:PrincipalTag/team': 'alice' },
		false,
	],
	[
		'a policy variable default',
		{ StringEquals: { 'aws:PrincipalTag/team': "${aws:username, 'support'}" } },
		{ 'aws:PrincipalTag/team': 'support' },
		true,
	],
	['${*} is a literal asterisk, not a wildcard', { StringLike: { 'aws:username': 'a${*}' } }, { 'aws:username': 'alice' }, false],
	['${*} matches an asterisk', { StringLike: { 'aws:username': 'a${*}' } }, { 'aws:username': 'a*' }, true],
	['${?} and ${$} are literal characters', { StringEquals: { 'aws:username': '${$}${?}' } }, { 'aws:username': '$?' }, true],
	[
		'a variable in an ARN condition',
		{ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:user/${aws:username}' } },
		{ 'aws:username': 'alice', 'aws:PrincipalArn': 'arn:aws:iam::123456789012:user/alice' },
		true,
	],
];

describe('simulation: condition operators', () => {
	for (const [name, condition, context, expected, requested] of rows) {
		test(name, () => {
			assert.equal(allows(condition, context, undefined, requested), expected);
		});
	}

	test('variables are plain text without Version 2012-10-17', () => {
		const condition = { StringEquals: { 'aws:PrincipalTag/team': '${aws:username}' } };
		const context = { 'aws:username': 'alice', 'aws:PrincipalTag/team': 'alice' };
		assert.equal(allows(condition, context, '2012-10-17'), true);
		assert.equal(allows(condition, context, '2008-10-17'), false);
		assert.equal(allows(condition, context, null), false);
		assert.equal(allows(condition, { 'aws:PrincipalTag/team': '${aws:username}' }, null), true);
	});

	test('an unknown operator never matches', () => {
		assert.equal(allows({ StringEqualz: { 'aws:username': 'alice' } }, { 'aws:username': 'alice' }), false);
	});
});

describe('simulation: the typed request context', () => {
	const mfa = { Bool: { 'aws:MultiFactorAuthPresent': 'true' } };

	for (const [key, value] of [
		['aws:MultiFactorAuthPresent', 'yes'],
		['aws:SourceIp', '203.0.113.300'],
		['aws:CurrentTime', 'tomorrow'],
		['aws:MultiFactorAuthAge', 'ten'],
		['aws:PrincipalArn', 'role/Admin'],
		['aws:username', 42],
		['aws:username', ['alice', 'bob']],
	] as const) {
		test(`${key} = ${JSON.stringify(value)} is an error, not a mismatch`, () => {
			const text = policy([{ Effect: 'Allow', Action: 'support:*', Resource: '*', Condition: mfa }]);
			const result = decide(text, { action, context: { [key]: value as ContextValue } });
			assert.equal(result.errors.length, 1, result.errors.join('\n'));
			assert.match(result.errors[0], new RegExp(key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
		});
	}

	test('well-typed values raise no error', () => {
		const result = decide([{ Effect: 'Allow', Action: 'support:*', Resource: '*' }], {
			action,
			context: {
				'aws:MultiFactorAuthPresent': 'TRUE',
				'aws:SourceIp': '2001:db8::1',
				'aws:CurrentTime': '1767225600',
				'aws:CalledVia': ['athena.amazonaws.com'],
			},
		});
		assert.deepEqual(result.errors, []);
	});

	test('missing keys are reported with the decision had they been given', () => {
		const result = decide([{ Effect: 'Allow', Action: 'support:*', Resource: '*', Condition: mfa }], { action });
		assert.equal(result.decision, 'implicitDeny');
		assert.deepEqual(result.missingContextKeys, ['aws:MultiFactorAuthPresent']);
		assert.equal(result.decisionIfKeysPresent, 'allowed');
		assert.equal(result.trace[0].conditions[0].requestValues, undefined);
	});

	test('a Deny on a missing key: allowed now, denied had the key been given', () => {
		const result = decide(
			[
				{ Effect: 'Allow', Action: 'support:*', Resource: '*' },
				{ Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } } },
			],
			{ action },
		);
		assert.equal(result.decision, 'allowed');
		assert.equal(result.decisionIfKeysPresent, 'explicitDeny');
	});

	test('aws:ResourceTag never comes with an action without resources, and is not reported missing', () => {
		const text = policy([
			{ Effect: 'Allow', Action: 'support:*', Resource: '*' },
			{ Effect: 'Deny', Action: 'support:*', Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/team': 'ops' } } },
		]);
		const result = decide(text, { action, context: { 'aws:ResourceTag/team': 'ops' } });
		assert.equal(result.decision, 'allowed');
		assert.deepEqual(result.missingContextKeys, []);
	});
});
