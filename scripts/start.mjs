#!/usr/bin/env node
/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// npm start: VS Code in the browser (code-server, from the same cache as the end-to-end tests)
// with this extension loaded from the working tree and the example policies open. Ctrl+C stops
// it. `PORT=8080 npm start` picks the port; by default any free one.
// After `npm run watch` has rebuilt, "Developer: Reload Window" in the browser picks up changes.

import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { codeServerVersion, ensureCodeServer, findOnPath, root, startCodeServer } from './codeServer.mjs';
import { requirePrerequisites } from './prerequisites.mjs';

const browsers = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'brave-browser', 'firefox'];

function fail(message) {
	console.error(message);
	process.exit(1);
}

// Node, and code-server's build tools until it is installed: all of it named at once, before the build.
requirePrerequisites(['start']);

const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) {
	fail('The build failed.');
}
try {
	ensureCodeServer();
} catch (error) {
	fail(error instanceof Error ? error.message : String(error));
}

const examples = path.join(root, 'examples');
const server = await startCodeServer({
	port: Number(process.env.PORT ?? 0),
	log: process.env.VERBOSE === '1' ? (line) => console.log(`[code-server] ${line}`) : () => {},
});
let stopping = false;
const stop = async (code) => {
	if (!stopping) {
		stopping = true;
		console.log('\nStopping code-server...');
		await server.stop();
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
const url = `${server.url}/?${new URLSearchParams({ folder: examples, payload })}`;
console.log(`
IAM Policies for AWS Support in VS Code (code-server ${codeServerVersion}), with the example policies:

  ${url}

Open that address in a browser on this machine (from another machine: ssh -L ${server.port}:127.0.0.1:${server.port} to it).
Ctrl+C stops it.`);
if (!browsers.some((browser) => findOnPath(browser))) {
	console.log(`\nNo browser found on this machine. Install one, for example: sudo apt-get install chromium`);
}
