#!/usr/bin/env node
/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// npm start: VS Code in the browser (code-server, from the same cache as the end-to-end tests)
// with this extension loaded from the working tree and a copy of the example policies open. Ctrl+C
// stops it. `PORT=8080 npm start` picks the port; by default any free one.
// After `npm run watch` has rebuilt, "Developer: Reload Window" in the browser picks up changes.
//
// The workbench opens a copy of examples/ in a temporary folder, never examples/ itself: VS Code in
// the browser saves after every pause in typing, and trying the quick fixes would otherwise "fix" the
// repository's examples (#16). When it stops, an untouched copy is removed; an edited one is kept,
// and the script says where.
//
//   node scripts/start.mjs [--no-build]   (--no-build: dist/ is built already, as in the end-to-end tests)

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { codeServerVersion, ensureCodeServer, findOnPath, root, startCodeServer } from './codeServer.mjs';
import { requirePrerequisites } from './prerequisites.mjs';

const browsers = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'brave-browser', 'firefox'];
const examples = path.join(root, 'examples');

function fail(message) {
	console.error(message);
	process.exit(1);
}

/**
 * A copy of examples/ in a new temporary folder, whose path ends in `examples`, the name the explorer
 * shows. `folder` is the temporary folder itself: the one thing this script ever removes.
 */
function copyExamples() {
	const folder = mkdtempSync(path.join(os.tmpdir(), 'iam-support-start-'));
	const copy = path.join(folder, 'examples');
	cpSync(examples, copy, { recursive: true });
	return { folder, copy };
}

/** Whether `copy` still holds exactly the files of examples/, byte for byte. */
function isUntouched(copy) {
	const list = (folder) =>
		readdirSync(folder, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => path.relative(folder, path.join(entry.parentPath ?? entry.path, entry.name)))
			.sort();
	const files = list(copy);
	const originals = list(examples);
	return (
		files.length === originals.length &&
		files.every(
			(file, index) =>
				file === originals[index] && readFileSync(path.join(copy, file)).equals(readFileSync(path.join(examples, file))),
		)
	);
}

// Node, and code-server's build tools until it is installed: all of it named at once, before the build.
requirePrerequisites(['start']);

if (!process.argv.includes('--no-build')) {
	const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
	if (build.status !== 0) {
		fail('The build failed.');
	}
}
try {
	ensureCodeServer();
} catch (error) {
	fail(error instanceof Error ? error.message : String(error));
}

const { folder: temporaryFolder, copy: workspace } = copyExamples();
const server = await startCodeServer({
	port: Number(process.env.PORT ?? 0),
	log: process.env.VERBOSE === '1' ? (line) => console.log(`[code-server] ${line}`) : () => {},
}).catch((error) => {
	rmSync(temporaryFolder, { recursive: true, force: true });
	fail(error instanceof Error ? error.message : String(error));
});
let stopping = false;
const stop = async (code) => {
	if (!stopping) {
		stopping = true;
		console.log('\nStopping code-server...');
		await server.stop();
		if (!existsSync(workspace) || isUntouched(workspace)) {
			rmSync(temporaryFolder, { recursive: true, force: true });
		} else {
			console.log(`Your edited copy of the examples is kept in ${workspace} (examples/ in the repository is unchanged).`);
		}
		process.exit(code);
	}
};
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
server.exited.then(({ code, signal }) => {
	if (!stopping) {
		console.error(`code-server stopped by itself (${code ?? signal}):\n${server.output()}`);
		stop(1);
	}
});

// The payload loads the working tree as a development extension, as the end-to-end tests do.
const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${server.port}${root}`]]);
const url = `${server.url}/?${new URLSearchParams({ folder: workspace, payload })}`;
console.log(`
IAM Policies for AWS Support in VS Code (code-server ${codeServerVersion}), with a copy of the example policies
(edit them freely: the repository's examples/ is not touched):

  ${url}

Open that address in a browser on this machine (from another machine: ssh -L ${server.port}:127.0.0.1:${server.port} to it).
Ctrl+C stops it.`);
if (!browsers.some((browser) => findOnPath(browser))) {
	console.log(`\nNo browser found on this machine. Install one, for example: sudo apt-get install chromium`);
}
