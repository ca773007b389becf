/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runSimulateCommand } from '../../server/src/cli/simulateCommand';
import { getLanguageService, TextDocument } from '../../server/src/languageService';
import { policy } from './simulationHelpers';

const allowSupport = { Effect: 'Allow', Action: 'support:*', Resource: '*' };
const noResolve = policy([allowSupport, { Sid: 'NoResolve', Effect: 'Deny', Action: 'support:ResolveCase', Resource: '*' }]);

async function run(argv: string[], files: Record<string, string>) {
	let stdout = '';
	let stderr = '';
	const code = await runSimulateCommand(argv, {
		stdout: (s) => (stdout += s),
		stderr: (s) => (stderr += s),
		readFile: async (p) => {
			if (!(p in files)) {
				throw new Error(`ENOENT: ${p}`);
			}
			return files[p];
		},
	});
	return { code, stdout, stderr };
}

describe('iam-support simulate', () => {
	test('json output has the documented shape', async () => {
		const { code, stdout } = await run(
			['p.json', '--action', 'support:ResolveCase', '--action=support:CreateCase', '--format', 'json'],
			{ 'p.json': noResolve },
		);
		assert.equal(code, 0);
		assert.deepEqual(JSON.parse(stdout), {
			results: [
				{
					action: 'support:ResolveCase',
					resource: '*',
					decision: 'explicitDeny',
					matchedStatements: [{ file: 'p.json', index: 1, sid: 'NoResolve' }],
					missingContextKeys: [],
				},
				{
					action: 'support:CreateCase',
					resource: '*',
					decision: 'allowed',
					matchedStatements: [{ file: 'p.json', index: 0 }],
					missingContextKeys: [],
				},
			],
		});
	});

	test('without --action, every Support-family action', async () => {
		const { stdout } = await run(['p.json', '--format', 'json'], { 'p.json': noResolve });
		const results = JSON.parse(stdout).results as { action: string; decision: string }[];
		assert.ok(results.some((r) => r.action.startsWith('trustedadvisor:')));
		assert.deepEqual(
			results.filter((r) => r.decision === 'explicitDeny').map((r) => r.action),
			['support:ResolveCase'],
		);
	});

	test('layers, context and a managed policy as SCP', async () => {
		const boundary = policy([
			{ Effect: 'Allow', Action: 'support:Describe*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } },
		]);
		const files = { 'p.json': noResolve, 'b.json': boundary };
		const args = [
			'p.json',
			'--action',
			'support:DescribeCases',
			'--boundary',
			'b.json',
			'--scp',
			'managed:AWSSupportAccess',
			'--format',
			'json',
		];
		const withMfa = await run([...args, '--context', 'aws:MultiFactorAuthPresent=true'], files);
		assert.equal(JSON.parse(withMfa.stdout).results[0].decision, 'allowed');
		const without = JSON.parse((await run(args, files)).stdout).results[0];
		assert.equal(without.decision, 'implicitDeny');
		assert.deepEqual(without.missingContextKeys, ['aws:MultiFactorAuthPresent']);
	});

	test('exit codes: 1 for a wrong-typed context value, 2 for usage and I/O errors', async () => {
		const files = { 'p.json': noResolve };
		assert.equal((await run(['p.json', '--context', 'aws:SourceIp=nowhere'], files)).code, 1);
		assert.equal((await run(['missing.json'], files)).code, 2);
		assert.equal((await run(['p.json', '--format', 'xml'], files)).code, 2);
		assert.equal((await run(['p.json', '--context', 'novalue'], files)).code, 2);
		assert.equal((await run([], files)).code, 2);
		assert.equal((await run(['p.json', '--boundary', 'missing.json'], files)).code, 2);
	});

	test('text output names the deciding statement', async () => {
		const { stdout } = await run(['p.json', '--action', 'support:ResolveCase'], { 'p.json': noResolve });
		assert.match(stdout, /^explicitDeny\s+support:ResolveCase\s+\*\s+by p\.json statement 1 \(NoResolve\)/);
	});
});

describe('simulation CodeLens', () => {
	test('one lens per policy, counting allowed, explicitly denied and not granted actions', () => {
		const service = getLanguageService();
		const text = JSON.stringify(
			{
				Resources: {
					A: { Properties: { PolicyDocument: JSON.parse(noResolve) } },
					B: {
						Properties: {
							PolicyDocument: JSON.parse(policy([{ Effect: 'Allow', Action: 'support-console:*', Resource: '*' }])),
						},
					},
				},
			},
			null,
			'\t',
		);
		const document = TextDocument.create('file:///t/template.json', 'json', 1, text);
		const lenses = service.doCodeLens(document, service.parsePolicyDocument(document));
		const supportCount = service.simulate(
			document,
			{ textDocument: { uri: document.uri }, actions: ['support:*'] },
			service.parsePolicyDocument(document),
		).results.length;
		const consoleCount = service.simulate(
			document,
			{ textDocument: { uri: document.uri }, actions: ['support-console:*'] },
			service.parsePolicyDocument(document),
		).results.length;
		const familyCount = service.simulate(document, { textDocument: { uri: document.uri } }, service.parsePolicyDocument(document))
			.results.length;
		assert.deepEqual(
			lenses.map((lens) => lens.command?.title),
			[
				`Simulate · ${supportCount - 1} allowed · 1 explicitly denied · ${familyCount - supportCount} not granted`,
				`Simulate · ${consoleCount} allowed · 0 explicitly denied · ${familyCount - consoleCount} not granted`,
			],
		);
		assert.deepEqual(
			lenses.map((lens) => lens.command?.arguments),
			[
				[document.uri, 0],
				[document.uri, 1],
			],
		);
		assert.equal(lenses[1].range.start.line, document.positionAt(text.indexOf('"PolicyDocument"', text.indexOf('"B"'))).line);
	});
});
