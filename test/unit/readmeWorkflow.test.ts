/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The README's GitHub Actions workflow (#17), run as far as this machine can: each step's `iam-support`
// command, as written, through a shell, with the bundled command (`npm run build` first) on the PATH, in a
// scratch repository whose pull request removes a Deny. GitHub's own steps (checkout, upload, comment)
// are GitHub's to test; what they read is checked here.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { folders, git, scratchRepository, write } from './gitHelpers';
import { policy } from './simulationHelpers';

const repo = path.resolve(__dirname, '../../..');

/** The `run:` lines of the README's workflow that call iam-support, with GitHub's expressions as a pull request into main has them. */
function workflowCommands(): string[] {
	const readme = fs.readFileSync(path.join(repo, 'README.md'), 'utf8');
	const start = readme.indexOf('<!-- workflow -->');
	const end = readme.indexOf('<!-- /workflow -->');
	assert.ok(start > 0 && end > start, 'the README has no workflow between its markers');
	return readme
		.slice(start, end)
		.split('\n')
		.map((line) => /^\s*(?:- )?run: (.*)$/.exec(line)?.[1])
		.filter((command): command is string => !!command && command.startsWith('iam-support '))
		.map((command) => command.replace(/\$\{\{ github\.base_ref \}\}/g, 'main'));
}

test("the README workflow's iam-support commands, on a pull request that removes a Deny", () => {
	const commands = workflowCommands();
	assert.equal(commands.length, 3, commands.join('\n'));

	const folder = scratchRepository({
		'policies/support.json': policy([
			{ Sid: 'Support', Effect: 'Allow', Action: 'support:*', Resource: '*' },
			{ Sid: 'NoResolve', Effect: 'Deny', Action: 'support:ResolveCase', Resource: '*' },
		]),
	});
	// As actions/checkout with fetch-depth 0 leaves a pull request: the base branch as origin's, the change on top.
	git(folder, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
	git(folder, 'checkout', '--quiet', '-b', 'change');
	write(folder, { 'policies/support.json': policy([{ Sid: 'Support', Effect: 'Allow', Action: 'support:*', Resource: '*' }]) });
	git(folder, 'commit', '--quiet', '-am', 'let people resolve cases');

	// `npm install -g` of the tarball puts this on the PATH; the bundle is the same.
	const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-support-bin-'));
	folders.push(bin);
	fs.writeFileSync(path.join(bin, 'iam-support'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(repo, 'dist/cli.js')}" "$@"\n`, {
		mode: 0o755,
	});
	const run = (command: string) =>
		spawnSync('sh', ['-c', command], {
			cwd: folder,
			encoding: 'utf8',
			env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, LC_ALL: 'C' },
		});

	const [check, comment, gate] = commands;
	const checked = run(check);
	assert.equal(checked.status, 0, checked.stderr);
	const sarif = JSON.parse(fs.readFileSync(path.join(folder, 'iam-support.sarif'), 'utf8'));
	assert.equal(sarif.version, '2.1.0');
	assert.deepEqual(sarif.runs[0].results, []);

	const commented = run(comment);
	assert.equal(commented.status, 0, commented.stderr);
	const markdown = fs.readFileSync(path.join(folder, 'iam-support-diff.md'), 'utf8');
	assert.match(markdown, /^### IAM Support: what this change grants\n\n1 granted, 0 revoked, 0 changed/);
	assert.match(
		markdown,
		/\| \+ granted \| `policies\/support\.json` \| `support:ResolveCase` \| explicitDeny → allowed \| in every context \|/,
	);

	const gated = run(gate);
	assert.equal(gated.status, 1, gated.stderr);
	assert.match(gated.stdout, /\+ support:ResolveCase on \*: explicitDeny → allowed/);

	// A pull request that grants nothing passes the gate.
	git(folder, 'revert', '--no-edit', 'HEAD');
	assert.equal(run(gate).status, 0);
});
