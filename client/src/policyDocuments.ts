/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Which documents are the server's: JSON policies and the templates that may hold one (CloudFormation,
// SAM and Serverless YAML, Terraform). A cheap look at the text decides, before the server starts and
// before a document is sent to it, so that editing package.json or a Kubernetes manifest costs nothing.

import * as vscode from 'vscode';
import type { DocumentSelector } from 'vscode-languageclient';
import { mayHoldPolicy, policyLanguages, policySyntaxOf } from '../../shared/policySyntax';

/**
 * The documents the language client sends: by language, and `.tf` files by name for editors without a
 * Terraform extension (the manifest gives `.tf` the `terraform` language too; this covers a user's own
 * association of `.tf` with another language).
 */
export const policyDocumentSelector: DocumentSelector = [
	...Object.keys(policyLanguages).map((language) => ({ language })),
	{ scheme: 'file', pattern: '**/*.tf' },
];

/** Whether a document may hold a policy: a JSON document with a "Statement", a template with the words of one. */
export function mayHoldPolicyDocument(document: vscode.TextDocument): boolean {
	const syntax = policySyntaxOf(document.languageId, document.fileName);
	if (!syntax || (syntax === 'json' && !(document.languageId in policyLanguages))) {
		return false;
	}
	const text = document.getText();
	return syntax === 'json' ? /"Statement"\s*:/.test(text) : mayHoldPolicy(text, syntax);
}

/** Whether the editor shows a document of a language the server reads (for the status bar). */
export function isPolicyLanguageEditor(editor: vscode.TextEditor | undefined): boolean {
	return !!editor && !!policySyntaxOf(editor.document.languageId, editor.document.fileName);
}

/** The context key the Simulate menus read for templates: a YAML or Terraform editor whose text may hold a policy. */
export const templateMayHoldPolicyKey = 'iamSupport.activeTemplateMayHoldPolicy';

/** Keeps the context key true while the active editor shows a template that may hold a policy. */
export function registerTemplateContext(): vscode.Disposable {
	let current: boolean | undefined;
	const update = () => {
		const document = vscode.window.activeTextEditor?.document;
		const syntax = document && policySyntaxOf(document.languageId, document.fileName);
		const value = !!document && syntax !== undefined && syntax !== 'json' && mayHoldPolicyDocument(document);
		if (value !== current) {
			current = value;
			void vscode.commands.executeCommand('setContext', templateMayHoldPolicyKey, value);
		}
	};
	update();
	return vscode.Disposable.from(
		vscode.window.onDidChangeActiveTextEditor(update),
		vscode.workspace.onDidChangeTextDocument((event) => {
			if (event.document === vscode.window.activeTextEditor?.document) {
				update();
			}
		}),
	);
}
