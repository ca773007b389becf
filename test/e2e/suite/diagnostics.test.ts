/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, diagnosticCode, openDocument, ourDiagnostics, serverReady, waitForDiagnostics, workspaceUri } from '../helper';

const arn = 'arn:aws:support::111122223333:case/x';

function neverMatches(diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
	return ourDiagnostics(diagnostics).filter((diagnostic) => diagnosticCode(diagnostic) === 'resource-never-matches');
}

/** The document's text after `action`'s edit, or undefined when the edit touches anything else. */
function textAfter(action: vscode.CodeAction, document: vscode.TextDocument): string | undefined {
	const entries = action.edit?.entries() ?? [];
	if (entries.length !== 1 || entries[0][0].toString() !== document.uri.toString()) {
		return undefined;
	}
	// Applied from the end, so that each edit's range still refers to the original text.
	const edits = [...entries[0][1]].sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start));
	let text = document.getText();
	for (const edit of edits) {
		text = text.slice(0, document.offsetAt(edit.range.start)) + edit.newText + text.slice(document.offsetAt(edit.range.end));
	}
	return text;
}

suite('Diagnostics and quick fixes through the real client', () => {
	teardown(closeAllEditors);

	test('an ARN under a support: action is reported, and its quick fix replaces it with "*"', async () => {
		const editor = await openDocument('resolve-case-arn.json');
		const document = editor.document;
		const original = document.getText();
		await serverReady();

		const [diagnostic] = neverMatches(await waitForDiagnostics(document.uri, (all) => neverMatches(all).length > 0));
		assert.strictEqual(document.getText(diagnostic.range), JSON.stringify(arn), 'the diagnostic is not on the ARN');
		assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Warning, 'an Allow with a meaningless ARN is a warning');

		const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
			'vscode.executeCodeActionProvider',
			document.uri,
			diagnostic.range,
		);
		const fixes = actions.filter(
			(action): action is vscode.CodeAction =>
				'kind' in action && !!action.kind && vscode.CodeActionKind.QuickFix.contains(action.kind),
		);
		// Picked by what it does rather than by its title, which is translated.
		const expected = original.replace(JSON.stringify(arn), '"*"');
		const fix = fixes.find((action) => textAfter(action, document) === expected);
		assert.ok(fix?.edit, `no quick fix replaces the ARN with "*" among: ${fixes.map((action) => action.title).join('; ')}`);

		assert.ok(await vscode.workspace.applyEdit(fix.edit), "VS Code refused the quick fix's edit");
		assert.strictEqual(document.getText(), expected);

		// The diagnostics of the edited version arrive by event; none of ours may remain or appear.
		await waitForDiagnostics(document.uri, (all) => ourDiagnostics(all).length === 0);
		await document.save();
	});

	test('a JSON file that is not a policy gets no diagnostics from this extension', async () => {
		await serverReady();
		// Kept open (not a preview that the next document replaces): the client asks for the
		// diagnostics of open documents only.
		const unrelated = await vscode.window.showTextDocument(
			await vscode.workspace.openTextDocument(workspaceUri('looks-like-a-policy.json')),
			{ preview: false },
		);
		// Opened after it, a policy is a barrier: the server answers documents in order, so once the
		// policy's findings have arrived, any for the unrelated file would have arrived too.
		const policy = await vscode.window.showTextDocument(
			await vscode.workspace.openTextDocument(workspaceUri('resolve-case-arn-barrier.json')),
			{ preview: false, viewColumn: vscode.ViewColumn.Beside },
		);
		await waitForDiagnostics(policy.document.uri, (all) => neverMatches(all).length > 0);
		const ours = ourDiagnostics(vscode.languages.getDiagnostics(unrelated.document.uri));
		assert.deepStrictEqual(
			ours.map((diagnostic) => `${diagnosticCode(diagnostic)}: ${diagnostic.message}`),
			[],
		);
	});
});
