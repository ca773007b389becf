/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// VS Code's built-in Git extension, reached through its API: the repository of a file, the file at a
// revision, the file's recent commits, and word when a repository's HEAD moves. Every way this can fail
// (no Git extension, git turned off, a file outside any repository) is a sentence for the user, never
// an exception.

import * as vscode from 'vscode';
import type { GitApi, GitCommit, GitExtension, GitRepository } from './gitApi';
import { readRevisionText, RevisionTextCache, type RevisionText } from './revisions';

export type RepositoryLookup = { readonly repository: GitRepository; readonly api: GitApi } | { readonly problem: string };

/** The file at a revision, with the URI its statements are revealed at (VS Code opens `git:` URIs read-only). */
export type RevisionRead = (RevisionText & { readonly uri: string }) | { readonly kind: 'problem'; readonly message: string };

const gitExtensionId = 'vscode.git';

function baseName(uri: vscode.Uri): string {
	return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

export class GitRevisions implements vscode.Disposable {
	private readonly _onDidChangeHead = new vscode.EventEmitter<void>();
	/** Fires when a repository's HEAD moves (a commit, a checkout), or when the Git extension has found its repositories. */
	readonly onDidChangeHead = this._onDidChangeHead.event;
	private readonly _disposables: vscode.Disposable[] = [this._onDidChangeHead];
	private readonly _texts = new RevisionTextCache();
	private readonly _watched = new WeakSet<GitRepository>();
	private _watchedApi: GitApi | undefined;
	private _api: Promise<GitApi | string> | undefined;

	dispose(): void {
		while (this._disposables.length) {
			this._disposables.pop()?.dispose();
		}
	}

	/** The Git extension's API once it has looked for repositories, or why it cannot be had. */
	api(): Promise<GitApi | string> {
		return (this._api ??= this._loadApi().then(
			(api) => {
				// A setting turned back on, or an extension enabled later, is worth another try.
				if (typeof api === 'string') {
					this._api = undefined;
				}
				return api;
			},
			(error: unknown) => {
				this._api = undefined;
				return vscode.l10n.t("VS Code's Git extension did not answer: {0}", error instanceof Error ? error.message : String(error));
			},
		));
	}

	/** The API if the Git extension is already running and has found its repositories; never waits (the CodeLens asks at every edit). */
	peekApi(): GitApi | undefined {
		const extension = vscode.extensions.getExtension<GitExtension>(gitExtensionId);
		if (!extension?.isActive || !extension.exports.enabled) {
			return undefined;
		}
		const api = extension.exports.getAPI(1);
		this._watch(api);
		return api.state === 'initialized' ? api : undefined;
	}

	private async _loadApi(): Promise<GitApi | string> {
		const extension = vscode.extensions.getExtension<GitExtension>(gitExtensionId);
		if (!extension) {
			return vscode.l10n.t("VS Code's Git extension is disabled: enable the built-in Git extension to compare with a revision.");
		}
		const exports = extension.isActive ? extension.exports : await extension.activate();
		if (!exports.enabled) {
			return vscode.l10n.t('Git is turned off (git.enabled) or not installed: turn it on to compare with a revision.');
		}
		const api = exports.getAPI(1);
		this._watch(api);
		if (api.state !== 'initialized') {
			await new Promise<void>((resolve) => {
				const listener = api.onDidChangeState((state) => {
					if (state === 'initialized') {
						listener.dispose();
						resolve();
					}
				});
			});
		}
		return api;
	}

	private _watch(api: GitApi): void {
		if (this._watchedApi === api) {
			return;
		}
		this._watchedApi = api;
		const watchRepository = (repository: GitRepository) => {
			if (this._watched.has(repository)) {
				return;
			}
			this._watched.add(repository);
			let head = repository.state.HEAD?.commit;
			this._disposables.push(
				repository.state.onDidChange(() => {
					if (repository.state.HEAD?.commit !== head) {
						head = repository.state.HEAD?.commit;
						this._onDidChangeHead.fire();
					}
				}),
			);
		};
		api.repositories.forEach(watchRepository);
		this._disposables.push(
			api.onDidOpenRepository((repository) => {
				watchRepository(repository);
				this._onDidChangeHead.fire();
			}),
			api.onDidChangeState(() => this._onDidChangeHead.fire()),
		);
	}

	/**
	 * The repository that holds `uri`. One the Git extension has not opened (a file opened from outside the
	 * workspace) is opened, unless the extension declines, as it does for repositories above the workspace.
	 */
	async repository(uri: vscode.Uri): Promise<RepositoryLookup> {
		if (uri.scheme !== 'file') {
			return { problem: vscode.l10n.t('{0} is not a file on disk: only files in a git repository have revisions.', baseName(uri)) };
		}
		const api = await this.api();
		if (typeof api === 'string') {
			return { problem: api };
		}
		const repository = api.getRepository(uri) ?? (await api.openRepository(vscode.Uri.joinPath(uri, '..')));
		if (!repository) {
			return { problem: vscode.l10n.t('{0} is not in a git repository that VS Code has open.', baseName(uri)) };
		}
		this._watch(api);
		return { repository, api };
	}

	/** The file as `ref` has it; no exception, whatever git answers. */
	async read(uri: vscode.Uri, ref: string): Promise<RevisionRead> {
		const found = await this.repository(uri);
		if ('problem' in found) {
			return { kind: 'problem', message: found.problem };
		}
		try {
			const text = await readRevisionText(found.repository, ref, uri.fsPath, this._texts);
			return { ...text, uri: found.api.toGitUri(uri, text.kind === 'noRevision' ? ref : text.commit).toString() };
		} catch (error) {
			return { kind: 'problem', message: error instanceof Error ? error.message : String(error) };
		}
	}

	/** The file at HEAD for the CodeLens, from a repository the Git extension has open already; undefined otherwise. */
	async headText(uri: vscode.Uri): Promise<(RevisionText & { readonly uri: string }) | undefined> {
		const api = uri.scheme === 'file' ? this.peekApi() : undefined;
		const repository = api?.getRepository(uri);
		if (!api || !repository) {
			return undefined;
		}
		try {
			const text = await readRevisionText(repository, 'HEAD', uri.fsPath, this._texts);
			return { ...text, uri: api.toGitUri(uri, 'HEAD').toString() };
		} catch {
			return undefined;
		}
	}

	/** The recent commits that changed the file, newest first, or why there are none to offer. */
	async recentCommits(uri: vscode.Uri, maxEntries = 20): Promise<readonly GitCommit[] | string> {
		const found = await this.repository(uri);
		if ('problem' in found) {
			return found.problem;
		}
		try {
			return await found.repository.log({ maxEntries, path: uri.fsPath });
		} catch (error) {
			return error instanceof Error ? error.message : String(error);
		}
	}
}
