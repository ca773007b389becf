/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
	isPanelRequest,
	isRevisionRef,
	noFilters,
	requestFromSavedState,
	validateFromWebview,
} from '../../client/src/panel/common/messages';
import { initialRequest } from '../../client/src/panel/common/requestState';

const range = { start: { line: 1, character: 0 }, end: { line: 3, character: 1 } };

describe('validateFromWebview', () => {
	const valid: unknown[] = [
		{ type: 'ready' },
		{ type: 'refresh' },
		{ type: 'rendered', seq: 4 },
		{
			type: 'setContext',
			context: {
				'aws:MultiFactorAuthPresent': true,
				'aws:SourceIp': '203.0.113.10',
				'aws:MultiFactorAuthAge': 300,
				'aws:CalledVia': ['a', 'b'],
			},
		},
		{ type: 'setContext', context: { 'aws:PrincipalTag/team': 'support' } },
		{ type: 'setResource', resource: 'arn:aws:trustedadvisor:*:111122223333:checks/x' },
		{ type: 'pickLayer', kind: 'serviceControlPolicy' },
		{ type: 'removeLayer', index: 0 },
		{ type: 'setCompare', target: 'managed:AWSSupportAccess' },
		{ type: 'setCompare', target: 'file' },
		{ type: 'setRevision', target: 'HEAD' },
		{ type: 'setRevision', target: 'pick' },
		{ type: 'setRevision', target: 'none' },
		{ type: 'reveal', uri: 'file:///work/policy.json', range },
		{ type: 'export', format: 'csv', filters: noFilters },
	];
	for (const message of valid) {
		test(`accepts ${JSON.stringify(message)}`, () => {
			assert.deepEqual(validateFromWebview(message), message);
		});
	}

	const invalid: [string, unknown][] = [
		['null', null],
		['a string', 'ready'],
		['an array', [{ type: 'ready' }]],
		['an unknown type', { type: 'runScript', code: 'alert(1)' }],
		['a type that is not a string', { type: 1 }],
		['a negative sequence number', { type: 'rendered', seq: -1 }],
		['a fractional sequence number', { type: 'rendered', seq: 1.5 }],
		['a context that is an array', { type: 'setContext', context: [] }],
		['a context key without a service', { type: 'setContext', context: { MultiFactorAuthPresent: true } }],
		['a __proto__ context key', { type: 'setContext', context: JSON.parse('{"__proto__": "x"}') }],
		['a context value that is an object', { type: 'setContext', context: { 'aws:SourceIp': { toString: 'x' } } }],
		['a non-finite number', { type: 'setContext', context: { 'aws:MultiFactorAuthAge': Infinity } }],
		['a list with a number', { type: 'setContext', context: { 'aws:CalledVia': ['a', 1] } }],
		[
			'too many context keys',
			{ type: 'setContext', context: Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`aws:k${i}`, 'v'])) },
		],
		['a huge string', { type: 'setResource', resource: 'a'.repeat(5000) }],
		['an unknown layer kind', { type: 'pickLayer', kind: 'resourcePolicy' }],
		['an unknown compare target', { type: 'setCompare', target: 'managed:AdministratorAccess' }],
		// The page picks among targets; a revision by name would be a way to hand git an argument.
		['a revision by name', { type: 'setRevision', target: 'main' }],
		['a revision target that is not a string', { type: 'setRevision', target: ['HEAD'] }],
		[
			'a range with a negative line',
			{ type: 'reveal', uri: 'file:///x', range: { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } } },
		],
		['a reveal without a range', { type: 'reveal', uri: 'file:///x' }],
		['an unknown export format', { type: 'export', format: 'html', filters: noFilters }],
		['an export with a bad filter', { type: 'export', format: 'csv', filters: { ...noFilters, decision: 'maybe' } }],
	];
	for (const [name, message] of invalid) {
		test(`rejects ${name}`, () => {
			assert.equal(validateFromWebview(message), undefined);
		});
	}

	test('drops fields the message type does not have', () => {
		assert.deepEqual(validateFromWebview({ type: 'ready', extra: '<script>' }), { type: 'ready' });
	});
});

describe('saved state', () => {
	test('a request survives the round trip through the page state', () => {
		const request = {
			...initialRequest('file:///work/policy.json', 1),
			context: { 'aws:SourceIp': '203.0.113.10' },
			layers: [{ kind: 'permissionsBoundary' as const, uri: 'file:///b.json', label: 'b.json' }],
		};
		assert.deepEqual(requestFromSavedState(JSON.parse(JSON.stringify({ view: { request } }))), request);
	});

	test('a tampered state restores nothing', () => {
		assert.equal(requestFromSavedState(undefined), undefined);
		assert.equal(requestFromSavedState({ view: { request: { documentUri: 3, context: {}, layers: [] } } }), undefined);
		assert.equal(
			requestFromSavedState({
				view: { request: { documentUri: 'file:///p.json', context: {}, layers: [{ kind: 'x', uri: 'u', label: 'l' }] } },
			}),
			undefined,
		);
		assert.equal(isPanelRequest({ documentUri: 'file:///p.json', context: {}, layers: [], compare: { uri: 1 } }), false);
	});

	test('a revision comes back when it is HEAD or a full hash, and only then', () => {
		const hash = '0123456789abcdef0123456789abcdef01234567';
		const request = (revision: unknown) => ({ documentUri: 'file:///p.json', context: {}, layers: [], revision });
		assert.equal(isPanelRequest(request({ ref: 'HEAD', label: 'HEAD' })), true);
		assert.equal(isPanelRequest(request({ ref: hash, label: hash.slice(0, 7) })), true);
		for (const ref of ['--output=/tmp/x', 'HEAD~1', 'main', hash.slice(0, 7), `${hash}0`, 42]) {
			assert.equal(isPanelRequest(request({ ref, label: 'x' })), false, String(ref));
		}
		assert.equal(isPanelRequest(request({ ref: 'HEAD' })), false, 'a revision without its label');
		assert.equal(isRevisionRef('HEAD'), true);
		assert.equal(isRevisionRef('head'), false);
	});
});
