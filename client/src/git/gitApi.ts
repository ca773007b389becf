/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The part of VS Code's built-in Git extension API (extensions/git/src/api/git.d.ts, version 1) that the
// extension reads. Types only: the extension is reached at run time through vscode.extensions, never
// imported, and these names keep the compiler checking every call made on it.

import type { Event, Uri } from 'vscode';

export interface GitCommit {
	readonly hash: string;
	readonly message: string;
	readonly authorDate?: Date;
	readonly authorName?: string;
}

export interface GitBranch {
	readonly name?: string;
	readonly commit?: string;
}

export interface GitRepositoryState {
	readonly HEAD: GitBranch | undefined;
	readonly onDidChange: Event<void>;
}

export interface GitLogOptions {
	readonly maxEntries?: number;
	/** An absolute file path: only the commits that change it. */
	readonly path?: string;
}

export interface GitRepository {
	readonly rootUri: Uri;
	readonly state: GitRepositoryState;
	/** The file's text at `ref`; `path` is absolute. Rejects when the revision lacks the file or does not exist. */
	show(ref: string, path: string): Promise<string>;
	getCommit(ref: string): Promise<GitCommit>;
	log(options?: GitLogOptions): Promise<GitCommit[]>;
}

export type GitApiState = 'uninitialized' | 'initialized';

export interface GitApi {
	readonly state: GitApiState;
	readonly onDidChangeState: Event<GitApiState>;
	readonly repositories: readonly GitRepository[];
	readonly onDidOpenRepository: Event<GitRepository>;
	getRepository(uri: Uri): GitRepository | null;
	/** Opens the repository at or above `root`; null when there is none, or when the Git extension declines to open it. */
	openRepository(root: Uri): Promise<GitRepository | null>;
	/** A URI of the `git` file system for `uri` as `ref` has it, which VS Code opens read-only. */
	toGitUri(uri: Uri, ref: string): Uri;
}

export interface GitExtension {
	/** False when `git.enabled` is off or git was not found. */
	readonly enabled: boolean;
	getAPI(version: 1): GitApi;
}
