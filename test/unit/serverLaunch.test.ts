/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// dist/server.js turns on Node's compile cache and only then loads the server, or the cache would not
// cover the server's code (#6). The Node that runs these tests may predate the cache (22.1), so a preload
// stands in for it and records what happens in which order.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';

const serverPath = path.join(__dirname, '..', '..', '..', 'dist', 'server.js');
const folder = mkdtempSync(path.join(os.tmpdir(), 'iam-support-launch-'));

function preload(enable: string): string {
	const file = path.join(folder, `preload-${Math.random().toString(36).slice(2)}.js`);
	writeFileSync(
		file,
		`
const Module = require('node:module');
const log = (event) => process.stderr.write('launch-event ' + event + '\\n');
Module.enableCompileCache = () => { ${enable} };
Module.flushCompileCache = () => log('flush');
const load = Module._load;
Module._load = function (request, ...rest) {
	if (/languageServer\\.js$/.test(request)) {
		log('load server');
	}
	if (Module.isBuiltin(request)) {
		log('builtin ' + request.replace(/^node:/, ''));
	}
	return load.call(this, request, ...rest);
};
`,
	);
	return file;
}

/**
 * Starts the server with its input closed, so that it stops at once, and lists what the preload saw: the
 * launch's steps in order, and apart from them the built-in modules required.
 */
function launch(enable: string): { events: string[]; builtins: string[]; stderr: string } {
	const result = spawnSync(process.execPath, ['-r', preload(enable), serverPath, '--stdio'], {
		input: '',
		encoding: 'utf8',
		timeout: 30_000,
	});
	const seen = result.stderr
		.split('\n')
		.filter((line) => line.startsWith('launch-event '))
		.map((line) => line.slice('launch-event '.length));
	return {
		events: seen.filter((event) => !event.startsWith('builtin ')),
		builtins: seen.filter((event) => event.startsWith('builtin ')).map((event) => event.slice('builtin '.length)),
		stderr: result.stderr,
	};
}

describe('dist/server.js', () => {
	after(() => rmSync(folder, { recursive: true, force: true }));

	test('turns on the compile cache before it loads the server, and writes it after', () => {
		const { events, stderr } = launch("log('enable');");
		assert.deepEqual(events, ['enable', 'load server', 'flush'], stderr);
	});

	test('loads none of the Node modules that only other transports and npm helpers use', () => {
		// vscode-languageserver and vscode-jsonrpc require these at load for code a server on stdio
		// never runs; loading child_process alone took about 6 ms of each start (scripts/build.mjs).
		const { builtins, stderr } = launch("log('enable');");
		assert.ok(builtins.includes('net'), `the preload saw no builtin at all: ${stderr}`);
		for (const unused of ['child_process', 'crypto', 'dgram']) {
			assert.ok(!builtins.includes(unused), `${unused} was loaded at start: ${builtins.join(', ')}`);
		}
	});

	test('still loads the server when the compile cache cannot be turned on', () => {
		const { events, stderr } = launch("throw new Error('read-only temporary folder');");
		assert.deepEqual(events, ['load server', 'flush'], stderr);
		assert.doesNotMatch(stderr, /read-only temporary folder/);
	});
});
