/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runSimulateCommand } from '../../server/src/cli/simulateCommand';
import { managedPolicies } from '../../server/src/languageService/data/managedPolicies';
import { policyTemplates, templateText } from '../../shared/templates';
import { getLanguageService, TextDocument } from '../../server/src/languageService';
import { policy } from './simulationHelpers';

const allowSupport = { Effect: 'Allow', Action: 'support:*', Resource: '*' };
const noResolve = policy([allowSupport, { Sid: 'NoResolve', Effect: 'Deny', Action: 'support:ResolveCase', Resource: '*' }]);

/** Runs the command over files held in memory; a missing file fails as Node's file system does. */
async function run(argv: string[], files: Record<string, string>, stdin?: string) {
	let stdout = '';
	let stderr = '';
	const code = await runSimulateCommand(argv, {
		stdout: (s) => (stdout += s),
		stderr: (s) => (stderr += s),
		readStdin: () => {
			if (stdin === undefined) {
				throw Object.assign(new Error('EAGAIN: resource temporarily unavailable, read'), { code: 'EAGAIN' });
			}
			return stdin;
		},
		readFile: async (p) => {
			if (!(p in files)) {
				throw Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: 'ENOENT' });
			}
			return files[p];
		},
	});
	return { code, stdout, stderr };
}

/** Runs a command that must fail on its inputs: exit code 2, nothing on standard output. */
async function refused(argv: string[], files: Record<string, string>, stdin?: string): Promise<string> {
	const { code, stdout, stderr } = await run(argv, files, stdin);
	assert.equal(code, 2, stderr);
	assert.equal(stdout, '');
	assert.doesNotMatch(stderr, /ENOENT|EAGAIN|\n\s+at /);
	return stderr;
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

	test('exit code 2 for usage and I/O errors, with nothing on standard output', async () => {
		const files = { 'p.json': noResolve };
		assert.match(await refused(['missing.json'], files), /^iam-support simulate: cannot read missing\.json: no such file or folder\n$/);
		assert.match(await refused(['p.json', '--format', 'xml'], files), /--format is text or json, not xml/);
		assert.match(await refused(['p.json', '--context', 'novalue'], files), /--context takes KEY=VALUE, not novalue/);
		assert.match(await refused([], files), /a POLICY file is required/);
		assert.match(await refused(['p.json', '--boundary', 'missing.json'], files), /cannot read missing\.json: no such file or folder/);
		assert.match(await refused(['p.json', '--boundary', 'p.json', '--boundary', 'p.json'], files), /--boundary is given twice/);
		assert.match(await refused(['-'], files), /cannot read standard input: resource temporarily unavailable, read/);
	});

	test('text output names the deciding statement, numbered from 1', async () => {
		const { stdout } = await run(['p.json', '--action', 'support:ResolveCase'], { 'p.json': noResolve });
		assert.match(stdout, /^explicitDeny\s+support:ResolveCase\s+\*\s+by p\.json statement 2 \(NoResolve\)/);
	});
});

describe('iam-support simulate stops on any error in its inputs', () => {
	const files = {
		'p.json': noResolve,
		'package.json': '{"name": "x", "version": "1.0.0"}',
		'broken.json': '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow" "Action": "support:*", "Resource": "*"}]}',
		'lowercase.json': policy([{ Effect: 'allow', Action: 'support:*', Resource: '*' }]),
	};

	test('a misspelt managed policy, with the nearest name', async () => {
		const stderr = await refused(['p.json', '--scp', 'managed:AWSSupportAcess', '--action', 'support:CreateCase'], files);
		assert.match(
			stderr,
			/managed:AWSSupportAcess is not one of the AWS managed policies bundled with iam-support \(did you mean managed:AWSSupportAccess\?\)/,
		);
	});

	test('a managed policy name far from every bundled one lists them', async () => {
		assert.match(await refused(['managed:Nothing'], files), /\(they are AWSSupportAccess, .*ElementalSupportCenterFullAccess\)/);
	});

	test('a context value of the wrong type', async () => {
		const stderr = await refused(['p.json', '--context', 'aws:MultiFactorAuthPresent=maybe'], files);
		assert.match(stderr, /aws:MultiFactorAuthPresent takes a boolean \(true or false\); "maybe" is not one\./);
	});

	test('a misspelt context key, with the nearest keys; a key of another service is taken as given', async () => {
		const stderr = await refused(['p.json', '--context', 'aws:MultiFactorAuthPresnt=true'], files);
		assert.match(
			stderr,
			/--context aws:MultiFactorAuthPresnt is not a global or Support-family condition key \(did you mean aws:MultiFactorAuthPresent/,
		);
		assert.match(await refused(['p.json', '--context', 'SourceIp=203.0.113.10'], files), /a condition key is written prefix:Name/);
		const other = await run(
			['p.json', '--context', 's3:prefix=home/', '--context', 'aws:PrincipalTag/team=ops', '--action', 'support:CreateCase'],
			files,
		);
		assert.equal(other.code, 0, other.stderr);
	});

	test('a file that holds no policy', async () => {
		const stderr = await refused(['package.json'], files);
		assert.match(
			stderr,
			/package\.json has errors for which IAM would refuse it as a policy:\n {2}package\.json:1:1 error missing-statement /,
		);
	});

	test('a layer with a JSON syntax error, and a policy that IAM refuses (an Effect of "allow")', async () => {
		assert.match(await refused(['p.json', '--boundary', 'broken.json'], files), /broken\.json:1:\d+ error json-syntax /);
		assert.match(await refused(['lowercase.json'], files), /lowercase\.json:\d+:\d+ error invalid-effect /);
	});

	test('a policy that IAM accepts still simulates, whatever check says of it: a Deny that never applies', async () => {
		const arnDeny = policy([
			allowSupport,
			{ Effect: 'Deny', Action: 'support:ResolveCase', Resource: 'arn:aws:support::123456789012:case/1' },
		]);
		const { code, stdout, stderr } = await run(['p.json', '--action', 'support:ResolveCase'], { 'p.json': arnDeny });
		assert.equal(code, 0, stderr);
		assert.match(stdout, /^allowed\s+support:ResolveCase\s/);
	});

	test('an unknown action, with the nearest; a wildcard that matches nothing; a resource that is no ARN', async () => {
		assert.match(
			await refused(['p.json', '--action', 'support:CreateCas'], files),
			/--action support:CreateCas is not a known AWS action \(did you mean support:CreateCase\?\)/,
		);
		assert.match(await refused(['p.json', '--action', 'suport:CreateCase'], files), /\(did you mean support:CreateCase\?\)/);
		assert.match(
			await refused(['p.json', '--action', 'CreateCase'], files),
			/--action CreateCase is not a known AWS action \(did you mean support:CreateCase or /,
		);
		assert.match(
			await refused(['p.json', '--action', 'support:Nothing*'], files),
			/--action support:Nothing\* matches no Support-family action/,
		);
		assert.match(await refused(['p.json', '--resource', 'checks/abc'], files), /--resource takes an ARN or \*, not checks\/abc/);
		const otherService = await run(['p.json', '--action', 's3:GetObject', '--action', 'support:describecases'], files);
		assert.equal(otherService.code, 0, otherService.stderr);
	});

	test('every problem is reported at once: the policies in the order given, then actions and context', async () => {
		const stderr = await refused(
			['package.json', '--scp', 'managed:AWSSupportAcess', '--context', 'aws:SourceIp=nowhere', '--action', 'support:CreateCas'],
			files,
		);
		const lines = stderr.split('\n').filter((line) => line.startsWith('iam-support simulate: '));
		assert.deepEqual(
			lines.map((line) => line.match(/package\.json|managed:|support:CreateCas|aws:SourceIp/)?.[0]),
			['package.json', 'managed:', 'support:CreateCas', 'aws:SourceIp'],
		);
	});

	test('a policy with many errors lists ten and points to check for the rest', async () => {
		const many = policy(Array.from({ length: 12 }, () => ({ Effect: 'allow', Action: 'support:*', Resource: '*' })));
		const stderr = await refused(['many.json'], { 'many.json': many });
		assert.equal(stderr.match(/error invalid-effect/g)?.length, 10);
		assert.match(stderr, /… and 2 more: iam-support check many\.json lists them all/);
	});
});

describe('iam-support simulate reads standard input and bundled managed policies', () => {
	test('- is standard input, once', async () => {
		const { code, stdout } = await run(['-', '--action', 'support:ResolveCase', '--format', 'json'], {}, noResolve);
		assert.equal(code, 0);
		assert.deepEqual(JSON.parse(stdout).results[0].matchedStatements, [{ file: '<stdin>', index: 1, sid: 'NoResolve' }]);
		assert.match(await refused(['-', '--boundary', '-'], {}, noResolve), /standard input can be read only once, and - is given twice/);
	});

	test('managed:NAME as the policy, named by its name', async () => {
		const { code, stdout } = await run(['managed:awssupportaccess', '--action', 'support:CreateCase'], {});
		assert.equal(code, 0);
		assert.match(stdout, /^allowed\s+support:CreateCase\s+\*\s+by AWSSupportAccess statement 1\n/);
	});

	test('every bundled managed policy and every template simulates without an error', async () => {
		for (const { name } of managedPolicies) {
			const { code, stderr } = await run([`managed:${name}`, '--action', 'support:CreateCase'], {});
			assert.equal(code, 0, `${name}: ${stderr}`);
		}
		for (const template of policyTemplates) {
			const { code, stderr } = await run(['t.json', '--action', 'support:CreateCase'], { 't.json': templateText(template) });
			assert.equal(code, 0, `${template.id}: ${stderr}`);
		}
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
		const all = service.doCodeLens(document, service.parsePolicyDocument(document));
		// Each policy's kind comes first, then its simulation.
		assert.deepEqual(
			all.filter((lens) => lens.command?.command === 'iamSupport.setPolicyKind').map((lens) => lens.command?.title),
			['IAM: identity policy (inferred)', 'IAM: identity policy (inferred)'],
		);
		const lenses = all.filter((lens) => lens.command?.command === 'iamSupport.simulate');
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

describe('iam-support simulate --kind', () => {
	test('an SCP file simulated as one: what it leaves of an identity policy that allows everything, and the sentence that says so', async () => {
		const scp = JSON.stringify({
			Version: '2012-10-17',
			Statement: [{ Effect: 'Deny', Action: 'support:ResolveCase', Resource: '*' }],
		});
		const asScp = await run(['-', '--kind', 'scp', '--action', 'support:CreateCase', '--action', 'support:ResolveCase'], {}, scp);
		assert.equal(asScp.code, 0, asScp.stderr);
		assert.match(asScp.stdout, /^Simulated as a service control policy \(SCP\)/);
		assert.match(asScp.stdout, /allowed\s+support:CreateCase/);
		assert.match(asScp.stdout, /explicitDeny\s+support:ResolveCase/);
		const asIdentity = await run(['-', '--action', 'support:CreateCase'], {}, scp);
		assert.match(asIdentity.stdout, /implicitDeny\s+support:CreateCase/);
		const json = JSON.parse((await run(['-', '--kind', 'scp', '--format', 'json', '--action', 'support:CreateCase'], {}, scp)).stdout);
		assert.equal(json.kind, 'scp');
		assert.equal(json.results[0].decision, 'allowed');
	});

	test('an unknown kind is a usage error', async () => {
		const { code, stderr } = await run(['-', '--kind', 'bucket'], {}, '{}');
		assert.equal(code, 2);
		assert.match(stderr, /unknown kind "bucket"/);
	});
});
