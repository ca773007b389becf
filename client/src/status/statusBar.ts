/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The status bar item of the language server (#16), drawn from ServerStatus: beside JSON and JSONC
// editors once a policy has asked for the server, and always when the server failed. A click shows the
// output channel, where the start and its timings are logged.

import * as vscode from 'vscode';
import { presentStatus, type ServerStatus } from './serverStatus';
import { isPolicyLanguageEditor } from '../policyDocuments';

export const showOutputCommand = 'iamSupport.showOutput';

export function registerStatusBarItem(status: ServerStatus, output: vscode.OutputChannel): vscode.Disposable {
	const item = vscode.window.createStatusBarItem('iamSupport.status', vscode.StatusBarAlignment.Right, 100);
	item.name = vscode.l10n.t('IAM Policies for AWS Support');
	item.command = showOutputCommand;
	const draw = () => {
		const presentation = presentStatus(status.snapshot());
		item.text = presentation.text;
		// Plain text: the lines hold versions, times and error messages, none of them Markdown.
		item.tooltip = [presentation.title, ...presentation.lines].join('\n');
		item.backgroundColor = presentation.isError ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
		item.accessibilityInformation = { label: [presentation.title, ...presentation.lines.slice(0, -1)].join('. ') };
		if (presentation.visible && (presentation.isError || isPolicyLanguageEditor(vscode.window.activeTextEditor))) {
			item.show();
		} else {
			item.hide();
		}
	};
	draw();
	return vscode.Disposable.from(
		item,
		status.onDidChange(draw),
		vscode.window.onDidChangeActiveTextEditor(draw),
		// A document whose language changes is closed and opened again.
		vscode.workspace.onDidOpenTextDocument(draw),
		vscode.commands.registerCommand(showOutputCommand, () => output.show(true)),
	);
}
