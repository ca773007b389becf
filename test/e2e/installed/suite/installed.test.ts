/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { extensionId, hoverText, openWithCursor, serverReady } from '../../helper';

suite('The packaged extension', () => {
	test('is installed from the .vsix, not loaded from the source tree', () => {
		const extension = vscode.extensions.getExtension(extensionId);
		assert.ok(extension, `${extensionId} is not installed`);
		const repositoryRoot = path.resolve(__dirname, '..', '..', '..', '..', '..');
		assert.ok(!extension.extensionPath.startsWith(repositoryRoot), `${extension.extensionPath} is in the source tree`);
		assert.strictEqual(extension.extensionKind, vscode.ExtensionKind.Workspace);
	});

	test('activates on a policy, starts its bundled server and answers a hover', async () => {
		const { editor, position } = await openWithCursor(
			'{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "support:Resolve|Case", "Resource": "*"}]}',
		);
		const api = await serverReady();
		assert.strictEqual(vscode.extensions.getExtension(extensionId)?.isActive, true);
		assert.strictEqual(api.isServerRunning(), true);
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
		assert.match(hoverText(hovers), /support:ResolveCase/);
	});
});
