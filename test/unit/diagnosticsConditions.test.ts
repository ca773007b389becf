/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DiagnosticSeverity } from '../../server/src/languageService';
import { assertDiagnostic, assertNoDiagnostic, policy, validate } from './diagnosticsUtil';

const when = (condition: string, effect = 'Allow', action = '"support:*"') =>
	policy(`{"Effect": "${effect}", "Action": ${action}, "Resource": "*", "Condition": ${condition}}`);

const conditionCases: [string, string, string][] = [
	[
		'unknown-condition-operator',
		when('{|"StringEqual": {"aws:PrincipalTag/team": "ops"}}'),
		when('{"StringEquals": {"aws:PrincipalTag/team": "ops"}}'),
	],
	[
		'unknown-condition-key',
		when('{"IpAddress": {|"aws:SourceIpAddress": "203.0.113.0/24"}}'),
		when('{"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}'),
	],
	[
		'condition-key-never-present',
		when('{"StringEquals": {|"aws:ResourceTag/team": "ops"}}'),
		when('{"StringEquals": {"aws:PrincipalTag/team": "ops"}}'),
	],
	[
		'condition-value-type',
		when('{"Bool": {"aws:MultiFactorAuthPresent": |"yes"}}'),
		when('{"Bool": {"aws:MultiFactorAuthPresent": "true"}}'),
	],
	[
		'ifexists-on-null',
		when('{|"NullIfExists": {"aws:MultiFactorAuthAge": "true"}}'),
		when('{"Null": {"aws:MultiFactorAuthAge": "true"}}'),
	],
	[
		'forallvalues-single-valued',
		when('{|"ForAllValues:StringEquals": {"aws:RequestedRegion": ["us-east-1"]}}'),
		when('{"ForAllValues:StringEquals": {"aws:TagKeys": ["team"]}}'),
	],
	[
		'unknown-policy-variable',
		policy('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": |"arn:aws:s3:::home/${aws:usernme}/*"}'),
		policy('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::home/${aws:username}/*"}'),
	],
	[
		'mfa-false-without-ifexists',
		when('{|"Bool": {"aws:MultiFactorAuthPresent": "false"}}', 'Deny'),
		when('{"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}', 'Deny'),
	],
];

describe('condition rules', () => {
	for (const [code, trigger, nearMiss] of conditionCases) {
		test(`${code}: reported where it applies`, () => {
			assertDiagnostic(code, trigger);
		});
		test(`${code}: not reported on the near miss`, () => assertNoDiagnostic(code, nearMiss));
	}

	test('unknown-condition-operator: a wrongly cased operator gets its right case', () => {
		const diagnostic = assertDiagnostic('unknown-condition-operator', when('{|"stringequals": {"aws:PrincipalTag/team": "ops"}}'));
		assert.deepEqual((diagnostic.data as { replacements: string[] }).replacements, ['StringEquals']);
	});

	test('condition-key-never-present: a Deny never applies, a negated operator is always true', () => {
		assert.match(
			assertDiagnostic('condition-key-never-present', when('{"StringEquals": {|"aws:ResourceTag/team": "ops"}}', 'Deny')).message,
			/This Deny never applies/,
		);
		assert.match(
			assertDiagnostic('condition-key-never-present', when('{"StringNotEquals": {|"aws:ResourceTag/team": "ops"}}', 'Deny')).message,
			/always true/,
		);
		assertNoDiagnostic(
			'condition-key-never-present',
			when('{"StringEquals": {"aws:ResourceTag/team": "ops"}}', 'Allow', '"supportauthz:*"'),
		);
	});

	test('condition-value-type: numbers, dates and addresses', () => {
		assertDiagnostic('condition-value-type', when('{"NumericLessThan": {"aws:MultiFactorAuthAge": |"an hour"}}'));
		assertDiagnostic('condition-value-type', when('{"DateGreaterThan": {"aws:CurrentTime": |"tomorrow"}}'));
		assertDiagnostic('condition-value-type', when('{"IpAddress": {"aws:SourceIp": |"203.0.113.300/24"}}'));
		assertNoDiagnostic(
			'condition-value-type',
			when(
				'{"NumericLessThan": {"aws:MultiFactorAuthAge": 3600}, "DateGreaterThan": {"aws:CurrentTime": "2026-01-31T00:00:00Z"}, "IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32"]}}',
			),
		);
	});

	test('unknown-condition-key leaves the keys of services the catalog knows only by name alone', () => {
		assertNoDiagnostic('unknown-condition-key', when('{"StringLike": {"s3:prefix": "home/"}}', 'Allow', '"s3:ListBucket"'));
		assertDiagnostic('unknown-condition-key', when('{"StringEquals": {|"supportauthz:Colour": "x"}}', 'Allow', '"supportauthz:*"'));
	});

	test('forallvalues-single-valued is a warning for Allow only', () => {
		assertNoDiagnostic(
			'forallvalues-single-valued',
			when('{"ForAllValues:StringEquals": {"aws:RequestedRegion": ["us-east-1"]}}', 'Deny'),
		);
	});
});

describe('condition keys (#14)', () => {
	test('unknown-condition-key knows the global keys AWS uses or documents outside the generated data', () => {
		// AWSSSOServiceRolePolicy compares aws:PrincipalOrgMasterAccountId with ${aws:PrincipalAccount}.
		assertNoDiagnostic(
			'unknown-condition-key',
			when('{"StringNotEquals": {"aws:PrincipalOrgMasterAccountId": "${aws:PrincipalAccount}"}}', 'Allow', '"iam:CreateRole"'),
		);
		assertNoDiagnostic(
			'unknown-condition-key',
			when('{"ArnEquals": {"aws:SignInSessionArn": "arn:aws:signin:us-east-1:111122223333:session/x"}}', 'Deny'),
		);
		assertNoDiagnostic('unknown-condition-key', when('{"Bool": {"aws:ViaCustomerDomain": "true"}}'));
	});

	test('unknown-condition-key says what a key that is never present makes of the condition', () => {
		const message = (condition: string) => assertDiagnostic('unknown-condition-key', when(condition)).message;
		assert.match(message('{"StringEquals": {|"aws:PrincipalOrgMasterAcount": "1"}}'), /never present is false\.$/);
		assert.match(
			message('{"StringNotEquals": {|"aws:PrincipalOrgMasterAcount": "1"}}'),
			/StringNotEquals is true when the key is absent/,
		);
		assert.match(message('{"ArnNotLike": {|"aws:SourceArm": "arn:aws:s3:::b"}}'), /ArnNotLike is true when the key is absent/);
		assert.match(
			message('{"NotIpAddress": {|"aws:SourceIpAddress": "203.0.113.0/24"}}'),
			/NotIpAddress is true when the key is absent/,
		);
		assert.match(
			message('{"StringEqualsIfExists": {|"aws:SourceVpcId": "vpc-1"}}'),
			/StringEqualsIfExists is true when the key is absent/,
		);
		assert.match(
			message('{"ForAllValues:StringEquals": {|"aws:TagKey": "a"}}'),
			/ForAllValues:StringEquals is true when the key is absent/,
		);
		assert.match(message('{"ForAnyValue:StringNotEquals": {|"aws:TagKey": "a"}}'), /never present is false\.$/);
		assert.match(message('{"Null": {|"aws:TagKey": "true"}}'), /true for "true" and false for "false"/);
		assert.match(
			assertDiagnostic(
				'unknown-condition-key',
				when('{"StringNotEquals": {|"supportauthz:Colour": "x"}}', 'Allow', '"supportauthz:*"'),
			).message,
			/StringNotEquals is true when the key is absent/,
		);
	});

	test('unknown-condition-key reports a key without a prefix, with the global key it may mean', () => {
		assert.match(assertDiagnostic('unknown-condition-key', when('{"StringEquals": {|"bad": "x"}}')).message, /prefix:name/);
		const diagnostic = assertDiagnostic('unknown-condition-key', when('{"IpAddress": {|"SourceIp": "203.0.113.0/24"}}'));
		assert.deepEqual((diagnostic.data as { replacements: string[] }).replacements[0], 'aws:SourceIp');
		assertDiagnostic('unknown-condition-key', when('{"StringEquals": {|"aws:": "x"}}'));
		assertNoDiagnostic('unknown-condition-key', when('{"StringEquals": {"s3:prefix": "x"}}', 'Allow', '"s3:ListBucket"'));
	});
});

describe('policy variables (#14)', () => {
	const resource = (arn: string, version = '"Version": "2012-10-17", ') =>
		`{${version}"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": ${arn}}]}`;

	test('unknown-policy-variable: a misspelt global key, with the fix that keeps the default', () => {
		const diagnostic = assertDiagnostic('unknown-policy-variable', resource(`|"arn:aws:s3:::home/\${aws:usernme, 'none'}/*"`));
		assert.equal(diagnostic.severity, DiagnosticSeverity.Warning);
		assert.match(diagnostic.message, /\$\{aws:usernme, 'none'\} names no global condition key.*Did you mean \$\{aws:username\}\?/);
		assert.deepEqual((diagnostic.data as { replacements: string[] }).replacements, ["arn:aws:s3:::home/${aws:username, 'none'}/*"]);
	});

	test("unknown-policy-variable: a placeholder such as ${Account} (AWS's sample SCPs) is a warning, never an error", () => {
		const diagnostic = assertDiagnostic(
			'unknown-policy-variable',
			policy(
				'{"Effect": "Deny", "Action": "cloudtrail:StopLogging", "Resource": |"arn:aws:cloudtrail:${Region}:${Account}:trail/x"}',
			),
		);
		assert.equal(diagnostic.severity, DiagnosticSeverity.Warning);
		assert.match(diagnostic.message, /^\$\{Region\} is not a policy variable/);
		const { diagnostics } = validate(
			policy('{"Effect": "Deny", "Action": "cloudtrail:StopLogging", "Resource": "arn:aws:cloudtrail:${Region}:${Account}:trail/x"}'),
		);
		assert.deepEqual(
			diagnostics.filter((d) => d.code === 'unknown-policy-variable').map((d) => d.message.split(' ')[0]),
			['${Region}', '${Account}'],
		);
	});

	test('unknown-policy-variable: condition values too, and keys the catalog cannot check are left alone', () => {
		assertDiagnostic('unknown-policy-variable', when('{"StringEquals": {"aws:PrincipalTag/team": |"${aws:PrincipalTagg/team}"}}'));
		assertDiagnostic('unknown-policy-variable', when('{"StringEquals": {"aws:SourceVpc": |"${aws:TagKeys}"}}'));
		for (const variable of [
			'${aws:PrincipalTag/eks:eks-cluster-name}',
			'${aws:PrincipalOrgId}',
			'${s3:prefix}',
			'${*}',
			'${?}',
			'${$}',
			'${aws:SourceIdentity}',
		]) {
			assertNoDiagnostic('unknown-policy-variable', when(`{"StringEquals": {"aws:PrincipalTag/team": "${variable}"}}`));
		}
	});

	test('unknown-policy-variable: without Version 2012-10-17 the variable is plain text, which variable-without-version says', () => {
		const content = resource('"arn:aws:s3:::home/${aws:usernme}/*"', '');
		assertNoDiagnostic('unknown-policy-variable', content);
		assertDiagnostic('variable-without-version', resource('|"arn:aws:s3:::home/${aws:usernme}/*"', ''));
	});

	test("unknown-policy-variable: template expressions of an embedded policy are the template's", () => {
		const template = JSON.stringify({
			resource: {
				aws_iam_policy: {
					p: {
						policy: {
							Version: '2012-10-17',
							Statement: [
								{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::${var.bucket}/${aws:usernme}/*' },
							],
						},
					},
				},
			},
		});
		const { diagnostics } = validate(template, undefined, 'file:///test/main.tf.json');
		assert.deepEqual(
			diagnostics.filter((d) => d.code === 'unknown-policy-variable').map((d) => d.message.split(' ')[0]),
			['${aws:usernme}'],
		);
	});

	test('condition-value-type: a variable with an operator that takes none', () => {
		const numeric = assertDiagnostic(
			'condition-value-type',
			when('{"NumericLessThan": {"aws:MultiFactorAuthAge": |"${aws:EpochTime}x"}}'),
		);
		assert.match(
			numeric.message,
			/holds a policy variable, and NumericLessThan takes none: variables work only with String and ARN operators/,
		);
		assertDiagnostic('condition-value-type', when('{"DateGreaterThan": {"aws:CurrentTime": |"${aws:TokenIssueTime}"}}'));
		assertDiagnostic('condition-value-type', when('{"Bool": {"aws:SecureTransport": |"${aws:ViaAWSService}"}}'));
		assertDiagnostic('condition-value-type', when('{"NotIpAddressIfExists": {"aws:SourceIp": |"${aws:VpcSourceIp}"}}'));
		assertNoDiagnostic('condition-value-type', when('{"StringNotEquals": {"aws:SourceVpc": "${aws:Ec2InstanceSourceVpc}"}}'));
		assertNoDiagnostic(
			'condition-value-type',
			when('{"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::${aws:PrincipalAccount}:role/x"}}'),
		);
	});
});

describe('mfa-false-without-ifexists (#14)', () => {
	test('says why long-term access keys escape the Deny, and offers BoolIfExists', () => {
		const diagnostic = assertDiagnostic(
			'mfa-false-without-ifexists',
			when('{|"Bool": {"aws:MultiFactorAuthPresent": ["False"]}}', 'Deny'),
		);
		assert.match(diagnostic.message, /long-term access keys: they carry no aws:MultiFactorAuthPresent/);
		assert.deepEqual((diagnostic.data as { replacements: string[] }).replacements, ['BoolIfExists']);
		assertDiagnostic('mfa-false-without-ifexists', when('{|"Bool": {"aws:multifactorauthpresent": false}}', 'Deny'));
	});

	test('no fix when renaming the block would change or duplicate another condition', () => {
		const shared = assertDiagnostic(
			'mfa-false-without-ifexists',
			when('{|"Bool": {"aws:MultiFactorAuthPresent": "false", "aws:SecureTransport": "true"}}', 'Deny'),
		);
		assert.equal(shared.data, undefined);
		const duplicate = assertDiagnostic(
			'mfa-false-without-ifexists',
			when('{|"Bool": {"aws:MultiFactorAuthPresent": "false"}, "BoolIfExists": {"aws:ViaAWSService": "false"}}', 'Deny'),
		);
		assert.equal(duplicate.data, undefined);
	});

	test('not an Allow, a "true" value, IfExists or a set qualifier', () => {
		assertNoDiagnostic('mfa-false-without-ifexists', when('{"Bool": {"aws:MultiFactorAuthPresent": "false"}}'));
		assertNoDiagnostic('mfa-false-without-ifexists', when('{"Bool": {"aws:MultiFactorAuthPresent": "true"}}', 'Deny'));
		assertNoDiagnostic('mfa-false-without-ifexists', when('{"BoolIfExists": {"aws:MultiFactorAuthPresent": false}}', 'Deny'));
	});
});

describe('suggestions for a misspelt tag key keep the tag (#14)', () => {
	test('unknown-condition-key and unknown-policy-variable suggest aws:PrincipalTag/team, not the template', () => {
		const key = assertDiagnostic('unknown-condition-key', when('{"StringEquals": {|"aws:PrincipalTagg/team": "ops"}}'));
		assert.deepEqual((key.data as { replacements: string[] }).replacements[0], 'aws:PrincipalTag/team');
		const variable = assertDiagnostic(
			'unknown-policy-variable',
			when('{"StringEquals": {"aws:ResourceTag/team": |"${aws:PrincipalTagg/team}"}}'),
		);
		assert.deepEqual((variable.data as { replacements: string[] }).replacements, ['${aws:PrincipalTag/team}']);
	});
});
