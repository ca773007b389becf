/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// npm run test:editors: the language server in two other real LSP clients, Neovim (headless)
// and Emacs with eglot (batch), against `node dist/server.js --stdio`. Each editor script prints
// "ok NAME" or "not ok NAME: why" per check; a check that never reports (the editor hung or
// crashed) fails too. Ends with `N passed, N failed`.

import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatMissing, missingPrerequisites } from '../../scripts/prerequisites.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const server = path.join(root, 'dist', 'server.js');
const timeoutMs = 90_000;

const editors = [
	{
		name: 'Neovim',
		checks: ['initialize', 'completion', 'hover'],
		command: (tmp) => [
			'nvim',
			['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(here, 'neovim.lua')}`],
			{ XDG_CACHE_HOME: path.join(tmp, 'cache'), XDG_STATE_HOME: path.join(tmp, 'state'), XDG_DATA_HOME: path.join(tmp, 'data') },
		],
	},
	{
		name: 'Emacs eglot',
		checks: ['initialize', 'completion', 'hover'],
		command: () => ['emacs', ['--batch', '-Q', '-l', path.join(here, 'eglot.el')], {}],
	},
];

function runEditor(editor) {
	const tmp = mkdtempSync(path.join(os.tmpdir(), 'iam-editor-test-'));
	const policy = path.join(tmp, 'policy.json');
	cpSync(path.join(here, 'policy.json'), policy);
	const [command, args, env] = editor.command(tmp);
	return new Promise((resolve) => {
		// Its own process group, so that a hung editor and the server it started end together.
		const child = spawn(command, args, {
			cwd: tmp,
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, HOME: tmp, IAM_SERVER: server, IAM_POLICY: policy, ...env },
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		const timer = setTimeout(() => {
			output += `\n(no exit within ${timeoutMs / 1000} s: stopped)`;
			process.kill(-child.pid, 'SIGKILL');
		}, timeoutMs);
		child.once('close', (code, signal) => {
			clearTimeout(timer);
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {
				// The group has ended already.
			}
			rmSync(tmp, { recursive: true, force: true });
			resolve({ code: code ?? signal, output });
		});
	});
}

let passed = 0;
let failed = 0;
// Every missing editor is named at once, with the command that installs them all; the checks they
// would have run count as failed.
const missing = missingPrerequisites(['test:editors']);
if (missing.length) {
	console.error(formatMissing(missing, ['test:editors']));
	console.log(`0 passed, ${editors.reduce((sum, editor) => sum + editor.checks.length, 0)} failed`);
	process.exit(1);
}
if (!existsSync(server)) {
	console.error(`${path.relative(root, server)} is missing: run npm run build first.`);
	process.exit(1);
}
for (const editor of editors) {
	console.log(editor.name);
	const { code, output } = await runEditor(editor);
	for (const check of editor.checks) {
		const ok = new RegExp(`^ok ${check}$`, 'm').test(output);
		if (ok) {
			passed++;
			console.log(`  ✔ ${check}`);
		} else {
			failed++;
			const why = new RegExp(`^not ok ${check}: (.*)$`, 'm').exec(output)?.[1] ?? 'no result reported';
			console.log(`  ✘ ${check}: ${why}`);
		}
	}
	if (code !== 0 && !/^not ok /m.test(output)) {
		failed++;
		console.log(`  ✘ exited with ${code}`);
	}
	if (code !== 0 || process.env.EDITORS_VERBOSE === '1') {
		console.log(
			output
				.split('\n')
				.map((line) => `    ${line}`)
				.join('\n'),
		);
	}
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
