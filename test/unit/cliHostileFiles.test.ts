/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// `iam-support check` on what a file system can hold besides policies: each bad file gets its own clear
// error, every other file is still checked, and the exit code says an I/O error happened (2).
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';

const cli = path.join(__dirname, '..', '..', '..', 'dist', 'cli.js');
const bad = '{"Version": "2012-10-17", "Statement": [{"Effect": "allow", "Action": "support:*", "Resource": "*"}]}';
const good = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "support:*", "Resource": "*"}]}';

function check(...args: string[]) {
	const result = spawnSync(process.execPath, [cli, 'check', '--format', 'json', ...args], {
		encoding: 'utf8',
		timeout: 60_000,
		env: { ...process.env, LC_ALL: 'C' },
	});
	return {
		status: result.status,
		files: result.stdout ? (JSON.parse(result.stdout) as { file: string; diagnostics: { code: string }[] }[]) : [],
		stderr: result.stderr,
	};
}

describe('iam-support check on hostile files', () => {
	let folder: string;
	before(() => {
		folder = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-support-check-'));
		fs.writeFileSync(path.join(folder, 'bad.json'), bad);
		fs.writeFileSync(path.join(folder, 'good.json'), good);
		fs.writeFileSync(path.join(folder, 'binary.json'), Buffer.from([0x7b, 0x00, 0xff, 0xfe, 0x00, 0x01, 0x7d]));
		fs.mkdirSync(path.join(folder, 'loop'));
		fs.symlinkSync(path.join(folder, 'loop'), path.join(folder, 'loop', 'again'));
		fs.symlinkSync(path.join(folder, 'missing.json'), path.join(folder, 'dangling.json'));
		execFileSync('mkfifo', [path.join(folder, 'pipe.json')]);
	});
	after(() => fs.rmSync(folder, { recursive: true, force: true }));

	test('a folder with a symlink loop, a dangling link, a FIFO and a binary file: the policies are checked, the binary reported', () => {
		const { status, files, stderr } = check(folder);
		assert.deepEqual(files.map((file) => path.basename(file.file)).sort(), ['bad.json', 'good.json']);
		assert.ok(files.find((file) => file.file.endsWith('bad.json'))?.diagnostics.some((d) => d.code === 'invalid-effect'));
		assert.match(stderr, /binary\.json: a binary file, not JSON text/);
		assert.equal(status, 2);
	});

	test('a FIFO named on the command line is refused, not read for ever; the other file is checked', () => {
		const { status, files, stderr } = check(path.join(folder, 'pipe.json'), path.join(folder, 'bad.json'));
		assert.match(stderr, /pipe\.json: not a regular file/);
		assert.deepEqual(
			files.map((file) => path.basename(file.file)),
			['bad.json'],
		);
		assert.equal(status, 2);
	});

	test('simulate refuses a FIFO and a binary file as it refuses them in check, reading neither for ever', () => {
		for (const [file, reason] of [
			['pipe.json', 'not a regular file'],
			['binary.json', 'a binary file, not JSON text'],
		]) {
			const result = spawnSync(process.execPath, [cli, 'simulate', path.join(folder, file)], {
				encoding: 'utf8',
				timeout: 60_000,
				env: { ...process.env, LC_ALL: 'C' },
			});
			assert.equal(result.status, 2, file);
			assert.equal(result.stdout, '');
			assert.equal(result.stderr, `iam-support simulate: cannot read ${path.join(folder, file)}: ${reason}\n`);
		}
	});

	test("without an unreadable file the exit code is the findings' (1 for an error)", () => {
		assert.equal(check(path.join(folder, 'bad.json'), path.join(folder, 'good.json')).status, 1);
		assert.equal(check(path.join(folder, 'good.json')).status, 0);
	});

	test('a folder with thousands of files', () => {
		const many = path.join(folder, 'many');
		fs.mkdirSync(many);
		for (let i = 0; i < 3000; i++) {
			fs.writeFileSync(path.join(many, `policy-${String(i).padStart(4, '0')}.json`), i === 1234 ? bad : good);
		}
		const { status, files } = check(many);
		assert.equal(files.length, 3000);
		assert.deepEqual(
			files.filter((file) => file.diagnostics.length).map((file) => path.basename(file.file)),
			['policy-1234.json'],
		);
		assert.equal(status, 1);
	});
});
