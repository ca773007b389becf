/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Runs the bundled command (`npm run build` first, as `npm test` does) the way CI would.

import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { globToRegExp } from '../../server/src/cli/files';

const repo = path.resolve(__dirname, '../../..');
const cli = path.join(repo, 'dist/cli.js');

function run(args: string[], options: { input?: string; cwd?: string } = {}) {
	// English whatever the machine's locale: the CLI follows LANG (#8).
	const result = spawnSync(process.execPath, [cli, ...args], {
		cwd: options.cwd ?? repo,
		input: options.input,
		encoding: 'utf8',
		env: { ...process.env, LC_ALL: 'C' },
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const bad =
	'{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "support:ResolveCase", "Resource": "arn:aws:support::123456789012:case/1"}]}';
const warningOnly =
	'{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "support:ResolveCase", "Resource": "arn:aws:support::123456789012:case/1"}]}';
const clean = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "support:*", "Resource": "*"}]}';

const workspaces: string[] = [];
after(() => workspaces.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

/** A temporary folder with the files given; every one is removed when the tests end. */
function workspace(files: Record<string, string>): string {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-support-check-'));
	workspaces.push(folder);
	for (const [name, content] of Object.entries(files)) {
		fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
		fs.writeFileSync(path.join(folder, name), content);
	}
	return folder;
}

describe('iam-support check', () => {
	test('text: file:line:col severity code message, exit 1 on an error finding', () => {
		const folder = workspace({ 'deny.json': bad });
		const { code, stdout } = run(['check', 'deny.json'], { cwd: folder });
		assert.equal(code, 1);
		assert.equal(
			stdout,
			'deny.json:1:105 error resource-never-matches This Deny never applies to support:ResolveCase: it has no resource types, so only "*" matches (AWS Support has no resource-level permissions).\n',
		);
	});

	test('exit 0 with warnings only, and with no finding', () => {
		assert.equal(run(['check', '-'], { input: warningOnly }).code, 0);
		const { code, stdout } = run(['check', '-'], { input: clean });
		assert.equal(code, 0);
		assert.equal(stdout, '');
	});

	test('json: zero-based ranges per file', () => {
		const { code, stdout } = run(['check', '--format', 'json', '-'], { input: bad });
		assert.equal(code, 1);
		assert.deepEqual(JSON.parse(stdout), [
			{
				file: '<stdin>',
				diagnostics: [
					{
						code: 'resource-never-matches',
						severity: 'error',
						message:
							'This Deny never applies to support:ResolveCase: it has no resource types, so only "*" matches (AWS Support has no resource-level permissions).',
						range: { start: { line: 0, character: 104 }, end: { line: 0, character: 142 } },
					},
				],
			},
		]);
	});

	test('sarif: valid SARIF 2.1.0 with the rule and a one-based region', () => {
		const { code, stdout } = run(['check', '--format=sarif', 'deny.json'], { cwd: workspace({ 'deny.json': bad }) });
		assert.equal(code, 1);
		const sarif = JSON.parse(stdout) as {
			runs: {
				results: {
					ruleId: string;
					level: string;
					ruleIndex: number;
					locations: { physicalLocation: { region: unknown; artifactLocation: { uri: string } } }[];
				}[];
				tool: { driver: { rules: { id: string }[] } };
			}[];
		};
		const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
		addFormats(ajv);
		const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(repo, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8')));
		assert.ok(validate(sarif), JSON.stringify(validate.errors, null, 2));
		const [result] = sarif.runs[0].results;
		assert.equal(result.ruleId, 'resource-never-matches');
		assert.equal(result.level, 'error');
		assert.equal(sarif.runs[0].tool.driver.rules[result.ruleIndex].id, 'resource-never-matches');
		assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 1, startColumn: 105, endLine: 1, endColumn: 143 });
		assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'deny.json');
	});

	test('the SARIF schema check can fail', () => {
		const ajv = new Ajv({ strict: false, unicodeRegExp: false });
		addFormats(ajv);
		const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(repo, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8')));
		assert.equal(validate({ version: '2.1.0', runs: [{ results: [] }] }), false);
	});

	test('folders and globs: policies only, non-policy JSON left alone; an explicit non-policy file is reported', () => {
		const folder = workspace({ 'a/deny.json': bad, 'a/package.json': '{"name": "x"}', 'b/ok.json': clean, 'b/readme.txt': 'x' });
		const byFolder = run(['check', '--format', 'json', 'a', 'b'], { cwd: folder });
		assert.deepEqual(
			JSON.parse(byFolder.stdout).map((entry: { file: string; diagnostics: unknown[] }) => [entry.file, entry.diagnostics.length]),
			[
				[path.join('a', 'deny.json'), 1],
				[path.join('a', 'package.json'), 0],
				[path.join('b', 'ok.json'), 0],
			],
		);
		const byGlob = run(['check', '--format', 'json', '**/ok*.json'], { cwd: folder });
		assert.deepEqual(
			JSON.parse(byGlob.stdout).map((entry: { file: string }) => entry.file),
			[path.join('b', 'ok.json')],
		);
		const explicit = run(['check', 'a/package.json'], { cwd: folder });
		assert.match(explicit.stdout, /missing-statement/);
		assert.equal(explicit.code, 1);
	});

	test('--rules: a severity map turns rules off or up', () => {
		const folder = workspace({
			'deny.json': bad,
			'rules.json': '{"resource-never-matches": "off"}',
			'strict.json': '{"iamSupport.rules": {"missing-version": "error"}}',
			'nov.json': '{"Statement": []}',
		});
		assert.deepEqual(run(['check', '--rules', 'rules.json', 'deny.json'], { cwd: folder }), { code: 0, stdout: '', stderr: '' });
		assert.match(run(['check', '--rules', 'strict.json', 'nov.json'], { cwd: folder }).stdout, /error missing-version/);
	});

	test('exit 2 with a clear message for usage and I/O errors', () => {
		const folder = workspace({ 'rules.json': '{"no-such-rule": "off"}', 'bad-rules.json': '{"missing-version": "loud"}' });
		const cases: [string[], RegExp][] = [
			[['check'], /no PATH given/],
			[['check', 'missing.json'], /cannot read missing\.json/],
			[['check', '--format', 'xml', 'x.json'], /unknown format "xml"/],
			[['check', '--rules', 'rules.json', '-'], /unknown rule "no-such-rule"/],
			[['check', '--rules', 'bad-rules.json', '-'], /severity "loud"/],
			[['check', 'nothing/**/*.json'], /no file matches/],
			[['lint', 'x.json'], /unknown command "lint"/],
			[[], /Usage: iam-support/],
		];
		for (const [args, message] of cases) {
			const result = run(args, { cwd: folder, input: clean });
			assert.equal(result.code, 2, args.join(' '));
			assert.match(result.stderr, message);
			assert.equal(result.stdout, '');
		}
	});

	test('globs: ** crosses folders, * and ? do not', () => {
		assert.ok(globToRegExp('**/*.json').test('a/b/c.json'));
		assert.ok(globToRegExp('**/*.json').test('c.json'));
		assert.ok(!globToRegExp('*.json').test('a/c.json'));
		assert.ok(globToRegExp('a/?.json').test('a/c.json'));
	});

	test('a reader that closes the pipe early ends the command quietly, not with a crash', async () => {
		// Thousands of findings, more than a pipe holds, so the command is still writing when the reader goes.
		const child = spawn(
			process.execPath,
			[cli, 'check', path.join(repo, 'test/fixtures/aws-managed/AWSSupportServiceRolePolicy.json')],
			{ env: { ...process.env, LC_ALL: 'C' } },
		);
		let stderr = '';
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.stdout.once('data', () => child.stdout.destroy());
		const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
		assert.doesNotMatch(stderr, /EPIPE|Error/);
		assert.notEqual(code, null);
		assert.ok(code === 0 || code === 1, `exit code ${code}`);
	});
});
