/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import type { PolicyDiffResult, SimulateParams, SimulateResult } from '../../../shared/simulation';
import { policySyntaxOf, type PolicySyntax } from '../../../shared/policySyntax';
import { loadTemplateReader, templateReader } from './parser/templateReaders';
import type { WasmLoader } from './parser/sourceTree';
import { doCodeActions } from './codeActions/codeActions';
import { doComplete } from './completion';
import { doDocumentLinks } from './documentLinks';
import { doValidation, type ValidationMemo } from './diagnostics/validate';
import { doHover } from './hover';
import type {
	CodeAction,
	CodeActionContext,
	CodeLens,
	CompletionList,
	Diagnostic,
	DocumentLink,
	Hover,
	LanguageSettings,
	Position,
	Range,
	TextDocument,
} from './languageTypes';
import { parsePolicyDocument } from './parser/parsePolicyDocument';
import type { PolicyDocument } from './parser/policyModel';
import { doCodeLens } from './simulation/codeLens';
import { diffPolicies, type DiffOptions, type DiffVersion } from './simulation/diff';
import { loadLayers, type ReadPolicyText } from './simulation/layers';
import { simulate, type SimulationLayers } from './simulation/simulate';
import { createServiceState, type ServiceStateOptions } from './serviceState';
import { checkRequest, type RequestProblem } from './simulation/requestChecks';
import type { Messages } from './l10n';
import type { RuleCode } from './diagnostics/rules';

export * from './languageTypes';
export { createMessages, languageOf, type Language, type Messages } from './l10n';
export { isRuleCode, isRuleSeverity, ruleFor, rules, type Rule, type RuleCode, type RuleGroup } from './diagnostics/rules';
export { managedPolicies, managedPolicy, type ManagedPolicy } from './data/managedPolicies';
export { iamDataVersion } from './data/supportCatalog.generated';
export { isPolicyKind, policyKinds } from './parser/policyKinds';
export { nearestNames } from './catalog/nearest';
export { parseArn } from './catalog/arn';
export type { RequestProblem } from './simulation/requestChecks';
export type { DiffOptions, DiffVersion, ReadPolicyText, SimulationLayers, ValidationMemo, WasmLoader };
export type { FileReference } from './parser/sourceTree';
export type { JsonNode, Policy, PolicyDocument } from './parser/policyModel';

/**
 * The IAM policy language service: pure functions over a text document and a position that return LSP
 * types. It never imports `vscode` or the LSP connection, so it runs in the server, the CLI and tests alike.
 */
export interface LanguageService {
	/** The texts of the service's language, for what its host writes around the service's answers. */
	readonly messages: Messages;
	/** The link of a rule's documentation, in the service's language. */
	ruleDocumentation(code: RuleCode): string;
	/**
	 * Loads what reading the document's format needs (Terraform's parser, on the first .tf file); await it
	 * before parsing a document of a format not yet read. JSON and YAML need nothing and resolve at once.
	 */
	prepareFormat(document: TextDocument): Promise<void>;
	/** Parses one version of a document; every other function takes this parse, so do it once per version. */
	parsePolicyDocument(document: TextDocument, settings?: LanguageSettings): PolicyDocument;
	doComplete(document: TextDocument, position: Position, policyDocument: PolicyDocument): CompletionList | null;
	doHover(document: TextDocument, position: Position, policyDocument: PolicyDocument): Hover | null;
	/** Links on Terraform's `file()` and `templatefile()` paths, to the policy files they read. */
	doDocumentLinks(document: TextDocument, policyDocument: PolicyDocument): DocumentLink[];
	/** Reads the boundary, SCPs, session and extra identity policies of a request through `read`. */
	loadSimulationLayers(params: SimulateParams, read: ReadPolicyText): Promise<SimulationLayers>;
	/** Simulates the document's policies (or `params.policyIndex`) for the Support family, or `params.actions`. */
	simulate(document: TextDocument, params: SimulateParams, policyDocument: PolicyDocument, layers?: SimulationLayers): SimulateResult;
	/**
	 * The actions and context keys of a simulation request that name nothing the catalog knows, with the
	 * nearest real names: the simulator would answer for them all the same.
	 */
	checkSimulationRequest(actions: readonly string[], contextKeys: Iterable<string>): RequestProblem[];
	/**
	 * What the change from `before` to `after` grants, revokes and changes: every Support-family action and
	 * every action of another service that either version names, under the default context and each preset.
	 */
	diffPolicies(before: DiffVersion, after: DiffVersion, options?: DiffOptions): PolicyDiffResult;
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

export interface LanguageServiceOptions extends ServiceStateOptions {
	/**
	 * Reads the WebAssembly files of the Terraform reader shipped beside the bundles (the Node hosts give
	 * server/src/node/nodeWasmLoader.ts). Without it, Terraform files are not read.
	 */
	readonly loadWasm?: WasmLoader;
	/**
	 * The locale of the messages, as the client's `initialize` sends it (`ja`, `en-US`) or as `LANG` writes it
	 * (`ja_JP.UTF-8`). Japanese is the one translation; any other locale, or none, gives English.
	 */
	readonly locale?: string;
	/**
	 * The URI of docs/rules.md, which every rule's link points into at the rule's anchor (docs/rules.ja.md
	 * for Japanese). The Node entry points give the copy installed beside the code.
	 */
	readonly rulesDocumentation?: string;
}

/** The syntax of a document: from its language id, else its name (the CLI's documents), else JSON. */
export function syntaxOf(document: TextDocument): PolicySyntax {
	return policySyntaxOf(document.languageId, document.uri, document.getText()) ?? 'json';
}

/**
 * A language service with its own state: its language, its caches and the facts it has read. Create one
 * per client (the server) or per run (the CLI); services with different options share nothing.
 */
export function getLanguageService(options: LanguageServiceOptions = {}): LanguageService {
	const state = createServiceState(options);
	return {
		messages: state.messages,
		ruleDocumentation: state.ruleDocumentation,
		prepareFormat: (document) => loadTemplateReader(state, syntaxOf(document), options.loadWasm),
		parsePolicyDocument: (document, settings) => {
			const syntax = syntaxOf(document);
			const { reader, failure } = templateReader(state, syntax);
			return parsePolicyDocument(state.messages, document.uri, document.version, document.getText(), {
				maxFileSize: settings?.maxFileSize,
				policyKind: settings?.policyKind,
				syntax,
				readAnyTemplate: settings?.validateAsPolicy,
				templateReader: reader,
				readerFailure: failure,
			});
		},
		doComplete: (document, position, policyDocument) => doComplete(state, document, position, policyDocument),
		doHover: (document, position, policyDocument) => doHover(state, document, position, policyDocument),
		doDocumentLinks: (document, policyDocument) => doDocumentLinks(state, document, policyDocument),
		loadSimulationLayers: (params, read) => loadLayers(state, params, read),
		simulate: (document, params, policyDocument, layers) => simulate(state, document, policyDocument, params, layers),
		checkSimulationRequest: (actions, contextKeys) => checkRequest(state, actions, contextKeys),
		diffPolicies: (before, after, options) => diffPolicies(state, before, after, options),
		doCodeLens: (document, policyDocument) => doCodeLens(state, document, policyDocument),
		doValidation: (document, policyDocument, settings, memo) => doValidation(state, document, policyDocument, settings, memo),
		doCodeActions: (document, range, context, policyDocument) => doCodeActions(state, document, range, context, policyDocument),
	};
}
