/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The user's choice of kind, as the server reads it from `iamSupport.policyKinds` (#14).

import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from '../../server/src/languageService';
import { DocumentLimits } from '../../server/src/utils/documentLimits';
import { policyKindFor } from '../../server/src/utils/policyKinds';
import { toLanguageSettings } from '../../server/src/utils/settings';
import { service } from './testUtil';

const folders = ['file:///work/infra', 'file:///work/infra/org'];

test('a glob with a slash is matched against the path in the deepest folder, one without against the name', () => {
	const globs = { 'policies/trust/**': 'trust', '*-scp.json': 'scp', 'scps/*.json': 'scp' };
	assert.equal(policyKindFor('file:///work/infra/policies/trust/ec2.json', folders, globs), 'trust');
	assert.equal(policyKindFor('file:///work/infra/a/b/deny-regions-scp.json', folders, globs), 'scp');
	// Under the nested folder the path is scps/…, not org/scps/….
	assert.equal(policyKindFor('file:///work/infra/org/scps/root.json', folders, globs), 'scp');
	assert.equal(policyKindFor('file:///work/infra/policies/support.json', folders, globs), undefined);
	assert.equal(policyKindFor('file:///elsewhere/x-scp.json', folders, globs), 'scp');
	assert.equal(
		policyKindFor('file:///work/infra/policies/trust/my%20role.json', folders, { 'policies/trust/my role.json': 'trust' }),
		'trust',
	);
});

test('unknown kinds, empty globs and settings of the wrong shape are ignored', () => {
	assert.equal(policyKindFor('file:///work/infra/a.json', folders, { '*.json': 'bucket' }), undefined);
	assert.equal(policyKindFor('file:///work/infra/a.json', folders, { '': 'trust' }), undefined);
	assert.equal(policyKindFor('file:///work/infra/a.json', folders, ['trust']), undefined);
	assert.equal(policyKindFor('file:///work/infra/a.json', folders, 'trust'), undefined);
	assert.equal(
		toLanguageSettings({ policyKinds: { '*.json': 'rcp' } }, (globs) => policyKindFor('file:///w/a.json', [], globs)).policyKind,
		'rcp',
	);
	assert.equal(toLanguageSettings({ policyKinds: { '*.json': 'rcp' } }).policyKind, undefined);
});

test('the parse gets the kind with the size limit, and forgets it with the document', async () => {
	const uri = 'file:///work/infra/trust.json';
	const limits = new DocumentLimits(
		async () => 1_000_000,
		() => undefined,
		async () => 'trust',
	);
	await limits.load(uri);
	const document = TextDocument.create(
		uri,
		'json',
		1,
		'{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole"}]}',
	);
	assert.deepEqual(service.parsePolicyDocument(document, limits.parseSettings(uri)).policies[0].kind, {
		kind: 'trust',
		source: 'setting',
	});
	limits.forget(uri);
	assert.equal(limits.parseSettings(uri).policyKind, undefined);
});
