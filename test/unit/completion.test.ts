/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { supportActions, supportFamilyPrefixes } from '../../server/src/languageService/catalog/catalog';
import { applyCompletion, complete } from './testUtil';

const inAction = (value: string) => `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ${value}, "Resource": "*"}]}`;

function labels(content: string, uri?: string): string[] {
	return complete(content, uri).items.map((item) => item.label);
}

describe('completion of actions', () => {
	test('after "support: every support action, in AWS case, with its access level', () => {
		const { items } = complete(inAction('"support:|"'));
		const actions = items.filter((item) => !item.label.includes('*'));
		assert.equal(actions.length, 39);
		const resolveCase = items.find((item) => item.label === 'support:ResolveCase');
		assert.equal(resolveCase?.detail, 'Write');
		assert.match(JSON.stringify(resolveCase?.documentation), /resolve an AWS Support case/);
	});

	for (const prefix of supportFamilyPrefixes) {
		test(`after "${prefix}: every ${prefix} action`, () => {
			const offered = new Set(labels(inAction(`"${prefix}:|"`)));
			for (const action of supportActions(prefix)) {
				assert.ok(offered.has(action.fullName), `${action.fullName} is offered`);
			}
		});
	}

	test('the prefix is matched without regard to case', () => {
		assert.ok(labels(inAction('"Support:|"')).includes('support:CreateCase'));
	});

	test('useful wildcards with the number of actions they match', () => {
		const { items } = complete(inAction('"support:|"'));
		const describe = items.find((item) => item.label === 'support:Describe*');
		assert.equal(describe?.detail, 'matches 17 actions');
		assert.equal(items.find((item) => item.label === 'support:*')?.detail, 'matches 39 actions');
	});

	test('inside a quoted, partly typed name the whole string is replaced', () => {
		const { document, items } = complete(inAction('["support:Desc|"]'));
		const item = items.find((candidate) => candidate.label === 'support:DescribeCases')!;
		assert.equal(applyCompletion(document, item), inAction('["support:DescribeCases"]'));
		assert.equal(item.filterText, '"support:DescribeCases"');
	});

	test('a partly typed name without quotes gets its quotes', () => {
		const { document, items } = complete(inAction('[support:Desc|]'));
		const item = items.find((candidate) => candidate.label === 'support:DescribeCases')!;
		assert.equal(applyCompletion(document, item), inAction('["support:DescribeCases"]'));
	});

	test('an unterminated string is replaced up to the end of the line', () => {
		const content = '{"Statement": [{"Effect": "Allow", "Action": "support:Res|\n}]}';
		const { document, items } = complete(content);
		const item = items.find((candidate) => candidate.label === 'support:ResolveCase')!;
		assert.equal(applyCompletion(document, item), '{"Statement": [{"Effect": "Allow", "Action": "support:ResolveCase"\n}]}');
	});

	test('in an empty array and before the colon: prefixes, the Support family first', () => {
		const { items } = complete(inAction('[|]'));
		const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
		assert.deepEqual(
			sorted.slice(0, supportFamilyPrefixes.length).map((item) => item.label),
			supportFamilyPrefixes.map((prefix) => `${prefix}:`),
		);
		assert.ok(
			items.some((item) => item.label === 's3:'),
			'other services are offered too',
		);
		assert.equal(items.find((item) => item.label === 'support:')?.command?.command, 'editor.action.triggerSuggest');
	});

	test('a trailing comma does not confuse the context', () => {
		assert.ok(labels(inAction('["support:CreateCase", "trustedadvisor:|",]')).includes('trustedadvisor:RefreshCheck'));
	});

	test('NotAction completes like Action', () => {
		assert.ok(labels('{"Statement": [{"Effect": "Deny", "NotAction": "supportplans:|"}]}').includes('supportplans:GetSupportPlan'));
	});

	test('another service lists its action names', () => {
		assert.ok(labels(inAction('"s3:|"')).includes('s3:GetObject'));
	});

	test('an unknown prefix offers nothing', () => {
		assert.deepEqual(labels(inAction('"nosuchservice:|"')), []);
	});
});

describe('completion of keys and values', () => {
	test('statement elements not yet present, without the excluded twin', () => {
		const offered = labels('{"Statement": [{"Effect": "Allow", "Action": "support:*", |}]}');
		assert.deepEqual(offered.sort(), ['Condition', 'NotResource', 'Resource', 'Sid']);
	});

	test('a key is inserted with its value and a comma when another property follows', () => {
		const { document, items } = complete('{"Statement": [{|"Effect": "Allow"}]}');
		const item = items.find((candidate) => candidate.label === 'Sid')!;
		assert.equal(applyCompletion(document, item), '{"Statement": [{"Sid": "$1","Effect": "Allow"}]}');
	});

	test('editing an existing key replaces the name only', () => {
		const { document, items } = complete('{"Statement": [{"Eff|": "Allow"}]}');
		const item = items.find((candidate) => candidate.label === 'Effect')!;
		assert.equal(applyCompletion(document, item), '{"Statement": [{"Effect": "Allow"}]}');
	});

	test('top-level elements', () => {
		assert.deepEqual(labels('{"Version": "2012-10-17", |}').sort(), ['Id', 'Statement']);
	});

	test('an empty file named like a policy offers the top-level elements', () => {
		assert.deepEqual(labels('{|}', 'file:///work/support-policy.json').sort(), ['Id', 'Statement', 'Version']);
	});

	test('an unrelated JSON document gets nothing', () => {
		assert.equal(complete('{"name": "my-package", "version": "|"}', 'file:///work/package.json').list, null);
		assert.equal(complete('{"Statement2": "|"}', 'file:///work/settings.json').list, null);
	});

	test('Effect values', () => {
		assert.deepEqual(labels('{"Statement": [{"Effect": "|"}]}'), ['Allow', 'Deny']);
	});

	test('Version value', () => {
		assert.deepEqual(labels('{"Version": "|", "Statement": []}'), ['2012-10-17']);
	});

	test('Resource offers "*", and a check ARN snippet for Trusted Advisor check actions', () => {
		assert.deepEqual(labels(inAction('"support:CreateCase"').replace('"Resource": "*"', '"Resource": "|"')), ['*']);
		const withChecks = labels('{"Statement": [{"Effect": "Allow", "Action": "trustedadvisor:RefreshCheck", "Resource": [|]}]}');
		assert.equal(withChecks.length, 2);
		assert.match(withChecks[1], /checks\/CATEGORY\/CHECK_ID/);
	});

	test('a policy embedded in a CloudFormation template completes too', () => {
		const template =
			'{"Resources": {"Role": {"Type": "AWS::IAM::Role", "Properties": {"Policies": [{"PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "support:|"}]}}]}}}}';
		assert.ok(labels(template, 'file:///work/template.json').includes('support:DescribeCases'));
		assert.equal(
			complete('{"Resources": {"Bucket": {"Type": "AWS::S3::Bucket", "Properties": {"Name": "|"}}}}', 'file:///work/template.json')
				.list,
			null,
		);
	});
});

describe('completion in conditions', () => {
	test('operators, with IfExists and set-qualified forms', () => {
		const offered = labels('{"Statement": [{"Effect": "Allow", "Condition": {"|"}}]}');
		for (const operator of [
			'StringEquals',
			'StringLikeIfExists',
			'ForAllValues:StringLike',
			'ForAnyValue:StringEquals',
			'Bool',
			'IpAddress',
			'Null',
		]) {
			assert.ok(offered.includes(operator), operator);
		}
		assert.ok(!offered.includes('NullIfExists'));
	});

	test('condition keys with their type', () => {
		const { items } = complete('{"Statement": [{"Effect": "Allow", "Action": "support:*", "Condition": {"Bool": {"|"}}}]}');
		assert.equal(items.find((item) => item.label === 'aws:MultiFactorAuthPresent')?.detail, 'Bool');
		assert.equal(items.find((item) => item.label === 'aws:SourceIp')?.detail, 'IPAddress');
	});

	test("service condition keys of the statement's actions come first", () => {
		const { items } = complete(
			'{"Statement": [{"Effect": "Allow", "Action": "supportauthz:TagResource", "Condition": {"StringEquals": {"|"}}}]}',
		);
		const tagKeys = items.find((item) => item.label === 'aws:TagKeys');
		assert.ok(tagKeys?.sortText?.startsWith('0_'));
	});

	test('Bool values', () => {
		assert.deepEqual(labels('{"Statement": [{"Effect": "Allow", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "|"}}}]}'), [
			'true',
			'false',
		]);
	});
});
