/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { TextDocument, type CodeAction, type Diagnostic, type TextDocumentEdit } from '../../server/src/languageService';
import { validate } from './diagnosticsUtil';
import { applyCompletion, complete, hover, service } from './testUtil';

const fixtures = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'templates');
const read = (name: string) => fs.readFileSync(path.join(fixtures, name), 'utf8');

/** Each finding as `line:column code "text it underlines"`, lines and columns from 1. */
function findings(name: string): string[] {
	const { document, diagnostics } = validate(read(name), undefined, `file:///templates/${name}`);
	return diagnostics.map(
		(diagnostic) =>
			`${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${diagnostic.code} ${JSON.stringify(document.getText(diagnostic.range))}`,
	);
}

function policiesOf(name: string) {
	const document = TextDocument.create(`file:///templates/${name}`, 'yaml', 1, read(name));
	return service
		.parsePolicyDocument(document)
		.policies.map((policy) => [policy.path.join('.'), policy.kind.kind, policy.statements.length]);
}

describe('CloudFormation YAML', () => {
	test('every policy of the template is found, with the kind its place gives it', () => {
		assert.deepEqual(policiesOf('support-roles.yaml'), [
			['Resources.SupportRole.Properties.AssumeRolePolicyDocument', 'trust', 1],
			// The !If statement is one only a deployment knows: not read as a statement.
			['Resources.SupportRole.Properties.Policies.0.PolicyDocument', 'identity', 3],
			['Resources.ReadOnlyPolicy.Properties.PolicyDocument', 'identity', 1],
			['Resources.BucketPolicy.Properties.PolicyDocument', 'resource', 1],
		]);
	});

	test('the mistakes are found where they are written, and intrinsic functions raise nothing', () => {
		assert.deepEqual(findings('support-roles.yaml'), [
			// The literal parts of !Sub are still an ARN, on actions that take none.
			'30:27 resource-never-matches "!Sub arn:aws:support::${AWS::AccountId}:case/*"',
			'50:19 unknown-action "support:DescribeCasez"',
			'57:9 missing-version "Statement"',
		]);
	});

	test('a template that does not parse gets one finding, in the YAML parser words, and keeps what it could read', () => {
		const broken = read('support-roles.yaml').replace("                Resource: '*'\n", "                Resource: ['*'\n");
		assert.notEqual(broken, read('support-roles.yaml'));
		const { diagnostics } = validate(broken, undefined, 'file:///templates/broken.yaml');
		const syntax = diagnostics.filter((diagnostic) => diagnostic.code === 'template-syntax');
		assert.equal(syntax.length, 1);
		assert.match(syntax[0].message, /^This YAML does not parse: /);
		// The policies before the mistake are still read and checked.
		assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'resource-never-matches'));
	});

	test('YAML without the words of a policy is never parsed, even when it is broken', () => {
		const manifest = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [unclosed\n';
		const document = TextDocument.create('file:///k8s/config.yaml', 'yaml', 1, manifest);
		const parsed = service.parsePolicyDocument(document);
		assert.equal(parsed.root, undefined);
		assert.deepEqual(service.doValidation(document, parsed), []);
	});

	test('a template in JSON reads the same, intrinsic statements included', () => {
		const json = JSON.stringify({
			Resources: {
				P: {
					Type: 'AWS::IAM::ManagedPolicy',
					Properties: {
						PolicyDocument: {
							Version: '2012-10-17',
							Statement: [
								{
									'Fn::If': [
										'IsProd',
										{ Effect: 'Deny', Action: 'support:ResolveCase', Resource: '*' },
										{ Ref: 'AWS::NoValue' },
									],
								},
								{
									Effect: 'Allow',
									Action: 'support:DescribeCasez',
									Resource: { 'Fn::Sub': 'arn:${AWS::Partition}:support::*' },
								},
							],
						},
					},
				},
			},
		});
		const { diagnostics } = validate(json, undefined, 'file:///templates/stack.template.json');
		assert.deepEqual(
			diagnostics.map((diagnostic) => diagnostic.code),
			['unknown-action'],
		);
	});
});

describe('SAM and the Serverless Framework', () => {
	test('a SAM function: policy templates and managed policy names are not statements; the inline policy is checked', () => {
		assert.deepEqual(policiesOf('sam-function.yaml'), [['Resources.CaseNotifier.Properties.Policies.3', 'identity', 1]]);
		assert.deepEqual(findings('sam-function.yaml'), ['21:25 resource-never-matches "arn:aws:support::123456789012:case/*"']);
	});

	test('Serverless role statements, new and old forms, are policies with the Version the framework writes', () => {
		assert.deepEqual(policiesOf('serverless.yml'), [
			['provider.iam.role.statements', 'identity', 2],
			['functions.notify.iamRoleStatements', 'identity', 1],
		]);
		assert.deepEqual(findings('serverless.yml'), [
			'13:19 invalid-effect "Alow"',
			'22:19 resource-never-matches "arn:aws:support:::case/*"',
		]);
	});
});

const template = (statements: string) =>
	`Resources:\n  R:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n${statements}`;
const uri = 'file:///templates/stack.yaml';

describe('completion in YAML', () => {
	test('an action in a block list is inserted plain, as YAML writes it', () => {
		const { document, items } = complete(
			template('          - Effect: Allow\n            Action:\n              - support:Desc|\n'),
			uri,
		);
		const item = items.find((candidate) => candidate.label === 'support:DescribeCases')!;
		assert.equal(
			applyCompletion(document, item),
			template('          - Effect: Allow\n            Action:\n              - support:DescribeCases\n'),
		);
	});

	test('a value YAML would misread is quoted: "*" is not an alias', () => {
		const { document, items } = complete(template('          - Effect: Allow\n            Action: |\n'), uri);
		const item = items.find((candidate) => candidate.label === '*')!;
		assert.equal(applyCompletion(document, item), template('          - Effect: Allow\n            Action: "*"\n'));
	});

	test('inside quotes the user opened, the quotes are kept', () => {
		const { document, items } = complete(template("          - Effect: Allow\n            Action: 'support:Resolve|'\n"), uri);
		const item = items.find((candidate) => candidate.label === 'support:ResolveCase')!;
		assert.equal(applyCompletion(document, item), template("          - Effect: Allow\n            Action: 'support:ResolveCase'\n"));
	});

	test('Effect values, and the keys of a statement in the YAML spelling', () => {
		assert.deepEqual(
			complete(template('          - Effect: |\n            Action: support:*\n'), uri).items.map((item) => item.label),
			['Allow', 'Deny'],
		);
		const keys = complete(template('          - Effect: Allow\n            Act|\n'), uri).items;
		assert.deepEqual(
			keys.map((item) => item.label),
			['Sid', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'],
		);
		assert.equal((keys[1].textEdit as { newText: string }).newText, 'Action:\n  - $1');
		// A new item of the Statement list starts a statement.
		assert.ok(
			complete(template('          - Effect: Allow\n            Action: a:b\n          - |\n'), uri).items.some(
				(item) => item.label === 'Effect',
			),
		);
	});

	test('condition operators under Condition, and keys under an operator', () => {
		const statement = '          - Effect: Allow\n            Action: support:*\n            Resource: "*"\n            Condition:\n';
		const operators = complete(template(`${statement}              |\n`), uri).items;
		assert.ok(operators.some((item) => item.label === 'StringEquals'));
		const keys = complete(template(`${statement}              Bool:\n                aws:MultiF|\n`), uri).items;
		assert.ok(keys.some((item) => item.label === 'aws:MultiFactorAuthPresent'));
	});
});

test('hover on an action of a YAML template', () => {
	const result = hover(template('          - Effect: Allow\n            Action:\n              - support:Create|Case\n'), uri);
	assert.match(JSON.stringify(result.result), /support:CreateCase/);
});

describe('quick fixes in YAML', () => {
	function fixes(text: string, code: string): { diagnostic: Diagnostic; actions: CodeAction[]; document: TextDocument } {
		const document = TextDocument.create(uri, 'yaml', 1, text);
		const parsed = service.parsePolicyDocument(document);
		const diagnostic = service.doValidation(document, parsed).find((candidate) => candidate.code === code);
		assert.ok(diagnostic, `no ${code}`);
		const actions = service.doCodeActions(document, diagnostic.range, { diagnostics: [diagnostic] }, parsed);
		return { diagnostic, actions, document };
	}
	function apply(document: TextDocument, action: CodeAction): string {
		const change = action.edit!.documentChanges![0] as TextDocumentEdit;
		return TextDocument.applyEdits(document, change.edits);
	}

	test('an ARN on resource-less actions becomes "*", the !Sub tag with it', () => {
		const text = template(
			'          - Effect: Allow\n            Action: support:CreateCase\n            Resource: !Sub arn:aws:support::${AWS::AccountId}:case/*\n',
		);
		const { actions, document } = fixes(text, 'resource-never-matches');
		const action = actions.find((candidate) => candidate.title === 'Change to "*"')!;
		assert.equal(
			apply(document, action),
			template('          - Effect: Allow\n            Action: support:CreateCase\n            Resource: "*"\n'),
		);
	});

	test('a missing Resource is added as a line at the indentation of the statement keys', () => {
		const text = template('          - Effect: Allow\n            Action: support:CreateCase\n');
		const { actions, document } = fixes(text, 'missing-resource');
		assert.equal(
			apply(document, actions[0]),
			template('          - Effect: Allow\n            Action: support:CreateCase\n            Resource: "*"\n'),
		);
	});

	test('a redundant action is removed with its line', () => {
		const text = template(
			'          - Effect: Allow\n            Action:\n              - support:*\n              - support:CreateCase\n            Resource: "*"\n',
		);
		const { actions, document } = fixes(text, 'redundant-action');
		assert.equal(
			apply(document, actions[0]),
			template('          - Effect: Allow\n            Action:\n              - support:*\n            Resource: "*"\n'),
		);
	});

	test('moving actions to a statement of their own writes a block statement under the others', () => {
		const text = template(
			'          - Effect: Allow\n            Action:\n              - support:CreateCase\n              - trustedadvisor:DescribeCheckItems\n            Resource: arn:aws:trustedadvisor:*:111122223333:checks/*\n',
		);
		const { actions, document } = fixes(text, 'resource-never-matches');
		const split = actions.find((candidate) => candidate.title.startsWith('Move support:CreateCase'))!;
		const after = apply(document, split);
		assert.equal(
			after,
			template(
				'          - Effect: Allow\n            Action:\n              - trustedadvisor:DescribeCheckItems\n            Resource: arn:aws:trustedadvisor:*:111122223333:checks/*\n          - Effect: Allow\n            Action: support:CreateCase\n            Resource: "*"\n',
			),
		);
		const fixed = TextDocument.create(uri, 'yaml', 2, after);
		assert.deepEqual(
			service
				.doValidation(fixed, service.parsePolicyDocument(fixed))
				.filter((diagnostic) => diagnostic.code === 'resource-never-matches'),
			[],
		);
	});
});
