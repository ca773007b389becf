/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as vscode from 'vscode';
import { findTemplate, templateChoices, templatePickerPlaceholder, templateText } from '../../shared/templates';

export const newPolicyFromTemplateCommand = 'iamSupport.newPolicyFromTemplate';

/** "IAM Support: New Policy from Template": pick a template, get it as a new untitled JSON document (#8). */
export function registerTemplateCommand(): vscode.Disposable {
	return vscode.commands.registerCommand(newPolicyFromTemplateCommand, newPolicyFromTemplate);
}

async function newPolicyFromTemplate(): Promise<void> {
	// The templates keep their Japanese labels beside them as data; the UI language, which also picks
	// the vscode.l10n bundle, chooses between them.
	const locale = vscode.env.language;
	const items = templateChoices(locale);
	const picked = await vscode.window.showQuickPick(items, {
		placeHolder: templatePickerPlaceholder(locale),
		matchOnDescription: true,
		matchOnDetail: true,
	});
	const template = picked && findTemplate(picked.id);
	if (!template) {
		return;
	}
	const document = await vscode.workspace.openTextDocument({ language: 'json', content: templateText(template) });
	await vscode.window.showTextDocument(document);
}
