/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// npm run test:electron: the same suite in desktop VS Code through @vscode/test-electron, for
// machines that can download VS Code (it fetches a build from Microsoft's update service into
// .vscode-test/). CI runs the code-server runner instead; see docs/testing.md.
//   VSCODE_VERSION=1.91.1 npm run test:electron   the minimum in engines.vscode ('stable' by default)

import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { root } from '../../scripts/codeServer.mjs';

const workspace = mkdtempSync(path.join(os.tmpdir(), 'iam-e2e-workspace-'));
let code = 0;
try {
	cpSync(path.join(root, 'test', 'e2e', 'fixtures', 'workspace'), workspace, { recursive: true });
	await runTests({
		version: process.env.VSCODE_VERSION ?? 'stable',
		extensionDevelopmentPath: root,
		extensionTestsPath: path.join(root, 'out', 'test', 'e2e', 'index.js'),
		// Other installed extensions stay out of the way; built-in ones (JSON among them) stay on.
		launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
	});
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	code = 1;
} finally {
	rmSync(workspace, { recursive: true, force: true });
}
process.exit(code);
