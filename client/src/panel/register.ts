/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SimulateCommand } from '../../../shared/protocol';
import type { GitRevisions } from '../git/gitRevisions';
import { PolicyPanel, type PanelHost } from './policyPanel';
import { isRevisionRef, type Revision } from './common/messages';
import { headRevision } from './common/requestState';
import type { PanelView } from './common/viewModel';

/** "IAM Support: What Does This Change Grant?": the panel, comparing the file with a git revision (#17). */
export const diffWithRevisionCommandId = 'iamSupport.diffWithRevision';

/** What tests reach through the extension's API to see the panel without reading its pixels. */
export interface PanelTestApi {
	/** The view the panel last sent to its page, or undefined when no panel is open. */
	getPanelState(): PanelView | undefined;
	/** Fires when the page has drawn a view, the "Simulating…" ones included. */
	readonly onDidRenderPanel: vscode.Event<PanelView>;
	/** Resolves with the next view the page draws that is an answer rather than "Simulating…". */
	whenPanelResultRendered(): Promise<PanelView>;
}

// The server's CodeLens passes SimulateCommand.Arguments as JSON, so the URI arrives as a string; menus pass a
// vscode.Uri, and editor/title adds an object of its own as the second argument.
function target(uriArg: unknown, indexArg: unknown): { uri: vscode.Uri; policyIndex?: number } | undefined {
	const uri =
		uriArg instanceof vscode.Uri
			? uriArg
			: typeof uriArg === 'string'
				? vscode.Uri.parse(uriArg)
				: vscode.window.activeTextEditor?.document.uri;
	const policyIndex = typeof indexArg === 'number' && Number.isSafeInteger(indexArg) && indexArg >= 0 ? indexArg : undefined;
	return uri && { uri, policyIndex };
}

/** The file a command runs on: a URI (the CodeLens, the explorer), a Source Control view's resource, or the active editor's. */
function resourceOf(arg: unknown): vscode.Uri | undefined {
	if (arg instanceof vscode.Uri) {
		return arg;
	}
	if (typeof arg === 'string') {
		return vscode.Uri.parse(arg);
	}
	const resourceUri = (arg as { resourceUri?: unknown } | undefined)?.resourceUri;
	return resourceUri instanceof vscode.Uri ? resourceUri : vscode.window.activeTextEditor?.document.uri;
}

function revisionOf(arg: unknown): Revision {
	return typeof arg === 'string' && isRevisionRef(arg) ? { ref: arg, label: arg === 'HEAD' ? arg : arg.slice(0, 7) } : headRevision;
}

export function registerPolicyPanel(
	context: vscode.ExtensionContext,
	getClient: () => Promise<LanguageClient | undefined>,
	revisions: GitRevisions,
): PanelTestApi {
	const onDidRender = new vscode.EventEmitter<PanelView>();
	const host: PanelHost = { extensionUri: context.extensionUri, getClient, onDidRender, revisions };
	context.subscriptions.push(
		onDidRender,
		vscode.commands.registerCommand(SimulateCommand.id, async (uriArg?: unknown, indexArg?: unknown) => {
			const found = target(uriArg, indexArg);
			if (!found) {
				void vscode.window.showInformationMessage(vscode.l10n.t('Open a policy document to simulate it.'));
				return;
			}
			// The server answers from the documents it holds, so the policy must be open.
			await vscode.workspace.openTextDocument(found.uri);
			PolicyPanel.createOrShow(host, found.uri, found.policyIndex);
		}),
		vscode.commands.registerCommand(diffWithRevisionCommandId, async (resourceArg?: unknown, refArg?: unknown) => {
			const uri = resourceOf(resourceArg);
			if (!uri) {
				void vscode.window.showInformationMessage(
					vscode.l10n.t('Open a policy file of a git repository to see what its change grants.'),
				);
				return;
			}
			// Said before the panel opens: without a repository there is nothing for it to show.
			const found = await vscode.window.withProgress(
				{ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Looking for the git repository') },
				() => revisions.repository(uri),
			);
			if ('problem' in found) {
				void vscode.window.showWarningMessage(found.problem);
				return;
			}
			await vscode.workspace.openTextDocument(uri);
			PolicyPanel.createOrShow(host, uri, undefined, revisionOf(refArg));
		}),
		vscode.window.registerWebviewPanelSerializer(PolicyPanel.viewType, {
			deserializeWebviewPanel: async (panel, state: unknown) => {
				PolicyPanel.revive(panel, host, state);
			},
		}),
		{ dispose: () => PolicyPanel.current?.dispose() },
	);
	const whenPanelResultRendered = () =>
		new Promise<PanelView>((resolve) => {
			const listener = onDidRender.event((view) => {
				if (view.status !== 'simulating') {
					listener.dispose();
					resolve(view);
				}
			});
		});
	return { getPanelState: () => PolicyPanel.current?.view, onDidRenderPanel: onDidRender.event, whenPanelResultRendered };
}
