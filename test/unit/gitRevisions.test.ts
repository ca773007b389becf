/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// A policy file at a git revision, with a repository that answers as the Git extension's does: every
// outcome that the panel and the CodeLens tell apart, without git.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { GitCommit, GitRepository } from '../../client/src/git/gitApi';
import {
	changeLensTitle,
	commitLabel,
	commitPicks,
	grantedActionCount,
	readRevisionText,
	RevisionTextCache,
} from '../../client/src/git/revisions';
import type { DiffEntry } from '../../shared/simulation';

const head = '1111111111111111111111111111111111111111';
const older = '2222222222222222222222222222222222222222';

/** A repository with `files` per commit; `HEAD` in `state` unless `headKnown` is false (a status not read yet). */
function repository(files: Record<string, Record<string, string>>, options: { headKnown?: boolean } = {}) {
	const calls: string[] = [];
	const repo: Pick<GitRepository, 'show' | 'getCommit' | 'state'> = {
		state: { HEAD: options.headKnown === false ? undefined : { name: 'main', commit: head }, onDidChange: () => ({ dispose() {} }) },
		async getCommit(ref: string): Promise<GitCommit> {
			calls.push(`getCommit ${ref}`);
			const hash = ref === 'HEAD' ? head : ref;
			if (!files[hash]) {
				throw Object.assign(new Error('Failed to execute git'), { stderr: `fatal: bad revision '${ref}'\n` });
			}
			return { hash, message: 'm' };
		},
		async show(ref: string, path: string): Promise<string> {
			calls.push(`show ${ref} ${path}`);
			const text = files[ref]?.[path];
			if (text === undefined) {
				throw new Error(`fatal: path '${path}' exists on disk, but not in '${ref}'`);
			}
			return text;
		},
	};
	return { repo, calls };
}

describe('readRevisionText', () => {
	test('the file as HEAD has it, HEAD read from the repository state without another git process', async () => {
		const { repo, calls } = repository({ [head]: { '/r/p.json': 'old' } });
		assert.deepEqual(await readRevisionText(repo, 'HEAD', '/r/p.json'), { kind: 'found', commit: head, text: 'old' });
		assert.deepEqual(calls, [`show ${head} /r/p.json`]);
	});

	test('a file the revision lacks (new, untracked) is absent, not an error', async () => {
		const { repo } = repository({ [head]: {} });
		assert.deepEqual(await readRevisionText(repo, 'HEAD', '/r/new.json'), { kind: 'absent', commit: head });
	});

	test("a revision that does not exist is told apart, with git's words", async () => {
		const { repo } = repository({}, { headKnown: false });
		const read = await readRevisionText(repo, 'HEAD', '/r/p.json');
		assert.equal(read.kind, 'noRevision');
		assert.equal(read.kind === 'noRevision' && read.detail, "fatal: bad revision 'HEAD'");
	});

	test('a full hash is used as it is; the cache spares a second show of the same commit', async () => {
		const { repo, calls } = repository({ [older]: { '/r/p.json': 'older' } });
		const cache = new RevisionTextCache();
		await readRevisionText(repo, older, '/r/p.json', cache);
		assert.deepEqual(await readRevisionText(repo, older, '/r/p.json', cache), { kind: 'found', commit: older, text: 'older' });
		assert.deepEqual(calls, [`show ${older} /r/p.json`]);
	});

	test('the cache forgets the oldest text past its capacity', () => {
		const cache = new RevisionTextCache(2);
		cache.set(head, 'a', '1');
		cache.set(head, 'b', '2');
		cache.get(head, 'a');
		cache.set(head, 'c', '3');
		assert.equal(cache.get(head, 'a'), undefined);
		assert.equal(cache.get(head, 'c'), '3');
	});
});

describe('the words for revisions and the CodeLens', () => {
	const granted = (action: string, context = 'default'): DiffEntry => ({
		action,
		resource: '*',
		context,
		before: 'implicitDeny',
		after: 'allowed',
		beforeStatements: [],
		afterStatements: [],
	});

	test('an action granted under several contexts counts once, whatever its case', () => {
		const result = { granted: [granted('support:ResolveCase'), granted('support:resolvecase', 'mfa'), granted('support:CreateCase')] };
		assert.equal(grantedActionCount(result), 2);
		assert.equal(changeLensTitle(result, 'HEAD'), '+2 actions since HEAD');
		assert.equal(changeLensTitle({ granted: [granted('support:ResolveCase')] }, 'HEAD'), '+1 action since HEAD');
		assert.equal(changeLensTitle({ granted: [] }, 'HEAD'), 'no new access since HEAD');
	});

	test('the quick pick offers HEAD, then each commit by short hash and subject, picked by full hash', () => {
		const picks = commitPicks([
			{
				hash: older,
				message: 'Let support staff resolve cases\n\nBecause…',
				authorName: 'Alice',
				authorDate: new Date('2026-01-02T03:04:05Z'),
			},
		]);
		assert.deepEqual(
			picks.map((pick) => [pick.label, pick.ref, pick.revisionLabel, pick.description]),
			[
				['HEAD', 'HEAD', 'HEAD', 'the last commit'],
				['2222222 Let support staff resolve cases', older, '2222222', 'Alice · 2026-01-02'],
			],
		);
		assert.equal(commitLabel({ hash: older, message: 'x'.repeat(80) }).length, 8 + 50);
		assert.equal(commitLabel({ hash: older, message: '' }), '2222222');
	});
});
