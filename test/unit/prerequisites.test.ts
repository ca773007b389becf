/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// scripts/prerequisites.mjs decides what `npm start` and `npm test` ask a fresh machine for (#16): every
// missing piece at once, with the one command that installs it. The module is ES, these tests CommonJS:
// each case runs in a child Node that imports it and answers for a made-up machine.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';

const moduleUrl = pathToFileURL(path.join(__dirname, '..', '..', '..', 'scripts', 'prerequisites.mjs')).href;

interface Machine {
	node?: string;
	commands?: string[];
	files?: string[];
	folders?: Record<string, string[]>;
	env?: Record<string, string>;
	codeServerInstalled?: boolean;
	distribution?: 'debian' | 'ubuntu' | 'other';
	root?: boolean;
}

interface Missing {
	name: string;
	why: string;
	package?: string;
}

/** Runs `expression` (over `m`, the module, and `probe`, the made-up machine) in a child Node; returns its JSON. */
function evaluate<T>(machine: Machine, expression: string): T {
	const script = `
const m = await import(${JSON.stringify(moduleUrl)});
const machine = ${JSON.stringify(machine)};
const probe = {
	nodeVersion: machine.node ?? '20.19.0',
	onPath: (command) => (machine.commands ?? []).includes(command),
	exists: (file) => (machine.files ?? []).includes(file),
	list: (folder) => (machine.folders ?? {})[folder] ?? [],
	env: (name) => (machine.env ?? {})[name],
	codeServerInstalled: () => machine.codeServerInstalled ?? false,
	distribution: () => machine.distribution ?? 'debian',
	isRoot: () => machine.root ?? false,
};
process.stdout.write(JSON.stringify(${expression}));
`;
	const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
	assert.equal(result.status, 0, result.stderr);
	return JSON.parse(result.stdout) as T;
}

const everything: Machine = {
	commands: ['chromium', 'rg', 'make', 'g++', 'python3', 'nvim', 'emacs'],
	files: ['/usr/include/gssapi/gssapi.h', '/usr/share/emacs/site-lisp/elpa'],
};

const packagesOf = (missing: Missing[]) => missing.map((item) => item.package ?? item.name);

describe('prerequisites', () => {
	test('a fresh Debian machine with Node lacks every package of .ci/run, all named at once', () => {
		const missing = evaluate<Missing[]>({}, 'm.missingPrerequisites(m.commandNames, probe)');
		assert.deepEqual(packagesOf(missing), [
			'chromium',
			'libkrb5-dev',
			'ripgrep',
			'make',
			'g++',
			'python3',
			'neovim',
			'emacs-nox',
			'elpa-eglot',
		]);
		assert.ok(
			missing.every((item) => item.why.length > 0),
			'each missing piece says why it is needed',
		);
	});

	test('a machine with everything lacks nothing', () => {
		assert.deepEqual(evaluate<Missing[]>(everything, 'm.missingPrerequisites(m.commandNames, probe)'), []);
	});

	test('each command asks only for its own needs', () => {
		const start = evaluate<Missing[]>({}, "m.missingPrerequisites(['start'], probe)");
		assert.deepEqual(packagesOf(start), ['libkrb5-dev', 'ripgrep', 'make', 'g++', 'python3']);
		const editors = evaluate<Missing[]>({}, "m.missingPrerequisites(['test:editors'], probe)");
		assert.deepEqual(packagesOf(editors), ['neovim', 'emacs-nox', 'elpa-eglot']);
		assert.deepEqual(evaluate<Missing[]>({}, "m.missingPrerequisites(['test:unit'], probe)"), []);
	});

	test("code-server's build tools are needed only until code-server is installed", () => {
		const missing = evaluate<Missing[]>({ codeServerInstalled: true }, "m.missingPrerequisites(['test:e2e'], probe)");
		assert.deepEqual(packagesOf(missing), ['chromium']);
	});

	test('CHROMIUM stands in for a Chromium on the PATH; Emacs 29 needs no elpa-eglot', () => {
		const missing = evaluate<Missing[]>(
			{
				...everything,
				commands: everything.commands!.filter((command) => command !== 'chromium'),
				files: ['/usr/include/gssapi/gssapi.h', '/usr/share/emacs/29.3/lisp/progmodes/eglot.elc'],
				folders: { '/usr/share/emacs': ['29.3', 'site-lisp'] },
				env: { CHROMIUM: '/opt/chrome/chrome' },
			},
			'm.missingPrerequisites(m.commandNames, probe)',
		);
		assert.deepEqual(missing, []);
	});

	test('an old Node is named, with no package to install', () => {
		const missing = evaluate<Missing[]>({ ...everything, node: '18.19.0' }, "m.missingPrerequisites(['test:unit'], probe)");
		assert.equal(missing.length, 1);
		assert.match(missing[0].name, /Node\.js 20/);
		assert.match(missing[0].why, /18\.19\.0/);
		assert.equal(missing[0].package, undefined);
	});

	test('Ubuntu names its Chromium chromium-browser', () => {
		const missing = evaluate<Missing[]>(
			{ ...everything, commands: [], distribution: 'ubuntu' },
			"m.missingPrerequisites(['test:e2e'], probe)",
		);
		assert.equal(missing[0].package, 'chromium-browser');
	});

	test('the report names everything and the command that installs it, with sudo unless root', () => {
		const asUser = evaluate<string>({}, "m.formatMissing(m.missingPrerequisites(['test'], probe), ['test'], probe)");
		assert.match(asUser, /^npm test needs what this machine lacks:/);
		for (const name of ['chromium', 'libkrb5-dev', 'ripgrep', 'neovim', 'emacs-nox', 'elpa-eglot']) {
			assert.ok(asUser.includes(`(package ${name})`), `${name} is not named in:\n${asUser}`);
		}
		assert.match(asUser, /npm run prerequisites test\n/);
		assert.match(asUser, /sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium libkrb5-dev/);
		const asRoot = evaluate<string>({ root: true }, "m.formatMissing(m.missingPrerequisites(['test'], probe), ['test'], probe)");
		assert.match(asRoot, /which runs: apt-get update && apt-get install -y/);
		assert.doesNotMatch(asRoot, /sudo/);
	});

	test('an unknown command is refused rather than checked for nothing', () => {
		const result = evaluate<string>(
			{},
			"(() => { try { m.missingPrerequisites(['tset'], probe); return 'accepted'; } catch (e) { return e.message; } })()",
		);
		assert.match(result, /Unknown command tset/);
	});
});
