/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// What the server's edge (server.ts, utils/settings.ts) decides for VS Code's client (#16), over the
// protocol from the bundled server (`npm run build` first): the AWS data's version in `initialize`;
// json-syntax left to VS Code's JSON service where the client says it reports syntax; no code actions
// for the lightbulb on a line without findings; a settings change checks documents again.

import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { iamDataVersion } from '../../server/src/languageService/data/supportCatalog.generated';

const server = path.resolve(__dirname, '../../../dist/server.js');
const uri = 'file:///test/policy.json';

interface Item {
	code: string;
	range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

const running = new Set<() => void>();
// A server left running (a test that failed before its stop) would keep the test process alive.
after(() => running.forEach((kill) => kill()));

/** A server that pulls its settings from `settings()` (asked again after each refresh) and answers pull diagnostics. */
async function start(settings: () => unknown) {
	const child = spawn(process.execPath, [server, '--stdio']);
	const kill = () => child.kill();
	running.add(kill);
	const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
	let configurationRequests = 0;
	let refreshes = 0;
	const configurationScopes: string[] = [];
	let onConfiguration: (() => void) | undefined;
	connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string }[] }) => {
		configurationRequests++;
		configurationScopes.push(...params.items.map((item) => item.scopeUri ?? ''));
		onConfiguration?.();
		return params.items.map(() => settings());
	});
	connection.onRequest('workspace/diagnostic/refresh', () => {
		refreshes++;
		return null;
	});
	connection.listen();
	const result = (await connection.sendRequest('initialize', {
		processId: process.pid,
		rootUri: null,
		capabilities: { workspace: { configuration: true, diagnostics: { refreshSupport: true } }, textDocument: { diagnostic: {} } },
	})) as { iamSupport?: { dataVersion?: string } };
	await connection.sendNotification('initialized', {});
	let version = 0;
	const open = async (text: string, at = uri, languageId = 'json') => {
		await connection.sendNotification('textDocument/didOpen', {
			textDocument: { uri: at, languageId, version: ++version, text },
		});
	};
	const diagnose = async (at = uri) =>
		((await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: at } })) as { items: Item[] }).items;
	/** Resolves on the server's next request for settings. */
	const nextConfigurationRequest = () => new Promise<void>((resolve) => (onConfiguration = resolve));
	const stop = async () => {
		await connection.sendRequest('shutdown');
		await connection.sendNotification('exit');
		connection.dispose();
		child.kill();
		running.delete(kill);
	};
	return {
		connection,
		result,
		open,
		diagnose,
		stop,
		counts: () => ({ configurationRequests, refreshes }),
		configurationScopes,
		nextConfigurationRequest,
	};
}

// A missing comma between two statements, and an ARN that grants nothing.
const broken = `{"Version": "2012-10-17", "Statement": [
{"Effect": "Allow", "Action": "support:ResolveCase", "Resource": "arn:aws:support::111122223333:case/x"}
{"Effect": "Allow", "Action": "support:DescribeCases", "Resource": "*"}
]}`;

test("initialize tells the AWS data's version", async () => {
	const server = await start(() => ({}));
	assert.equal(server.result.iamSupport?.dataVersion, iamDataVersion);
	await server.stop();
});

test('json-syntax is left to the editor where the client says it reports JSON syntax; the other rules stay', async () => {
	const codes = async (settings: unknown) => {
		const server = await start(() => settings);
		await server.open(broken);
		const found = (await server.diagnose()).map((item) => item.code).sort();
		await server.stop();
		return found;
	};
	assert.deepEqual(await codes({}), ['json-syntax', 'resource-never-matches']);
	assert.deepEqual(await codes({ editorReportsJsonSyntax: true }), ['resource-never-matches']);
	// A severity the user set is the user's choice.
	assert.deepEqual(await codes({ editorReportsJsonSyntax: true, rules: { 'json-syntax': 'warning' } }), [
		'json-syntax',
		'resource-never-matches',
	]);
	// Anything but true is no statement from the client.
	assert.deepEqual(await codes({ editorReportsJsonSyntax: 'yes' }), ['json-syntax', 'resource-never-matches']);
});

test('where VS Code reports JSON syntax, a trailing comma and a comment are left to it in JSON but not in JSONC', async () => {
	const text = `{"Version": "2012-10-17", "Statement": [
// Lets the team open cases.
{"Effect": "Allow", "Action": "support:*", "Resource": "*"},
]}`;
	const codes = async (languageId: string, settings: unknown) => {
		const server = await start(() => settings);
		await server.open(text, uri, languageId);
		const found = (await server.diagnose()).map((item) => item.code).sort();
		await server.stop();
		return found;
	};
	assert.deepEqual(await codes('json', {}), ['json-comment', 'trailing-comma']);
	assert.deepEqual(await codes('json', { editorReportsJsonSyntax: true }), []);
	// JSONC allows both in VS Code, and IAM still rejects them.
	assert.deepEqual(await codes('jsonc', { editorReportsJsonSyntax: true }), ['json-comment', 'trailing-comma']);
});

test('the lightbulb gets nothing on a line without findings; Ctrl+. and a selection get the refactorings', async () => {
	const text = `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": [
"support:ResolveCase",
"support:CreateCase"
], "Resource": "*"}]}`;
	const server = await start(() => ({}));
	await server.open(text);
	assert.deepEqual(await server.diagnose(), []);
	const actions = async (triggerKind: number | undefined, end = 3) =>
		(
			(await server.connection.sendRequest('textDocument/codeAction', {
				textDocument: { uri },
				range: { start: { line: 1, character: 3 }, end: { line: 1, character: end } },
				context: { diagnostics: [], ...(triggerKind === undefined ? {} : { triggerKind }) },
			})) as { title: string }[]
		).map((action) => action.title);
	const automatic = 2;
	const invoked = 1;
	assert.deepEqual(await actions(automatic), []);
	assert.ok((await actions(invoked)).includes('Sort actions'));
	assert.ok((await actions(automatic, 10)).includes('Sort actions'), 'a selection gets the refactorings');
	assert.ok((await actions(undefined)).includes('Sort actions'), 'a client that does not say how it asked gets everything');
	await server.stop();
});

test('a quick fix still reaches the lightbulb on a line with a finding', async () => {
	const server = await start(() => ({}));
	await server.open(broken.replace(/\n\{"Effect": "Allow", "Action": "support:DescribeCases", "Resource": "\*"\}\n/, '\n'));
	const [finding] = await server.diagnose();
	assert.equal(finding.code, 'resource-never-matches');
	const titles = (
		(await server.connection.sendRequest('textDocument/codeAction', {
			textDocument: { uri },
			range: { start: finding.range.start, end: finding.range.start },
			context: { diagnostics: [finding], triggerKind: 2 },
		})) as { title: string }[]
	).map((action) => action.title);
	assert.ok(titles.includes('Change to "*"'), titles.join('; '));
	await server.stop();
});

test('the settings a client sends as it starts check nothing again; a later change does', async () => {
	let rules: Record<string, string> = {};
	const server = await start(() => ({ rules }));
	// As VS Code's client does when it synchronizes settings: once, right after initialized.
	await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { iamSupport: {} } });
	await server.open(broken);
	assert.deepEqual((await server.diagnose()).map((item) => item.code).sort(), ['json-syntax', 'resource-never-matches']);
	assert.deepEqual(server.counts(), { configurationRequests: 1, refreshes: 0 });

	rules = { 'resource-never-matches': 'off' };
	await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { iamSupport: { rules } } });
	// The refresh request is sent before the settings are fetched again on the next pull.
	const after = (await server.diagnose()).map((item) => item.code);
	assert.equal(server.counts().refreshes, 1);
	assert.deepEqual(after, ['json-syntax']);
	await server.stop();
});

test('a policy is validated as it opens, before the client asks: its settings are fetched then, once', { timeout: 20_000 }, async () => {
	const server = await start(() => ({}));
	const other = 'file:///test/package.json';
	const asked = server.nextConfigurationRequest();
	// A JSON file with no policy first: it waits for the request, as before. The server reads messages in
	// order, so when the policy's settings are asked for, the other file's would have been asked for first.
	await server.open('{"name": "not a policy"}', other);
	await server.open(broken);
	await asked;
	assert.deepEqual(server.configurationScopes, [uri]);
	assert.deepEqual((await server.diagnose()).map((item) => item.code).sort(), ['json-syntax', 'resource-never-matches']);
	assert.equal(server.counts().configurationRequests, 1, 'the settings were fetched again');
	assert.deepEqual(await server.diagnose(other), []);
	await server.stop();
});
