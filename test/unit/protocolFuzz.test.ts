/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Abuse of the bundled server over stdio: thousands of requests with random and invalid params, unknown
// methods, positions out of range, closed documents and cancellations. Each must get a result or a proper
// JSON-RPC error, and the server must stay up (#7).
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
	CancellationTokenSource,
	createMessageConnection,
	ResponseError,
	StreamMessageReader,
	StreamMessageWriter,
	type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { PolicyGenerator } from '../fuzz/generator';
import { Random } from '../fuzz/random';

const serverPath = path.join(__dirname, '..', '..', '..', 'dist', 'server.js');
/** JSON-RPC's own codes, and LSP's ServerNotInitialized, RequestFailed, ServerCancelled, ContentModified, RequestCancelled. */
const properErrorCodes = new Set([-32700, -32600, -32601, -32602, -32603, -32002, -32803, -32802, -32801, -32800]);
const methods = ['textDocument/completion', 'textDocument/hover', 'textDocument/codeLens', 'iamSupport/simulate'];

describe('the language server under protocol abuse', () => {
	let server: ChildProcess;
	let connection: MessageConnection;
	let exitCode: number | null | undefined;
	const shown: string[] = [];

	before(async () => {
		server = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
		server.on('exit', (code) => (exitCode = code));
		connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
		// The client's side: settings come from here, and the server's notices land here.
		connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string }[] }) =>
			params.items.map((item) => (item.scopeUri?.endsWith('limited.json') ? { maxFileSize: 1000 } : null)),
		);
		connection.onRequest('client/registerCapability', () => null);
		connection.onNotification('window/showMessage', (params: { message: string }) => shown.push(params.message));
		connection.onNotification('window/logMessage', () => undefined);
		connection.listen();
		await connection.sendRequest('initialize', {
			processId: process.pid,
			rootUri: null,
			capabilities: { workspace: { configuration: true } },
		});
		await connection.sendNotification('initialized', {});
	});

	after(() => {
		connection.dispose();
		server.kill();
	});

	async function hoverValue(uri: string, line: number, character: number): Promise<string | undefined> {
		const hover = (await connection.sendRequest('textDocument/hover', {
			textDocument: { uri },
			position: { line, character },
		})) as Hover | null;
		return (hover?.contents as MarkupContent | undefined)?.value;
	}

	test('thousands of random and invalid requests each get a result or a proper error', async () => {
		const random = new Random(926);
		const generator = new PolicyGenerator(random, { maxExtraDepth: 10 });
		const uris = Array.from({ length: 8 }, (_, i) => `file:///work/fuzz/policy${i}.json`);
		const open = new Set<string>();
		const junk = () =>
			random.pick<unknown>([
				null,
				0,
				-1,
				'x',
				[],
				{},
				{ line: -5, character: -5 },
				{ line: 1e9, character: 1e9 },
				{ line: 0.5, character: 'a' },
			]);
		const position = () => (random.chance(0.7) ? { line: random.int(0, 30), character: random.int(0, 120) } : junk());
		let answered = 0;
		let errors = 0;
		for (let round = 0; round < 20; round++) {
			// Documents open, change and close between the rounds, so requests also meet closed documents.
			const uri = random.pick(uris);
			if (open.has(uri) && random.chance(0.3)) {
				await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
				open.delete(uri);
			} else if (open.has(uri)) {
				await connection.sendNotification('textDocument/didChange', {
					textDocument: { uri, version: round + 2 },
					contentChanges: [
						random.chance(0.5)
							? { text: generator.document() }
							: {
									range: {
										start: { line: random.int(0, 5), character: random.int(0, 40) },
										end: { line: random.int(5, 9), character: 0 },
									},
									text: generator.document(),
								},
					],
				});
			} else {
				await connection.sendNotification('textDocument/didOpen', {
					textDocument: { uri, languageId: 'json', version: 1, text: generator.document() },
				});
				open.add(uri);
			}
			if (random.chance(0.2)) {
				// Notifications that are not LSP's, or malformed: silently dropped, never fatal.
				await connection.sendNotification(
					random.pick(['textDocument/didChange', 'textDocument/didOpen', '$/unknown', 'iam/nothing']),
					junk(),
				);
			}
			const pending: Promise<void>[] = [];
			for (let i = 0; i < 100; i++) {
				const kind = random.int(0, 9);
				const method =
					kind === 9 ? random.pick(['iam/nope', 'textDocument/definition', 'workspace/symbol', '']) : random.pick(methods);
				const params =
					kind === 8
						? junk()
						: {
								textDocument: random.chance(0.9)
									? { uri: random.chance(0.9) ? random.pick(uris) : 'file:///never/opened.json' }
									: junk(),
								position: position(),
								actions: random.chance(0.5) ? ['support:*'] : junk(),
							};
				const source = new CancellationTokenSource();
				const request = connection.sendRequest(method, params, source.token).then(
					() => void answered++,
					(error: unknown) => {
						assert.ok(error instanceof ResponseError, `${method}: ${String(error)}`);
						assert.ok(properErrorCodes.has(error.code), `${method}: error code ${error.code}: ${error.message}`);
						errors++;
					},
				);
				if (random.chance(0.1)) {
					source.cancel();
				}
				pending.push(request);
			}
			await Promise.all(pending);
		}
		assert.equal(answered + errors, 2000);
		assert.ok(answered > 700, `only ${answered} answered`);
		assert.equal(exitCode, undefined, 'the server is still running');
		await connection.sendNotification('textDocument/didOpen', {
			textDocument: {
				uri: 'file:///work/after.json',
				languageId: 'json',
				version: 1,
				text: '{"Statement": {"Effect": "Allow", "Action": "support:ResolveCase", "Resource": "*"}}',
			},
		});
		assert.match((await hoverValue('file:///work/after.json', 0, 50)) ?? '', /support:ResolveCase/);
	});

	// A 50 MB document is in hostileInput.test.ts: through the pipe it takes longer than npm test can spend.
	test('a document above iamSupport.maxFileSize: no analysis, one notice, the server keeps answering', async () => {
		const uri = 'file:///work/huge.json';
		const text = '{"Statement": [{"Effect": "Allow", "Action": "support:*", "Resource": "*"}], "Log": "' + 'x'.repeat(5_000_000) + '"}';
		await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });
		assert.equal(await hoverValue(uri, 0, 50), undefined);
		await connection.sendNotification('textDocument/didChange', {
			textDocument: { uri, version: 2 },
			contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }],
		});
		assert.equal(await hoverValue(uri, 0, 50), undefined);
		assert.deepEqual(
			shown.filter((message) => message.startsWith('huge.json')),
			[
				'huge.json: This document has 5,000,087 characters, more than iamSupport.maxFileSize (5,000,000): IAM policy analysis is skipped.',
			],
		);
		await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
	});

	test('iamSupport.maxFileSize is read per document', async () => {
		const policy = JSON.stringify({
			Statement: [{ Effect: 'Allow', Action: 'support:ResolveCase', Resource: '*', Sid: 'x'.repeat(1000) }],
		});
		for (const name of ['limited.json', 'free.json']) {
			await connection.sendNotification('textDocument/didOpen', {
				textDocument: { uri: `file:///work/${name}`, languageId: 'json', version: 1, text: policy },
			});
		}
		assert.equal(await hoverValue('file:///work/limited.json', 0, 45), undefined);
		assert.match((await hoverValue('file:///work/free.json', 0, 45)) ?? '', /support:ResolveCase/);
		assert.ok(shown.some((message) => message.startsWith('limited.json: This document has 1,0')));
	});

	test('100,000-deep nesting: a notice, no stack overflow', async () => {
		const uri = 'file:///work/deep.json';
		await connection.sendNotification('textDocument/didOpen', {
			textDocument: { uri, languageId: 'json', version: 1, text: '{"Statement": ' + '['.repeat(100_000) + ']'.repeat(100_000) + '}' },
		});
		assert.equal(await hoverValue(uri, 0, 100), undefined);
		assert.ok(shown.some((message) => message.startsWith('deep.json: This document nests')));
		assert.equal(exitCode, undefined);
	});

	test('bytes that are not UTF-8 inside a message', async () => {
		const uri = 'file:///work/bytes.json';
		const head = Buffer.from(
			`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"${uri}","languageId":"json","version":1,"text":"{\\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Action\\": \\"support:ResolveCase`,
		);
		const body = Buffer.concat([head, Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('\\", \\"Resource\\": \\"*\\"}]}"}}}')]);
		server.stdin!.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
		assert.match((await hoverValue(uri, 0, 50)) ?? '', /Unknown action/);
		assert.equal(exitCode, undefined);
	});
});
