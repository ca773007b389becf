/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Diagnostics over the protocol from the bundled server (`npm run build` first): push for clients
// without pull diagnostics, pull for those with it, cleared on close.

import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

const server = path.resolve(__dirname, '../../../dist/server.js');
const uri = 'file:///test/policy.json';
const text =
	'{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "support:ResolveCase", "Resource": "arn:aws:support::123456789012:case/1"}]}';

async function start(pull: boolean) {
	const child = spawn(process.execPath, [server, '--stdio']);
	const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
	const published: PublishDiagnosticsParams[] = [];
	let notify: (() => void) | undefined;
	connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
		published.push(params);
		notify?.();
	});
	connection.onRequest('workspace/configuration', () => [{ rules: { 'resource-never-matches': 'warning' } }]);
	connection.listen();
	const result = await connection.sendRequest('initialize', {
		processId: process.pid,
		rootUri: null,
		capabilities: { workspace: { configuration: true }, textDocument: pull ? { diagnostic: {} } : {} },
	});
	await connection.sendNotification('initialized', {});
	const next = () =>
		new Promise<PublishDiagnosticsParams>((resolve) => {
			notify = () => resolve(published[published.length - 1]);
		});
	const stop = async () => {
		await connection.sendRequest('shutdown');
		await connection.sendNotification('exit');
		connection.dispose();
		child.kill();
	};
	return { connection, result: result as { capabilities: { diagnosticProvider?: unknown } }, next, published, stop };
}

test("push: diagnostics with the document's settings after open, cleared on close", async () => {
	const { connection, result, next, stop } = await start(false);
	assert.equal(result.capabilities.diagnosticProvider, undefined);
	const opened = next();
	await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });
	const first = await opened;
	assert.deepEqual(
		first.diagnostics.map((d) => [d.code, d.severity]),
		[['resource-never-matches', 2]],
	);
	const closed = next();
	await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
	assert.deepEqual((await closed).diagnostics, []);
	await stop();
});

test('pull: a full report, then unchanged for the same version', async () => {
	const { connection, result, published, stop } = await start(true);
	assert.ok(result.capabilities.diagnosticProvider);
	await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });
	const full = (await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as {
		kind: string;
		resultId: string;
		items: { code: string }[];
	};
	assert.equal(full.kind, 'full');
	assert.deepEqual(
		full.items.map((d) => d.code),
		['resource-never-matches'],
	);
	const again = (await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId: full.resultId })) as {
		kind: string;
	};
	assert.equal(again.kind, 'unchanged');
	const actions = (await connection.sendRequest('textDocument/codeAction', {
		textDocument: { uri },
		range: full.items[0] && (full.items[0] as unknown as { range: unknown }).range,
		context: { diagnostics: full.items },
	})) as { title: string }[];
	assert.ok(actions.some((action) => action.title === 'Change to "*"'));
	assert.deepEqual(published, []);
	await stop();
});
