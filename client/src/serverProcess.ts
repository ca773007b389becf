/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The language server's process is forked first, before the language client's library is evaluated
// (#16): Node then boots and loads the server in a process of its own while the extension host reads
// the client, instead of after it. Measured in a fresh window (test/e2e/suite-first), evaluating the
// client took 70 to 280 ms of the time to the first squiggle on a busy two-core machine.

import { fork, type ChildProcess } from 'child_process';

/**
 * Returns the server options' function: its first call hands over the process forked now, later calls
 * (the client restarting a server that stopped) fork a new one.
 */
export function forkServerEarly(module: string): () => Promise<ChildProcess> {
	let early: ChildProcess | undefined = forkServer(module);
	return async () => {
		const child = early ?? forkServer(module);
		early = undefined;
		return child;
	};
}

function forkServer(module: string): ChildProcess {
	// As the client forks a server module itself: over stdio here, and ELECTRON_RUN_AS_NODE so that
	// desktop VS Code's executable runs it as Node. The server ends when its client process does.
	const child = fork(module, ['--stdio', `--clientProcessId=${process.pid}`], {
		silent: true,
		execArgv: [],
		env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
	});
	// A failed fork is an 'error' event: unheard, it would throw in the extension host. The client,
	// which attaches its own listeners later, sees the streams close and reports the start as failed.
	child.on('error', () => {});
	return child;
}
