/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Templates in the real editor: a CloudFormation YAML template and a Terraform file get the findings,
// fixes, completion, hover, CodeLenses and the panel a JSON policy gets; a YAML file that is no template
// gets nothing.

import * as assert from 'assert';
import * as vscode from 'vscode';
import {
	activateExtension,
	closeAllEditors,
	completionLabels,
	diagnosticCode,
	hoverText,
	openDocument,
	ourDiagnostics,
	positionOf,
	serverReady,
	waitForDiagnostics,
	withTimeout,
} from '../helper';

function codes(diagnostics: readonly vscode.Diagnostic[]): string[] {
	return ourDiagnostics(diagnostics).map((diagnostic) => `${diagnostic.range.start.line + 1} ${String(diagnosticCode(diagnostic))}`);
}

suite('Templates through the real client', () => {
	teardown(closeAllEditors);

	test('a CloudFormation YAML template: the ARN under !Sub is reported, and its fix writes YAML', async () => {
		const editor = await openDocument('support-stack.yaml');
		const document = editor.document;
		assert.strictEqual(document.languageId, 'yaml');
		await serverReady();
		const diagnostics = await waitForDiagnostics(document.uri, (all) => ourDiagnostics(all).length > 0);
		assert.deepStrictEqual(codes(diagnostics), ['23 resource-never-matches']);
		const [diagnostic] = ourDiagnostics(diagnostics);
		assert.strictEqual(document.getText(diagnostic.range), '!Sub arn:aws:support::${AWS::AccountId}:case/*');

		const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
			'vscode.executeCodeActionProvider',
			document.uri,
			diagnostic.range,
		);
		const fix = actions.find((action): action is vscode.CodeAction => 'edit' in action && !!action.edit && action.isPreferred === true);
		assert.ok(fix?.edit, `no preferred quick fix among: ${actions.map((action) => action.title).join('; ')}`);
		assert.ok(await vscode.workspace.applyEdit(fix.edit));
		assert.ok(document.getText().includes('                Resource: "*"\n'), document.getText());
		await waitForDiagnostics(document.uri, (all) => ourDiagnostics(all).length === 0);
		await vscode.commands.executeCommand('workbench.action.files.revert');
	});

	test('completion, hover and CodeLenses in YAML', async () => {
		const editor = await openDocument('support-stack.yaml');
		const document = editor.document;
		await serverReady();
		const list = await vscode.commands.executeCommand<vscode.CompletionList>(
			'vscode.executeCompletionItemProvider',
			document.uri,
			positionOf(document, '- support:Describe|Cases'),
		);
		assert.ok(
			completionLabels(list).includes('support:DescribeCaseAttributes') || completionLabels(list).includes('support:DescribeCases'),
		);
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
			'vscode.executeHoverProvider',
			document.uri,
			positionOf(document, 'support:Create|Case'),
		);
		assert.match(hoverText(hovers), /support:CreateCase/);
		const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
		const titles = lenses.map((lens) => lens.command?.title ?? '');
		// The trust policy: its kind only; the inline policy: its kind and the simulation.
		assert.ok(
			titles.some((title) => /trust policy/.test(title)),
			titles.join(' | '),
		);
		assert.strictEqual(titles.filter((title) => title.startsWith('Simulate')).length, 1, titles.join(' | '));
	});

	test('the panel simulates one policy of a template, named as the template names it', async () => {
		const editor = await openDocument('support-stack.yaml');
		const api = await serverReady();
		const rendered = api.whenPanelResultRendered();
		await vscode.commands.executeCommand('iamSupport.simulate', editor.document.uri, 1);
		const view = await withTimeout(rendered, 'the panel to draw its first result');
		assert.strictEqual(view.status, 'ready', view.message);
		assert.match(view.documentLabel, /support-stack\.yaml · SupportRole \(SupportCases\)/);
		const resolve = view.groups.flatMap((group) => group.rows).find((row) => row.action === 'support:ResolveCase');
		assert.strictEqual(resolve?.decision, 'explicitDeny');
	});

	test('a Terraform file: findings in jsonencode() and in aws_iam_policy_document', async () => {
		const editor = await openDocument('support-access.tf');
		const document = editor.document;
		assert.strictEqual(document.languageId, 'terraform');
		await serverReady();
		const diagnostics = await waitForDiagnostics(document.uri, (all) => ourDiagnostics(all).length >= 2);
		assert.deepStrictEqual(codes(diagnostics), ['6 invalid-effect', '16 resource-never-matches']);
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
			'vscode.executeHoverProvider',
			document.uri,
			positionOf(document, '"trustedadvisor:Describe|Checks"'),
		);
		assert.match(hoverText(hovers), /trustedadvisor:DescribeChecks/);
	});

	test('a YAML file that is no template gets nothing from us, not even for its broken syntax', async () => {
		const policy = await openDocument('support-stack.yaml');
		await waitForDiagnostics(policy.document.uri, (all) => ourDiagnostics(all).length > 0);
		const editor = await openDocument('k8s-deployment.yaml');
		const api = await activateExtension();
		assert.ok(api.isServerRunning());
		// Diagnostics of a document are published or pulled once it is open; ours for this one must stay empty.
		const all = vscode.languages.getDiagnostics(editor.document.uri);
		assert.deepStrictEqual(ourDiagnostics(all), []);
	});
});
