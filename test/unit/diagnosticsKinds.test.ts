/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Each kind of policy, judged by its own grammar (#14): the kind a policy gets from a setting, a
// template or its content, and the rules that depend on it.

import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument, type LanguageSettings, type PolicyKind } from '../../server/src/languageService';
import { assertDiagnostic, assertNoDiagnostic, policy, validate } from './diagnosticsUtil';
import { service } from './testUtil';

const support = '{"Effect": "Allow", "Action": "support:*", "Resource": "*"}';
const assumeRole = '{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}';
const bucketRead =
	'{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}';
const rcpDeny =
	'{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": {"StringNotEqualsIfExists": {"aws:PrincipalOrgID": "o-abc"}}}';

/** [rule, a document that triggers it at `|`, a near miss that must not, the kind chosen for both]. */
const kindCases: [string, string, string, PolicyKind?][] = [
	[
		'principal-in-identity-policy',
		policy(support, support, '{"Effect": "Allow", |"Principal": {"AWS": "123456789012"}, "Action": "support:*", "Resource": "*"}'),
		policy(support, support),
	],
	[
		'principal-in-identity-policy',
		policy(`{"Effect": "Deny", |"Principal": "*", "Action": "s3:*", "Resource": "*"}`),
		policy(support),
		'scp',
	],
	[
		'missing-principal',
		policy(bucketRead, bucketRead, `{|"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}`),
		policy(bucketRead),
	],
	['missing-principal', policy(`{|"Effect": "Deny", "Action": "s3:*", "Resource": "*"}`), policy(rcpDeny), 'rcp'],
	[
		'resource-in-trust-policy',
		policy(`{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole", |"Resource": "*"}`),
		policy(assumeRole),
		'trust',
	],
	[
		'trust-policy-action',
		policy(`{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": ["sts:AssumeRole", |"s3:GetObject"]}`),
		policy(`{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": ["sts:AssumeRole", "sts:TagSession"]}`),
		'trust',
	],
	[
		'unsupported-by-kind',
		policy(`{"Effect": "Deny", "Principal": "*", |"NotAction": "s3:GetObject", "Resource": "*"}`),
		policy(rcpDeny),
		'rcp',
	],
	[
		'invalid-principal',
		policy(`{"Effect": "Allow", "Principal": {"AWS": |"arn:aws:iam::account-id:root"}, "Action": "s3:GetObject", "Resource": "*"}`),
		policy(bucketRead),
	],
];

function settingsFor(kind: PolicyKind | undefined): LanguageSettings | undefined {
	return kind ? { policyKind: kind } : undefined;
}

function kindsOf(text: string, settings?: LanguageSettings, uri = 'file:///test/policy.json') {
	const document = TextDocument.create(uri, 'json', 1, text);
	return service.parsePolicyDocument(document, settings).policies.map((policy) => policy.kind);
}

describe('policy kinds', () => {
	for (const [code, trigger, nearMiss, kind] of kindCases) {
		test(`${code}${kind ? ` in a ${kind} policy` : ''}: reported where it applies`, () => {
			assertDiagnostic(code, trigger, settingsFor(kind));
		});
		test(`${code}${kind ? ` in a ${kind} policy` : ''}: not reported on the near miss`, () =>
			assertNoDiagnostic(code, nearMiss, settingsFor(kind)));
	}

	test('content: a policy without principals is read as an identity policy, one with them as trust or resource-based', () => {
		assert.deepEqual(kindsOf(policy(support)), [{ kind: 'identity', source: 'content' }]);
		assert.deepEqual(kindsOf(policy(assumeRole)), [{ kind: 'trust', source: 'content', mixed: false }]);
		assert.deepEqual(kindsOf(policy(bucketRead)), [{ kind: 'resource', source: 'content', mixed: false }]);
		// A trust statement that names a Resource is not a trust statement.
		const withResource =
			'{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole", "Resource": "*"}';
		assert.equal(kindsOf(policy(withResource))[0].kind, 'resource');
		assert.deepEqual(kindsOf(policy(support, support, bucketRead)), [{ kind: 'identity', source: 'content', mixed: true }]);
	});

	test('a setting decides over content and template', () => {
		assert.deepEqual(kindsOf(policy(support), { policyKind: 'scp' }), [{ kind: 'scp', source: 'setting' }]);
		assert.deepEqual(kindsOf(policy(assumeRole), { policyKind: 'identity' }), [{ kind: 'identity', source: 'setting' }]);
	});

	test('templates: CloudFormation and Terraform JSON say the kind of what they embed', () => {
		const document = (resource: Record<string, unknown>) => JSON.stringify({ Resources: { R: resource } });
		const statement = JSON.parse(bucketRead);
		assert.deepEqual(
			kindsOf(
				document({ Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: { Statement: [JSON.parse(assumeRole)] } } }),
			),
			[{ kind: 'trust', source: 'template' }],
		);
		assert.deepEqual(kindsOf(document({ Type: 'AWS::S3::BucketPolicy', Properties: { PolicyDocument: { Statement: [statement] } } })), [
			{ kind: 'resource', service: 's3', source: 'template' },
		]);
		assert.deepEqual(
			kindsOf(
				document({
					Type: 'AWS::Organizations::Policy',
					Properties: { Type: 'RESOURCE_CONTROL_POLICY', Content: { Statement: [JSON.parse(rcpDeny)] } },
				}),
			),
			[{ kind: 'rcp', source: 'template' }],
		);
		assert.deepEqual(
			kindsOf(
				document({
					Type: 'AWS::IAM::Role',
					Properties: { Policies: [{ PolicyName: 'p', PolicyDocument: { Statement: [JSON.parse(support)] } }] },
				}),
			),
			[{ kind: 'identity', source: 'template' }],
		);
		const terraform = JSON.stringify({
			resource: {
				aws_organizations_policy: { deny: { content: { Statement: [{ Effect: 'Deny', Action: 'support:*', Resource: '*' }] } } },
			},
		});
		assert.deepEqual(kindsOf(terraform), [{ kind: 'scp', source: 'template' }]);
	});

	test("a trust policy, a bucket policy and an RCP of AWS's examples have no error", () => {
		for (const [text, kind] of [
			[policy(assumeRole), undefined],
			[policy(bucketRead), undefined],
			[policy(rcpDeny), 'rcp'],
			[policy('{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}'), 'rcp'],
		] as const) {
			const { diagnostics } = validate(text, settingsFor(kind));
			assert.deepEqual(
				diagnostics.filter((d) => d.severity === 1).map((d) => `${d.code}: ${d.message}`),
				[],
				text,
			);
		}
	});

	test('an RCP: only "*" as Principal, Deny only, supported services only, never "*" alone', () => {
		const codesAt = (statement: string) =>
			validate(policy(statement), { policyKind: 'rcp' })
				.diagnostics.filter((d) => d.code === 'unsupported-by-kind')
				.map((d) => d.message);
		assert.equal(codesAt('{"Effect": "Deny", "Principal": {"AWS": "123456789012"}, "Action": "s3:*", "Resource": "*"}').length, 1);
		assert.equal(codesAt('{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}').length, 1);
		assert.equal(codesAt('{"Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*"}').length, 1);
		assert.match(
			codesAt('{"Effect": "Deny", "Principal": "*", "Action": "ec2:RunInstances", "Resource": "*"}')[0],
			/RCPs do not apply to ec2/,
		);
		assert.deepEqual(codesAt('{"Effect": "Deny", "Principal": "*", "Action": ["support:*", "s3:*"], "Resource": "*"}'), []);
	});

	test('principals: placeholders and stray spaces are errors, real principals are not', () => {
		const problems = (principal: string) =>
			validate(
				policy(`{"Effect": "Allow", "Principal": ${principal}, "Action": "s3:GetObject", "Resource": "*"}`),
			).diagnostics.filter((d) => d.code === 'invalid-principal').length;
		for (const bad of [
			'{"AWS": "ACCOUNT-B-ID"}',
			'{"AWS": " arn:aws:iam::111122223333:user/A"}',
			'{"Federated": "arn:aws:iam::account-id:saml-provider/P"}',
			'"everyone"',
			'{"Service": "*"}',
			'{"Group": "x"}',
		]) {
			assert.equal(problems(bad), 1, bad);
		}
		for (const good of [
			'"*"',
			'{"AWS": "*"}',
			'{"AWS": ["123456789012", "arn:aws:iam::123456789012:role/R", "arn:aws:sts::123456789012:assumed-role/R/s"]}',
			'{"AWS": "arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E2EXAMPLE"}',
			'{"Service": ["ec2.amazonaws.com", "logs.us-east-1.amazonaws.com"]}',
			'{"Federated": ["cognito-identity.amazonaws.com", "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"]}',
			'{"CanonicalUser": "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"}',
		]) {
			assert.equal(problems(good), 0, good);
		}
	});

	test('NotPrincipal works only with Deny', () => {
		const deny = '{"Effect": "Deny", "NotPrincipal": {"AWS": "123456789012"}, "Action": "s3:*", "Resource": "*"}';
		assertDiagnostic(
			'unsupported-by-kind',
			policy(deny.replace('"Deny", |', '"Allow", ').replace('"Deny", "NotPrincipal"', '"Allow", |"NotPrincipal"')),
		);
		assertNoDiagnostic('unsupported-by-kind', policy(deny));
	});

	test("Sids with spaces: an error in IAM's own policies, allowed in other services' resource-based policies", () => {
		const withSid = (statement: string) => statement.replace('{', '{"Sid": "Allow EC2", ');
		assert.ok(validate(policy(withSid(support))).diagnostics.some((d) => d.code === 'invalid-sid'));
		assert.ok(validate(policy(withSid(assumeRole))).diagnostics.some((d) => d.code === 'invalid-sid'));
		assert.ok(!validate(policy(withSid(bucketRead))).diagnostics.some((d) => d.code === 'invalid-sid'));
	});
});

describe('size quotas by kind', () => {
	/** A policy of about `size` characters: one Deny statement with enough actions, pretty-printed when `indent`. */
	/** A policy of about `size` characters written compactly, then printed with `indent`. */
	const sized = (size: number, indent = 0, principal = '') => {
		const actions: string[] = [];
		let value: unknown;
		for (let i = 0; JSON.stringify(value ?? '').length < size; i++) {
			actions.push(`s3:GetObjectVersion${i}`);
			value = {
				Version: '2012-10-17',
				Statement: [{ Effect: 'Deny', ...(principal ? { Principal: principal } : {}), Action: actions, Resource: '*' }],
			};
		}
		return JSON.stringify(value, null, indent);
	};
	const sizeFindings = (text: string, kind?: PolicyKind) =>
		validate(text, kind ? { policyKind: kind } : undefined)
			.diagnostics.filter((d) => d.code === 'policy-too-large')
			.map((d) => d.message);

	test('an SCP counts every character: over 10,240 as saved through the API, within it once the console strips white space', () => {
		const pretty = sized(9000, 8);
		assert.ok(pretty.length > 10240 && pretty.replace(/\s/g, '').length < 10240, `${pretty.length}`);
		assert.match(sizeFindings(pretty, 'scp')[0], /API or CLI/);
		// The same policy as an identity policy: IAM does not count white space, and 6,144 is the limit.
		assert.deepEqual(sizeFindings(sized(6000, 8)).length, 0);
		assert.match(sizeFindings(sized(10300), 'scp')[0], /AWS Organizations allows: it rejects it/);
		assert.deepEqual(sizeFindings(sized(10000), 'scp'), []);
	});

	test('an RCP has 5,120 characters, a trust policy 2,048 without white space, a bucket policy 20 KB', () => {
		assert.equal(sizeFindings(sized(5200, 0, '*'), 'rcp').length, 1);
		assert.equal(sizeFindings(sized(5000, 0, '*'), 'rcp').length, 0);
		assert.match(sizeFindings(sized(2100), 'trust')[0], /8,192/);
		assert.equal(sizeFindings(sized(2000), 'trust').length, 0);
		const bucket = (size: number) =>
			JSON.stringify({
				Resources: { P: { Type: 'AWS::S3::BucketPolicy', Properties: { PolicyDocument: JSON.parse(sized(size, 0, '*')) } } },
			});
		assert.match(validate(bucket(20600)).diagnostics.find((d) => d.code === 'policy-too-large')?.message ?? '', /20,480 that s3/);
		assert.equal(validate(bucket(20000)).diagnostics.filter((d) => d.code === 'policy-too-large').length, 0);
	});
});
