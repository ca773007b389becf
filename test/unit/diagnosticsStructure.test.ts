/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DiagnosticSeverity, TextDocument } from '../../server/src/languageService';
import { rules } from '../../server/src/languageService/diagnostics/rules';
import { assertDiagnostic, assertNoDiagnostic, policy, validate } from './diagnosticsUtil';
import { service } from './testUtil';

const support = '{"Effect": "Allow", "Action": "support:*", "Resource": "*"}';

/** [rule, a document that triggers it at `|`, a near miss that must not, the file's URI when not a JSON policy]. */
const structureCases: [string, string, string, string?][] = [
	[
		'json-syntax',
		'{"Version": "2012-10-17", "Statement": [{"Effect": "Allow" |"Action": "support:*", "Resource": "*"}]}',
		policy(support),
	],
	[
		'trailing-comma',
		'{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["support:*"|,], "Resource": "*"}]}',
		policy(support),
	],
	[
		'json-comment',
		'{"Version": "2012-10-17", |// all of Support\n"Statement": [{"Effect": "Allow", "Action": "support:*", "Resource": "*"}]}',
		'{"Version": "2012-10-17", "Statement": [{"Sid": "AllOfSupport", "Effect": "Allow", "Action": "support:*", "Resource": "*"}]}',
	],
	[
		'template-syntax',
		'Resources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Statement:\n          - Action: [support:*\n|',
		'Resources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Statement:\n          - Action: [support:*]\n',
		'file:///test/template.yaml',
	],
	['missing-version', `{|"Statement": [${support}]}`, policy(support)],
	['invalid-version', `{"Version": |"2012-10-18", "Statement": [${support}]}`, policy(support)],
	['old-version', `{"Version": |"2008-10-17", "Statement": [${support}]}`, policy(support)],
	['missing-statement', '{|"Version": "2012-10-17"}', policy(support)],
	['missing-effect', policy('{|"Action": "support:*", "Resource": "*"}'), policy(support)],
	['invalid-effect', policy('{"Effect": |"allow", "Action": "support:*", "Resource": "*"}'), policy(support)],
	['missing-action', policy('{|"Effect": "Allow", "Resource": "*"}'), policy(support)],
	[
		'missing-resource',
		policy('{|"Effect": "Allow", "Action": "support:*"}'),
		policy('{"Effect": "Allow", "Action": "support:*", "NotResource": "arn:aws:s3:::b"}'),
	],
	[
		'conflicting-elements',
		policy('{"Effect": "Deny", "Action": "support:*", |"NotAction": "support:CreateCase", "Resource": "*"}'),
		policy('{"Effect": "Deny", "NotAction": "support:CreateCase", "Resource": "*"}'),
	],
	['unknown-element', policy('{"Effect": "Allow", |"Actions": "support:*", "Resource": "*"}'), policy(support)],
	['duplicate-key', policy('{"Effect": "Allow", |"Effect": "Deny", "Action": "support:*", "Resource": "*"}'), policy(support)],
	[
		'invalid-sid',
		policy('{"Sid": |"Allow support", "Effect": "Allow", "Action": "support:*", "Resource": "*"}'),
		policy('{"Sid": "AllowSupport", "Effect": "Allow", "Action": "support:*", "Resource": "*"}'),
	],
	[
		'duplicate-sid',
		policy(
			'{"Sid": "A", "Effect": "Allow", "Action": "support:*", "Resource": "*"}',
			'{"Sid": |"A", "Effect": "Deny", "Action": "support:ResolveCase", "Resource": "*"}',
		),
		policy(
			'{"Sid": "A", "Effect": "Allow", "Action": "support:*", "Resource": "*"}',
			'{"Sid": "B", "Effect": "Deny", "Action": "support:ResolveCase", "Resource": "*"}',
		),
	],
	['empty-value', policy('{"Effect": "Allow", "Action": |[], "Resource": "*"}'), policy(support)],
	['wrong-type', policy('{"Effect": "Allow", "Action": |42, "Resource": "*"}'), policy(support)],
];

describe('structure rules', () => {
	for (const [code, trigger, nearMiss, uri] of structureCases) {
		test(`${code}: reported where it applies`, () => {
			assertDiagnostic(code, trigger, undefined, uri);
		});
		test(`${code}: not reported on the near miss`, () => assertNoDiagnostic(code, nearMiss, undefined, uri));
	}

	test('every rule has a unique kebab-case code and a default severity', () => {
		const codes = rules.map((rule) => rule.code);
		assert.equal(new Set(codes).size, codes.length);
		for (const code of codes) {
			assert.match(code, /^[a-z]+(-[a-z]+)*$/);
		}
	});

	// Small objects are checked for repeated keys without a set, large ones with one (structure.ts).
	for (const count of [3, 16, 17, 40]) {
		test(`duplicate-key: each repeat is reported once in an object of ${count + 2} keys`, () => {
			const keys = Array.from({ length: count }, (_, i) => `"s3:Key${i}": "x"`);
			const block = `{${keys.join(', ')}, "s3:Key1": "y", "s3:Key${count - 1}": "z"}`;
			const { document, diagnostics } = validate(
				policy(`{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"StringEquals": ${block}}}`),
			);
			const repeated = diagnostics.filter((d) => d.code === 'duplicate-key').map((d) => document.offsetAt(d.range.start));
			const text = document.getText();
			assert.deepEqual(repeated, [text.indexOf('"s3:Key1": "y"'), text.indexOf(`"s3:Key${count - 1}": "z"`)]);
		});

		test(`unknown-element: no suggestion of a key the object already has, among ${count + 3} keys`, () => {
			const unknown = Array.from({ length: count }, (_, i) => `"Other${i}": 1`);
			const { diagnostics } = validate(
				policy(`{"Effect": "Allow", ${unknown.join(', ')}, "Action": "support:*", "Resource": "*", "Efect": "Deny"}`),
			);
			const misspelt = diagnostics.find((d) => d.code === 'unknown-element' && d.message.includes('"Efect"'));
			assert.ok(misspelt, 'no unknown-element on "Efect"');
			const replacements = (misspelt.data as { replacements?: string[] } | undefined)?.replacements ?? [];
			assert.ok(!replacements.includes('Effect') && !replacements.includes('Action'), replacements.join(', '));
		});
	}

	test('a trust policy in a template needs no Resource and may name a Principal', () => {
		const template = JSON.stringify({
			Resources: {
				Role: {
					Type: 'AWS::IAM::Role',
					Properties: {
						AssumeRolePolicyDocument: {
							Version: '2012-10-17',
							Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
						},
					},
				},
			},
		});
		const { diagnostics } = validate(template, undefined, 'file:///test/template.json');
		assert.deepEqual(
			diagnostics.map((d) => d.code),
			[],
		);
	});

	test('intrinsic functions in an embedded policy are not wrong types', () => {
		const template = JSON.stringify({
			Resources: {
				Policy: {
					Type: 'AWS::IAM::ManagedPolicy',
					Properties: {
						PolicyDocument: {
							Version: '2012-10-17',
							Statement: [
								{
									Effect: 'Allow',
									Action: 'trustedadvisor:RefreshCheck',
									Resource: { 'Fn::Sub': 'arn:${AWS::Partition}:trustedadvisor:*:${AWS::AccountId}:checks/*' },
								},
							],
						},
					},
				},
			},
		});
		assert.deepEqual(
			validate(template).diagnostics.map((d) => d.code),
			[],
		);
	});

	test('the same intrinsic function at the root of a policy file is a wrong type', () => {
		assertDiagnostic('wrong-type', policy('{"Effect": "Allow", "Action": "support:*", "Resource": |{"Ref": "X"}}'));
	});

	test('a JSON file that is not a policy gets nothing, even when it is broken', () => {
		assert.deepEqual(validate('{"name": "x", "version": 1,, }', undefined, 'file:///test/package.json').diagnostics, []);
	});

	test('a file checked as a policy reports that it has none', () => {
		assert.deepEqual(
			validate('{"name": "x"}', { validateAsPolicy: true }).diagnostics.map((d) => d.code),
			['missing-statement'],
		);
	});

	test('invalid-effect names the right case', () => {
		const diagnostic = assertDiagnostic('invalid-effect', policy('{"Effect": |"DENY", "Action": "support:*", "Resource": "*"}'));
		assert.match(diagnostic.message, /"Deny"/);
	});

	test('a rule set to off is not reported, and a severity setting wins', () => {
		const content = `{"Statement": [${support}]}`;
		assertNoDiagnostic('missing-version', content, { rules: { 'missing-version': 'off' } });
		assert.equal(
			assertDiagnostic('missing-version', `{|"Statement": [${support}]}`, { rules: { 'missing-version': 'error' } }).severity,
			DiagnosticSeverity.Error,
		);
	});

	test('a document over maxFileSize is not analysed', () => {
		const document = `{"Statement": [${support}]}`;
		assert.equal(validate(document).diagnostics.length, 1);
		const doc = TextDocument.create('file:///test/policy.json', 'json', 1, document);
		assert.deepEqual(service.doValidation(doc, service.parsePolicyDocument(doc, { maxFileSize: 10 })), []);
	});
});
