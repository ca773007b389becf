/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { contextPresets, parseContextInput, parseExtraContext } from '../../client/src/panel/common/context';
import { isContext } from '../../client/src/panel/common/messages';
import {
	addLayer,
	headRevision,
	initialRequest,
	managedSupportAccess,
	reduceRequest,
	toDiffParams,
	toSimulateParams,
	watchedUris,
} from '../../client/src/panel/common/requestState';

const uri = 'file:///work/policy.json';
const boundary = { kind: 'permissionsBoundary' as const, uri: 'file:///work/boundary.json', label: 'boundary.json' };
const scp = (n: number) => ({ kind: 'serviceControlPolicy' as const, uri: `file:///work/scp${n}.json`, label: `scp${n}.json` });

describe('reduceRequest', () => {
	test('context, resource and comparison change the request', () => {
		let request = initialRequest(uri);
		request = reduceRequest(request, { type: 'setContext', context: { 'aws:MultiFactorAuthPresent': true } })!;
		request = reduceRequest(request, { type: 'setResource', resource: '  arn:aws:trustedadvisor:*:1:checks/x ' })!;
		request = reduceRequest(request, { type: 'setCompare', target: 'managed:AWSSupportAccess' })!;
		assert.deepEqual(request.context, { 'aws:MultiFactorAuthPresent': true });
		assert.equal(request.resource, 'arn:aws:trustedadvisor:*:1:checks/x');
		assert.deepEqual(request.compare, managedSupportAccess);
		assert.equal(reduceRequest(request, { type: 'setCompare', target: 'none' })!.compare, undefined);
		assert.equal(reduceRequest(request, { type: 'setResource', resource: ' ' })!.resource, undefined);
	});

	test('messages that need the host leave the request alone', () => {
		const request = initialRequest(uri);
		for (const message of [
			{ type: 'ready' },
			{ type: 'setCompare', target: 'file' },
			{ type: 'pickLayer', kind: 'sessionPolicy' },
			{ type: 'removeLayer', index: 0 },
		] as const) {
			assert.equal(reduceRequest(request, message), undefined, message.type);
		}
	});

	test("setRevision compares with HEAD or stops; a pick is the host's quick pick", () => {
		const request = reduceRequest(initialRequest(uri), { type: 'setRevision', target: 'HEAD' })!;
		assert.deepEqual(request.revision, headRevision);
		assert.equal(reduceRequest(request, { type: 'setRevision', target: 'pick' }), undefined);
		assert.equal(reduceRequest(request, { type: 'setRevision', target: 'none' })!.revision, undefined);
		assert.deepEqual(initialRequest(uri, undefined, headRevision).revision, headRevision);
		assert.equal('revision' in initialRequest(uri), false);
	});

	test('removeLayer removes exactly the one layer', () => {
		const request = addLayer(addLayer(addLayer(initialRequest(uri), scp(1)), boundary), scp(2));
		assert.deepEqual(reduceRequest(request, { type: 'removeLayer', index: 1 })!.layers, [scp(1), scp(2)]);
	});
});

describe('toSimulateParams', () => {
	test('an empty request asks for the document alone', () => {
		assert.deepEqual(toSimulateParams(initialRequest(uri)), { textDocument: { uri } });
	});

	test("the CodeLens's policy index goes to the document, not to the compared policy", () => {
		const request = { ...initialRequest(uri, 2), compare: managedSupportAccess };
		assert.equal(toSimulateParams(request).policyIndex, 2);
		assert.equal(toSimulateParams(request, managedSupportAccess.uri).policyIndex, undefined);
	});

	test('SCPs form an ordered chain while a new boundary replaces the old one', () => {
		let request = addLayer(initialRequest(uri), scp(1));
		request = addLayer(request, { ...boundary, uri: 'file:///work/old.json' });
		request = addLayer(request, boundary);
		request = addLayer(request, scp(2));
		request = addLayer(request, { kind: 'sessionPolicy', uri: 'file:///work/session.json', label: 'session.json' });
		const params = toSimulateParams({ ...request, context: { 'aws:SourceIp': '203.0.113.10' } });
		assert.deepEqual(params.permissionsBoundary, { uri: boundary.uri, label: boundary.label });
		assert.deepEqual(
			params.serviceControlPolicies?.map((source) => source.label),
			['scp1.json', 'scp2.json'],
		);
		assert.equal(params.sessionPolicy?.label, 'session.json');
		assert.deepEqual(params.context, { 'aws:SourceIp': '203.0.113.10' });
	});

	test('the comparison is simulated under the same layers and context', () => {
		const request = {
			...addLayer(initialRequest(uri), boundary),
			context: { 'aws:MultiFactorAuthPresent': true },
			compare: managedSupportAccess,
		};
		const params = toSimulateParams(request, managedSupportAccess.uri);
		assert.equal(params.textDocument.uri, 'managed:AWSSupportAccess');
		assert.deepEqual(params.context, request.context);
		assert.equal(params.permissionsBoundary?.uri, boundary.uri);
		assert.deepEqual([...watchedUris(request)], [uri, boundary.uri, 'managed:AWSSupportAccess']);
	});
});

describe('request context input', () => {
	test("converts text to the key's type", () => {
		assert.deepEqual(parseContextInput('bool', 'TRUE'), { value: true });
		assert.deepEqual(parseContextInput('number', ' 300 '), { value: 300 });
		assert.deepEqual(parseContextInput('ip', '203.0.113.0/24'), { value: '203.0.113.0/24' });
		assert.deepEqual(parseContextInput('ip', '2001:db8::/32'), { value: '2001:db8::/32' });
		assert.deepEqual(parseContextInput('date', '2026-01-31T12:00:00Z'), { value: '2026-01-31T12:00:00Z' });
		assert.deepEqual(parseContextInput('date', '1767225600'), { value: '1767225600' });
		assert.deepEqual(parseContextInput('list', 'a, b,,c'), { value: ['a', 'b', 'c'] });
		assert.equal(parseContextInput('string', '   '), undefined);
	});

	test('a value of the wrong type is an error, not a silent string', () => {
		for (const [kind, text] of [
			['bool', 'yes'],
			['number', '12abc'],
			['ip', '203.0.113.300'],
			['ip', 'localhost'],
			['date', 'tomorrow'],
		] as const) {
			assert.ok('error' in (parseContextInput(kind, text) ?? {}), `${kind} ${text}`);
		}
	});

	test('free-form lines are typed by their key and errors name their line', () => {
		const { context, errors } = parseExtraContext(
			'aws:PrincipalTag/team=support\n\naws:SecureTransport=true\nnot a key=1\naws:SourceIp=nowhere',
		);
		assert.deepEqual(context, { 'aws:PrincipalTag/team': 'support', 'aws:SecureTransport': true });
		assert.deepEqual(
			errors.map((error) => error.slice(0, 7)),
			['Line 4:', 'Line 5:'],
		);
	});

	test("every preset passes the host's validation", () => {
		for (const preset of contextPresets) {
			assert.ok(isContext(preset.values), preset.id);
		}
		assert.ok(contextPresets.some((preset) => preset.values['aws:SourceIp'] === '203.0.113.10'));
	});
});

describe('toDiffParams', () => {
	const before = { text: '{}', uri: 'git:/work/policy.json?HEAD', label: 'policy.json at HEAD' };

	test('the old version is judged under the same layers and context as the simulation', () => {
		const request = {
			...addLayer(addLayer(addLayer(initialRequest(uri, 1), scp(1)), boundary), scp(2)),
			context: { 'aws:MultiFactorAuthPresent': false },
			resource: 'arn:aws:trustedadvisor:*:1:checks/x',
			compare: managedSupportAccess,
		};
		assert.deepEqual(toDiffParams(request, before), {
			textDocument: { uri },
			before,
			context: { 'aws:MultiFactorAuthPresent': false },
			permissionsBoundary: { uri: boundary.uri, label: boundary.label },
			serviceControlPolicies: [scp(1), scp(2)].map((layer) => ({ uri: layer.uri, label: layer.label })),
		});
	});

	test('an empty request sends the document and the old version alone', () => {
		assert.deepEqual(toDiffParams(initialRequest(uri), before), { textDocument: { uri }, before });
	});
});
