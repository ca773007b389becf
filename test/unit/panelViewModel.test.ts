/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { noFilters } from '../../client/src/panel/common/messages';
import { initialRequest, managedSupportAccess } from '../../client/src/panel/common/requestState';
import { buildPanelView, diffResults, filterGroups, groupResults, visibleResults } from '../../client/src/panel/common/viewModel';
import { action, documentUri, secondExample, simulateResult } from './panelFixtures';

describe('groupResults', () => {
	test('groups by prefix, then by access level in IAM order, each action once', () => {
		const groups = groupResults(secondExample.results);
		assert.deepEqual(
			groups.map((group) => `${group.prefix}/${group.accessLevel}`),
			['support/Read', 'support/Write', 'supportplans/Read', 'trustedadvisor/List'],
		);
		assert.deepEqual(
			groups[1].rows.map((row) => row.action),
			['support:AddAttachmentsToSet', 'support:CreateCase', 'support:ResolveCase'],
		);
		assert.equal(groups.flatMap((group) => group.rows).length, secondExample.results.length);
	});

	test('puts List before Write and unknown levels last', () => {
		const groups = groupResults([
			action('a:X', 'allowed', { accessLevel: 'Weird' }),
			action('a:Y', 'allowed', { accessLevel: 'Write' }),
			action('a:Z', 'allowed', { accessLevel: 'List' }),
		]);
		assert.deepEqual(
			groups.map((group) => group.accessLevel),
			['List', 'Write', 'Weird'],
		);
	});
});

describe('filterGroups', () => {
	const groups = groupResults(secondExample.results);
	const actions = (filters: typeof noFilters) => visibleResults(groups, filters).map((row) => row.action);

	test('no filter keeps everything', () => {
		assert.equal(actions(noFilters).length, secondExample.results.length);
	});

	test('denied keeps explicit and implicit denies', () => {
		assert.deepEqual(actions({ ...noFilters, decision: 'denied' }), [
			'support:ResolveCase',
			'supportplans:GetSupportPlan',
			'trustedadvisor:DescribeChecks',
		]);
	});

	test('allowed keeps only allowed actions', () => {
		assert.ok(visibleResults(groups, { ...noFilters, decision: 'allowed' }).every((row) => row.decision === 'allowed'));
		assert.equal(actions({ ...noFilters, decision: 'allowed' }).length, 3);
	});

	test('prefix is exact, not a starts-with', () => {
		assert.deepEqual(actions({ ...noFilters, prefix: 'support' }), [
			'support:DescribeCases',
			'support:AddAttachmentsToSet',
			'support:CreateCase',
			'support:ResolveCase',
		]);
	});

	test('access level and text combine, text ignores case', () => {
		assert.deepEqual(actions({ ...noFilters, accessLevel: 'Write', text: 'CASE' }), ['support:CreateCase', 'support:ResolveCase']);
	});

	test('groups with no surviving row disappear', () => {
		assert.deepEqual(
			filterGroups(groups, { ...noFilters, text: 'checks' }).map((group) => group.prefix),
			['trustedadvisor'],
		);
	});
});

describe('diffResults', () => {
	test('keeps only actions whose decisions differ, matching names case-insensitively', () => {
		const managed = simulateResult(
			secondExample.results.map((result) => ({
				...result,
				action: result.action.toLowerCase(),
				decision: result.prefix === 'support' ? ('allowed' as const) : result.decision,
			})),
		);
		const diffs = diffResults(secondExample.results, managed.results);
		assert.deepEqual(
			diffs.map((diff) => [diff.action, diff.decision, diff.otherDecision]),
			[['support:ResolveCase', 'explicitDeny', 'allowed']],
		);
	});

	test('reports actions that only one side answered for', () => {
		const diffs = diffResults([action('support:A', 'allowed')], [action('support:B', 'allowed')]);
		assert.deepEqual(
			diffs.map((diff) => [diff.action, diff.decision, diff.otherDecision]),
			[
				['support:A', 'allowed', undefined],
				['support:B', undefined, 'allowed'],
			],
		);
	});
});

describe('buildPanelView', () => {
	test("a result becomes a ready view with its filters' choices", () => {
		const view = buildPanelView({ seq: 7, documentLabel: 'policy.json', request: initialRequest(documentUri), result: secondExample });
		assert.equal(view.status, 'ready');
		assert.equal(view.seq, 7);
		assert.deepEqual(view.summary, { allowed: 3, explicitDeny: 1, implicitDeny: 2 });
		assert.deepEqual(view.prefixes, ['support', 'supportplans', 'trustedadvisor']);
		assert.deepEqual(view.accessLevels, ['List', 'Read', 'Write']);
		assert.equal(view.compare, undefined);
	});

	test('a null answer is reported as no result', () => {
		const view = buildPanelView({ seq: 1, documentLabel: 'p.json', request: initialRequest(documentUri), result: null });
		assert.equal(view.status, 'noResult');
		assert.deepEqual(view.groups, []);
	});

	test('a comparison the server did not answer says so instead of showing no difference', () => {
		const view = buildPanelView({
			seq: 3,
			documentLabel: 'p.json',
			request: { ...initialRequest(documentUri), compare: managedSupportAccess },
			result: secondExample,
			compareResult: null,
		});
		assert.equal(view.compare?.answered, false);
		assert.match(view.compare?.errors[0] ?? '', /no answer for AWSSupportAccess/);
	});

	test("a comparison shows the differences and the other side's errors", () => {
		const other = simulateResult([action('support:ResolveCase', 'allowed', { accessLevel: 'Write' })], ['managed policy not found']);
		const view = buildPanelView({
			seq: 2,
			documentLabel: 'p.json',
			request: { ...initialRequest(documentUri), compare: managedSupportAccess },
			result: secondExample,
			compareResult: other,
		});
		assert.equal(view.compare?.label, managedSupportAccess.label);
		assert.ok(view.compare?.diffs.some((diff) => diff.action === 'support:ResolveCase' && diff.otherDecision === 'allowed'));
		assert.deepEqual(view.compare?.errors, ['managed policy not found']);
	});
});
