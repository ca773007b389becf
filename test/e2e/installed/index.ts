/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The suite for the packaged extension: the runner installs the .vsix with
// `code-server --install-extension` and loads this suite through an empty harness extension
// (test/e2e/fixtures/harness), so that the extension under test is the installed one.

import * as path from 'path';
import { runMocha } from '../mochaRunner';

export function run(): Promise<void> {
	return runMocha(path.join(__dirname, 'suite'));
}
