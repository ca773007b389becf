/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The "Simulate this policy" panel through the extension's API: the view the page reports it has
// drawn, not the pixels (the workbench test clicks the page itself).

import * as assert from 'assert';
import * as vscode from 'vscode';
import type { IamSupportApi } from '../../../client/src/extension';
import type { PanelView } from '../../../client/src/panel/common/viewModel';
import type { ActionResult } from '../../../shared/simulation';
import { activateExtension, closeAllEditors, extensionId, positionOf, waitForPanelView, withTimeout, workspaceUri } from '../helper';

const viewType = 'iamSupport.simulation';

function result(view: PanelView, action: string): ActionResult {
	const found = view.groups.flatMap((group) => group.rows).find((row) => row.action === action);
	assert.ok(found, `${action} is not in the panel's table`);
	return found;
}

/** AWS's "everything but ResolveCase" example, copied into the test workspace so that the test may edit it. */
async function openExample(): Promise<vscode.TextEditor> {
	const extension = vscode.extensions.getExtension(extensionId);
	assert.ok(extension);
	const example = await vscode.workspace.fs.readFile(
		vscode.Uri.joinPath(extension.extensionUri, 'examples', 'support-all-but-resolve-case.json'),
	);
	const uri = workspaceUri('simulate-all-but-resolve-case.json');
	await vscode.workspace.fs.writeFile(uri, example);
	return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

function panelTabs(): vscode.Tab[] {
	// The workbench may prefix the extension's viewType (`mainThreadWebview-iamSupport.simulation`).
	return vscode.window.tabGroups.all
		.flatMap((group) => group.tabs)
		.filter(
			(tab) =>
				tab.input instanceof vscode.TabInputWebview &&
				(tab.input.viewType === viewType || tab.input.viewType.endsWith(`-${viewType}`)),
		);
}

suite('Simulation panel through the real workbench', () => {
	let api: IamSupportApi;

	suiteSetup(async () => {
		api = await activateExtension();
	});
	teardown(closeAllEditors);

	test('the command opens the panel, which shows support:ResolveCase explicitly denied and follows edits', async () => {
		const editor = await openExample();
		const document = editor.document;
		assert.strictEqual(panelTabs().length, 0, 'a panel is open before the command ran');

		const rendered = api.whenPanelResultRendered();
		await vscode.commands.executeCommand('iamSupport.simulate', document.uri);
		const view = await withTimeout(rendered, 'the panel to draw its first result');

		assert.strictEqual(view.status, 'ready', view.message);
		assert.strictEqual(view.documentVersion, document.version);
		const resolveCase = result(view, 'support:ResolveCase');
		assert.strictEqual(resolveCase.decision, 'explicitDeny');
		assert.deepStrictEqual(
			resolveCase.decidingStatements.map((statement) => [statement.sid, statement.effect]),
			[['DenyResolvingCases', 'Deny']],
		);
		// The deciding statement's range is what the page's "reveal" sends back: it must be the Deny.
		const range = resolveCase.decidingStatements[0].range;
		assert.ok(range, 'the deciding statement has no range to reveal');
		const statementText = document.getText(
			new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character),
		);
		assert.match(statementText, /"Sid": "DenyResolvingCases"/);
		for (const allowed of ['support:CreateCase', 'support:DescribeCases', 'support:AddCommunicationToCase']) {
			assert.strictEqual(result(view, allowed).decision, 'allowed', allowed);
		}
		assert.strictEqual(view.summary?.explicitDeny, 1);
		assert.strictEqual(panelTabs().length, 1, 'no panel tab among the editor tabs');

		// The Deny now names CreateCase: ResolveCase becomes allowed, CreateCase denied.
		const edit = new vscode.WorkspaceEdit();
		const actionStart = positionOf(document, '"support:|ResolveCase"');
		edit.replace(document.uri, new vscode.Range(actionStart, actionStart.translate(0, 'ResolveCase'.length)), 'CreateCase');
		// Known before the edit: the page may redraw the current view at any time, and the version
		// must not be read while the old view is still the right one.
		const editedVersion = document.version + 1;
		const updated = waitForPanelView(api, (next) => next.status === 'ready' && next.documentVersion === editedVersion);
		assert.ok(await vscode.workspace.applyEdit(edit));
		assert.strictEqual(document.version, editedVersion);
		const after = await updated;
		assert.strictEqual(result(after, 'support:ResolveCase').decision, 'allowed');
		assert.strictEqual(result(after, 'support:CreateCase').decision, 'explicitDeny');
		assert.strictEqual(api.getPanelState()?.seq, after.seq, 'the API reports another view than the page drew');
		await document.save();
	});
});
