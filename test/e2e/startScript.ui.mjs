/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// `npm start` never writes to the repository (#16): runs scripts/start.mjs as a person would, opens
// the address it prints, applies a quick fix to an example and saves it, stops the script with
// Ctrl+C (SIGINT), and checks that `git status` and every file of examples/ are as before, while the
// edit did land on disk in the copy the script opened (and kept, since it was edited).

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, watch } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { quickInputFocused } from './quickInput.mjs';

const file = 'policy-with-mistakes.json';
const wrong = '"Effect": "allow"';

/** `text` as a case-sensitive pattern: Playwright's plain text matching ignores case, and the editor draws spaces as U+00A0. */
function exactly(text) {
	return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s'));
}

/** Every file under `folder` with its bytes, to compare before and after. */
function snapshot(folder) {
	return new Map(
		readdirSync(folder, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => {
				const full = path.join(entry.parentPath ?? entry.path, entry.name);
				return [path.relative(folder, full), readFileSync(full).toString('base64')];
			}),
	);
}

/** Resolves with the text of `file` once `predicate` holds for it: at once, or on a change that the file system reports. */
function waitForFile(file, predicate, what, ms = 30_000) {
	return new Promise((resolve, reject) => {
		const watcher = watch(path.dirname(file), () => check());
		const timer = setTimeout(() => {
			watcher.close();
			reject(new Error(`Timed out after ${ms / 1000} s waiting for ${what}`));
		}, ms);
		const check = () => {
			const text = readFileSync(file, 'utf8');
			if (predicate(text)) {
				clearTimeout(timer);
				watcher.close();
				resolve(text);
			}
		};
		check();
	});
}

/** `git status` of the repository, or undefined outside a git work tree (a source tarball). */
function gitStatus(root) {
	const result = spawnSync('git', ['status', '--porcelain=v1', '--untracked-files=all'], { cwd: root, encoding: 'utf8' });
	return result.status === 0 ? result.stdout : undefined;
}

/** Resolves with the first match of `pattern` in the child's output; rejects when the child exits first or time runs out. */
function waitForOutput(child, output, pattern, what, ms) {
	return new Promise((resolve, reject) => {
		const check = () => {
			const match = pattern.exec(output());
			if (match) {
				done();
				resolve(match);
			}
		};
		const onExit = (code, signal) => {
			done();
			reject(new Error(`scripts/start.mjs exited (${code ?? signal}) before ${what}:\n${output()}`));
		};
		const timer = setTimeout(() => {
			done();
			reject(new Error(`Timed out after ${ms / 1000} s waiting for ${what}:\n${output()}`));
		}, ms);
		const done = () => {
			clearTimeout(timer);
			child.stdout.off('data', check);
			child.off('exit', onExit);
		};
		child.stdout.on('data', check);
		child.once('exit', onExit);
		check();
	});
}

export async function runStartScriptTest(page, { root }) {
	page.setDefaultTimeout(30_000);
	const statusBefore = gitStatus(root);
	const examplesBefore = snapshot(path.join(root, 'examples'));

	// Its own process group, so that a failed test can stop it and the code-server it started.
	const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs'), '--no-build'], {
		cwd: root,
		env: { ...process.env, PORT: '0' },
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	// 'close', not 'exit': by then everything it printed has been read.
	const exited = new Promise((resolve) => child.once('close', (code, signal) => resolve(code ?? signal)));
	let copy;
	try {
		const [url] = await waitForOutput(child, () => output, /http:\/\/127\.0\.0\.1:\d+\/\?\S+/, 'the address it prints', 120_000);
		const folder = new URL(url).searchParams.get('folder');
		copy = folder;
		if (!folder || path.relative(root, folder).split(path.sep)[0] !== '..' || !existsSync(path.join(folder, file))) {
			throw new Error(`npm start opened ${folder}, which is not a copy of the examples outside the repository`);
		}

		await page.goto(url);
		await page.locator('.monaco-workbench .explorer-folders-view').waitFor();
		await page.keyboard.press('Control+P');
		await quickInputFocused(page, '');
		await page.keyboard.type(file);
		await page.locator('.quick-input-list .monaco-list-row', { hasText: file }).first().waitFor();
		await page.keyboard.press('Enter');
		await page.locator('.tabs-container .tab.active', { hasText: file }).first().waitFor();
		// The language server is up once its status bar item shows the shield.
		await page.locator('.statusbar-item[id$="iamSupport.status"] .codicon-shield').waitFor();
		const line =
			readFileSync(path.join(folder, file), 'utf8')
				.split('\n')
				.findIndex((text) => text.includes(wrong)) + 1;
		await page.keyboard.press('Control+G');
		await quickInputFocused(page, ':');
		const column = readFileSync(path.join(folder, file), 'utf8').split('\n')[line - 1].indexOf('allow') + 2;
		await page.keyboard.type(`${line}:${column}`);
		// Enter before the widget has read what was typed would go to line 1.
		await page
			.locator('.quick-input-list .monaco-list-row', { hasText: `line ${line} and character ${column}` })
			.first()
			.waitFor();
		await page.keyboard.press('Enter');
		await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
		const wrongLine = page.locator('.editor-instance .monaco-editor .view-line', { hasText: exactly(wrong) });
		await wrongLine.waitFor();
		// The language server's finding, drawn as a squiggle, before the quick fixes are asked for.
		await page.locator('.editor-instance .monaco-editor .squiggly-error').first().waitFor();
		const title = 'Change to "Allow"';
		// Asked again when the first menu comes up empty: on a loaded machine the request may reach the
		// server while it refreshes the document's diagnostics, and the menu never updates by itself.
		for (let attempt = 0; ; attempt++) {
			await page.keyboard.press('Control+.');
			try {
				await page.locator('.action-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10_000 });
				break;
			} catch (error) {
				if (attempt === 2) {
					throw error;
				}
				await page.keyboard.press('Escape');
			}
		}
		// Chosen with the keyboard, as the menu expects (it blocks the pointer while it opens).
		for (let step = 0; !(await page.locator('.action-widget .monaco-list-row.focused', { hasText: title }).count()); step++) {
			if (step > 10) {
				throw new Error(`The quick fix menu never focused ${title}`);
			}
			await page.keyboard.press('ArrowDown');
		}
		await page.keyboard.press('Enter');
		// The other statements already say "Allow": the line that said "allow" must be gone.
		await wrongLine.waitFor({ state: 'detached' });
		// Saved by hand; VS Code in the browser also saves by itself after a second.
		await page.keyboard.press('Control+S');
		const saved = await waitForFile(path.join(folder, file), (text) => !text.includes(wrong), 'the fix to be saved in the copy');
		if (saved === readFileSync(path.join(root, 'examples', file), 'utf8')) {
			throw new Error('The copy is the original again');
		}
		await page.locator('.tabs-container .tab.active:not(.dirty)', { hasText: file }).first().waitFor();

		process.kill(child.pid, 'SIGINT');
		const code = await exited;
		if (code !== 0) {
			throw new Error(`scripts/start.mjs exited with ${code} after Ctrl+C:\n${output}`);
		}
		if (!output.includes(`kept in ${folder}`) || !existsSync(path.join(folder, file))) {
			throw new Error(`The edited copy was not kept, or the script did not say where:\n${output}`);
		}
		const statusAfter = gitStatus(root);
		if (statusAfter !== statusBefore) {
			throw new Error(`git status changed during the session:\nbefore:\n${statusBefore}\nafter:\n${statusAfter}`);
		}
		const examplesAfter = snapshot(path.join(root, 'examples'));
		const changed = [...new Set([...examplesBefore.keys(), ...examplesAfter.keys()])].filter(
			(name) => examplesBefore.get(name) !== examplesAfter.get(name),
		);
		if (changed.length) {
			throw new Error(`examples/ changed during the session: ${changed.join(', ')}`);
		}
	} finally {
		if (child.exitCode === null && child.signalCode === null) {
			// Ctrl+C is what stops the code-server it started (a process group of its own); killed if that hangs.
			process.kill(child.pid, 'SIGINT');
			const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), 20_000);
			await exited;
			clearTimeout(timer);
		}
		// Only the script's own temporary folder, and only where the script makes it.
		const madeByScript =
			copy &&
			path.basename(copy) === 'examples' &&
			path.basename(path.dirname(copy)).startsWith('iam-support-start-') &&
			path.dirname(path.dirname(copy)) === os.tmpdir();
		if (madeByScript) {
			rmSync(path.dirname(copy), { recursive: true, force: true });
		}
	}
}
