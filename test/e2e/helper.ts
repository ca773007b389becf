/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Helpers for end-to-end tests that run inside VS Code's extension host. They wait for events
// (activation, the server's readiness, diagnostics) with a deadline that fails the test, and
// never for a fixed time.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { IamSupportApi } from '../../client/src/extension';
import type { PanelView } from '../../client/src/panel/common/viewModel';

export const extensionId = 'iam-support.iam-support-policies';

/** Long enough for a cold server start on a busy two-core machine, short enough to fail fast. */
export const defaultTimeoutMs = 20_000;

/** Rejects with a message naming what did not happen when `promise` takes longer than `ms`. */
export function withTimeout<T>(promise: Thenable<T>, what: string, ms = defaultTimeoutMs): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms);
	});
	return Promise.race([Promise.resolve(promise), timeout]).finally(() => clearTimeout(timer));
}

export function workspaceUri(name: string): vscode.Uri {
	const folder = vscode.workspace.workspaceFolders?.[0];
	assert.ok(folder, 'The tests need a workspace folder (test/e2e/fixtures/workspace)');
	return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a file of the test workspace in an editor. */
export async function openDocument(name: string): Promise<vscode.TextEditor> {
	const document = await vscode.workspace.openTextDocument(workspaceUri(name));
	return vscode.window.showTextDocument(document);
}

let cursorDocuments = 0;

/**
 * Opens `content` (without its `|` marker) in an editor and returns the marker's position. Each document
 * is a file of its own in the test run's temporary folder (removed with it): untitled documents reuse
 * `Untitled-1` once closed, and a request could then reach the server before it has the new text.
 */
export async function openWithCursor(
	content: string,
	language = 'json',
): Promise<{ editor: vscode.TextEditor; position: vscode.Position }> {
	const offset = content.indexOf('|');
	assert.ok(offset >= 0, 'The test document has no | cursor marker');
	const file = path.join(os.tmpdir(), `iam-support-e2e-${process.pid}-${++cursorDocuments}.${language}`);
	fs.writeFileSync(file, content.slice(0, offset) + content.slice(offset + 1));
	let document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
	if (document.languageId !== language) {
		document = await vscode.languages.setTextDocumentLanguage(document, language);
	}
	const editor = await vscode.window.showTextDocument(document);
	return { editor, position: document.positionAt(offset) };
}

/**
 * The position of the `|` in `snippet`, which must occur (without the marker) exactly once in
 * the document: `positionOf(doc, '"support:Desc|ribeCases"')`.
 */
export function positionOf(document: vscode.TextDocument, snippet: string): vscode.Position {
	const marker = snippet.indexOf('|');
	assert.ok(marker >= 0, `The snippet ${snippet} has no | cursor marker`);
	const needle = snippet.slice(0, marker) + snippet.slice(marker + 1);
	const text = document.getText();
	const at = text.indexOf(needle);
	assert.ok(at >= 0, `${needle} is not in ${document.uri.toString()}`);
	assert.strictEqual(text.indexOf(needle, at + 1), -1, `${needle} occurs more than once in ${document.uri.toString()}`);
	return document.positionAt(at + marker);
}

/** Activates the extension (or waits for its activation) and returns its API. */
export async function activateExtension(): Promise<IamSupportApi> {
	const extension = vscode.extensions.getExtension<IamSupportApi>(extensionId);
	assert.ok(extension, `${extensionId} is not installed`);
	return withTimeout(extension.activate(), `the activation of ${extensionId}`);
}

/** Activates the extension and waits until its language server runs. */
export async function serverReady(): Promise<IamSupportApi> {
	const api = await activateExtension();
	await withTimeout(api.whenServerReady(), 'the language server to start');
	return api;
}

/**
 * Resolves with the diagnostics of `uri` as soon as `predicate` holds for them: at once if it
 * holds already, otherwise on the `onDidChangeDiagnostics` event that makes it hold.
 */
export function waitForDiagnostics(
	uri: vscode.Uri,
	predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
	ms = defaultTimeoutMs,
): Promise<vscode.Diagnostic[]> {
	const current = vscode.languages.getDiagnostics(uri);
	if (predicate(current)) {
		return Promise.resolve(current);
	}
	let subscription: vscode.Disposable | undefined;
	const changed = new Promise<vscode.Diagnostic[]>((resolve) => {
		subscription = vscode.languages.onDidChangeDiagnostics((event) => {
			if (event.uris.some((changedUri) => changedUri.toString() === uri.toString())) {
				const diagnostics = vscode.languages.getDiagnostics(uri);
				if (predicate(diagnostics)) {
					resolve(diagnostics);
				}
			}
		});
	});
	return withTimeout(changed, `diagnostics of ${uri.toString()} that match the test's predicate`, ms).finally(() =>
		subscription?.dispose(),
	);
}

/** The language server's name for itself in `Diagnostic.source`. */
export const diagnosticSource = 'iam-support';

/** The diagnostics this extension reported, without those of VS Code's own JSON support. */
export function ourDiagnostics(diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
	return diagnostics.filter((diagnostic) => diagnostic.source === diagnosticSource);
}

/** A diagnostic's rule code; it comes as `{ value, target }` when the rule links to its docs. */
export function diagnosticCode(diagnostic: vscode.Diagnostic): string | number | undefined {
	return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}

/**
 * Resolves with the next view the simulation panel's page reports it has drawn for which
 * `predicate` holds (views drawn before the call do not count), and fails after a deadline.
 */
export function waitForPanelView(api: IamSupportApi, predicate: (view: PanelView) => boolean, ms = defaultTimeoutMs): Promise<PanelView> {
	let subscription: vscode.Disposable | undefined;
	const drawn = new Promise<PanelView>((resolve) => {
		subscription = api.onDidRenderPanel((view) => {
			if (predicate(view)) {
				resolve(view);
			}
		});
	});
	return withTimeout(drawn, "the simulation panel to draw a view that matches the test's predicate", ms).finally(() =>
		subscription?.dispose(),
	);
}

/** The plain text of a hover's contents, for assertions. */
export function hoverText(hovers: vscode.Hover[]): string {
	return hovers
		.flatMap((hover) => hover.contents)
		.map((content) => (typeof content === 'string' ? content : content.value))
		.join('\n');
}

export function completionLabels(list: vscode.CompletionList): string[] {
	return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

/** Closes every editor, so that one test's documents do not leak into the next. */
export async function closeAllEditors(): Promise<void> {
	await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
