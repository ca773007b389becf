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

	test('the extension activates only for JSON, JSONC, YAML, Terraform and its own panel, never at startup', () => {
		const extension = vscode.extensions.getExtension(extensionId);
		assert.ok(extension, `${extensionId} is not installed`);
		// Whether it is already active says little: the workbench may create a JSON model of its own before
		// the suite starts, which fires onLanguage:json with no document in the extension host (seen in some
		// fresh code-server starts here: active, no document open). The manifest VS Code loaded says when
		// it may activate.
		assert.deepStrictEqual([...extension.packageJSON.activationEvents].sort(), [
			'onLanguage:hcl',
			'onLanguage:json',
			'onLanguage:jsonc',
			'onLanguage:terraform',
			'onLanguage:yaml',
			'onWebviewPanel:iamSupport.simulation',
		]);
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
