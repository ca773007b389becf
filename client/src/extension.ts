/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as path from 'path';
import * as vscode from 'vscode';
import type { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import type { IamSupportInitializeResult } from '../../shared/protocol';
import { clientMiddleware, settingsSection } from './clientMiddleware';
import { ChangeCodeLensProvider } from './git/changeCodeLens';
import { GitRevisions } from './git/gitRevisions';
import { setL10nBundle } from './panel/common/l10n';
import { diffWithRevisionCommandId, registerPolicyPanel, type PanelTestApi } from './panel/register';
import { registerSetPolicyKindCommand } from './policyKinds';
import { registerRuleDocumentation } from './ruleDocumentation';
import { forkServerEarly } from './serverProcess';
import { registerStatusBarItem } from './status/statusBar';
import { dataVersionFact, ServerStatus, type StatusSnapshot } from './status/serverStatus';
import { startupProgress } from './status/startupProgress';
import { registerTemplateCommand } from './templates';
import { mayHoldPolicyDocument, policyDocumentSelector, registerTemplateContext } from './policyDocuments';

const clientId = 'iamSupport';
const clientName = 'IAM Policies for AWS Support';

let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;

export interface IamSupportApi extends PanelTestApi {
	/** Whether the language server has been started (it starts on the first policy document). */
	isServerRunning(): boolean;
	/**
	 * Whether a policy document has asked for the language server, true from that moment on,
	 * before the server runs: the end-to-end tests check it stays false for other JSON files.
	 */
	isServerRequested(): boolean;
	/** Resolves once the language server is running. */
	whenServerReady(): Promise<void>;
	/** Fires when the "+N actions since HEAD" lens of a document has been computed (its title undefined when there is none). */
	readonly onDidComputeChangeLens: vscode.Event<{ readonly uri: string; readonly version: number; readonly title?: string }>;
	/** The "+N actions since HEAD" lens last computed for a document, with the version it was computed for. */
	changeLens(uri: string): { readonly version: number; readonly title?: string } | undefined;
	/**
	 * Milliseconds spent evaluating the bundle's modules (reading and compiling the file come before and
	 * are not counted) and running `activate()`. The language server starts later, on its own.
	 */
	activationMilliseconds(): { readonly evaluation: number; readonly activate: number };
	/** What the status bar item shows: the server's state and facts. */
	serverStatus(): StatusSnapshot;
	/**
	 * When (`performance.now()` of the extension host) the extension activated, the server was asked to
	 * start, the server answered `initialize`, and the first diagnostics arrived: figures for docs/performance.md.
	 */
	startTimes(): StartTimes;
}

export interface StartTimes {
	activated?: number;
	requested?: number;
	answered?: number;
	clientLoaded?: number;
	firstDiagnosticsRequest?: number;
	firstDiagnostics?: number;
}

const times: StartTimes = {};

/** Set by the bundle's first line (scripts/build.mjs): evaluating the bundle's modules is part of activation. */
declare const bundleStarted: number | undefined;
/** The entry module's code runs last, after every module it imports. */
const bundleEvaluationMilliseconds = typeof bundleStarted === 'number' ? performance.now() - bundleStarted : 0;

export function activate(context: vscode.ExtensionContext): IamSupportApi {
	const activationStarted = performance.now();
	times.activated = activationStarted;
	// The panel's pure modules translate with the same bundle as vscode.l10n (#8).
	setL10nBundle(vscode.l10n.bundle);
	const outputChannel = vscode.window.createOutputChannel(clientName, { log: true });
	const status = new ServerStatus();
	context.subscriptions.push(
		outputChannel,
		registerTemplateCommand(),
		registerSetPolicyKindCommand(),
		registerTemplateContext(),
		registerRuleDocumentation(context),
		registerStatusBarItem(status, outputChannel),
	);
	let ready: () => void;
	const serverReady = new Promise<void>((resolve) => (ready = resolve));

	const start = () =>
		(starting ??= startClient(context, outputChannel, status).then(ready, (error) => {
			status.setState('failed', { problem: error instanceof Error ? error.message : String(error) });
			outputChannel.error(vscode.l10n.t('The language server did not start: {0}', String(error)));
		}));
	const startIfPolicy = (document: vscode.TextDocument) => {
		if (starting || !mayHoldPolicyDocument(document)) {
			return;
		}
		void start();
	};
	vscode.workspace.textDocuments.forEach(startIfPolicy);
	context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(startIfPolicy));
	context.subscriptions.push(vscode.workspace.onDidChangeTextDocument((event) => startIfPolicy(event.document)));

	// The panel may be asked for before any policy was opened, so it starts the server itself.
	const getClient = async () => {
		await start();
		return client?.isRunning() ? client : undefined;
	};
	const revisions = new GitRevisions();
	const panelApi = registerPolicyPanel(context, getClient, revisions);
	const changeLens = new ChangeCodeLensProvider(revisions, getClient, diffWithRevisionCommandId);
	context.subscriptions.push(
		revisions,
		changeLens,
		vscode.languages.registerCodeLensProvider(
			policyDocumentSelector.map((filter) =>
				typeof filter === 'string' ? { language: filter, scheme: 'file' } : { ...filter, scheme: 'file' },
			),
			changeLens,
		),
	);

	const activationMilliseconds = performance.now() - activationStarted;
	outputChannel.info(
		`Activated in ${activationMilliseconds.toFixed(1)} ms (evaluating the extension's code took ${bundleEvaluationMilliseconds.toFixed(1)} ms).`,
	);
	return {
		...panelApi,
		isServerRunning: () => client?.isRunning() ?? false,
		isServerRequested: () => starting !== undefined,
		whenServerReady: () => serverReady,
		onDidComputeChangeLens: changeLens.onDidCompute,
		changeLens: (uri) => changeLens.computed(uri),
		activationMilliseconds: () => ({ evaluation: bundleEvaluationMilliseconds, activate: activationMilliseconds }),
		serverStatus: () => status.snapshot(),
		startTimes: () => ({ ...times }),
	};
}

async function startClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel, status: ServerStatus): Promise<void> {
	const requested = performance.now();
	times.requested = requested;
	status.setState('starting');
	const progress = startupProgress(vscode.l10n.t('IAM Support'), (title, task) =>
		vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title }, task),
	);
	progress.report(vscode.l10n.t('starting the language server'));
	outputChannel.info('Starting the language server.');
	let firstDiagnostics = false;
	const anyPolicyOpen = () => vscode.workspace.textDocuments.some(mayHoldPolicyDocument);
	// A policy closed before its diagnostics came leaves nothing to wait for.
	const closing = vscode.workspace.onDidCloseTextDocument(() => !anyPolicyOpen() && endProgress());
	const endProgress = () => {
		closing.dispose();
		progress.done();
	};
	const onDiagnostics = (uri: vscode.Uri) => {
		if (!firstDiagnostics) {
			firstDiagnostics = true;
			times.firstDiagnostics = performance.now();
			endProgress();
			outputChannel.info(
				`First diagnostics (of ${path.basename(uri.path)}) ${(performance.now() - requested).toFixed(0)} ms after the language server was asked to start.`,
			);
		}
	};

	const module = context.asAbsolutePath(path.join('dist', 'server.js'));
	// When the extension host is debugged, the client starts the server itself, with a debugger port.
	const debugging = process.execArgv.some((arg) => /^--(inspect|debug)/.test(arg));
	const forkedServer = debugging ? undefined : forkServerEarly(module);
	// The language client is most of this bundle; it is evaluated when the first policy is opened, not at activation.
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
	const { LanguageClient, State, TransportKind } = require('vscode-languageclient/node') as typeof import('vscode-languageclient/node');
	times.clientLoaded = performance.now();
	const serverOptions: ServerOptions = forkedServer ?? {
		run: { module, transport: TransportKind.ipc },
		debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
	};
	const clientOptions: LanguageClientOptions = {
		documentSelector: policyDocumentSelector,
		outputChannel,
		// A change of these settings makes the server fetch its settings again and check every document anew.
		synchronize: { configurationSection: [settingsSection, 'json.validate', 'yaml.validate'] },
		middleware: clientMiddleware({ onDiagnostics, onDiagnosticsRequest: () => (times.firstDiagnosticsRequest ??= performance.now()) }),
	};
	client = new LanguageClient(clientId, clientName, serverOptions, clientOptions);
	let started = false;
	context.subscriptions.push(
		client.onDidChangeState(({ newState }) => {
			if (newState === State.Stopped) {
				status.setState('stopped');
			} else if (newState === State.Starting) {
				status.setState('starting');
			} else if (newState === State.Running && started) {
				// Running again after the client restarted a server that had stopped.
				status.setState('ready');
			}
		}),
	);
	try {
		await client.start();
		started = true;
	} catch (error) {
		endProgress();
		throw error;
	}
	times.answered = performance.now();
	const startMilliseconds = times.answered - requested;
	outputChannel.info(`The language server answered in ${startMilliseconds.toFixed(0)} ms.`);
	const dataVersion = (client.initializeResult as IamSupportInitializeResult | undefined)?.iamSupport?.dataVersion;
	if (typeof dataVersion === 'string') {
		status.setFact(dataVersionFact(dataVersion));
	}
	status.setState('ready', { startMilliseconds });
	if (!firstDiagnostics) {
		progress.report(vscode.l10n.t('checking the policy'));
		// Nothing to wait for when no policy is open: the panel asked for the server.
		if (!anyPolicyOpen()) {
			endProgress();
		}
	}
}

export async function deactivate(): Promise<void> {
	await client?.stop();
	client = undefined;
}
