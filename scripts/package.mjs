#!/usr/bin/env node
/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// npm run package: the production build, then the .vsix with @vscode/vsce. The bundles carry
// every dependency, so node_modules stays out (--no-dependencies). Checks what went in, then
// prints the file's name and size.

import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const manifest = require('../package.json');
const vsce = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
const vsix = path.join(root, `${manifest.name}-${manifest.version}.vsix`);

function run(args, options = {}) {
	const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', ...options });
	if (result.status !== 0) {
		process.stdout.write(result.stdout ?? '');
		process.stderr.write(result.stderr ?? '');
		throw new Error(`node ${args.join(' ')} failed`);
	}
	return result.stdout ?? '';
}

// A .vsix of an older version would be picked up by the end-to-end test instead of this one.
for (const file of readdirSync(root).filter((name) => name.endsWith('.vsix'))) {
	rmSync(path.join(root, file));
}
run(['scripts/build.mjs', '--production'], { stdio: 'inherit' });
// No repository URL to rewrite README links against: they stay relative to the extension folder,
// where VS Code's extension page resolves them (docs/images is packaged for that).
const packageOptions = ['--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links'];
const files = run([vsce, 'ls', '--no-dependencies'])
	.split('\n')
	.map((line) => line.trim())
	.filter(Boolean);

const required = [
	'package.json',
	'README.md',
	'CHANGELOG.md',
	'LICENSE',
	'dist/client.js',
	'dist/server.js',
	'dist/languageServer.js',
	'dist/allServices.generated.js',
	'dist/japanese.js',
	'dist/web-tree-sitter.wasm',
	'dist/tree-sitter-hcl.wasm',
	'dist/webview/panel.js',
	'docs/rules.md',
	'docs/rules.ja.md',
	'l10n/bundle.l10n.ja.json',
	'package.nls.json',
	'package.nls.ja.json',
	'media/icon.png',
	manifest.contributes.grammars[0].path.replace(/^\.\//, ''),
];
const missing = required.filter((file) => !files.includes(file));
const unwanted = files.filter((file) => /(^|\/)node_modules\/|\.(ts|map)$|^(client|server|shared|test|scripts|out)\//.test(file));
if (missing.length || unwanted.length) {
	throw new Error(
		`The package would be wrong:\n${missing.map((file) => `  missing ${file}`).join('\n')}\n${unwanted.map((file) => `  unwanted ${file}`).join('\n')}`,
	);
}

run([vsce, 'package', ...packageOptions, '--out', vsix], { stdio: ['ignore', 'ignore', 'inherit'] });
const bytes = statSync(vsix).size;
console.log(`${files.length} files:\n${files.map((file) => `  ${file}`).join('\n')}`);
console.log(`${path.relative(process.cwd(), vsix)}: ${(bytes / 1024).toFixed(0)} KiB (${bytes} bytes)`);
