#!/usr/bin/env node
/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// What each command needs from the machine beyond `npm ci`, in one table, so that `npm start`,
// `npm test` and each test runner check all of it at once, before any long step, and name every
// missing piece with the one command that installs it.
//
//   node scripts/prerequisites.mjs [start|test|test:unit|test:e2e|test:editors ...]
//       says what is missing (exit 1) or that nothing is (exit 0)
//   node scripts/prerequisites.mjs --install [...]   (npm run prerequisites -- ...)
//       installs the missing Debian or Ubuntu packages with apt-get (through sudo unless run as root)

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// 4.100.3 (VS Code 1.100.3) is the newest code-server that runs on Node 20; later ones need Node 22.
export const codeServerVersion = '4.100.3';
export const codeServerInstallDir = path.join(root, '.vscode-test', `code-server-${codeServerVersion}`);
export const minimumNodeMajor = 20;

const chromiumNames = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const gssapiHeaders = ['/usr/include/gssapi/gssapi.h', '/usr/include/gssapi.h'];
const elpaFolders = ['/usr/share/emacs/site-lisp/elpa', '/usr/share/emacs/site-lisp/elpa-src'];
/** Emacs 29 and later carry eglot themselves, in /usr/share/emacs/VERSION/lisp/progmodes/. */
const hasBuiltInEglot = (probe) =>
	probe
		.list('/usr/share/emacs')
		.some((version) =>
			['eglot.el', 'eglot.el.gz', 'eglot.elc'].some((file) => probe.exists(`/usr/share/emacs/${version}/lisp/progmodes/${file}`)),
		);

/**
 * Everything the machine is asked about, in one object: the real machine by default, a made-up one in
 * the tests. Each answer is cheap (a file's existence, the PATH), so a check takes milliseconds.
 */
export function machineProbe() {
	return {
		nodeVersion: process.versions.node,
		onPath: (command) => findOnPath(command) !== undefined,
		exists: (file) => existsSync(file),
		list: (folder) => {
			try {
				return readdirSync(folder);
			} catch {
				return [];
			}
		},
		env: (name) => process.env[name],
		codeServerInstalled: () =>
			existsSync(path.join(codeServerInstallDir, '.installed')) &&
			existsSync(path.join(codeServerInstallDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js')),
		distribution: () => distribution(),
		isRoot: () => typeof process.getuid === 'function' && process.getuid() === 0,
	};
}

export function findOnPath(command) {
	for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
		const candidate = path.join(dir, command);
		if (dir && existsSync(candidate)) {
			return candidate;
		}
	}
	return undefined;
}

/** `debian`, `ubuntu` (or a derivative of either, by ID_LIKE), or `other`. */
function distribution() {
	try {
		const release = readFileSync('/etc/os-release', 'utf8');
		const field = (name) => new RegExp(`^${name}="?([^"\\n]*)"?$`, 'm').exec(release)?.[1] ?? '';
		const ids = `${field('ID')} ${field('ID_LIKE')}`.split(/\s+/);
		return ids.includes('ubuntu') ? 'ubuntu' : ids.includes('debian') ? 'debian' : 'other';
	} catch {
		return 'other';
	}
}

/**
 * One row per thing a command needs. `package` is the Debian package that provides it (a function
 * when Ubuntu names it differently); `needed` says whether the command needs it on this machine
 * (code-server's build tools only until code-server is installed).
 */
const requirements = [
	{
		name: `Node.js ${minimumNodeMajor} or later`,
		for: ['start', 'test:unit', 'test:e2e', 'test:editors'],
		present: (probe) => Number(probe.nodeVersion.split('.')[0]) >= minimumNodeMajor,
		why: (probe) =>
			`this is Node.js ${probe.nodeVersion}; Debian's and Ubuntu's own nodejs packages are too old, see https://nodejs.org`,
	},
	{
		name: 'Chromium',
		package: (distro) => (distro === 'ubuntu' ? 'chromium-browser' : 'chromium'),
		for: ['test:e2e'],
		present: (probe) => !!probe.env('CHROMIUM') || chromiumNames.some((name) => probe.onPath(name)),
		why: () => 'the end-to-end tests drive VS Code (code-server) in headless Chromium; CHROMIUM=/path/to/chrome picks another',
	},
	{
		name: 'gssapi.h',
		package: () => 'libkrb5-dev',
		for: ['start', 'test:e2e'],
		needed: (probe) => !probe.codeServerInstalled(),
		present: (probe) => gssapiHeaders.some((file) => probe.exists(file)),
		why: () => `installing code-server ${codeServerVersion} compiles its kerberos module against it`,
	},
	{
		name: 'rg',
		package: () => 'ripgrep',
		for: ['start', 'test:e2e'],
		needed: (probe) => !probe.codeServerInstalled(),
		present: (probe) => probe.onPath('rg'),
		why: () => "code-server's installer would download ripgrep from GitHub; it is given Debian's instead",
	},
	...['make', 'g++', 'python3'].map((tool) => ({
		name: tool,
		package: () => tool,
		for: ['start', 'test:e2e'],
		needed: (probe) => !probe.codeServerInstalled(),
		present: (probe) => probe.onPath(tool),
		why: () => "node-gyp builds code-server's native modules with it",
	})),
	{
		name: 'Neovim',
		package: () => 'neovim',
		for: ['test:editors'],
		present: (probe) => probe.onPath('nvim'),
		why: () => 'the language server is tested in it as an LSP client',
	},
	{
		name: 'Emacs',
		package: () => 'emacs-nox',
		for: ['test:editors'],
		present: (probe) => probe.onPath('emacs'),
		why: () => 'the language server is tested in it with eglot',
	},
	{
		name: 'eglot',
		package: () => 'elpa-eglot',
		for: ['test:editors'],
		needed: (probe) => !hasBuiltInEglot(probe),
		present: (probe) => elpaFolders.some((folder) => probe.exists(folder)),
		why: () => "Emacs's LSP client, which the editor tests use (built into Emacs 29 and later)",
	},
];

/** The commands whose needs are checked together, and what each one includes. */
const commands = {
	start: ['start'],
	test: ['test:unit', 'test:e2e', 'test:editors'],
	'test:unit': ['test:unit'],
	'test:e2e': ['test:e2e'],
	'test:editors': ['test:editors'],
};

export const commandNames = Object.keys(commands);

/**
 * What `names` (commands of `commandNames`; all of them by default) need and this machine lacks:
 * `{ name, why, package? }`, in the table's order, each once.
 */
export function missingPrerequisites(names = commandNames, probe = machineProbe()) {
	const unknown = names.filter((name) => !commands[name]);
	if (unknown.length) {
		throw new Error(`Unknown command ${unknown.join(', ')}: expected ${commandNames.join(', ')}`);
	}
	const parts = new Set(names.flatMap((name) => commands[name]));
	const distro = probe.distribution();
	return requirements
		.filter((requirement) => requirement.for.some((part) => parts.has(part)))
		.filter((requirement) => (requirement.needed?.(probe) ?? true) && !requirement.present(probe))
		.map((requirement) => ({
			name: requirement.name,
			why: requirement.why(probe),
			...(requirement.package ? { package: requirement.package(distro) } : {}),
		}));
}

/** The apt-get command line that installs `packages`: through sudo unless the user is root. */
export function installCommand(packages, { isRoot }) {
	const sudo = isRoot ? '' : 'sudo ';
	return `${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends ${packages.join(' ')}`;
}

/** How a person runs `name`: `npm start`, `npm test`, `npm run test:e2e`. */
function npmCommand(name) {
	return name === 'start' || name === 'test' ? `npm ${name}` : `npm run ${name}`;
}

/**
 * The report of what is missing, for a person to read: each missing piece and why, then the one
 * command that installs the packages. `names` are the commands asked about.
 */
export function formatMissing(missing, names = commandNames, probe = machineProbe()) {
	const asked =
		names.length === commandNames.length
			? "The README's commands need"
			: `${names.map(npmCommand).join(' and ')} need${names.length === 1 ? 's' : ''}`;
	const lines = [
		`${asked} what this machine lacks:`,
		...missing.map((item) => `  ${item.name}${item.package ? ` (package ${item.package})` : ''}: ${item.why}`),
	];
	const packages = missing.filter((item) => item.package).map((item) => item.package);
	if (packages.length && probe.distribution() === 'other') {
		lines.push(`Install what provides these Debian packages: ${packages.join(' ')}`);
	} else if (packages.length) {
		lines.push(
			`Install ${packages.length === 1 ? 'it' : 'them'} with:`,
			`  npm run prerequisites${names.length === commandNames.length ? '' : ` ${names.join(' ')}`}`,
			`which runs: ${installCommand(packages, { isRoot: probe.isRoot() })}`,
		);
	}
	return lines.join('\n');
}

/**
 * Exits with the report when `names` need anything the machine lacks; used first by `npm start`,
 * `npm test` and the runners, so that nothing long starts on a machine that cannot finish.
 */
export function requirePrerequisites(names) {
	const missing = missingPrerequisites(names);
	if (missing.length) {
		console.error(formatMissing(missing, names));
		process.exit(1);
	}
}

function install(names) {
	const probe = machineProbe();
	const missing = missingPrerequisites(names, probe);
	if (missing.length === 0) {
		console.log(`Nothing to install: the machine has what ${names.join(', ')} need${names.length === 1 ? 's' : ''}.`);
		return 0;
	}
	const packages = missing.filter((item) => item.package).map((item) => item.package);
	const withoutPackage = missing.filter((item) => !item.package);
	if (packages.length && probe.distribution() !== 'other' && findOnPath('apt-get')) {
		const isRoot = probe.isRoot();
		if (!isRoot && !findOnPath('sudo')) {
			console.error(`${formatMissing(missing, names, probe)}\nsudo is not installed: run this as root.`);
			return 1;
		}
		const prefix = isRoot ? [] : ['sudo'];
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		console.log(`Installing ${packages.join(' ')} with apt-get${isRoot ? '' : ' (through sudo)'}...`);
		for (const args of [
			['apt-get', 'update', '-q'],
			['apt-get', 'install', '-y', '-q', '--no-install-recommends', ...packages],
		]) {
			const [command, ...rest] = [...prefix, ...args];
			const result = spawnSync(command, rest, { stdio: 'inherit', env });
			if (result.status !== 0) {
				console.error(`${[command, ...rest].join(' ')} failed (exit ${result.status ?? result.signal}).`);
				return 1;
			}
		}
	} else if (packages.length) {
		console.error(formatMissing(missing, names, probe));
		return 1;
	}
	if (withoutPackage.length) {
		console.error(formatMissing(withoutPackage, names, probe));
		return 1;
	}
	const still = missingPrerequisites(names);
	if (still.length) {
		console.error(formatMissing(still, names, probe));
		return 1;
	}
	console.log('Installed.');
	return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const names = args.filter((arg) => arg !== '--install');
	const wanted = names.length ? names : commandNames;
	try {
		if (args.includes('--install')) {
			process.exitCode = install(wanted);
		} else {
			const missing = missingPrerequisites(wanted);
			console.error(missing.length ? formatMissing(missing, wanted) : 'Nothing missing.');
			process.exitCode = missing.length ? 1 : 0;
		}
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		process.exitCode = 2;
	}
}
