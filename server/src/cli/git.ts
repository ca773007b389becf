/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Git, for `iam-support diff` (#17): the command line runs `git` itself rather than link a Git library,
// so that it reads the repository exactly as the user's own git does (its config, worktrees, alternates).
// Only the CLI does this: the language service is given texts, never a repository.

import { execFileSync } from 'node:child_process';
import { t } from './l10n';

/** Git failed: not installed, not a repository, an unknown revision or path. The message is ready for the user. */
export class GitError extends Error {}

/** Enough for the largest policy files of a repository's history; a larger object is no policy to compare. */
const maxOutput = 256 * 1024 * 1024;

/** Runs git and returns its standard output; a failure becomes a GitError with git's own first line of complaint. */
export function runGit(args: readonly string[], cwd?: string): Buffer {
	try {
		return execFileSync('git', args, { cwd, maxBuffer: maxOutput, stdio: ['ignore', 'pipe', 'pipe'] });
	} catch (error) {
		const failure = error as NodeJS.ErrnoException & { stderr?: Buffer };
		if (failure.code === 'ENOENT') {
			throw new GitError(t('git is not installed or not on the PATH'));
		}
		const said = failure.stderr?.toString('utf8').trim().split('\n')[0];
		throw new GitError(said ? said.replace(/^(fatal|error): /, '') : failure.message);
	}
}

/** A file's text at a revision; the path is relative to the current folder, as the user wrote it. */
export function showFile(revision: string, file: string, cwd?: string): string {
	const relative = file.startsWith('./') || file.startsWith('../') ? file : `./${file}`;
	const bytes = runGit(['show', `${revision}:${relative}`], cwd);
	// A NUL byte never occurs in JSON text.
	if (bytes.subarray(0, 8192).includes(0)) {
		throw new GitError(t('a binary file, not JSON text'));
	}
	return bytes.toString('utf8');
}

/** A changed file between two trees: the path before (if it existed) and after (if it still exists), from the repository's root. */
export interface ChangedFile {
	readonly before?: string;
	readonly after?: string;
}

/**
 * The files that differ between `from` and `to` (a revision, or the working tree when `to` is undefined),
 * with renames paired so that a moved policy is compared with itself rather than reported as all new.
 */
export function changedFiles(from: string, to: string | undefined, paths: readonly string[], cwd?: string): ChangedFile[] {
	const output = runGit(['diff', '--name-status', '-z', '-M', from, ...(to === undefined ? [] : [to]), '--', ...paths], cwd).toString(
		'utf8',
	);
	const fields = output.split('\0');
	const files: ChangedFile[] = [];
	for (let i = 0; i < fields.length && fields[i];) {
		const status = fields[i++];
		if (status.startsWith('R') || status.startsWith('C')) {
			const before = fields[i++];
			const after = fields[i++];
			files.push(status.startsWith('R') ? { before, after } : { after });
		} else {
			const file = fields[i++];
			files.push(status === 'A' ? { after: file } : status === 'D' ? { before: file } : { before: file, after: file });
		}
	}
	return files;
}

/** The repository's root, where the paths of `changedFiles` start. */
export function repositoryRoot(cwd?: string): string {
	return runGit(['rev-parse', '--show-toplevel'], cwd).toString('utf8').trim();
}

/** The commit where two histories met: the base of `A...B`. */
export function mergeBase(a: string, b: string, cwd?: string): string {
	return runGit(['merge-base', a, b], cwd).toString('utf8').trim();
}
