/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as path from 'path';
import * as vscode from 'vscode';
import type { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { setL10nBundle } from './panel/common/l10n';
import { registerPolicyPanel, type PanelTestApi } from './panel/register';
import { registerSetPolicyKindCommand } from './policyKinds';
import { registerTemplateCommand } from './templates';

const clientId = 'iamSupport';
const clientName = 'IAM Policies for AWS Support';
/** A cheap look at a JSON document: only documents that may hold a policy start the server. */
const mayHoldPolicy = /"Statement"\s*:/;

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
	/**
	 * Milliseconds spent evaluating the bundle's modules (reading and compiling the file come before and
	 * are not counted) and running `activate()`. The language server starts later, on its own.
	 */
	activationMilliseconds(): { readonly evaluation: number; readonly activate: number };
}

/** Set by the bundle's first line (scripts/build.mjs): evaluating the bundle's modules is part of activation. */
declare const bundleStarted: number | undefined;
/** The entry module's code runs last, after every module it imports. */
const bundleEvaluationMilliseconds = typeof bundleStarted === 'number' ? performance.now() - bundleStarted : 0;

export function activate(context: vscode.ExtensionContext): IamSupportApi {
	const activationStarted = performance.now();
	// The panel's pure modules translate with the same bundle as vscode.l10n (#8).
	setL10nBundle(vscode.l10n.bundle);
	const outputChannel = vscode.window.createOutputChannel(clientName, { log: true });
	context.subscriptions.push(outputChannel);
	context.subscriptions.push(registerTemplateCommand(), registerSetPolicyKindCommand());
	let ready: () => void;
	const serverReady = new Promise<void>((resolve) => (ready = resolve));

	const start = () =>
		(starting ??= startClient(context, outputChannel).then(ready, (error) =>
			outputChannel.error(vscode.l10n.t('The language server did not start: {0}', String(error))),
		));
	const startIfPolicy = (document: vscode.TextDocument) => {
		if (starting || (document.languageId !== 'json' && document.languageId !== 'jsonc') || !mayHoldPolicy.test(document.getText())) {
			return;
		}
		void start();
	};
	vscode.workspace.textDocuments.forEach(startIfPolicy);
	context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(startIfPolicy));
	context.subscriptions.push(vscode.workspace.onDidChangeTextDocument((event) => startIfPolicy(event.document)));

	// The panel may be asked for before any policy was opened, so it starts the server itself.
	const panelApi = registerPolicyPanel(context, async () => {
		await start();
		return client?.isRunning() ? client : undefined;
	});

	const activationMilliseconds = performance.now() - activationStarted;
	outputChannel.info(
		`Activated in ${activationMilliseconds.toFixed(1)} ms (evaluating the extension's code took ${bundleEvaluationMilliseconds.toFixed(1)} ms).`,
	);
	return {
		...panelApi,
		isServerRunning: () => client?.isRunning() ?? false,
		isServerRequested: () => starting !== undefined,
		whenServerReady: () => serverReady,
		activationMilliseconds: () => ({ evaluation: bundleEvaluationMilliseconds, activate: activationMilliseconds }),
	};
}

async function startClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel): Promise<void> {
	// The language client is most of this bundle; it is evaluated when the first policy is opened, not at activation.
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
	const { LanguageClient, TransportKind } = require('vscode-languageclient/node') as typeof import('vscode-languageclient/node');
	const module = context.asAbsolutePath(path.join('dist', 'server.js'));
	const serverOptions: ServerOptions = {
		run: { module, transport: TransportKind.ipc },
		debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
	};
	const clientOptions: LanguageClientOptions = {
		documentSelector: [{ language: 'json' }, { language: 'jsonc' }],
		outputChannel,
	};
	client = new LanguageClient(clientId, clientName, serverOptions, clientOptions);
	await client.start();
}

export async function deactivate(): Promise<void> {
	await client?.stop();
	client = undefined;
}
