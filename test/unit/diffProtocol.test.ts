/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// iamSupport/diffPolicy over stdio, as the editor sends it: the open document against a text the client
// read from git, which the server cannot read itself.
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { DiffPolicyRequest } from '../../shared/protocol';
import type { DiffPolicyParams, PolicyDiffResult } from '../../shared/simulation';

const serverPath = path.join(__dirname, '..', '..', '..', 'dist', 'server.js');

const policy = (actions: string[]) =>
	`${JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Cases', Effect: 'Allow', Action: actions, Resource: '*' }] }, null, 2)}\n`;

const template = (actions: string[]) =>
	[
		'Resources:',
		'  SupportPolicy:',
		'    Type: AWS::IAM::ManagedPolicy',
		'    Properties:',
		'      PolicyDocument:',
		"        Version: '2012-10-17'",
		'        Statement:',
		'          - Effect: Allow',
		`            Action: [${actions.join(', ')}]`,
		"            Resource: '*'",
		'',
	].join('\n');

function actions(result: PolicyDiffResult, group: 'granted' | 'revoked' | 'changed'): string[] {
	return [...new Set(result[group].map((entry) => entry.action))].sort();
}

describe('iamSupport/diffPolicy', () => {
	let server: ChildProcess;
	let connection: MessageConnection;
	let version = 0;

	const open = async (uri: string, languageId: string, text: string) =>
		connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: ++version, text } });
	const diff = (params: DiffPolicyParams) =>
		connection.sendRequest(DiffPolicyRequest.method, params) as Promise<DiffPolicyRequest.Result>;

	before(async () => {
		server = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
		connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
		connection.listen();
		await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
		await connection.sendNotification('initialized', {});
	});

	after(() => {
		connection.dispose();
		server.kill();
	});

	test('what the open document grants and revokes against the older text, with the statements that decide', async () => {
		const uri = 'file:///work/support.json';
		await open(uri, 'json', policy(['support:DescribeCases', 'support:ResolveCase']));
		const result = await diff({
			textDocument: { uri },
			before: {
				text: policy(['support:DescribeCases', 'support:CreateCase']),
				uri: 'git:/work/support.json?HEAD',
				label: 'HEAD:support.json',
			},
		});
		assert.ok(result);
		assert.deepEqual(actions(result, 'granted'), ['support:ResolveCase']);
		assert.deepEqual(actions(result, 'revoked'), ['support:CreateCase']);
		const granted = result.granted.find((entry) => entry.context === 'default');
		assert.deepEqual(
			granted?.afterStatements.map((ref) => [ref.uri, ref.sid]),
			[[uri, 'Cases']],
		);
		const revoked = result.revoked.find((entry) => entry.context === 'default');
		// The old version's statements are where the client said, by the name it gave.
		assert.deepEqual(
			revoked?.beforeStatements.map((ref) => [ref.uri, ref.policy]),
			[['git:/work/support.json?HEAD', 'HEAD:support.json']],
		);
		assert.equal(result.contexts.length, 6, 'the default context and each preset');
	});

	test('an empty old text is a file that did not exist: everything the document allows is granted', async () => {
		const uri = 'file:///work/new.json';
		await open(uri, 'json', policy(['support:DescribeCases']));
		const result = await diff({ textDocument: { uri }, before: { text: '', uri: 'git:/work/new.json?HEAD', label: 'HEAD:new.json' } });
		assert.deepEqual(actions(result!, 'granted'), ['support:DescribeCases']);
		assert.deepEqual(actions(result!, 'revoked'), []);
	});

	test("the old text of a template is read in the document's format", async () => {
		const uri = 'file:///work/template.yaml';
		await open(uri, 'yaml', template(['support:DescribeCases', 'support:ResolveCase']));
		const result = await diff({
			textDocument: { uri },
			before: { text: template(['support:DescribeCases']), uri: 'git:/work/template.yaml?HEAD', label: 'HEAD:template.yaml' },
		});
		assert.deepEqual(actions(result!, 'granted'), ['support:ResolveCase']);
		assert.deepEqual(actions(result!, 'revoked'), []);
	});

	test('the layers and the context of the request apply to both versions', async () => {
		const uri = 'file:///work/layered.json';
		await open(uri, 'json', policy(['support:DescribeCases', 'support:ResolveCase']));
		const boundary = policy(['support:DescribeCases']);
		const result = await diff({
			textDocument: { uri },
			before: { text: policy(['support:DescribeCases']), uri: 'git:/work/layered.json?HEAD', label: 'HEAD:layered.json' },
			permissionsBoundary: { text: boundary, label: 'boundary.json' },
		});
		// The boundary allows DescribeCases alone, so adding ResolveCase grants nothing.
		assert.deepEqual(actions(result!, 'granted'), []);
	});

	test('a document that is not open gets null, not an error', async () => {
		const result = await diff({
			textDocument: { uri: 'file:///work/closed.json' },
			before: { text: policy([]), uri: 'git:/work/closed.json?HEAD', label: 'HEAD:closed.json' },
		});
		assert.equal(result, null);
	});
});
