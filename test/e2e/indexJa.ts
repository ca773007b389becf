/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The suite for a workbench started with the Japanese display language (code-server --locale ja,
// test/e2e/runCodeServer.mjs); the English suite/ cannot share it, since its messages are English.

import * as path from 'path';
import { runMocha } from './mochaRunner';

export function run(): Promise<void> {
	return runMocha(path.join(__dirname, 'suite-ja'));
}
