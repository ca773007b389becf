/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// `iam-support diff` (#17): the formats and exit codes in process, over files held in memory; `git:` and
// `--git` through the bundled command (`npm run build` first, as `npm test` does) in a scratch repository.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { runDiffCommand } from '../../server/src/cli/diffCommand';
import { contextPresets } from '../../shared/contextPresets';
import { folders, git, scratchRepository, write } from './gitHelpers';
import { policy } from './simulationHelpers';

const repo = path.resolve(__dirname, '../../..');
const cli = path.join(repo, 'dist/cli.js');
const everyContext = ['default', ...contextPresets.map((preset) => preset.id)];

const allowSupport = { Sid: 'Support', Effect: 'Allow', Action: 'support:*', Resource: '*' };
const denyResolve = { Sid: 'NoResolve', Effect: 'Deny', Action: 'support:ResolveCase', Resource: '*' };
const withDeny = policy([allowSupport, denyResolve]);
const withoutDeny = policy([allowSupport]);

async function run(argv: string[], files: Record<string, string>) {
	let stdout = '';
	let stderr = '';
	const code = await runDiffCommand(argv, {
		stdout: (s) => (stdout += s),
		stderr: (s) => (stderr += s),
		readStdin: () => files['-'] ?? '',
		readFile: async (p) => {
			if (!(p in files)) {
				throw Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: 'ENOENT' });
			}
			return files[p];
		},
	});
	return { code, stdout, stderr };
}

describe('iam-support diff, in process', () => {
	test('json: the documented shape, one entry per context, exit code 1 when something is granted', async () => {
		const { code, stdout, stderr } = await run(['old.json', 'new.json', '--format', 'json'], {
			'old.json': withDeny,
			'new.json': withoutDeny,
		});
		assert.equal(code, 1, stderr);
		const output = JSON.parse(stdout) as Record<string, Record<string, unknown>[]>;
		assert.deepEqual(Object.keys(output), ['granted', 'revoked', 'changed']);
		assert.deepEqual(
			output.granted,
			everyContext.map((context) => ({
				action: 'support:ResolveCase',
				resource: '*',
				context,
				before: 'explicitDeny',
				after: 'allowed',
			})),
		);
		assert.deepEqual(output.revoked, []);
		assert.deepEqual(output.changed, []);
	});

	test('identical files: nothing, exit code 0', async () => {
		const { code, stdout } = await run(['a.json', 'b.json'], { 'a.json': withDeny, 'b.json': withDeny });
		assert.equal(code, 0);
		assert.match(stdout, /^0 granted, 0 revoked, 0 changed \(\d+ actions compared under 6 contexts\)\n$/);
	});

	test('--fail-on: revoked, any and none decide the exit code', async () => {
		const files = { 'old.json': withDeny, 'new.json': withoutDeny };
		// Added a Deny: revoked; removed it: granted.
		assert.equal((await run(['new.json', 'old.json'], files)).code, 0);
		assert.equal((await run(['new.json', 'old.json', '--fail-on', 'revoked'], files)).code, 1);
		assert.equal((await run(['old.json', 'new.json', '--fail-on', 'revoked'], files)).code, 0);
		assert.equal((await run(['new.json', 'old.json', '--fail-on', 'any'], files)).code, 1);
		assert.equal((await run(['old.json', 'new.json', '--fail-on', 'none'], files)).code, 0);
		assert.equal((await run(['old.json', 'old.json', '--fail-on', 'any'], files)).code, 0);
	});

	test('text: one line per action and kind of change, its contexts and the statement that grants', async () => {
		const mfa = { Bool: { 'aws:MultiFactorAuthPresent': 'true' } };
		const before = policy([{ ...allowSupport, Action: 'support:ResolveCase', Condition: mfa }]);
		const after = policy([{ ...allowSupport, Action: 'support:ResolveCase' }]);
		const { code, stdout } = await run(['old.json', 'new.json'], { 'old.json': before, 'new.json': after });
		assert.equal(code, 1);
		assert.equal(
			stdout,
			[
				'+ support:ResolveCase on *: implicitDeny → allowed; in every context but MFA present; by new.json statement 1 (Support)',
				'~ support:ResolveCase on *: allowed → allowed; in: MFA present; now without MFA; by new.json statement 1 (Support)',
				`1 granted, 0 revoked, 1 changed (${stdout.match(/\((\d+) actions/)![1]} actions compared under 6 contexts)`,
				'',
			].join('\n'),
		);
	});

	test('markdown: a heading, a short table with one row per service and change, then details', async () => {
		const before = policy([{ Effect: 'Allow', Action: 'support:Describe*', Resource: '*' }]);
		const after = policy([{ Effect: 'Allow', Action: ['support:*', 'support-console:*'], Resource: '*' }]);
		const { stdout } = await run(['old.json', 'new.json', '--format', 'markdown'], { 'old.json': before, 'new.json': after });
		const lines = stdout.split('\n');
		assert.equal(lines[0], '### IAM Support: what this change grants');
		const rows = lines.filter((line) => line.startsWith('| + granted'));
		assert.equal(rows.length, 2, rows.join('\n'));
		assert.match(rows[0], /`support:\w+`.* and \d+ more \| implicitDeny → allowed \| in every context \|$/);
		assert.match(stdout, /<details><summary>Details<\/summary>/);
		assert.match(
			stdout,
			/- \+ `support:ResolveCase` on `\*`, in every context: before: implicitDeny; after: allowed by new\.json statement 1/,
		);
		assert.match(stdout, /- MFA present: `aws:MultiFactorAuthPresent=true aws:MultiFactorAuthAge=300`/);
	});

	test('sarif: valid SARIF 2.1.0 whose results point at the statements that grant', async () => {
		const { stdout } = await run(['old.json', 'new.json', '--format', 'sarif'], { 'old.json': withDeny, 'new.json': withoutDeny });
		const sarif = JSON.parse(stdout) as {
			runs: {
				results: {
					ruleId: string;
					message: { text: string };
					locations: { physicalLocation: { artifactLocation: unknown; region: { startLine: number } } }[];
				}[];
			}[];
		};
		const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
		addFormats(ajv);
		const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(repo, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8')));
		assert.ok(validate(sarif), JSON.stringify(validate.errors, null, 2));
		const results = sarif.runs[0].results;
		assert.equal(results.length, 1);
		assert.equal(results[0].ruleId, 'grants-access');
		assert.match(results[0].message.text, /support:ResolveCase .*explicitDeny → allowed.*every context/);
		// The Allow that now grants it: the new version's first statement, from its opening brace.
		const opening = withoutDeny.split('\n').findIndex((line) => line.includes('{') && !line.startsWith('{'));
		assert.deepEqual(results[0].locations[0].physicalLocation.artifactLocation, { uri: 'new.json', uriBaseId: '%SRCROOT%' });
		assert.equal(results[0].locations[0].physicalLocation.region.startLine, opening + 1);
	});

	test('an SCP loosened, and layers given to both versions', async () => {
		const files = {
			'old-scp.json': policy([{ Effect: 'Deny', Action: ['support:ResolveCase', 'support:CreateCase'], Resource: '*' }]),
			'new-scp.json': policy([{ Effect: 'Deny', Action: 'support:ResolveCase', Resource: '*' }]),
			'p.json': withoutDeny,
		};
		const loosened = await run(['old-scp.json', 'new-scp.json', '--kind', 'scp', '--format', 'json'], files);
		assert.deepEqual(
			[...new Set(JSON.parse(loosened.stdout).granted.map((entry: { action: string }) => entry.action))],
			['support:CreateCase'],
		);
		// The same SCP beside both versions of an identity policy: the Deny removed from it grants nothing.
		const capped = await run(['p.json', 'p.json', '--scp', 'old-scp.json', '--format', 'json'], files);
		assert.equal(capped.code, 0);
		const underScp = await run([withDenyName, 'p.json', '--scp', 'new-scp.json'], { ...files, [withDenyName]: withDeny });
		assert.equal(underScp.code, 0, underScp.stdout);
	});

	test('errors: exit code 2 and nothing on standard output', async () => {
		const files = {
			'p.json': withDeny,
			'bad.json': '{"Version": "2012-10-17", "Statement": [{"Effect": "allow", "Action": "support:*", "Resource": "*"}]}',
		};
		const cases: [string[], RegExp][] = [
			[['p.json'], /give OLD and NEW, or --git REVISION/],
			[['p.json', 'missing.json'], /cannot read missing\.json: no such file or folder/],
			[['p.json', 'bad.json'], /bad\.json has errors for which IAM would refuse it/],
			[['p.json', 'p.json', '--format', 'xml'], /--format is text, json, markdown or sarif, not xml/],
			[['p.json', 'p.json', '--fail-on', 'some'], /--fail-on is granted, revoked, any or none, not some/],
			[['p.json', 'p.json', '--context', 'aws:MultiFactorAuthPresent=maybe'], /aws:MultiFactorAuthPresent takes a boolean/],
			[['p.json', 'p.json', '--context', 'aws:MultiFactorAuthPresnt=true'], /did you mean aws:MultiFactorAuthPresent/],
			[['p.json', 'p.json', '--scp', 'missing.json'], /cannot read missing\.json/],
			[['p.json', 'managed:AWSSupportAcess'], /did you mean managed:AWSSupportAccess/],
		];
		for (const [args, message] of cases) {
			const { code, stdout, stderr } = await run(args, files);
			assert.equal(code, 2, args.join(' '));
			assert.equal(stdout, '', args.join(' '));
			assert.match(stderr, message, args.join(' '));
		}
	});

	test('an old version that IAM would refuse is compared as it reads, with a warning', async () => {
		const broken = '{"Version": "2012-10-17", "Statement": [{"Effect": "allow", "Action": "support:*", "Resource": "*"}]}';
		const { code, stdout, stderr } = await run(['old.json', 'new.json', '--format', 'json'], {
			'old.json': broken,
			'new.json': withoutDeny,
		});
		assert.equal(code, 1);
		assert.match(stderr, /warning: old\.json has errors/);
		// "allow" is no Effect: the old version granted nothing, so the new one grants every support: action.
		assert.ok(JSON.parse(stdout).granted.some((entry: { action: string }) => entry.action === 'support:CreateCase'));
	});

	test('standard input and a bundled managed policy', async () => {
		const { code, stdout } = await run(['-', 'managed:AWSSupportAccess', '--format', 'json'], { '-': withDeny });
		assert.equal(code, 1);
		const granted = JSON.parse(stdout).granted as { action: string }[];
		assert.ok(granted.some((entry) => entry.action === 'support:ResolveCase'));
		assert.ok(granted.some((entry) => entry.action.startsWith('support-console:')));
	});
});

const withDenyName = 'with-deny.json';

function cliRun(cwd: string, ...args: string[]) {
	const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('iam-support diff with git', () => {
	test('git:REV:PATH reads the file as the revision has it, relative to the current folder', () => {
		const folder = scratchRepository({ 'policies/support.json': withDeny });
		write(folder, { 'policies/support.json': withoutDeny });
		const fromRoot = cliRun(folder, 'diff', 'git:HEAD:policies/support.json', 'policies/support.json', '--format', 'json');
		assert.equal(fromRoot.code, 1, fromRoot.stderr);
		assert.deepEqual(
			[...new Set(JSON.parse(fromRoot.stdout).granted.map((entry: { action: string }) => entry.action))],
			['support:ResolveCase'],
		);
		const fromFolder = cliRun(path.join(folder, 'policies'), 'diff', 'git:HEAD:support.json', 'support.json');
		assert.equal(fromFolder.code, 1, fromFolder.stderr);
		// The committed version against itself.
		assert.equal(cliRun(folder, 'diff', 'git:HEAD:policies/support.json', 'git:HEAD:policies/support.json').code, 0);
		const missing = cliRun(folder, 'diff', 'git:HEAD:policies/none.json', 'policies/support.json');
		assert.equal(missing.code, 2);
		assert.match(missing.stderr, /cannot read git:HEAD:policies\/none\.json: .*does not exist/);
		assert.equal(cliRun(folder, 'diff', 'git:NOPE:policies/support.json', 'policies/support.json').code, 2);
	});

	test('--git REV: every changed policy file of the working tree, other JSON left alone', () => {
		const folder = scratchRepository({
			'policies/support.json': withDeny,
			'policies/gone.json': withoutDeny,
			'policies/same.json': withDeny,
			'package.json': '{"name": "x"}',
		});
		// On one line, so that git does not take it for gone.json renamed.
		const added = JSON.stringify(JSON.parse(withoutDeny));
		write(folder, { 'policies/support.json': withoutDeny, 'policies/new.json': added, 'package.json': '{"name": "y"}' });
		fs.rmSync(path.join(folder, 'policies/gone.json'));
		git(folder, 'add', 'policies/new.json');
		const { code, stdout, stderr } = cliRun(folder, 'diff', '--git', 'HEAD', '--format', 'json');
		assert.equal(code, 1, stderr);
		const output = JSON.parse(stdout) as Record<string, { file: string; action: string }[]>;
		const files = (group: string) => [...new Set(output[group].map((entry) => entry.file))].sort();
		assert.deepEqual(files('granted'), [path.join('policies', 'new.json'), path.join('policies', 'support.json')]);
		assert.deepEqual(files('revoked'), [path.join('policies', 'gone.json')]);
		// A path limits the files.
		const limited = JSON.parse(cliRun(folder, 'diff', '--git', 'HEAD', '--format', 'json', 'policies/gone.json').stdout);
		assert.deepEqual(limited.granted, []);
		assert.ok(limited.revoked.length > 0);
	});

	test('--git A..B and A...B compare commits; a rename is compared with itself', () => {
		const folder = scratchRepository({ 'support.json': withDeny });
		git(folder, 'branch', 'base');
		git(folder, 'mv', 'support.json', 'renamed.json');
		git(folder, 'commit', '--quiet', '-m', 'rename');
		assert.equal(cliRun(folder, 'diff', '--git', 'base..HEAD').code, 0);
		write(folder, { 'renamed.json': withoutDeny });
		git(folder, 'commit', '--quiet', '-am', 'loosen');
		const range = cliRun(folder, 'diff', '--git', 'base..HEAD', '--format', 'json');
		assert.equal(range.code, 1, range.stderr);
		assert.deepEqual(
			[...new Set(JSON.parse(range.stdout).granted.map((entry: { action: string }) => entry.action))],
			['support:ResolveCase'],
		);
		assert.deepEqual(JSON.parse(range.stdout).revoked, []);
		assert.equal(cliRun(folder, 'diff', '--git', 'base...HEAD').code, 1);
		assert.equal(cliRun(folder, 'diff', '--git', 'HEAD~1..HEAD~1').code, 0);
		const bad = cliRun(folder, 'diff', '--git', 'nope');
		assert.equal(bad.code, 2);
		assert.match(bad.stderr, /git: .*nope/);
	});

	test('outside a repository, --git is an error', () => {
		const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-support-nogit-'));
		folders.push(folder);
		const result = cliRun(folder, 'diff', '--git', 'HEAD');
		assert.equal(result.code, 2);
		assert.match(result.stderr, /git: .*not a git repository/i);
	});
});
