/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// What a new user meets first (#16), through the real client: the server's state and the AWS data
// in the status bar's model; a syntax error reported once, by VS Code's JSON service, and by us again
// when that service does not validate; a rule's link that opens the rule in the Markdown preview.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { iamDataVersion } from '../../../server/src/languageService/data/supportCatalog.generated';
import { closeAllEditors, diagnosticCode, openDocument, ourDiagnostics, serverReady, waitForDiagnostics, withTimeout } from '../helper';

const has = (code: string) => (diagnostics: readonly vscode.Diagnostic[]) =>
	ourDiagnostics(diagnostics).some((diagnostic) => diagnosticCode(diagnostic) === code);

/** VS Code's JSON language service names itself "json" in its diagnostics. */
const fromJsonService = (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.source === 'json');

suite('The first ten minutes', () => {
	teardown(async () => {
		await vscode.workspace.getConfiguration('json').update('validate.enable', undefined, vscode.ConfigurationTarget.Workspace);
		await closeAllEditors();
	});

	test('the status tells the server is ready and which AWS data it carries', async () => {
		await openDocument('resolve-case-arn.json');
		const api = await serverReady();
		const status = api.serverStatus();
		assert.strictEqual(status.state, 'ready');
		assert.ok(status.startMilliseconds !== undefined && status.startMilliseconds > 0);
		const data = status.facts.find((fact) => fact.id === 'dataVersion');
		assert.ok(data, `no AWS data fact among ${JSON.stringify(status.facts)}`);
		assert.ok(data.value.includes(iamDataVersion), data.value);
	});

	test("a syntax error is reported once, by VS Code's JSON service; ours comes back when that service does not validate", async () => {
		const editor = await openDocument('broken-policy.json');
		const uri = editor.document.uri;
		await serverReady();
		// Our other finding on the file is the barrier: once it is there, a json-syntax of ours would be too.
		const diagnostics = await waitForDiagnostics(uri, (all) => has('resource-never-matches')(all) && fromJsonService(all).length > 0);
		assert.ok(!has('json-syntax')(diagnostics), 'json-syntax reported beside VS Code JSON service');
		const jsonRanges = fromJsonService(diagnostics).map((diagnostic) => diagnostic.range);

		await vscode.workspace.getConfiguration('json').update('validate.enable', false, vscode.ConfigurationTarget.Workspace);
		const ours = await waitForDiagnostics(uri, has('json-syntax'));
		const syntax = ourDiagnostics(ours).find((diagnostic) => diagnosticCode(diagnostic) === 'json-syntax')!;
		assert.ok(
			jsonRanges.some((range) => range.intersection(syntax.range) !== undefined || range.start.line === syntax.range.start.line),
			`our json-syntax at ${JSON.stringify(syntax.range)} is not where VS Code reported ${JSON.stringify(jsonRanges)}`,
		);

		await vscode.workspace.getConfiguration('json').update('validate.enable', true, vscode.ConfigurationTarget.Workspace);
		await waitForDiagnostics(uri, (all) => !has('json-syntax')(all) && has('resource-never-matches')(all));
	});

	test("a finding's link is a command that opens the rule in the Markdown preview", async () => {
		const editor = await openDocument('rule-link.json');
		await serverReady();
		const [finding] = ourDiagnostics(await waitForDiagnostics(editor.document.uri, has('resource-never-matches')));
		assert.ok(typeof finding.code === 'object', 'the finding has no link');
		const target = finding.code.target;
		assert.strictEqual(target.scheme, 'command');
		assert.strictEqual(target.path, 'iamSupport.showRule');
		const args = JSON.parse(target.query) as unknown[];
		assert.deepStrictEqual(args, ['resource-never-matches']);

		const opened = new Promise<vscode.Tab>((resolve) => {
			const listener = vscode.window.tabGroups.onDidChangeTabs((event) => {
				const preview = event.opened.find(
					(tab) => tab.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType),
				);
				if (preview) {
					listener.dispose();
					resolve(preview);
				}
			});
		});
		await vscode.commands.executeCommand(target.path, ...args);
		const tab = await withTimeout(opened, 'the Markdown preview of the rules');
		assert.match(tab.label, /rules\.md/);
		assert.notStrictEqual(tab.group.viewColumn, editor.viewColumn, 'the rule opens beside the policy, not over it');
	});
});
