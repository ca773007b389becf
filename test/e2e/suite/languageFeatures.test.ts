/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, completionLabels, hoverText, openDocument, openWithCursor, positionOf, serverReady } from '../helper';

async function complete(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionList> {
	return vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
}

suite('Completion and hover through the real client', () => {
	teardown(closeAllEditors);

	test('completion after "support:" in an Action value lists the Support actions', async () => {
		const editor = await openDocument('policy.json');
		await serverReady();
		const labels = completionLabels(await complete(editor.document, positionOf(editor.document, '"support:|"')));
		for (const action of ['support:CreateCase', 'support:DescribeCases', 'support:ResolveCase', 'support:RefreshTrustedAdvisorCheck']) {
			assert.ok(labels.includes(action), `${action} is not among the ${labels.length} completions`);
		}
		const supportActions = labels.filter((label) => /^support:[A-Za-z]+$/.test(label));
		// AWS adds Support actions now and then (39 in September 2026); none has been removed.
		assert.ok(supportActions.length >= 39, `only ${supportActions.length} support: actions`);
		assert.ok(!labels.some((label) => label.startsWith('s3:')), 'actions of another prefix after "support:"');
	});

	test("accepting a completion of a partly typed action gives the action in AWS's case", async () => {
		const { editor, position } = await openWithCursor(
			'{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["support:desc|"], "Resource": "*"}]}',
		);
		await serverReady();
		const item = (await complete(editor.document, position)).items.find(
			(candidate) =>
				candidate.label === 'support:DescribeCases' ||
				(typeof candidate.label === 'object' && candidate.label.label === 'support:DescribeCases'),
		);
		assert.ok(item, 'support:DescribeCases is not offered after "support:desc"');
		const range = item.range instanceof vscode.Range ? item.range : item.range?.replacing;
		assert.ok(range && typeof item.insertText === 'string', 'the completion has no plain-text edit to apply');
		await editor.edit((builder) => builder.replace(range, item.insertText as string));
		assert.ok(editor.document.getText().includes('"Action": ["support:DescribeCases"]'), editor.document.getText());
	});

	test('hover on an action gives its access level, description and AWS documentation link', async () => {
		const editor = await openDocument('policy.json');
		await serverReady();
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
			'vscode.executeHoverProvider',
			editor.document.uri,
			positionOf(editor.document, '"support:Describe|Cases"'),
		);
		const text = hoverText(hovers);
		assert.match(text, /support:DescribeCases/);
		assert.match(text, /Read/);
		assert.match(text, /docs\.aws\.amazon\.com/);
	});
});
