/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The hand-kept Support facts (data/supportFacts.ts) name real actions, and the catalog reads them as AWS's
// pages say: an action is an API operation when an operation bears its name, and the operations that bear
// none are authorized by the actions AWS lists for them.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { supportAction, supportActions, supportService } from '../../server/src/languageService/catalog/catalog';
import { managedPolicies, managedPolicy } from '../../server/src/languageService/data/managedPolicies';
import {
	apiReferences,
	operationActions,
	prefixesWithoutResourcePolicies,
	prefixesWithoutVpcEndpoint,
	supportAgreementActions,
	supportCenterActions,
	supportPermitActions,
} from '../../server/src/languageService/data/supportFacts';

test("every action the facts name is an action of the catalog, in AWS's case", () => {
	const named = [
		...supportPermitActions,
		...supportAgreementActions,
		...supportCenterActions,
		...Object.values(operationActions).flatMap((entries) => entries.flatMap((entry) => entry.actions)),
	];
	assert.deepEqual(
		named.filter((name) => supportAction(name)?.fullName !== name),
		[],
	);
	for (const prefix of [...prefixesWithoutResourcePolicies, ...prefixesWithoutVpcEndpoint]) {
		assert.ok(supportService(prefix), prefix);
	}
});

test('every operation of an API reference is an action of its name or lists the actions that authorize it', () => {
	for (const [prefix, { operations }] of Object.entries(apiReferences)) {
		const names = new Set(supportActions(prefix).map((action) => action.name));
		const authorized = new Set((operationActions[prefix] ?? []).map((entry) => entry.operation));
		assert.deepEqual(
			operations.filter((operation) => !names.has(operation) && !authorized.has(operation)),
			[],
			prefix,
		);
		for (const operation of authorized) {
			assert.ok(operations.includes(operation), `${prefix}: ${operation} is not in its API reference`);
		}
	}
});

test('the Support API: 20 operations, of which 4 bear no action name and need two actions each', () => {
	assert.equal(apiReferences.support.operations.length, 20);
	const upload = supportAction('support:UploadAttachment')!;
	assert.equal(upload.apiOperation, false);
	assert.deepEqual(
		upload.authorizedOperations.map((entry) => [entry.operation, entry.actions]),
		['GetAttachmentUploadLinks', 'CompleteAttachmentUpload', 'DescribeAttachmentUploadStatus'].map((operation) => [
			operation,
			['support:UploadAttachment', 'support:AddAttachmentsToSet'],
		]),
	);
	assert.equal(supportAction('support:AddAttachmentsToSet')!.apiOperation, true);
	assert.deepEqual(
		supportAction('support:DescribeAttachment')!.authorizedOperations.map((entry) => entry.operation),
		['GetAttachmentDownloadLink'],
	);
	assert.deepEqual(supportAction('support:DescribeCases')!.authorizedOperations, []);
});

test('supportauthz has a public API: every action but RegisterKey is an operation', () => {
	assert.deepEqual(
		supportActions('supportauthz')
			.filter((action) => !action.apiOperation)
			.map((action) => action.name),
		['RegisterKey'],
	);
	assert.equal(
		supportAction('supportauthz:CreateSupportPermit')!.apiReferenceUrl,
		'https://docs.aws.amazon.com/supportauthz/latest/APIReference/API_CreateSupportPermit.html',
	);
});

test('the bundled managed policies are the documents of test/fixtures/aws-managed/, as AWS publishes them', () => {
	const fixtures = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'aws-managed');
	for (const policy of managedPolicies) {
		assert.equal(policy.text, fs.readFileSync(path.join(fixtures, `${policy.name}.json`), 'utf8'), policy.name);
	}
});

test('AWSSupportPlansFullAccess is version 4: the agreement actions and the Support Plans service-linked role', () => {
	// AWS Managed Policy Reference, AWSSupportPlansFullAccess, v4 (2026-08-24).
	const document = JSON.parse(managedPolicy('AWSSupportPlansFullAccess')!.text);
	const [plans, createRole, getRole] = document.Statement;
	assert.deepEqual(
		[...plans.Action].sort(),
		supportActions('supportplans')
			.map((action) => action.fullName)
			.sort(),
	);
	const role = 'arn:aws:iam::*:role/aws-service-role/supportplans.amazonaws.com/AWSServiceRoleForSupportPlans';
	assert.deepEqual(createRole, {
		Action: 'iam:CreateServiceLinkedRole',
		Condition: { StringEquals: { 'iam:AWSServiceName': 'supportplans.amazonaws.com' } },
		Effect: 'Allow',
		Resource: role,
	});
	assert.deepEqual(getRole, { Action: 'iam:GetRole', Effect: 'Allow', Resource: role });
});
