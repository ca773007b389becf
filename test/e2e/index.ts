/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The end-to-end suite's entry point: VS Code's extension host calls `run()` with the suite
// loaded as `extensionTestsPath`, in code-server (test/e2e/runCodeServer.mjs) as in desktop VS
// Code (test/e2e/runElectron.mjs). Test files are suite/*.test.ts; each feature adds its own.

import * as path from 'path';
import { runMocha } from './mochaRunner';

export function run(): Promise<void> {
	return runMocha(path.join(__dirname, 'suite'));
}
