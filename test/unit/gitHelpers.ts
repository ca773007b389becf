/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Scratch git repositories for the tests of `iam-support diff` and the README's workflow.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after } from 'node:test';

/** Folders to remove when the tests of the file end; a test may add its own. */
export const folders: string[] = [];
after(() => folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

/** Git with an identity of its own and none of the machine's configuration, so that commits work anywhere. */
export function git(cwd: string, ...args: string[]): string {
	const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: os.devNull },
	});
	assert.equal(result.status, 0, result.stderr);
	return result.stdout;
}

export function write(folder: string, files: Record<string, string>): void {
	for (const [name, content] of Object.entries(files)) {
		fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
		fs.writeFileSync(path.join(folder, name), content);
	}
}

/** A repository with a first commit of the files given. */
export function scratchRepository(files: Record<string, string>): string {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-support-diff-'));
	folders.push(folder);
	git(folder, 'init', '--quiet');
	write(folder, files);
	git(folder, 'add', '.');
	git(folder, 'commit', '--quiet', '-m', 'first');
	return folder;
}
