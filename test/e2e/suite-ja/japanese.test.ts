/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The product in Japanese in real VS Code (#8): the workbench runs with --locale ja and no Japanese
// language pack, which is enough for vscode.env.language, the extension's l10n bundle and the
// locale that the language client sends to the server.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, extensionId, hoverText, openWithCursor, serverReady, waitForDiagnostics } from '../helper';

suite('The extension in Japanese', () => {
	teardown(closeAllEditors);

	test("the workbench runs in Japanese and the manifest's commands are in Japanese", () => {
		assert.strictEqual(vscode.env.language, 'ja');
		// The extension host holds a translated manifest string as { original, value }.
		type Title = string | { original: string; value: string };
		const manifest = vscode.extensions.getExtension(extensionId)?.packageJSON as
			{ contributes: { commands: { command: string; title: Title }[] } } | undefined;
		const titles = Object.fromEntries(
			(manifest?.contributes.commands ?? []).map(({ command, title }) => [command, typeof title === 'string' ? title : title.value]),
		);
		assert.strictEqual(titles['iamSupport.simulate'], 'このポリシーをシミュレート');
		assert.strictEqual(titles['iamSupport.newPolicyFromTemplate'], 'テンプレートから新しいポリシーを作成');
	});

	test('the CodeLens above a policy in Japanese', async () => {
		const { editor } = await openWithCursor(
			'{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "support:DescribeCases", "Resource": "*"}]}|',
		);
		await serverReady();
		const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
		const titles = lenses.map((lens) => lens.command?.title ?? '');
		assert.strictEqual(lenses.length, 2, titles.join('\n'));
		// The policy's kind, and how it was known.
		assert.strictEqual(titles[0], 'IAM: アイデンティティベースのポリシー (推定)');
		// The family's size comes from the data; one action of it is allowed, none denied, the rest not granted.
		const match = /^シミュレーション · 許可 1 · 明示的に拒否 0 · 未許可 (\d+)$/.exec(titles[1]);
		assert.ok(match && Number(match[1]) > 100, titles[1]);
	});

	test('a hover on support:ResolveCase in Japanese', async () => {
		const { editor, position } = await openWithCursor(
			'{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "support:Resolve|Case", "Resource": "*"}]}',
		);
		await serverReady();
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
		const text = hoverText(hovers);
		assert.match(text, /AWS Support ケースを解決する権限を付与します。/);
		assert.match(text, /アクセスレベル: \*\*書き込み\*\*/);
	});

	test('a diagnostic in Japanese', async () => {
		const { editor } = await openWithCursor(
			'{"Version": "2012-10-17", "Statement": [{"Effect": "allow", "Action": "support:ResolveCase", "Resource": "*"}]}|',
		);
		await serverReady();
		const diagnostics = await waitForDiagnostics(editor.document.uri, (found) =>
			found.some((diagnostic) => diagnostic.code !== undefined),
		);
		const effect = diagnostics.find((diagnostic) =>
			typeof diagnostic.code === 'object' ? diagnostic.code.value === 'invalid-effect' : diagnostic.code === 'invalid-effect',
		);
		assert.ok(effect, diagnostics.map((diagnostic) => diagnostic.message).join('\n'));
		assert.strictEqual(
			effect.message,
			'"allow" は Effect ではありません。IAM はここで大文字と小文字を区別し、"Allow" のみを受け付けます。',
		);
	});
});
