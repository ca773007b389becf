/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// "What does this change grant?" against a scratch git repository, through VS Code's own Git extension:
// the command, the panel's comparison with HEAD and the "+N actions since HEAD" CodeLens (#17).

import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { IamSupportApi } from '../../../client/src/extension';
import type { GitApi, GitExtension } from '../../../client/src/git/gitApi';
import type { PanelView } from '../../../client/src/panel/common/viewModel';
import { activateExtension, closeAllEditors, waitForPanelView, withTimeout, workspaceUri } from '../helper';

const command = 'iamSupport.diffWithRevision';

const policy = (actions: string[]) =>
	`${JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'SupportCases', Effect: 'Allow', Action: actions, Resource: '*' }] }, null, 2)}\n`;

function git(cwd: string, ...args: string[]): void {
	// The identity on the command line: the test's HOME has no git configuration.
	execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], {
		cwd,
		stdio: 'pipe',
	});
}

async function gitApi(): Promise<GitApi> {
	const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
	assert.ok(extension, "VS Code's Git extension is not there");
	const exports = await withTimeout(extension.activate(), 'the Git extension to activate');
	assert.ok(exports.enabled, 'git is not enabled');
	const api = exports.getAPI(1);
	if (api.state !== 'initialized') {
		await withTimeout(
			new Promise<void>((resolve) => {
				const listener = api.onDidChangeState((state) => state === 'initialized' && (listener.dispose(), resolve()));
			}),
			'the Git extension to look for repositories',
		);
	}
	return api;
}

let repositories = 0;

/**
 * A repository in the workspace folder (the Git extension opens one beside or above the workspace only
 * after asking) with `committed` as the last commit's text of support.json and `working` on disk.
 */
function scratchRepository(committed: string, working: string): { root: string; file: vscode.Uri } {
	const root = workspaceUri(`scratch-git-${process.pid}-${++repositories}`).fsPath;
	fs.mkdirSync(root, { recursive: true });
	const file = path.join(root, 'support.json');
	git(root, 'init', '-q');
	fs.writeFileSync(file, committed);
	git(root, 'add', 'support.json');
	git(root, 'commit', '-q', '-m', 'Support staff read cases');
	fs.writeFileSync(file, working);
	return { root, file: vscode.Uri.file(file) };
}

function grantedActions(view: PanelView): string[] {
	return view.revision?.groups.find((group) => group.name === 'granted')?.rows.map((row) => row.action) ?? [];
}

// The scratch repositories stay: the Git extension keeps each one open and checks its status, which
// fails loudly on a folder removed under it; the runners remove the workspace copy they are in.
suite('What does this change grant? (git)', () => {
	let api: IamSupportApi;

	suiteSetup(async () => {
		api = await activateExtension();
	});
	teardown(closeAllEditors);

	test('the panel shows the action the change grants since HEAD, with the statement that grants it', async () => {
		await gitApi();
		const { file } = scratchRepository(policy(['support:DescribeCases']), policy(['support:DescribeCases', 'support:ResolveCase']));
		const document = await vscode.workspace.openTextDocument(file);
		await vscode.window.showTextDocument(document);

		const compared = waitForPanelView(api, (view) => view.revision?.status === 'ready');
		await vscode.commands.executeCommand(command, file);
		const view = await compared;
		const revision = view.revision!;
		assert.equal(revision.revision.ref, 'HEAD');
		assert.deepEqual(grantedActions(view), ['support:ResolveCase']);
		const [granted, revoked] = revision.groups;
		assert.equal(granted.rows[0].where, 'in every context');
		assert.deepEqual(revoked.rows, [], 'nothing is revoked');
		// What a click on the row reveals: the statement in the working file.
		const statement = granted.rows[0].statements[0];
		assert.equal(statement.uri, file.toString());
		assert.ok(statement.range);
		const { start, end } = statement.range;
		assert.match(document.getText(new vscode.Range(start.line, start.character, end.line, end.character)), /"Sid": "SupportCases"/);
	});

	test('a file that HEAD lacks is compared with nothing: everything it allows is granted, and the panel says why', async () => {
		await gitApi();
		const { root } = scratchRepository(policy(['support:DescribeCases']), policy(['support:DescribeCases']));
		const untracked = vscode.Uri.file(path.join(root, 'new-policy.json'));
		fs.writeFileSync(untracked.fsPath, policy(['support:CreateCase']));

		const compared = waitForPanelView(api, (view) => view.revision?.status === 'ready');
		await vscode.commands.executeCommand(command, untracked);
		const view = await compared;
		assert.deepEqual(grantedActions(view), ['support:CreateCase']);
		assert.ok(
			view.revision?.notices.some((notice) => notice.includes('new-policy.json') && notice.includes('HEAD')),
			`no notice names the file and HEAD: ${JSON.stringify(view.revision?.notices)}`,
		);
	});

	test('outside any git repository the command opens no panel', async () => {
		await gitApi();
		const outside = workspaceUri('policy.json');
		await vscode.commands.executeCommand(command, outside);
		assert.equal(api.getPanelState(), undefined, 'a panel opened for a file in no repository');
	});

	test('the CodeLens counts the actions granted since HEAD, follows edits, and goes when the text is back at HEAD', async () => {
		const git = await gitApi();
		const committed = policy(['support:DescribeCases']);
		const { root, file } = scratchRepository(committed, policy(['support:DescribeCases', 'support:ResolveCase']));
		assert.ok(await git.openRepository(vscode.Uri.file(root)), 'the Git extension did not open the scratch repository');
		const document = await vscode.workspace.openTextDocument(file);
		await vscode.window.showTextDocument(document);

		/** The lens of the document's current version, once computed: waits for the computation when it has not happened yet. */
		const lensTitle = async (): Promise<string | undefined> => {
			const version = document.version;
			const uri = document.uri.toString();
			// Listening before looking: a computation that ends in between is not missed.
			let listener: vscode.Disposable | undefined;
			const computed = new Promise<string | undefined>((resolve) => {
				listener = api.onDidComputeChangeLens((lens) => lens.uri === uri && lens.version === version && resolve(lens.title));
			});
			try {
				const known = api.changeLens(uri);
				// Asking for the lenses, as the editor does after an edit, schedules the computation.
				const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
				const title =
					known?.version === version ? known.title : await withTimeout(computed, `the change CodeLens of version ${version}`);
				if (known?.version === version) {
					// Computed before: the lenses VS Code got already say it.
					assert.equal(lenses.find((lens) => lens.command?.command === command)?.command?.title, title);
				}
				return title;
			} finally {
				listener?.dispose();
			}
		};

		assert.equal(await lensTitle(), '+1 action since HEAD');
		// The provider answers from what it computed: VS Code now gets the lens.
		const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
		const lens = lenses.find((item) => item.command?.command === command);
		assert.equal(lens?.command?.title, '+1 action since HEAD');
		assert.deepEqual(lens?.command?.arguments?.map(String), [file.toString(), 'HEAD']);

		const addCreateCase = new vscode.WorkspaceEdit();
		addCreateCase.replace(
			document.uri,
			new vscode.Range(0, 0, document.lineCount, 0),
			policy(['support:DescribeCases', 'support:ResolveCase', 'support:CreateCase']),
		);
		assert.ok(await vscode.workspace.applyEdit(addCreateCase));
		assert.equal(await lensTitle(), '+2 actions since HEAD');

		const backToHead = new vscode.WorkspaceEdit();
		backToHead.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), committed);
		assert.ok(await vscode.workspace.applyEdit(backToHead));
		assert.equal(await lensTitle(), undefined);
	});
});
