/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The suite of a fresh window (test/e2e/suite-first): what a person sees first when a policy opens in a
// workbench that has not opened a JSON file yet. test/e2e/runCodeServer.mjs loads it in new windows of
// its own, before any other suite, since a language server once started keeps running in its window.

import * as path from 'path';
import { runMocha } from './mochaRunner';

export function run(): Promise<void> {
	return runMocha(path.join(__dirname, 'suite-first'));
}
