/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Runs first (files run in name order): it needs an extension host in which no policy has been
// opened yet, since the language server, once started, keeps running.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, extensionId, openDocument, withTimeout } from '../helper';

suite('Activation', () => {
	teardown(closeAllEditors);

	test('the extension is not active before a JSON document is opened', () => {
		const extension = vscode.extensions.getExtension(extensionId);
		assert.ok(extension, `${extensionId} is not installed`);
		// The workbench itself may hand the extension host a JSON document before the suite starts (in
		// about one fresh code-server start in four here: a settings file, as far as can be told), which
		// activates the extension as its activation events say. Without one, it must not be active.
		const json = vscode.workspace.textDocuments.filter((document) => document.languageId === 'json' || document.languageId === 'jsonc');
		const open = vscode.workspace.textDocuments.map((document) => `${document.uri.toString()} (${document.languageId})`).join(', ');
		assert.ok(!extension.isActive || json.length > 0, `active with no JSON document open; open documents: ${open || 'none'}`);
	});

	test('an unrelated JSON file activates the extension but does not start the language server', async () => {
		const editor = await openDocument('unrelated.json');
		assert.strictEqual(editor.document.languageId, 'json');
		const api = await activateExtension();
		assert.strictEqual(api.isServerRequested(), false, 'the server was asked to start for a JSON file with no "Statement"');
		assert.strictEqual(api.isServerRunning(), false);
		// A figure for docs/performance.md, not a timed assertion: these machines are noisy.
		const { evaluation, activate } = api.activationMilliseconds();
		console.log(`activation: evaluating the bundle took ${evaluation.toFixed(1)} ms, activate() ${activate.toFixed(1)} ms`);
	});

	test('a policy file starts the language server', async () => {
		await openDocument('policy.json');
		const api = await activateExtension();
		assert.strictEqual(api.isServerRequested(), true);
		await withTimeout(api.whenServerReady(), 'the language server to start');
		assert.strictEqual(api.isServerRunning(), true);
	});
});
