/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// "+2 actions since HEAD" over a policy file whose text differs from its last commit (#17). The server
// has no git, so the lens is the client's: it reads HEAD's text through the Git extension and asks the
// server for the diff. Editing must not wait for it: the lens answers from what it last computed, and
// computes again only once the typing has paused and only when the text differs from HEAD's.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DiffPolicyRequest } from '../../../shared/protocol';
import { mayHoldPolicyDocument } from '../policyDocuments';
import type { GitRevisions } from './gitRevisions';
import { changeLensTitle } from './revisions';

// Longer than the pause between two keystrokes, short enough that the lens follows a finished edit.
const computeDelay = 600;

interface LensState {
	/** The version the title was computed for, or is being computed for. */
	version: number;
	/** Undefined while there is nothing to say: the text is HEAD's, or the file is in no repository. */
	title?: string;
	/** The version `title` was computed for. */
	computedVersion?: number;
	timer?: ReturnType<typeof setTimeout>;
}

export class ChangeCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
	private readonly _onDidChange = new vscode.EventEmitter<void>();
	readonly onDidChangeCodeLenses = this._onDidChange.event;
	private readonly _states = new Map<string, LensState>();
	private readonly _disposables: vscode.Disposable[] = [this._onDidChange];
	/** Fired when a document's lens is computed; the end-to-end tests wait on it. */
	private readonly _onDidCompute = new vscode.EventEmitter<{ readonly uri: string; readonly version: number; readonly title?: string }>();
	readonly onDidCompute = this._onDidCompute.event;

	constructor(
		private readonly _revisions: GitRevisions,
		private readonly _getClient: () => Promise<LanguageClient | undefined>,
		private readonly _commandId: string,
	) {
		this._disposables.push(
			this._onDidCompute,
			vscode.workspace.onDidCloseTextDocument((document) => {
				clearTimeout(this._states.get(document.uri.toString())?.timer);
				this._states.delete(document.uri.toString());
			}),
			// A commit moves HEAD: every lens is measured against another text.
			_revisions.onDidChangeHead(() => {
				for (const state of this._states.values()) {
					state.version = -1;
				}
				this._onDidChange.fire();
			}),
		);
	}

	/** The lens last computed for a document, and the version it was computed for. */
	computed(uri: string): { readonly version: number; readonly title?: string } | undefined {
		const state = this._states.get(uri);
		return state?.computedVersion === undefined ? undefined : { version: state.computedVersion, title: state.title };
	}

	dispose(): void {
		for (const state of this._states.values()) {
			clearTimeout(state.timer);
		}
		while (this._disposables.length) {
			this._disposables.pop()?.dispose();
		}
	}

	provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
		if (document.uri.scheme !== 'file' || !mayHoldPolicyDocument(document)) {
			return [];
		}
		const key = document.uri.toString();
		let state = this._states.get(key);
		if (!state) {
			this._states.set(key, (state = { version: -1 }));
		}
		if (state.version !== document.version) {
			this._schedule(document, state);
		}
		if (!state.title) {
			return [];
		}
		return [
			new vscode.CodeLens(new vscode.Range(0, 0, 0, 0), {
				title: state.title,
				tooltip: vscode.l10n.t('What this change grants, revokes and changes since the last commit'),
				command: this._commandId,
				arguments: [document.uri, 'HEAD'],
			}),
		];
	}

	private _schedule(document: vscode.TextDocument, state: LensState): void {
		const version = document.version;
		state.version = version;
		clearTimeout(state.timer);
		state.timer = setTimeout(() => void this._compute(document, state, version), computeDelay);
	}

	private async _compute(document: vscode.TextDocument, state: LensState, version: number): Promise<void> {
		const title = await this._title(document).catch(() => undefined);
		// A newer version has its own computation scheduled; this answer is already stale.
		if (document.version !== version || state.version !== version || this._states.get(document.uri.toString()) !== state) {
			return;
		}
		const changed = state.title !== title;
		state.title = title;
		state.computedVersion = version;
		this._onDidCompute.fire({ uri: document.uri.toString(), version, title });
		if (changed) {
			this._onDidChange.fire();
		}
	}

	private async _title(document: vscode.TextDocument): Promise<string | undefined> {
		const head = await this._revisions.headText(document.uri);
		if (!head || head.kind === 'noRevision') {
			return undefined;
		}
		const text = document.getText();
		if (head.kind === 'found' && head.text === text) {
			return undefined;
		}
		const client = await this._getClient();
		if (!client) {
			return undefined;
		}
		const result = await client.sendRequest<DiffPolicyRequest.Result>(DiffPolicyRequest.method, {
			textDocument: { uri: document.uri.toString() },
			before: { text: head.kind === 'found' ? head.text : '', uri: head.uri, label: 'HEAD' },
		} satisfies DiffPolicyRequest.Params);
		return result ? changeLensTitle(result, 'HEAD') : undefined;
	}
}
