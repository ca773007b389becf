/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as fs from 'fs';
import Mocha from 'mocha';
import * as path from 'path';

/**
 * Runs every `*.test.js` in `folder` in file-name order, and prints the plain closing line
 * `N passed, N failed` that the runners and CI read. Rejects when a test failed.
 */
export async function runMocha(folder: string): Promise<void> {
	// No colours: the output goes through the workbench's console to a terminal or a CI log.
	const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, reporter: 'spec' });
	const files = fs
		.readdirSync(folder)
		.filter((file) => file.endsWith('.test.js'))
		.sort();
	if (files.length === 0) {
		throw new Error(`No *.test.js files in ${folder}`);
	}
	files.forEach((file) => mocha.addFile(path.join(folder, file)));
	// The code-server runner prints the workbench's console from this line on (all of it with E2E_VERBOSE=1).
	console.log(`Running ${files.length} test file(s) from ${folder}`);
	const failures = await new Promise<number>((resolve) => {
		const runner = mocha.run(resolve);
		runner.once('end', () => console.log(`${runner.stats?.passes ?? 0} passed, ${runner.stats?.failures ?? 0} failed`));
	});
	if (failures > 0) {
		throw new Error(`${failures} end-to-end test(s) failed`);
	}
}
