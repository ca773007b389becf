/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Runs the end-to-end tests in real VS Code: code-server's workbench in headless Chromium, with
// the extension and the Mocha suite loaded into its Node extension host. Six parts:
//   0. the time to the first squiggle in fresh windows (indexFirst.js), ours beside VS Code's JSON service's;
//   1. the suite (out/test/e2e/index.js) with this folder as the development extension;
//   2. the same in a workbench started with --locale ja, and the Japanese suite (indexJa.js);
//   3. the workbench tests (workbench.ui.mjs, panel.ui.mjs, panelLayout.ui.mjs, firstRun.ui.mjs), which type
//      into the editor and read the panel like a person (`--only layout`: the panel's layout test alone);
//   4. `npm start` (scripts/start.mjs) and a saved edit in the workbench it serves: the repository
//      stays as it was;
//   5. the packaged .vsix, installed with --install-extension, and its own small suite.
// Expects `npm run package` and `tsc -p test/e2e` to have run (`npm run test:e2e` does both).
// Ends with the line `N passed, N failed` and a non-zero exit code when anything failed.
//
//   node test/e2e/runCodeServer.mjs [--only first|suite|ja|workbench|layout|vsix|start]

import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { ensureCodeServer, findOnPath, root, startCodeServer } from '../../scripts/codeServer.mjs';
import { formatMissing, missingPrerequisites } from '../../scripts/prerequisites.mjs';
import { runHostilePanelTest, runPanelTest } from './panel.ui.mjs';
import { runPanelLayoutTest } from './panelLayout.ui.mjs';
import { runRuleLinkTest, runStatusBarTest } from './firstRun.ui.mjs';
import { runStartScriptTest } from './startScript.ui.mjs';
import { runWorkbenchTest } from './workbench.ui.mjs';

const suiteTimeoutMs = 5 * 60_000;
// FIRST_SQUIGGLE_RUNS=10 for the figures of docs/performance.md.
const firstSquiggleRuns = Number(process.env.FIRST_SQUIGGLE_RUNS) || 3;
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const verbose = process.env.E2E_VERBOSE === '1';

/** The browser to drive: $CHROMIUM, else Debian's or another Chromium on the PATH. */
export function findChromium() {
	if (process.env.CHROMIUM) {
		return process.env.CHROMIUM;
	}
	for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
		const found = findOnPath(name);
		if (found) {
			return found;
		}
	}
	return undefined;
}

// Without these, Chromium keeps trying to reach Google's hosts, which this network refuses.
const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
];

/** Launches headless Chromium with its profile inside `dir`, which the caller removes. */
export async function launchBrowser(dir) {
	const executablePath = findChromium();
	if (!executablePath) {
		throw new Error(
			"No Chromium found. Install Debian's: sudo apt-get install chromium (or set CHROMIUM to a Chromium or Chrome binary).",
		);
	}
	return chromium.launchPersistentContext(path.join(dir, 'chromium-profile'), {
		executablePath,
		headless: true,
		args: chromiumArgs,
		viewport: { width: 1280, height: 800 },
	});
}

/** The workbench URL that opens `folder` with development extensions and, optionally, a test suite. */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath }) {
	const remote = (file) => `vscode-remote://127.0.0.1:${server.port}${file}`;
	const payload = [];
	if (extensionDevelopmentPath) {
		payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
	}
	if (extensionTestsPath) {
		payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
	}
	const query = new URLSearchParams({ folder });
	if (payload.length) {
		query.set('payload', JSON.stringify(payload));
	}
	return `${server.url}/?${query}`;
}

/**
 * Loads a suite into the extension host of a new workbench page. The workbench calls
 * `codeAutomationLog` with the extension host's console and `codeAutomationExit` with the
 * suite's exit code: the same hooks that @vscode/test-web uses.
 */
async function runSuiteInWorkbench(browser, url, label) {
	const page = await browser.newPage();
	let counts;
	let suiteStarted = false;
	const earlier = [];
	let exit;
	const exited = new Promise((resolve) => (exit = resolve));
	await page.exposeFunction('codeAutomationExit', (code) => exit(code));
	await page.exposeFunction('codeAutomationLog', (type, args) => {
		const line = format(...args);
		const match = /^(\d+) passed, (\d+) failed$/m.exec(line);
		if (match) {
			counts = { passed: Number(match[1]), failed: Number(match[2]) };
			// Reprinted once, as part of the total, so that only the total reads as a closing line.
			return;
		}
		suiteStarted ||= line.startsWith('Running ') && line.includes(' test file(s) from ');
		if (suiteStarted || verbose) {
			(type === 'error' ? console.error : console.log)(indent(line));
		} else {
			// The workbench's own start-up chatter (offline marketplace look-ups and so on) is
			// only worth reading when the suite did not start.
			earlier.push(line);
		}
	});
	if (verbose) {
		page.on('console', (message) => console.log(indent(`[page] ${message.text()}`)));
	}
	page.on('pageerror', (error) => console.error(indent(`[page error] ${error.message}`)));
	console.log(`\n${label}`);
	await page.goto(url);
	let timer;
	const code = await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), suiteTimeoutMs)))]);
	clearTimeout(timer);
	await page.close();
	if (code === 'timeout') {
		if (!suiteStarted) {
			console.error(indent(`The suite did not start. The workbench's console:\n${earlier.join('\n')}`));
		}
		console.error(indent(`The suite did not finish within ${suiteTimeoutMs / 60_000} minutes.`));
		return { passed: counts?.passed ?? 0, failed: (counts?.failed ?? 0) + 1 };
	}
	if (!counts) {
		// The suite crashed before Mocha could count, e.g. a test file that does not load.
		if (!suiteStarted) {
			console.error(indent(`The suite did not start. The workbench's console:\n${earlier.join('\n')}`));
		}
		return { passed: 0, failed: 1 };
	}
	if (code !== 0 && counts.failed === 0) {
		console.error(indent(`The extension host exited with code ${code}.`));
		return { ...counts, failed: 1 };
	}
	return counts;
}

function indent(text) {
	return text
		.split('\n')
		.map((line) => `  ${line}`)
		.join('\n');
}

function newestVsix() {
	const candidates = readdirSync(root).filter((file) => file.endsWith('.vsix'));
	if (candidates.length !== 1) {
		throw new Error(`Expected one .vsix in ${root} (from npm run package), found ${candidates.length}`);
	}
	return path.join(root, candidates[0]);
}

async function main() {
	const started = Date.now();
	const compiledSuite = path.join(root, 'out', 'test', 'e2e', 'index.js');
	if (!existsSync(compiledSuite)) {
		throw new Error(`${path.relative(root, compiledSuite)} is missing: run npx tsc -p test/e2e (npm run test:e2e does).`);
	}
	// Chromium and code-server's build tools, all named at once (npm run test:e2e checks before packaging too).
	const missing = missingPrerequisites(['test:e2e']);
	if (missing.length) {
		throw new Error(formatMissing(missing, ['test:e2e']));
	}
	ensureCodeServer();

	const totals = { passed: 0, failed: 0 };
	const add = ({ passed, failed }) => {
		totals.passed += passed;
		totals.failed += failed;
	};
	const servers = [];
	let browser;
	const cleanUp = async () => {
		await browser?.close().catch(() => {});
		browser = undefined;
		await Promise.all(servers.splice(0).map((server) => server.stop()));
	};
	// Ctrl+C or a CI time-out must not leave code-server, its extension hosts or Chromium behind.
	for (const signal of ['SIGINT', 'SIGTERM']) {
		process.once(signal, () => cleanUp().finally(() => process.exit(130)));
	}

	try {
		const log = verbose ? (line) => console.log(indent(`[code-server] ${line}`)) : () => {};
		const server = await startCodeServer({ log });
		servers.push(server);
		browser = await launchBrowser(server.dirs.tmp);

		// Copies, so that tests may edit and save files without touching the repository.
		const workspace = path.join(server.dirs.tmp, 'workspace');
		cpSync(path.join(root, 'test', 'e2e', 'fixtures', 'workspace'), workspace, { recursive: true });
		const examples = path.join(server.dirs.tmp, 'examples');
		cpSync(path.join(root, 'examples'), examples, { recursive: true });

		if (!only || only === 'first') {
			// Each run a new window, so a new extension host in which nothing has started yet: the first run on
			// the code-server just started, the coldest, then two more.
			for (let run = 1; run <= firstSquiggleRuns; run++) {
				// A folder of its own: the workbench restores the editors a folder had open, and the policy
				// opened by the previous run would be open before the test opens it.
				const fresh = path.join(server.dirs.tmp, `workspace-first-${run}`);
				cpSync(path.join(root, 'test', 'e2e', 'fixtures', 'workspace'), fresh, { recursive: true });
				add(
					await runSuiteInWorkbench(
						browser,
						workbenchUrl(server, {
							folder: fresh,
							extensionDevelopmentPath: root,
							extensionTestsPath: path.join(root, 'out', 'test', 'e2e', 'indexFirst.js'),
						}),
						`Fresh window ${run} of ${firstSquiggleRuns} (test/e2e/suite-first)`,
					),
				);
			}
		}
		if (!only || only === 'suite') {
			add(
				await runSuiteInWorkbench(
					browser,
					workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: root, extensionTestsPath: compiledSuite }),
					'Extension host suite (test/e2e/suite)',
				),
			);
		}
		if (!only || only === 'ja') {
			// A server of its own: the display language is the server's, for every page it serves.
			const jaServer = await startCodeServer({ log, locale: 'ja' });
			servers.push(jaServer);
			add(
				await runSuiteInWorkbench(
					browser,
					workbenchUrl(jaServer, {
						folder: workspace,
						extensionDevelopmentPath: root,
						extensionTestsPath: path.join(root, 'out', 'test', 'e2e', 'indexJa.js'),
					}),
					'Extension host suite in Japanese (test/e2e/suite-ja, code-server --locale ja)',
				),
			);
		}
		if (!only || only === 'workbench' || only === 'layout') {
			console.log('\nWorkbench (test/e2e/workbench.ui.mjs, test/e2e/panel.ui.mjs, test/e2e/panelLayout.ui.mjs)');
			const screenshots =
				process.env.UPDATE_SCREENSHOTS === '1' ? path.join(root, 'docs', 'images') : path.join(root, 'test-results', 'screenshots');
			mkdirSync(screenshots, { recursive: true });
			const url = workbenchUrl(server, { folder: examples, extensionDevelopmentPath: root });
			// A folder of its own: the layout test changes the theme in its .vscode/settings.json.
			const layoutFolder = path.join(server.dirs.tmp, 'panel-layout');
			mkdirSync(layoutFolder);
			const layoutUrl = workbenchUrl(server, { folder: layoutFolder, extensionDevelopmentPath: root });
			const workbenchTests = [
				['completion accepted in the editor', 'workbench', () => runWorkbenchTest(page, { url, screenshots })],
				[
					'the panel shows ResolveCase denied; a click reveals the Deny',
					'panel',
					() => runPanelTest(page, { url, folder: examples, screenshots }),
				],
				[
					'the panel shows payloads as text, runs none and fetches nothing',
					'hostile-panel',
					() => runHostilePanelTest(page, { url, folder: examples, serverOrigin: server.url, extensionPath: root }),
				],
				['the status bar tells the server is ready and which AWS data it has', 'status-bar', () => runStatusBarTest(page, { url })],
				[
					'a rule link in the Problems panel and in a hover opens the rule, rendered, at its heading',
					'rule-link',
					() => runRuleLinkTest(page, { url }),
				],
				[
					'the panel reads well at 360, 600 and 1,200 px in light, dark and high contrast themes',
					'panel-layout',
					() => runPanelLayoutTest(page, { url: layoutUrl, folder: layoutFolder, screenshots }),
				],
			].filter(([, id]) => only !== 'layout' || id === 'panel-layout');
			let page;
			// A page each, so that one test's editors and panel do not leak into the next.
			for (const [name, id, run] of workbenchTests) {
				page = await browser.newPage();
				try {
					await run();
					console.log(indent(`✔ ${name}`));
					add({ passed: 1, failed: 0 });
				} catch (error) {
					console.error(indent(`✘ ${name}: ${error instanceof Error ? error.stack : error}`));
					const failure = path.join(root, 'test-results', `${id}-failure.png`);
					mkdirSync(path.dirname(failure), { recursive: true });
					await page.screenshot({ path: failure }).catch(() => {});
					console.error(indent(`screenshot of the failure: ${path.relative(root, failure)}`));
					add({ passed: 0, failed: 1 });
				} finally {
					await page.close();
				}
			}
			console.log(indent(`screenshots in ${path.relative(root, screenshots)}`));
		}
		if (!only || only === 'start') {
			console.log('\nnpm start (test/e2e/startScript.ui.mjs)');
			const page = await browser.newPage();
			const name = 'npm start opens a copy of the examples: a saved quick fix leaves git status as it was';
			try {
				await runStartScriptTest(page, { root });
				console.log(indent(`✔ ${name}`));
				add({ passed: 1, failed: 0 });
			} catch (error) {
				console.error(indent(`✘ ${name}: ${error instanceof Error ? error.stack : error}`));
				const failure = path.join(root, 'test-results', 'start-failure.png');
				mkdirSync(path.dirname(failure), { recursive: true });
				await page.screenshot({ path: failure }).catch(() => {});
				console.error(indent(`screenshot of the failure: ${path.relative(root, failure)}`));
				add({ passed: 0, failed: 1 });
			} finally {
				await page.close();
			}
		}
		if (!only || only === 'vsix') {
			const vsix = newestVsix();
			const vsixServer = await startCodeServer({ log, vsixes: [vsix] });
			servers.push(vsixServer);
			add(
				await runSuiteInWorkbench(
					browser,
					workbenchUrl(vsixServer, {
						folder: workspace,
						extensionDevelopmentPath: path.join(root, 'test', 'e2e', 'fixtures', 'harness'),
						extensionTestsPath: path.join(root, 'out', 'test', 'e2e', 'installed', 'index.js'),
					}),
					`Packaged extension (${path.basename(vsix)} installed with --install-extension)`,
				),
			);
		}
	} finally {
		await cleanUp();
	}
	console.log(`\nEnd-to-end tests in code-server took ${Math.round((Date.now() - started) / 1000)} s.`);
	console.log(`${totals.passed} passed, ${totals.failed} failed`);
	return totals.failed === 0 && totals.passed > 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	main().then(
		(code) => process.exit(code),
		(error) => {
			console.error(error instanceof Error ? error.message : error);
			console.log('0 passed, 1 failed');
			process.exit(1);
		},
	);
}
