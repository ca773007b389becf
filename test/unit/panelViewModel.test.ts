/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { noFilters } from '../../client/src/panel/common/messages';
import { initialRequest, managedSupportAccess } from '../../client/src/panel/common/requestState';
import {
	buildPanelView,
	diffResults,
	filterGroups,
	groupResults,
	requestSummary,
	statementLabel,
	statementTitle,
	summaryText,
	visibleResults,
} from '../../client/src/panel/common/viewModel';
import supportFamilyOrder from '../../shared/supportFamily.json';
import { supportFamilyPrefixes } from '../../server/src/languageService/catalog/catalog';
import { action, documentUri, secondExample, simulateResult, statement } from './panelFixtures';

describe('groupResults', () => {
	test("groups by prefix in the Support family's order, then by access level in IAM order, each action once", () => {
		const groups = groupResults(secondExample.results);
		assert.deepEqual(
			groups.map((group) => `${group.prefix}/${group.accessLevel}`),
			['support/Read', 'support/Write', 'trustedadvisor/List', 'supportplans/Read'],
		);
		assert.deepEqual(
			groups[1].rows.map((row) => row.action),
			['support:AddAttachmentsToSet', 'support:CreateCase', 'support:ResolveCase'],
		);
		assert.equal(groups.flatMap((group) => group.rows).length, secondExample.results.length);
	});

	test('the family order is the catalog order, and a prefix from outside the family comes after it', () => {
		assert.deepEqual(supportFamilyOrder, supportFamilyPrefixes);
		const groups = groupResults([
			action('s3:GetObject', 'allowed'),
			action('elemental-support-cases:CreateCase', 'allowed'),
			action('support-console:GetBanner', 'allowed'),
			action('trustedadvisor:ListChecks', 'allowed'),
			action('support:CreateCase', 'allowed'),
		]);
		assert.deepEqual(
			groups.map((group) => group.prefix),
			['support', 'trustedadvisor', 'support-console', 'elemental-support-cases', 's3'],
		);
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

	test('explicit and implicit denies are filters of their own', () => {
		assert.deepEqual(actions({ ...noFilters, decision: 'explicitDeny' }), ['support:ResolveCase']);
		assert.deepEqual(actions({ ...noFilters, decision: 'implicitDeny' }), [
			'trustedadvisor:DescribeChecks',
			'supportplans:GetSupportPlan',
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
		assert.deepEqual(view.prefixes, ['support', 'trustedadvisor', 'supportplans']);
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

describe('the words of the panel', () => {
	test('the summary counts each decision', () => {
		assert.equal(summaryText(secondExample.summary), '3 allowed · 1 explicitly denied · 2 not granted');
	});

	test('a collapsed request says which context, check and layers are in effect', () => {
		assert.equal(requestSummary(initialRequest(documentUri)), 'no context keys');
		assert.equal(
			requestSummary({
				...initialRequest(documentUri),
				context: { 'aws:MultiFactorAuthPresent': true, 'aws:CalledVia': ['a.amazonaws.com', 'b.amazonaws.com'] },
				resource: 'arn:aws:trustedadvisor:*:111122223333:checks/x',
				layers: [{ kind: 'serviceControlPolicy', uri: 'file:///root.json', label: 'root.json' }],
			}),
			'aws:MultiFactorAuthPresent=true, aws:CalledVia=a.amazonaws.com, b.amazonaws.com · arn:aws:trustedadvisor:*:111122223333:checks/x · SCP root.json',
		);
	});

	test('a deciding statement is its Sid or its number from 1, with its policy when it is not the document', () => {
		assert.equal(statementLabel(statement({ sid: 'AllowCases' }), documentUri), 'AllowCases');
		assert.equal(statementLabel(statement({ statementIndex: 0 }), documentUri), 'Statement 1');
		assert.equal(statementLabel(statement({ statementIndex: 2, sid: '' }), documentUri), 'Statement 3');
		assert.equal(statementLabel(statement({ policyIndex: 1, statementIndex: 0 }), documentUri), 'Policy 2: Statement 1');
		assert.equal(
			statementLabel(statement({ uri: 'file:///work/root.json', policy: 'root.json', sid: 'DenyAll' }), documentUri),
			'root.json: DenyAll',
		);
	});

	test('in full, a statement is numbered from 1 too', () => {
		assert.equal(statementTitle(statement({ statementIndex: 1, sid: 'NoResolve' })), 'policy.json statement 2 (NoResolve)');
		assert.equal(statementTitle(statement({ policyIndex: 2 })), 'policy.json (policy 3) statement 1');
	});
});
