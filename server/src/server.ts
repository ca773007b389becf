/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import type { CancellationToken, CodeActionParams, Connection, InitializeResult } from 'vscode-languageserver';
import {
	CodeActionKind,
	CodeActionTriggerKind,
	DidChangeWatchedFilesNotification,
	MessageType,
	RequestType,
	ShowMessageNotification,
	TextDocuments,
	TextDocumentSyncKind,
} from './lsp';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiffPolicyRequest, SimulateRequest, type IamSupportInitializeResult } from '../../shared/protocol';
import { mayHoldPolicy as mayHoldTemplatePolicy, policySyntaxOf } from '../../shared/policySyntax';
import {
	getLanguageService,
	iamDataVersion,
	type DiffVersion,
	type LanguageService,
	type PolicyDocument,
	type ValidationMemo,
	type WasmLoader,
} from './languageService';
import { DocumentCache } from './utils/documentCache';
import { DocumentLimits } from './utils/documentLimits';
import { policyTextReader, simulatedDocument } from './utils/policyFiles';
import { runSafe } from './utils/runner';
import { DocumentSettings } from './utils/settings';
import { GuardrailsFiles } from './utils/guardrailsFiles';
import { registerDiagnosticsPullSupport, registerDiagnosticsPushSupport, type DiagnosticsSupport } from './utils/validation';

/** What the server's host knows that the pure service cannot: where its files are installed. */
export interface ServerRuntime {
	/** The URI of docs/rules.md beside the server, which every rule's link points into. */
	readonly rulesDocumentation?: string;
	/** Reads the Terraform reader's WebAssembly beside the server (server/src/node/nodeWasmLoader.ts). */
	readonly loadWasm?: WasmLoader;
}

/** A cheap look at a document, as the client takes before it starts the server: whether it may hold a policy. */
function mayHoldPolicy(document: TextDocument): boolean {
	const syntax = policySyntaxOf(document.languageId, document.uri) ?? 'json';
	const text = document.getText();
	return syntax === 'json' ? /"Statement"\s*:/.test(text) : mayHoldTemplatePolicy(text, syntax);
}

/**
 * The code actions' context, narrowed to quick fixes when the editor asks by itself (for its lightbulb)
 * with a bare cursor: a line without findings then shows no lightbulb (#16), while Ctrl+. (an invoked
 * request) and a selection still get the refactorings. Clients that do not say how the request was
 * triggered get everything.
 */
function lightbulbContext({ context, range }: CodeActionParams): CodeActionParams['context'] {
	const automatic = context.triggerKind === CodeActionTriggerKind.Automatic;
	const bareCursor = range.start.line === range.end.line && range.start.character === range.end.character;
	return automatic && bareCursor && !context.only ? { ...context, only: [CodeActionKind.QuickFix] } : context;
}

/** Wires the LSP connection to the language service; every handler is a few lines around one service call. */
export function startServer(connection: Connection, runtime: ServerRuntime = {}): void {
	// Created again at `initialize`, in the client's language; no document arrives before.
	let service: LanguageService = getLanguageService(runtime);
	const documents = new TextDocuments(TextDocument);
	const log = (message: string) => connection.console.error(message);
	const readPolicy = policyTextReader((uri) => documents.get(uri)?.getText());
	let supportsConfiguration = false;
	let supportsPull = false;
	let workspaceFolders: readonly string[] = [];
	let supportsFolderChanges = false;
	let supportsWatchedFiles = false;
	const settings = new DocumentSettings(
		connection,
		() => supportsConfiguration,
		() => workspaceFolders,
		(uri) => documents.get(uri)?.languageId,
	);
	const limits = new DocumentLimits(
		async (uri) => (await settings.get(uri)).maxFileSize,
		(message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message }),
		async (uri) => (await settings.get(uri)).policyKind,
	);
	const parses = new DocumentCache<PolicyDocument>((document) =>
		service.parsePolicyDocument(document, limits.parseSettings(document.uri)),
	);
	const parse = (document: TextDocument) => limits.noticeSkipped(parses.get(document));
	// Only open documents get limits: a request on a closed one must not grow the cache.
	// and a format's parser is loaded before its first document is parsed (Terraform's, on the first .tf file).
	const loadLimits = async (uri: string) => {
		const document = documents.get(uri);
		if (document) {
			await Promise.all([limits.load(uri), service.prepareFormat(document)]);
		}
	};
	/** Runs a request on an open document's parse of its current version: null for a document that is not open. */
	const onOpenDocument = async <T>(
		uri: string,
		token: CancellationToken,
		what: string,
		run: (document: TextDocument, parsed: PolicyDocument) => T,
	) => {
		await loadLimits(uri);
		return runSafe(
			log,
			() => {
				const document = documents.get(uri);
				return document ? run(document, parse(document)) : null;
			},
			null,
			`Error while computing ${what} for ${uri}`,
			token,
		);
	};
	// Per open document: the other version it was last compared with, parsed. The editor compares with the
	// same revision again at every edit (the CodeLens, the panel), and the evaluator keeps its compiled
	// policies with the parse.
	const comparedVersions = new Map<string, DiffVersion>();
	const comparedVersion = (document: TextDocument, before: DiffPolicyRequest.Params['before']): DiffVersion => {
		const cached = comparedVersions.get(document.uri);
		if (
			cached?.label === before.label &&
			cached.textDocument.uri === before.uri &&
			cached.textDocument.languageId === document.languageId &&
			cached.textDocument.getText() === before.text
		) {
			return cached;
		}
		// The document's language, so that a template's old version is read as the same format.
		const textDocument = TextDocument.create(before.uri, document.languageId, 0, before.text);
		const version = {
			textDocument,
			policyDocument: service.parsePolicyDocument(textDocument, limits.parseSettings(document.uri)),
			label: before.label,
		};
		comparedVersions.set(document.uri, version);
		return version;
	};
	let diagnostics: DiagnosticsSupport | undefined;
	const guardrailFiles = new GuardrailsFiles(() => service.messages.t, log);
	// Per open document: what its last validation found in each statement, reused for the statements an edit left alone.
	const validationMemos = new Map<string, ValidationMemo>();
	const validate = async (document: TextDocument) => {
		const [documentSettings] = await Promise.all([settings.get(document.uri), loadLimits(document.uri)]);
		let memo = validationMemos.get(document.uri);
		if (!memo && documents.get(document.uri)) {
			validationMemos.set(document.uri, (memo = {}));
		}
		const guardrails = guardrailFiles.forDocument(document.uri);
		return service.doValidation(document, parse(document), guardrails ? { ...documentSettings, guardrails } : documentSettings, memo);
	};

	connection.onInitialize(
		({ capabilities: client, locale, workspaceFolders: folders, rootUri }): InitializeResult & IamSupportInitializeResult => {
			service = getLanguageService({ ...runtime, locale });
			workspaceFolders = folders ? folders.map((folder) => folder.uri) : rootUri ? [rootUri] : [];
			supportsFolderChanges = !!client.workspace?.workspaceFolders;
			supportsConfiguration = !!client.workspace?.configuration;
			supportsPull = !!client.textDocument?.diagnostic;
			supportsWatchedFiles = !!client.workspace?.didChangeWatchedFiles?.dynamicRegistration;
			return {
				capabilities: {
					textDocumentSync: TextDocumentSyncKind.Incremental,
					completionProvider: { triggerCharacters: ['"', ':'], resolveProvider: false },
					hoverProvider: true,
					documentLinkProvider: { resolveProvider: false },
					codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite] },
					codeLensProvider: { resolveProvider: false },
					workspace: supportsFolderChanges ? { workspaceFolders: { supported: true, changeNotifications: true } } : undefined,
					diagnosticProvider: supportsPull ? { interFileDependencies: false, workspaceDiagnostics: false } : undefined,
				},
				serverInfo: { name: 'iam-support-language-server' },
				iamSupport: { dataVersion: iamDataVersion },
			};
		},
	);

	connection.onInitialized(() => {
		if (supportsFolderChanges) {
			// The globs of iamSupport.policyKinds are relative to the folders.
			connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
				const gone = new Set(removed.map((folder) => folder.uri));
				workspaceFolders = [...workspaceFolders.filter((uri) => !gone.has(uri)), ...added.map((folder) => folder.uri)];
				settings.clear();
				limits.clear();
				parses.clear();
				validationMemos.clear();
				comparedVersions.clear();
				diagnostics?.requestRefresh();
			});
		}
		if (supportsWatchedFiles) {
			void connection.client.register(DidChangeWatchedFilesNotification.type, {
				watchers: [{ globPattern: '**/.iam-support.json' }],
			});
		}
		diagnostics = supportsPull
			? registerDiagnosticsPullSupport(documents, connection, validate, mayHoldPolicy)
			: registerDiagnosticsPushSupport(documents, connection, validate);
	});

	connection.onDidChangeWatchedFiles(({ changes }) => {
		if (changes.some((change) => GuardrailsFiles.isGuardrailsFile(change.uri))) {
			guardrailFiles.clear();
			validationMemos.clear();
			diagnostics?.requestRefresh();
		}
	});

	connection.onDidChangeConfiguration(() => {
		// A client that synchronizes settings sends them once as it starts: with no settings fetched yet,
		// nothing can be stale, and asking the client to pull every document again would only delay the first.
		if (settings.isEmpty()) {
			return;
		}
		settings.clear();
		limits.clear();
		parses.clear();
		validationMemos.clear();
		comparedVersions.clear();
		diagnostics?.requestRefresh();
	});

	documents.onDidClose((event) => {
		parses.delete(event.document.uri);
		comparedVersions.delete(event.document.uri);
		validationMemos.delete(event.document.uri);
		settings.delete(event.document.uri);
		limits.forget(event.document.uri);
	});

	connection.onCompletion((params, token) =>
		onOpenDocument(params.textDocument.uri, token, 'completions', (document, parsed) =>
			service.doComplete(document, params.position, parsed),
		),
	);

	connection.onHover((params, token) =>
		onOpenDocument(params.textDocument.uri, token, 'hover', (document, parsed) => service.doHover(document, params.position, parsed)),
	);

	connection.onDocumentLinks((params, token) =>
		onOpenDocument(params.textDocument.uri, token, 'document links', (document, parsed) => service.doDocumentLinks(document, parsed)),
	);

	connection.onCodeLens((params, token) =>
		onOpenDocument(params.textDocument.uri, token, 'code lenses', (document, parsed) => service.doCodeLens(document, parsed)),
	);

	connection.onRequest(
		new RequestType<SimulateRequest.Params, SimulateRequest.Result, void>(SimulateRequest.method),
		async (params, token) => {
			const [layers, document] = await Promise.all([
				service.loadSimulationLayers(params, readPolicy),
				simulatedDocument(params.textDocument.uri, (uri) => documents.get(uri), readPolicy),
				loadLimits(params.textDocument.uri),
			]);
			return runSafe(
				log,
				() => {
					// A document that is not open (a policy to compare against) is parsed for this request only.
					const parsed =
						document &&
						(documents.get(document.uri)
							? parse(document)
							: service.parsePolicyDocument(document, limits.parseSettings(document.uri)));
					return document && parsed ? service.simulate(document, params, parsed, layers) : null;
				},
				null,
				`Error while simulating ${params.textDocument.uri}`,
				token,
			);
		},
	);

	connection.onRequest(
		new RequestType<DiffPolicyRequest.Params, DiffPolicyRequest.Result, void>(DiffPolicyRequest.method),
		async (params, token) => {
			const [layers] = await Promise.all([service.loadSimulationLayers(params, readPolicy), loadLimits(params.textDocument.uri)]);
			return runSafe(
				log,
				() => {
					const document = documents.get(params.textDocument.uri);
					return document
						? service.diffPolicies(
								comparedVersion(document, params.before),
								{ textDocument: document, policyDocument: parse(document) },
								{ layers, context: params.context },
							)
						: null;
				},
				null,
				`Error while comparing ${params.textDocument.uri} with ${params.before.label}`,
				token,
			);
		},
	);

	connection.onCodeAction((params, token) =>
		onOpenDocument(params.textDocument.uri, token, 'code actions', (document, parsed) =>
			service.doCodeActions(document, params.range, lightbulbContext(params), parsed),
		),
	);

	documents.listen(connection);
	connection.listen();
}
