/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { setL10nBundle } from '../../client/src/panel/common/l10n';
import { headRevision, initialRequest } from '../../client/src/panel/common/requestState';
import {
	buildRevisionDiffView,
	groupHeading,
	revisionDiffSummary,
	whereText,
	type RevisionDiffView,
} from '../../client/src/panel/common/revisionDiff';
import { buildPanelView } from '../../client/src/panel/common/viewModel';
import { contextPresets } from '../../shared/contextPresets';
import type { DiffEntry, PolicyDiffResult } from '../../shared/simulation';
import { documentUri, statement } from './panelFixtures';

const contexts = [{ id: 'default', values: {} }, ...contextPresets.map((preset) => ({ id: preset.id, values: preset.values }))];
const oldUri = 'git:/work/policy.json?HEAD';
const grantedBy = statement({ sid: 'Cases', statementIndex: 1 });
const revokedBy = statement({ uri: oldUri, policy: 'policy.json at HEAD', sid: 'Old', statementIndex: 0 });

function entry(action: string, context: string, overrides: Partial<DiffEntry> = {}): DiffEntry {
	return {
		action,
		resource: '*',
		context,
		before: 'implicitDeny',
		after: 'allowed',
		beforeStatements: [],
		afterStatements: [grantedBy],
		...overrides,
	};
}

function result(overrides: Partial<PolicyDiffResult> = {}): PolicyDiffResult {
	return { granted: [], revoked: [], changed: [], contexts, actionCount: 120, errors: [], notices: [], ...overrides };
}

const everywhere = (action: string, overrides: Partial<DiffEntry> = {}) => contexts.map((context) => entry(action, context.id, overrides));

describe('the comparison with a revision, as the panel shows it', () => {
	test('an action granted under every context is one row "in every context", with the statement that grants it', () => {
		const view = buildRevisionDiffView(headRevision, result({ granted: everywhere('support:ResolveCase') }));
		assert.equal(view.status, 'ready');
		const [granted, revoked, changed] = view.groups;
		assert.deepEqual(
			view.groups.map((group) => group.name),
			['granted', 'revoked', 'changed'],
		);
		assert.equal(granted.actionCount, 1);
		assert.equal(granted.rows.length, 1);
		assert.equal(granted.rows[0].where, 'in every context');
		assert.deepEqual(granted.rows[0].statements, [grantedBy]);
		assert.deepEqual([revoked.rows.length, changed.rows.length], [0, 0]);
	});

	test('a grant under some contexts says which, and one under all but one says which not', () => {
		const few = buildRevisionDiffView(headRevision, result({ granted: [entry('support:CreateCase', 'noMfa')] }));
		assert.equal(few.groups[0].rows[0].where, 'in: No MFA');
		const most = buildRevisionDiffView(
			headRevision,
			result({ granted: everywhere('support:CreateCase').filter((item) => item.context !== 'mfa') }),
		);
		assert.equal(most.groups[0].rows[0].where, 'in every context but MFA present');
		assert.equal(whereText(['default', 'mfa'], contexts), 'in: default context, MFA present');
	});

	test('a revocation names the statements that granted before; a change keeps its note per outcome', () => {
		const view = buildRevisionDiffView(
			headRevision,
			result({
				revoked: everywhere('support:DescribeCases', {
					before: 'allowed',
					after: 'implicitDeny',
					beforeStatements: [revokedBy],
					afterStatements: [],
				}),
				changed: [
					entry('support:CreateCase', 'default', { before: 'allowed', note: 'now only with MFA' }),
					entry('support:CreateCase', 'mfa', { before: 'allowed', note: 'now only with MFA' }),
					entry('support:CreateCase', 'tls', { before: 'allowed', note: 'now decided by other statements' }),
				],
			}),
		);
		assert.deepEqual(view.groups[1].rows[0].statements, [revokedBy]);
		const changed = view.groups[2];
		assert.equal(changed.actionCount, 1, 'one action, however many rows');
		assert.deepEqual(
			changed.rows.map((row) => [row.note, row.contexts]),
			[
				['now only with MFA', ['default', 'mfa']],
				['now decided by other statements', ['tls']],
			],
		);
	});

	test('rows come in the Support family order, then by name', () => {
		const view = buildRevisionDiffView(
			headRevision,
			result({
				granted: [
					entry('iam:PassRole', 'default'),
					entry('trustedadvisor:DescribeChecks', 'default'),
					entry('support:ResolveCase', 'default'),
					entry('support:CreateCase', 'default'),
				],
			}),
		);
		assert.deepEqual(
			view.groups[0].rows.map((row) => row.action),
			['support:CreateCase', 'support:ResolveCase', 'trustedadvisor:DescribeChecks', 'iam:PassRole'],
		);
		assert.equal(view.groups[0].actionCount, 4);
	});

	test('"some of" a resource type stays apart from the whole type', () => {
		const view = buildRevisionDiffView(
			headRevision,
			result({
				granted: [
					entry('trustedadvisor:RefreshCheck', 'default', { resource: 'arn:aws:trustedadvisor:*:*:checks/*' }),
					entry('trustedadvisor:RefreshCheck', 'mfa', { resource: 'arn:aws:trustedadvisor:*:*:checks/*', someResources: true }),
				],
			}),
		);
		assert.deepEqual(
			view.groups[0].rows.map((row) => row.someResources),
			[false, true],
		);
	});

	test('the summary counts actions, and says when nothing differs', () => {
		const none = buildRevisionDiffView(headRevision, result());
		assert.equal(revisionDiffSummary(none), 'No action is decided otherwise than at HEAD (120 actions compared under 6 contexts).');
		const some = buildRevisionDiffView(
			headRevision,
			result({ granted: [...everywhere('support:ResolveCase'), entry('support:CreateCase', 'noMfa')] }),
		);
		assert.equal(revisionDiffSummary(some), '2 granted, 0 revoked, 0 changed since HEAD (120 actions compared under 6 contexts)');
		assert.equal(groupHeading(some.groups[0], 'HEAD'), 'Granted since HEAD (2)');
	});

	test("no answer is a message, not an empty comparison; notices of the host come before the server's", () => {
		const unavailable = buildRevisionDiffView(headRevision, null, { message: 'not in a git repository' });
		assert.equal(unavailable.status, 'unavailable');
		assert.equal(revisionDiffSummary(unavailable), 'not in a git repository');
		const silent = buildRevisionDiffView(headRevision, undefined);
		assert.match(silent.message!, /no answer/);
		const view = buildRevisionDiffView(headRevision, result({ notices: ['from the server'] }), { notices: ['not in HEAD'] });
		assert.deepEqual(view.notices, ['not in HEAD', 'from the server']);
	});

	test('in Japanese', () => {
		setL10nBundle({ 'in every context': 'すべてのコンテキストで', 'Granted since {0} ({1})': '{0} 以降に許可 ({1})' });
		try {
			const view = buildRevisionDiffView(headRevision, result({ granted: everywhere('support:ResolveCase') }));
			assert.equal(view.groups[0].rows[0].where, 'すべてのコンテキストで');
			assert.equal(groupHeading(view.groups[0], 'HEAD'), 'HEAD 以降に許可 (1)');
		} finally {
			setL10nBundle(undefined);
		}
	});

	test('the panel carries the comparison only while its request asks for one', () => {
		const revision: RevisionDiffView = buildRevisionDiffView(headRevision, result());
		const base = { seq: 1, documentLabel: 'policy.json', revision };
		assert.equal(buildPanelView({ ...base, request: initialRequest(documentUri, undefined, headRevision) }).revision, revision);
		assert.equal(buildPanelView({ ...base, request: initialRequest(documentUri) }).revision, undefined);
	});
});
