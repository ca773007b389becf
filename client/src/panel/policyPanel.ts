/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DiffPolicyRequest, SimulateRequest } from '../../../shared/protocol';
import type { PolicyDiffResult, SimRange, SimulateResult, StatementRef } from '../../../shared/simulation';
import type { GitRevisions } from '../git/gitRevisions';
import { pickLayer, pickPolicyFile, pickRevision, saveExport } from './dialogs';
import { exportResults } from './common/exporters';
import { buildPanelHtml, createNonce } from './common/html';
import {
	requestFromSavedState,
	validateFromWebview,
	type FromWebview,
	type PanelRequest,
	type Revision,
	type ToWebview,
} from './common/messages';
import { addLayer, initialRequest, reduceRequest, toDiffParams, toSimulateParams, watchedUris } from './common/requestState';
import { buildRevisionDiffView, type RevisionDiffView } from './common/revisionDiff';
import { buildPanelView, visibleResults, type PanelStatus, type PanelView } from './common/viewModel';

export interface PanelHost {
	readonly extensionUri: vscode.Uri;
	/** The running language client, starting it if needed; undefined when it cannot start. */
	getClient(): Promise<LanguageClient | undefined>;
	/** Fired when the page reports that it drew a view. */
	readonly onDidRender: vscode.EventEmitter<PanelView>;
	/** The document's other versions, from VS Code's Git extension. */
	readonly revisions: GitRevisions;
}

/** The comparison with a revision, and the URIs of the statements it names, which the page may ask to reveal. */
interface RevisionAnswer {
	readonly view: RevisionDiffView;
	readonly uris: readonly string[];
}

// Long enough to wait out a burst of typing, short enough to feel live.
const simulateDelay = 250;

function baseName(uri: string): string {
	const path = vscode.Uri.parse(uri).path;
	return path.slice(path.lastIndexOf('/') + 1) || uri;
}

/** The "Simulate this policy" panel: one at a time, beside the editor, following one document. */
export class PolicyPanel {
	static readonly viewType = 'iamSupport.simulation';
	static current: PolicyPanel | undefined;

	private readonly _disposables: vscode.Disposable[] = [];
	private _view: PanelView;
	private _seq = 0;
	private _generation = 0;
	private _timer: ReturnType<typeof setTimeout> | undefined;
	private _cancel: vscode.CancellationTokenSource | undefined;
	/** URIs the page may ask to reveal: only those the last answers named. */
	private _revealable = new Set<string>();

	/** `revision` compares the document with that version of it; without it, a panel keeps the revision it had. */
	static createOrShow(host: PanelHost, document: vscode.Uri, policyIndex?: number, revision?: Revision): PolicyPanel {
		const existing = PolicyPanel.current;
		if (existing) {
			existing._panel.reveal(vscode.ViewColumn.Beside, true);
			existing._setDocument(document.toString(), policyIndex, revision);
			return existing;
		}
		const panel = vscode.window.createWebviewPanel(
			PolicyPanel.viewType,
			vscode.l10n.t('Policy simulation'),
			{ viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
			PolicyPanel.options(host.extensionUri),
		);
		return new PolicyPanel(panel, host, initialRequest(document.toString(), policyIndex, revision));
	}

	/** Restores a panel after a reload; a panel whose saved state does not check out is closed. */
	static revive(panel: vscode.WebviewPanel, host: PanelHost, state: unknown): PolicyPanel | undefined {
		const request = requestFromSavedState(state);
		if (!request) {
			panel.dispose();
			return undefined;
		}
		panel.webview.options = PolicyPanel.options(host.extensionUri);
		return new PolicyPanel(panel, host, request);
	}

	static options(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
		return {
			enableScripts: true,
			enableCommandUris: false,
			localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview')],
		};
	}

	private constructor(
		private readonly _panel: vscode.WebviewPanel,
		private readonly _host: PanelHost,
		private _request: PanelRequest,
	) {
		PolicyPanel.current = this;
		this._view = this._buildView('simulating');
		this._panel.webview.html = this._html();
		this._panel.onDidDispose(() => this.dispose(), undefined, this._disposables);
		this._panel.webview.onDidReceiveMessage((message: unknown) => this._onMessage(message), undefined, this._disposables);
		vscode.workspace.onDidChangeTextDocument(
			(event) => {
				if (watchedUris(this._request).has(event.document.uri.toString())) {
					this._scheduleSimulation(simulateDelay);
				}
			},
			undefined,
			this._disposables,
		);
		// A commit or a checkout moves HEAD: the same document then differs from it otherwise.
		this._host.revisions.onDidChangeHead(
			() => {
				if (this._request.revision) {
					this._scheduleSimulation(simulateDelay);
				}
			},
			undefined,
			this._disposables,
		);
		this._scheduleSimulation(0);
	}

	get view(): PanelView {
		return this._view;
	}

	dispose(): void {
		PolicyPanel.current = undefined;
		clearTimeout(this._timer);
		this._cancel?.cancel();
		this._cancel?.dispose();
		this._panel.dispose();
		while (this._disposables.length) {
			this._disposables.pop()?.dispose();
		}
	}

	private _html(): string {
		const webview = this._panel.webview;
		const root = vscode.Uri.joinPath(this._host.extensionUri, 'dist', 'webview');
		return buildPanelHtml({
			cspSource: webview.cspSource,
			nonce: createNonce(),
			scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(root, 'panel.js')).toString(),
			styleUri: webview.asWebviewUri(vscode.Uri.joinPath(root, 'panel.css')).toString(),
			initialState: this._view,
			l10nBundle: vscode.l10n.bundle,
			language: vscode.env.language,
		});
	}

	private _setDocument(documentUri: string, policyIndex: number | undefined, revision: Revision | undefined): void {
		// The context, layers and comparison stay: they describe the principal, not the document.
		this._request = { ...this._request, documentUri, policyIndex, ...(revision ? { revision } : {}) };
		this._show(this._buildView('simulating'));
		this._scheduleSimulation(0);
	}

	private _setRequest(request: PanelRequest): void {
		this._request = request;
		this._scheduleSimulation(0);
	}

	private _scheduleSimulation(delay: number): void {
		clearTimeout(this._timer);
		this._timer = setTimeout(() => void this._simulate(), delay);
	}

	private async _simulate(): Promise<void> {
		const generation = ++this._generation;
		this._cancel?.cancel();
		this._cancel?.dispose();
		const cancel = (this._cancel = new vscode.CancellationTokenSource());
		const request = this._request;
		try {
			const client = await this._host.getClient();
			if (!client) {
				return this._showIfCurrent(
					generation,
					this._buildView('noServer', vscode.l10n.t('The IAM Support language server is not running; see its output channel.')),
				);
			}
			// Opening a file hands it to the server, which answers from the documents it holds; after a
			// reload the panel comes back before anyone has opened its document.
			const compareFile = request.compare && !request.compare.uri.startsWith('managed:') ? [request.compare.uri] : [];
			await Promise.all([request.documentUri, ...compareFile].map((uri) => vscode.workspace.openTextDocument(vscode.Uri.parse(uri))));
			const [result, compareResult, revision] = await Promise.all([
				client.sendRequest<SimulateRequest.Result>(SimulateRequest.method, toSimulateParams(request), cancel.token),
				request.compare
					? client.sendRequest<SimulateRequest.Result>(
							SimulateRequest.method,
							toSimulateParams(request, request.compare.uri),
							cancel.token,
						)
					: undefined,
				request.revision ? this._compareWithRevision(client, request, request.revision, cancel.token) : undefined,
			]);
			if (generation === this._generation) {
				this._revealable = revealableUris([result, compareResult]);
				revision?.uris.forEach((uri) => this._revealable.add(uri));
			}
			this._showIfCurrent(generation, this._buildView(undefined, undefined, result, compareResult, revision?.view));
		} catch (error) {
			this._showIfCurrent(generation, this._buildView('error', error instanceof Error ? error.message : String(error)));
		}
	}

	/**
	 * The document against its text at the revision. Whatever git answers becomes the section's message
	 * (not in a repository, no such revision), and a file the revision lacks is compared with nothing:
	 * everything it allows is new.
	 */
	private async _compareWithRevision(
		client: LanguageClient,
		request: PanelRequest,
		revision: Revision,
		token: vscode.CancellationToken,
	): Promise<RevisionAnswer> {
		const documentUri = vscode.Uri.parse(request.documentUri);
		const read = await this._host.revisions.read(documentUri, revision.ref);
		if (read.kind === 'problem') {
			return { view: buildRevisionDiffView(revision, null, { message: read.message }), uris: [] };
		}
		if (read.kind === 'noRevision') {
			const message = vscode.l10n.t('{0} names no commit of this repository: {1}', revision.label, read.detail);
			return { view: buildRevisionDiffView(revision, null, { message }), uris: [] };
		}
		const name = baseName(request.documentUri);
		const notices =
			read.kind === 'absent' ? [vscode.l10n.t('{0} is not in {1}: everything it allows is new.', name, revision.label)] : [];
		const before = {
			text: read.kind === 'found' ? read.text : '',
			uri: read.uri,
			label: vscode.l10n.t('{0} at {1}', name, revision.label),
		};
		const result = await client.sendRequest<DiffPolicyRequest.Result>(DiffPolicyRequest.method, toDiffParams(request, before), token);
		return { view: buildRevisionDiffView(revision, result, { notices }), uris: diffUris(result) };
	}

	/** Drops answers that a newer edit or form change has already superseded. */
	private _showIfCurrent(generation: number, view: PanelView): void {
		if (generation === this._generation) {
			this._show(view);
		}
	}

	private _buildView(
		status?: PanelStatus,
		message?: string,
		result?: SimulateResult | null,
		compareResult?: SimulateResult | null,
		revision?: RevisionDiffView,
	): PanelView {
		// A template's policy by the name the template gives it; a policy of a JSON file by its number.
		const named = result?.uri === this._request.documentUri ? result.policyName : undefined;
		const label =
			baseName(this._request.documentUri) +
			(named
				? ` · ${named}`
				: this._request.policyIndex !== undefined
					? ` (${vscode.l10n.t('policy {0}', this._request.policyIndex + 1)})`
					: '');
		return buildPanelView({
			seq: ++this._seq,
			documentLabel: label,
			request: this._request,
			result,
			compareResult,
			revision,
			status,
			message,
		});
	}

	private _show(view: PanelView): void {
		this._view = view;
		this._panel.title = vscode.l10n.t('Simulate {0}', view.documentLabel);
		const message: ToWebview.Type = { type: 'update', view };
		void this._panel.webview.postMessage(message);
	}

	private async _onMessage(raw: unknown): Promise<void> {
		const message = validateFromWebview(raw);
		if (!message) {
			return;
		}
		switch (message.type) {
			case 'ready':
				return this._show(this._view);
			case 'rendered':
				if (message.seq === this._view.seq) {
					this._host.onDidRender.fire(this._view);
				}
				return;
			case 'refresh':
				return this._scheduleSimulation(0);
			case 'pickLayer': {
				const layer = await pickLayer(message.kind, vscode.Uri.parse(this._request.documentUri));
				return layer && this._setRequest(addLayer(this._request, layer));
			}
			case 'setCompare':
				if (message.target === 'file') {
					const picked = await pickPolicyFile(
						vscode.l10n.t('Pick a policy to compare with'),
						vscode.Uri.parse(this._request.documentUri),
					);
					return picked && this._setRequest({ ...this._request, compare: picked });
				}
				break;
			case 'setRevision':
				if (message.target === 'pick') {
					const picked = await pickRevision(this._host.revisions, vscode.Uri.parse(this._request.documentUri));
					return picked && this._setRequest({ ...this._request, revision: picked });
				}
				break;
			case 'reveal':
				return this._reveal(message);
			case 'export': {
				const content = exportResults(message.format, {
					documentLabel: this._view.documentLabel,
					results: visibleResults(this._view.groups, message.filters),
				});
				await saveExport(message.format, content, vscode.Uri.parse(this._request.documentUri));
				return;
			}
		}
		const next = reduceRequest(this._request, message);
		if (next) {
			this._setRequest(next);
		}
	}

	private async _reveal(message: FromWebview.Reveal): Promise<void> {
		if (!this._revealable.has(message.uri)) {
			return;
		}
		const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(message.uri));
		const { start, end } = message.range;
		const range = document.validateRange(new vscode.Range(start.line, start.character, end.line, end.character));
		const column = vscode.window.visibleTextEditors.find((editor) => editor.document === document)?.viewColumn ?? vscode.ViewColumn.One;
		const editor = await vscode.window.showTextDocument(document, { viewColumn: column, selection: range });
		editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
	}
}

function revealableUris(results: readonly (SimulateResult | null | undefined)[]): Set<string> {
	const uris = new Set<string>();
	const add = (ref: { uri?: string; range?: SimRange }) => ref.uri && uris.add(ref.uri);
	for (const result of results) {
		for (const action of result?.results ?? []) {
			action.decidingStatements.forEach(add);
			action.trace.forEach((trace) => add(trace.statement));
		}
	}
	return uris;
}

function diffUris(result: PolicyDiffResult | null): string[] {
	const uris = new Set<string>();
	const add = (ref: StatementRef) => ref.uri && uris.add(ref.uri);
	for (const entry of [...(result?.granted ?? []), ...(result?.revoked ?? []), ...(result?.changed ?? [])]) {
		entry.beforeStatements.forEach(add);
		entry.afterStatements.forEach(add);
	}
	return [...uris];
}
