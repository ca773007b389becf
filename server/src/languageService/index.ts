/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import { doCodeActions } from './codeActions/codeActions';
import { doComplete } from './completion';
import { doValidation } from './diagnostics/validate';
import { doHover } from './hover';
import type { CodeAction, CodeActionContext, CompletionList, Diagnostic, Hover, LanguageSettings, Position, Range, TextDocument } from './languageTypes';
import { parsePolicyDocument } from './parser/parsePolicyDocument';
import type { PolicyDocument } from './parser/policyModel';

export * from './languageTypes';

/**
 * The IAM policy language service: pure functions over a text document and a position that return LSP
 * types. It never imports `vscode` or the LSP connection, so it runs in the server, the CLI and tests alike.
 */
export interface LanguageService {
	/** Parses one version of a document; every other function takes this parse, so do it once per version. */
	parsePolicyDocument(document: TextDocument, settings?: LanguageSettings): PolicyDocument;
	doComplete(document: TextDocument, position: Position, policyDocument: PolicyDocument): CompletionList | null;
	doHover(document: TextDocument, position: Position, policyDocument: PolicyDocument): Hover | null;
	/** Every finding of the rules in diagnostics/rules.ts, with the severities that `settings.rules` gives them. */
	doValidation(document: TextDocument, policyDocument: PolicyDocument, settings?: LanguageSettings): Diagnostic[];
	/** Quick fixes for the service's own diagnostics in `context`, and the refactorings available at `range`. */
	doCodeActions(document: TextDocument, range: Range, context: CodeActionContext, policyDocument: PolicyDocument): CodeAction[];
}

export function getLanguageService(): LanguageService {
	return {
		parsePolicyDocument: (document, settings) =>
			parsePolicyDocument(document.uri, document.version, document.getText(), { maxFileSize: settings?.maxFileSize }),
		doComplete,
		doHover,
		doValidation,
		doCodeActions,
	};
}
