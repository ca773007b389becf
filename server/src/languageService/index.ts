/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import type { SimulateParams, SimulateResult } from '../../../shared/simulation';
import { doCodeActions } from './codeActions/codeActions';
import { doComplete } from './completion';
import { doValidation, type ValidationMemo } from './diagnostics/validate';
import { doHover } from './hover';
import { setLocale } from './l10n';
import type {
	CodeAction,
	CodeActionContext,
	CodeLens,
	CompletionList,
	Diagnostic,
	Hover,
	LanguageSettings,
	Position,
	Range,
	TextDocument,
} from './languageTypes';
import { parsePolicyDocument } from './parser/parsePolicyDocument';
import type { PolicyDocument } from './parser/policyModel';
import { doCodeLens } from './simulation/codeLens';
import { loadLayers, type ReadPolicyText } from './simulation/layers';
import { simulate, type SimulationLayers } from './simulation/simulate';

export * from './languageTypes';
export { languageOf, setLocale, type Language } from './l10n';
export type { ReadPolicyText, SimulationLayers, ValidationMemo };

/**
 * The IAM policy language service: pure functions over a text document and a position that return LSP
 * types. It never imports `vscode` or the LSP connection, so it runs in the server, the CLI and tests alike.
 */
export interface LanguageService {
	/** Parses one version of a document; every other function takes this parse, so do it once per version. */
	parsePolicyDocument(document: TextDocument, settings?: LanguageSettings): PolicyDocument;
	doComplete(document: TextDocument, position: Position, policyDocument: PolicyDocument): CompletionList | null;
	doHover(document: TextDocument, position: Position, policyDocument: PolicyDocument): Hover | null;
	/** Reads the boundary, SCPs, session and extra identity policies of a request through `read`. */
	loadSimulationLayers(params: SimulateParams, read: ReadPolicyText): Promise<SimulationLayers>;
	/** Simulates the document's policies (or `params.policyIndex`) for the Support family, or `params.actions`. */
	simulate(document: TextDocument, params: SimulateParams, policyDocument: PolicyDocument, layers?: SimulationLayers): SimulateResult;
	/** "Simulate · 38 allowed, 1 denied" above each policy, running the `iamSupport.simulate` command. */
	doCodeLens(document: TextDocument, policyDocument: PolicyDocument): CodeLens[];
	/**
	 * Every finding of the rules in diagnostics/rules.ts, with the severities that `settings.rules` gives them.
	 * Pass the same `memo` (an empty object at first) for each version of one document: statements that an
	 * edit left alone are not checked again.
	 */
	doValidation(document: TextDocument, policyDocument: PolicyDocument, settings?: LanguageSettings, memo?: ValidationMemo): Diagnostic[];
	/** Quick fixes for the service's own diagnostics in `context`, and the refactorings available at `range`. */
	doCodeActions(document: TextDocument, range: Range, context: CodeActionContext, policyDocument: PolicyDocument): CodeAction[];
}

export interface LanguageServiceOptions {
	/**
	 * The locale of the messages, as the client's `initialize` sends it (`ja`, `en-US`) or as `LANG` writes it
	 * (`ja_JP.UTF-8`). Japanese is the one translation; any other locale, or none, gives English.
	 * Messages are process-wide (see l10n.ts): the last service created, or `setLocale`, decides.
	 */
	readonly locale?: string;
}

export function getLanguageService(options: LanguageServiceOptions = {}): LanguageService {
	if (options.locale !== undefined) {
		setLocale(options.locale);
	}
	return {
		parsePolicyDocument: (document, settings) =>
			parsePolicyDocument(document.uri, document.version, document.getText(), { maxFileSize: settings?.maxFileSize }),
		doComplete,
		doHover,
		loadSimulationLayers: loadLayers,
		simulate: (document, params, policyDocument, layers) => simulate(document, policyDocument, params, layers),
		doCodeLens,
		doValidation,
		doCodeActions,
	};
}
