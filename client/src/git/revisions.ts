/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// A policy file at a git revision, and the words for it: the pure part of comparing with git (#17), with
// the repository injected, so that every outcome is tested without git. The Git extension's glue is
// gitRevisions.ts.

import type { PolicyDiffResult } from '../../../shared/simulation';
import { t } from '../panel/common/l10n';
import type { GitCommit, GitRepository } from './gitApi';

/** The file at a revision: its text, or that the revision exists without it (a new or untracked file), or that the revision does not exist. */
export type RevisionText =
	| { readonly kind: 'found'; readonly commit: string; readonly text: string }
	| { readonly kind: 'absent'; readonly commit: string }
	| { readonly kind: 'noRevision'; readonly detail: string };

/** Texts by commit and path: a commit never changes, so an entry never goes stale. */
export class RevisionTextCache {
	private readonly _texts = new Map<string, string>();

	constructor(private readonly _capacity = 32) {}

	get(commit: string, path: string): string | undefined {
		return this._texts.get(`${commit}\u0000${path}`);
	}

	set(commit: string, path: string, text: string): void {
		const key = `${commit}\u0000${path}`;
		this._texts.delete(key);
		this._texts.set(key, text);
		// Oldest first: a Map iterates in insertion order.
		for (const oldest of this._texts.keys()) {
			if (this._texts.size <= this._capacity) {
				break;
			}
			this._texts.delete(oldest);
		}
	}
}

const fullHash = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;

function errorDetail(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	const stderr = (error as { stderr?: unknown } | undefined)?.stderr;
	return (typeof stderr === 'string' && stderr.trim()) || text;
}

/**
 * Reads `path` (absolute) as `ref` has it. The revision is resolved first, so that a file missing from a
 * commit (everything in it is new) is told apart from a revision that does not exist (a repository
 * without commits has no HEAD): git reports both as a failed `show`.
 */
export async function readRevisionText(
	repository: Pick<GitRepository, 'show' | 'getCommit' | 'state'>,
	ref: string,
	path: string,
	cache?: RevisionTextCache,
): Promise<RevisionText> {
	let commit: string;
	try {
		const head = ref === 'HEAD' ? repository.state.HEAD?.commit : undefined;
		commit = head ?? (fullHash.test(ref) ? ref : (await repository.getCommit(ref)).hash);
	} catch (error) {
		return { kind: 'noRevision', detail: errorDetail(error) };
	}
	const cached = cache?.get(commit, path);
	if (cached !== undefined) {
		return { kind: 'found', commit, text: cached };
	}
	let text: string;
	try {
		text = await repository.show(commit, path);
	} catch {
		return { kind: 'absent', commit };
	}
	cache?.set(commit, path, text);
	return { kind: 'found', commit, text };
}

/** A commit as the panel names the revision: its short hash and subject. */
export function commitLabel(commit: Pick<GitCommit, 'hash' | 'message'>): string {
	const subject = commit.message.split('\n', 1)[0].trim();
	const short = commit.hash.slice(0, 7);
	return subject ? `${short} ${subject.length > 50 ? `${subject.slice(0, 49)}…` : subject}` : short;
}

export interface CommitPick {
	readonly label: string;
	readonly description?: string;
	/** The full hash: a short one may become ambiguous, a full one names the commit for good. */
	readonly ref: string;
	readonly revisionLabel: string;
}

/** The quick pick of revisions: HEAD first, then the recent commits that changed the file. */
export function commitPicks(commits: readonly Pick<GitCommit, 'hash' | 'message' | 'authorName' | 'authorDate'>[]): CommitPick[] {
	return [
		{ label: 'HEAD', description: t('the last commit'), ref: 'HEAD', revisionLabel: 'HEAD' },
		...commits.map((commit) => ({
			label: commitLabel(commit),
			description: [commit.authorName, commit.authorDate?.toISOString().slice(0, 10)].filter(Boolean).join(' · ') || undefined,
			ref: commit.hash,
			revisionLabel: commit.hash.slice(0, 7),
		})),
	];
}

/** How many distinct actions a diff grants: one granted under six contexts is one action. */
export function grantedActionCount(result: Pick<PolicyDiffResult, 'granted'>): number {
	return new Set(result.granted.map((entry) => entry.action.toLowerCase())).size;
}

/** The CodeLens over a changed policy: "+2 actions since HEAD", or that the change grants nothing new. */
export function changeLensTitle(result: Pick<PolicyDiffResult, 'granted'>, revision: string): string {
	const count = grantedActionCount(result);
	if (count === 0) {
		return t('no new access since {0}', revision);
	}
	return count === 1 ? t('+1 action since {0}', revision) : t('+{0} actions since {1}', count, revision);
}
