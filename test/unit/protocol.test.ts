/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Speaks LSP to the bundled server over stdio, as any editor would.
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { CompletionList, Hover, InitializeResult, MarkupContent } from 'vscode-languageserver-protocol';
import { SimulateRequest } from '../../shared/protocol';
import type { SimulateResult } from '../../shared/simulation';

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
		const initialized = (await connection.sendRequest('initialize', {
			processId: process.pid,
			rootUri: null,
			capabilities: {},
		})) as InitializeResult;
		assert.ok(initialized.capabilities.completionProvider, 'completion is offered');
		assert.equal(initialized.capabilities.hoverProvider, true);
		await connection.sendNotification('initialized', {});
		await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });

		const completion = (await connection.sendRequest('textDocument/completion', {
			textDocument: { uri },
			position: { line: 2, character: 55 },
		})) as CompletionList;
		assert.ok(
			completion.items.some((item) => item.label === 'support:DescribeCases'),
			'support actions are offered',
		);

		const hover = (await connection.sendRequest('textDocument/hover', {
			textDocument: { uri },
			position: { line: 2, character: 50 },
		})) as Hover;
		assert.match((hover.contents as MarkupContent).value, /Unknown action/, 'a prefix alone names no action');

		await connection.sendNotification('textDocument/didChange', {
			textDocument: { uri, version: 2 },
			contentChanges: [{ range: { start: { line: 2, character: 55 }, end: { line: 2, character: 55 } }, text: 'ResolveCase' }],
		});
		const changed = (await connection.sendRequest('textDocument/hover', {
			textDocument: { uri },
			position: { line: 2, character: 60 },
		})) as Hover;
		assert.match((changed.contents as MarkupContent).value, /support:ResolveCase/);

		const simulated = (await connection.sendRequest(SimulateRequest.method, {
			textDocument: { uri },
			actions: ['support:ResolveCase', 'support:CreateCase'],
		})) as SimulateResult;
		assert.deepEqual(
			simulated.results.map((result) => [result.action, result.decision]),
			[
				['support:ResolveCase', 'allowed'],
				['support:CreateCase', 'implicitDeny'],
			],
		);

		// A policy to compare against need not be open: a bundled AWS managed policy is simulated as it is.
		const managed = (await connection.sendRequest(SimulateRequest.method, {
			textDocument: { uri: 'managed:AWSSupportAccess' },
			actions: ['support:CreateCase'],
		})) as SimulateResult;
		assert.equal(managed.results[0].decision, 'allowed');

		await connection.sendRequest('shutdown');
		const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
		await connection.sendNotification('exit');
		assert.equal(await exited, 0);
	});
});

// dist/japanese.js holds every Japanese text and is loaded only when a client asks for Japanese (l10n.ts).
describe('the bundled server in English and in Japanese', () => {
	const japaneseText = /[\u3040-\u30ff\u4e00-\u9fff]/;
	const folder = mkdtempSync(path.join(os.tmpdir(), 'iam-support-japanese-'));
	const preload = path.join(folder, 'preload.js');

	before(() => {
		writeFileSync(
			preload,
			`
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
	if (/japanese\\.js$/.test(request)) {
		process.stderr.write('loaded japanese.js\\n');
	}
	return load.call(this, request, ...rest);
};
`,
		);
	});

	after(() => rmSync(folder, { recursive: true, force: true }));

	async function hoverIn(locale: string | undefined): Promise<{ hover: string; stderr: string }> {
		const child = spawn(process.execPath, ['-r', preload, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
		let stderr = '';
		child.stderr!.on('data', (data) => (stderr += data));
		const client = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
		client.listen();
		try {
			await client.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale });
			await client.sendNotification('initialized', {});
			const policyText =
				'{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "support:ResolveCase", "Resource": "*"}]}';
			await client.sendNotification('textDocument/didOpen', {
				textDocument: { uri, languageId: 'json', version: 1, text: policyText },
			});
			const hover = (await client.sendRequest('textDocument/hover', {
				textDocument: { uri },
				position: { line: 0, character: policyText.indexOf('ResolveCase') },
			})) as Hover;
			await client.sendRequest('shutdown');
			const exited = new Promise((resolve) => child.once('exit', resolve));
			await client.sendNotification('exit');
			await exited;
			return { hover: (hover.contents as MarkupContent).value, stderr };
		} finally {
			client.dispose();
			child.kill();
		}
	}

	test('an English client gets English, and the Japanese texts are never loaded', async () => {
		const { hover, stderr } = await hoverIn('en');
		assert.match(hover, /support:ResolveCase/);
		assert.doesNotMatch(hover, japaneseText);
		assert.doesNotMatch(stderr, /loaded japanese\.js/);
	});

	test('a Japanese client gets the Japanese texts from their own file', async () => {
		const { hover, stderr } = await hoverIn('ja');
		assert.match(hover, japaneseText);
		assert.match(stderr, /loaded japanese\.js/);
	});
});
