/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SimulateCommand } from '../../../shared/protocol';
import { PolicyPanel, type PanelHost } from './policyPanel';
import type { PanelView } from './common/viewModel';

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

export function registerPolicyPanel(context: vscode.ExtensionContext, getClient: () => Promise<LanguageClient | undefined>): PanelTestApi {
	const onDidRender = new vscode.EventEmitter<PanelView>();
	const host: PanelHost = { extensionUri: context.extensionUri, getClient, onDidRender };
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
