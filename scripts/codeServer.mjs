/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// code-server is VS Code's own workbench and Node extension host served to a browser. It is the
// real VS Code that these machines can run: the desktop build and the web test build are
// downloaded from hosts that are out of reach, code-server comes from the npm registry. It is
// installed on demand into .vscode-test/ (as @vscode/test-electron keeps its downloads) so that
// `npm ci` does not pay 300 MB for it, and shared by the end-to-end tests and `npm start`.
//
//   node scripts/codeServer.mjs install   installs it (or says what the machine lacks)
//   node scripts/codeServer.mjs check     only says what the machine lacks

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeServerInstallDir, codeServerVersion, findOnPath, formatMissing, missingPrerequisites, root } from './prerequisites.mjs';

export { codeServerVersion, findOnPath, root } from './prerequisites.mjs';
export const installDir = codeServerInstallDir;
const entry = path.join(installDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const installedMarker = path.join(installDir, '.installed');

// The version of @vscode/ripgrep that code-server 4.100.3 depends on, and the asset its
// post-install step would download from GitHub: the same cache, seeded from Debian's ripgrep.
const ripgrepPackageVersion = '1.15.11';
const ripgrepAsset = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

export function isCodeServerInstalled() {
	return existsSync(installedMarker) && existsSync(entry);
}

/** Installs code-server into .vscode-test/ unless it is there already; returns its entry script. */
export function ensureCodeServer({ log = console.log } = {}) {
	if (isCodeServerInstalled()) {
		return entry;
	}
	if (process.platform !== 'linux' || process.arch !== 'x64') {
		throw new Error(`Installing code-server is scripted for Linux x64 only, not ${process.platform} ${process.arch}.`);
	}
	// What installing it needs is what `npm start` needs (Node and the build tools).
	const missing = missingPrerequisites(['start']);
	if (missing.length) {
		throw new Error(formatMissing(missing, ['start']));
	}
	log(`Installing code-server ${codeServerVersion} into ${path.relative(root, installDir)} (once, a few minutes)...`);
	rmSync(installDir, { recursive: true, force: true });
	mkdirSync(installDir, { recursive: true });
	writeFileSync(
		path.join(installDir, 'package.json'),
		JSON.stringify({ private: true, description: 'code-server for the end-to-end tests and npm start' }, null, '\t'),
	);

	// A private TMPDIR holds the seeded ripgrep cache, so nothing is left in the shared /tmp.
	const tmp = mkdtempSync(path.join(os.tmpdir(), 'iam-code-server-install-'));
	try {
		const rgCache = path.join(tmp, `vscode-ripgrep-cache-${ripgrepPackageVersion}`);
		mkdirSync(rgCache);
		const rg = findOnPath('rg');
		run('tar', ['czf', path.join(rgCache, ripgrepAsset), '-C', path.dirname(rg), path.basename(rg)]);
		const started = Date.now();
		const result = spawnSync(
			'npm',
			['install', '--no-audit', '--no-fund', '--no-save', '--loglevel=error', `code-server@${codeServerVersion}`],
			{
				cwd: installDir,
				stdio: ['ignore', 'inherit', 'inherit'],
				env: {
					...process.env,
					TMPDIR: tmp,
					// code-server refuses to run its post-install step as root without unsafe-perm.
					npm_config_unsafe_perm: 'true',
					// The post-install step runs npx, which would otherwise wait for a yes.
					npm_config_yes: 'true',
					// node-gyp would download Node's headers; Debian's nodejs and the official builds have them.
					npm_config_nodedir: process.env.npm_config_nodedir || nodeHeadersDir(),
				},
			},
		);
		if (result.status !== 0) {
			rmSync(installDir, { recursive: true, force: true });
			throw new Error(`npm install code-server@${codeServerVersion} failed (exit ${result.status ?? result.signal}).`);
		}
		writeFileSync(installedMarker, `${new Date().toISOString()}\n`);
		log(`Installed code-server ${codeServerVersion} in ${Math.round((Date.now() - started) / 1000)} s.`);
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
	return entry;
}

function nodeHeadersDir() {
	// process.execPath is PREFIX/bin/node; the headers are in PREFIX/include/node.
	const prefix = path.resolve(path.dirname(process.execPath), '..');
	return existsSync(path.join(prefix, 'include', 'node', 'node.h')) ? prefix : '/usr';
}

function run(command, args) {
	const result = spawnSync(command, args, { stdio: 'inherit' });
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} failed`);
	}
}

/**
 * Starts code-server on 127.0.0.1 with a free port and throwaway HOME, user-data and extensions
 * folders. Resolves once /healthz answers. `stop()` ends its whole process group (the extension
 * host and the language server included) and removes the folders.
 */
export async function startCodeServer({ folder, port = 0, vsixes = [], locale, log = () => {}, timeoutMs = 60_000 } = {}) {
	const codeServer = ensureCodeServer();
	const tmp = mkdtempSync(path.join(os.tmpdir(), 'iam-code-server-'));
	const dirs = {
		tmp,
		home: path.join(tmp, 'home'),
		userData: path.join(tmp, 'user-data'),
		extensions: path.join(tmp, 'extensions'),
	};
	for (const dir of [dirs.home, dirs.userData, dirs.extensions]) {
		mkdirSync(dir);
	}
	const env = {
		...process.env,
		HOME: dirs.home,
		TMPDIR: tmp,
		XDG_CONFIG_HOME: path.join(dirs.home, '.config'),
		XDG_DATA_HOME: path.join(dirs.home, '.local', 'share'),
	};
	const common = ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--disable-telemetry', '--disable-update-check'];
	// A user settings file keeps the workbench quiet: no welcome page, no trust prompt, no tips.
	mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
	writeFileSync(
		path.join(dirs.userData, 'User', 'settings.json'),
		JSON.stringify(
			{
				'workbench.startupEditor': 'none',
				'workbench.tips.enabled': false,
				'security.workspace.trust.enabled': false,
				'extensions.autoCheckUpdates': false,
				'extensions.autoUpdate': false,
				'telemetry.telemetryLevel': 'off',
				'update.mode': 'none',
			},
			null,
			'\t',
		),
	);

	try {
		for (const vsix of vsixes) {
			const result = spawnSync(process.execPath, [codeServer, ...common, '--install-extension', vsix], { env, encoding: 'utf8' });
			if (result.status !== 0) {
				throw new Error(`code-server --install-extension ${vsix} failed:\n${result.stdout}${result.stderr}`);
			}
			log(result.stdout.trim());
		}
	} catch (error) {
		rmSync(tmp, { recursive: true, force: true });
		throw error;
	}

	// Port 0 lets the system choose a free port; code-server prints the address it listens on.
	const args = [
		codeServer,
		'--bind-addr',
		`127.0.0.1:${port}`,
		'--auth',
		'none',
		'--disable-workspace-trust',
		'--disable-getting-started-override',
		...common,
	];
	// The workbench's display language, as a user's argv.json "locale" would set it (#8). code-server
	// ignores a locale that no installed language pack provides (vscode.env.language stays "en"), so
	// the list of language packs names an empty one: VS Code's own strings stay English, and
	// extensions load their bundles for the locale, which is what the tests need.
	if (locale && locale !== 'en') {
		const translations = path.join(tmp, `empty-language-pack.${locale}.json`);
		writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
		writeFileSync(
			path.join(dirs.userData, 'languagepacks.json'),
			JSON.stringify({
				[locale]: {
					hash: 'e2e',
					// The workbench reads the pack's first extension when it scans extensions: an empty list breaks the scan.
					extensions: [{ extensionIdentifier: { id: `iam-support.e2e-empty-language-pack-${locale}` }, version: '0.0.0' }],
					translations: { vscode: translations },
					label: locale,
				},
			}),
		);
		args.push('--locale', locale);
	}
	if (folder) {
		args.push(folder);
	}
	// detached: a new process group, so that stopping it ends the extension host and the servers it started.
	const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
	let output = '';
	const collect = (chunk) => {
		output += chunk;
		for (const line of chunk.toString().split('\n')) {
			if (line.trim()) {
				log(line);
			}
		}
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);

	let stopped;
	const stop = () =>
		(stopped ??= (async () => {
			if (child.exitCode === null && child.signalCode === null) {
				killGroup(child.pid, 'SIGTERM');
				const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5_000);
				await exited;
				clearTimeout(timer);
			}
			// The extension host and language servers are in the same group: make sure none outlives it.
			killGroup(child.pid, 'SIGKILL');
			rmSync(tmp, { recursive: true, force: true });
		})());

	try {
		const listening = await new Promise((resolve, reject) => {
			const timer = setTimeout(
				() => reject(new Error(`code-server did not start within ${timeoutMs / 1000} s:\n${output}`)),
				timeoutMs,
			);
			const onData = () => {
				const match = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
				if (match) {
					clearTimeout(timer);
					resolve(Number(match[1]));
				}
			};
			child.stdout.on('data', onData);
			child.stderr.on('data', onData);
			exited.then(({ code, signal }) => {
				clearTimeout(timer);
				reject(new Error(`code-server exited (${code ?? signal}) before it listened:\n${output}`));
			});
		});
		const url = `http://127.0.0.1:${listening}`;
		await waitForHealth(url, timeoutMs);
		return { url, port: listening, dirs, stop, exited, output: () => output };
	} catch (error) {
		await stop();
		throw error;
	}
}

function killGroup(pid, signal) {
	try {
		process.kill(-pid, signal);
	} catch {
		// The group is gone already.
	}
}

async function waitForHealth(url, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	let lastError;
	// Polling is the only way to learn that an HTTP server answers; each try is one request.
	while (Date.now() < deadline) {
		try {
			const response = await fetch(`${url}/healthz`);
			if (response.ok) {
				return;
			}
			lastError = new Error(`HTTP ${response.status}`);
		} catch (error) {
			lastError = error;
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`${url}/healthz did not answer within ${timeoutMs / 1000} s: ${lastError}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const command = process.argv[2] ?? 'install';
	try {
		if (command === 'check') {
			const missing = missingPrerequisites(['start']);
			console.log(missing.length ? formatMissing(missing, ['start']) : 'Nothing missing.');
			process.exitCode = missing.length ? 1 : 0;
		} else if (command === 'install') {
			ensureCodeServer();
			console.log(`code-server ${codeServerVersion}: ${path.relative(root, entry)}`);
		} else {
			console.error('Usage: node scripts/codeServer.mjs [install|check]');
			process.exitCode = 2;
		}
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exitCode = 1;
	}
}
