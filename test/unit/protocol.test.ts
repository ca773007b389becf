/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Speaks LSP to the bundled server over stdio, as any editor would.
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { CompletionList, Hover, InitializeResult, MarkupContent } from 'vscode-languageserver-protocol';
import { SimulateRequest, type SimulateResult } from '../../shared/protocol';

const serverPath = path.join(__dirname, '..', '..', '..', 'dist', 'server.js');
const uri = 'file:///work/support-policy.json';
const text = '{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow", "Action": "support:", "Resource": "*"}]\n}\n';

describe('the language server over stdio', () => {
	let server: ChildProcess;
	let connection: MessageConnection;

	before(() => {
		server = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
		connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
		connection.listen();
	});

	after(() => {
		connection.dispose();
		server.kill();
	});

	test('initialize, open, complete, hover, change, simulate, shutdown, exit', async () => {
		const initialized = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} })) as InitializeResult;
		assert.ok(initialized.capabilities.completionProvider, 'completion is offered');
		assert.equal(initialized.capabilities.hoverProvider, true);
		await connection.sendNotification('initialized', {});
		await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });

		const completion = (await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 55 } })) as CompletionList;
		assert.ok(completion.items.some((item) => item.label === 'support:DescribeCases'), 'support actions are offered');

		const hover = (await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 50 } })) as Hover;
		assert.match((hover.contents as MarkupContent).value, /Unknown action/, 'a prefix alone names no action');

		await connection.sendNotification('textDocument/didChange', {
			textDocument: { uri, version: 2 },
			contentChanges: [{ range: { start: { line: 2, character: 55 }, end: { line: 2, character: 55 } }, text: 'ResolveCase' }],
		});
		const changed = (await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 60 } })) as Hover;
		assert.match((changed.contents as MarkupContent).value, /support:ResolveCase/);

		const simulated = (await connection.sendRequest(SimulateRequest.method, { textDocument: { uri }, actions: ['support:ResolveCase', 'support:CreateCase'] })) as SimulateResult;
		assert.deepEqual(simulated.results.map((result) => [result.action, result.decision]), [['support:ResolveCase', 'allowed'], ['support:CreateCase', 'implicitDeny']]);

		// A policy to compare against need not be open: a bundled AWS managed policy is simulated as it is.
		const managed = (await connection.sendRequest(SimulateRequest.method, { textDocument: { uri: 'managed:AWSSupportAccess' }, actions: ['support:CreateCase'] })) as SimulateResult;
		assert.equal(managed.results[0].decision, 'allowed');

		await connection.sendRequest('shutdown');
		const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
		await connection.sendNotification('exit');
		assert.equal(await exited, 0);
	});
});
