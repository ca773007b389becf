#!/usr/bin/env node
// Bundles the extension client, the language server and the simulation panel's page with esbuild.
//   node scripts/build.mjs               development build with source maps
//   node scripts/build.mjs --production  minified, no source maps (used for the .vsix)
//   node scripts/build.mjs --watch       rebuild on change
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints errors in the format of VS Code's `$esbuild-watch` problem matcher. */
const problemMatcherPlugin = {
	name: 'problem-matcher',
	setup(build) {
		build.onStart(() => console.log('[watch] build started'));
		build.onEnd((result) => {
			for (const { text, location } of result.errors) {
				console.error(`✘ [ERROR] ${text}`);
				if (location) {
					console.error(`    ${location.file}:${location.line}:${location.column}:`);
				}
			}
			console.log('[watch] build finished');
		});
	},
};

/**
 * web-tree-sitter's ES module build finds its own path with `import.meta.url`, which a CommonJS bundle
 * does not have: bundled, the Terraform reader failed to load. Its CommonJS build, the one `require`
 * loads, uses `__dirname` instead.
 */
const require = createRequire(import.meta.url);
const webTreeSitterForRequire = {
	name: 'web-tree-sitter-for-require',
	setup(build) {
		build.onResolve({ filter: /^web-tree-sitter$/ }, () => ({ path: require.resolve('web-tree-sitter') }));
	},
};

const common = {
	bundle: true,
	format: 'cjs',
	platform: 'node',
	target: 'node18',
	// jsonc-parser's UMD build loads its parts with require calls that a bundler cannot follow: take the ES modules.
	mainFields: ['module', 'main'],
	minify: production,
	sourcemap: !production,
	sourcesContent: false,
	logLevel: watch ? 'silent' : 'warning',
	plugins: watch ? [problemMatcherPlugin, webTreeSitterForRequire] : [webTreeSitterForRequire],
};

/**
 * Modules the server and the CLI keep in files of their own beside their bundles, required only when
 * first needed (each module's loader says when), so that a start reads and evaluates neither:
 * - the names of every AWS service's actions, half of the language service by size (catalog.ts);
 * - every Japanese text, 110 KB, needed only when a client asks for Japanese (l10n.ts);
 * - the YAML parser and CloudFormation's reader, needed only when a YAML template opens (parsePolicyDocument.ts);
 * - web-tree-sitter and the Terraform reader, needed only when a Terraform file opens (templateReaders.ts).
 */
const modulesApart = [
	{
		filter: /\/allServices\.generated$/,
		source: 'server/src/languageService/data/allServices.generated.ts',
		file: './allServices.generated.js',
	},
	{ filter: /\/data\/japanese$/, source: 'server/src/languageService/data/japanese.ts', file: './japanese.js' },
	{ filter: /\/yaml\/yamlReader$/, source: 'server/src/languageService/parser/yaml/yamlReader.ts', file: './yamlReader.js' },
	{ filter: /\/parser\/terraform$/, source: 'server/src/languageService/parser/terraform/index.ts', file: './terraformReader.js' },
];
const keptApart = {
	name: 'kept-apart',
	setup(build) {
		for (const { filter, file } of modulesApart) {
			build.onResolve({ filter }, () => ({ path: file, external: true }));
		}
	},
};

/**
 * vscode-languageserver-types has an ES module build for `import` and a UMD one for `require`: our
 * imports took the first and vscode-languageserver's requires the second, so the server's bundle held
 * both. One copy, the one the LSP library loads, is less code to read and compile at every start.
 */
const oneCopyOfLspTypes = {
	name: 'one-copy-of-lsp-types',
	setup(build) {
		build.onResolve({ filter: /^vscode-languageserver-types$/ }, () => ({ path: require.resolve('vscode-languageserver-types') }));
	},
};

/**
 * vscode-languageserver's Node entry loads `child_process` for helpers that find global npm and
 * yarn folders, and vscode-jsonrpc's loads `crypto` and `os` to name pipes; a server on stdio uses
 * none of them, and loading `child_process` at start took about 6 ms here. Each such require
 * becomes an object that loads the module when one of its functions is first read. A file that no
 * longer has the require fails the build, so that a new version of the library is looked at again.
 */
const builtinsOnFirstUse = [
	{ file: /vscode-languageserver[\\/]lib[\\/]node[\\/]files\.js$/, modules: ['child_process'] },
	{ file: /vscode-jsonrpc[\\/]lib[\\/]node[\\/]main\.js$/, modules: ['crypto', 'os'] },
];
const lspBuiltinsOnFirstUse = {
	name: 'lsp-builtins-on-first-use',
	setup(build) {
		for (const { file, modules } of builtinsOnFirstUse) {
			build.onLoad({ filter: file }, async ({ path: filePath }) => {
				let contents = await readFile(filePath, 'utf8');
				for (const name of modules) {
					const eager = `require("${name}")`;
					if (!contents.includes(eager)) {
						throw new Error(`${filePath} no longer has ${eager}: see lspBuiltinsOnFirstUse in scripts/build.mjs`);
					}
					contents = contents.replace(eager, `new Proxy({}, { get: (_, key) => require("${name}")[key] })`);
				}
				return { contents, loader: 'js' };
			});
		}
	},
};

/**
 * What the CLI says about itself (server/src/cli/product.ts): the version for `--version` and SARIF, and
 * the rules' documentation for SARIF's help, read here so that the bundle needs no file beside it.
 * `npm run watch` does not see a change to these files: run the build again.
 */
async function cliProduct() {
	const manifest = JSON.parse(await readFile('package.json', 'utf8'));
	return {
		version: manifest.version,
		rulesDocumentation: { en: await readFile('docs/rules.md', 'utf8'), ja: await readFile('docs/rules.ja.md', 'utf8') },
	};
}

const entryPoints = [
	// The activation figure starts when the bundle starts running, before its dependencies are evaluated (client/src/extension.ts).
	{
		entryPoints: ['client/src/extension.ts'],
		outfile: 'dist/client.js',
		external: ['vscode'],
		banner: { js: '"use strict";\nconst bundleStarted = performance.now();' },
	},
	// dist/server.js only turns on Node's compile cache before it loads the server, so that the cache covers the server's code.
	{
		entryPoints: ['server/src/node/launch.ts'],
		outfile: 'dist/server.js',
		banner: { js: '#!/usr/bin/env node' },
		external: ['./languageServer.js'],
	},
	{
		entryPoints: ['server/src/node/serverMain.ts'],
		outfile: 'dist/languageServer.js',
		plugins: [...common.plugins, keptApart, oneCopyOfLspTypes, lspBuiltinsOnFirstUse],
	},
	{
		entryPoints: ['server/src/cli/main.ts'],
		outfile: 'dist/cli.js',
		banner: { js: '#!/usr/bin/env node' },
		plugins: [...common.plugins, keptApart],
		define: { IAM_SUPPORT_PRODUCT: JSON.stringify(await cliProduct()) },
	},
	...modulesApart.map(({ source, file }) => ({ entryPoints: [source], outfile: `dist/${file}` })),
	// The simulation panel's page runs in the webview, a browser without Node or module loading.
	{
		entryPoints: ['client/src/webview/main.ts'],
		outfile: 'dist/webview/panel.js',
		platform: 'browser',
		format: 'iife',
		target: 'es2022',
	},
	{
		entryPoints: ['client/src/webview/panel.css'],
		outfile: 'dist/webview/panel.css',
		platform: 'browser',
		format: undefined,
		target: 'chrome114',
	},
];

/**
 * The Terraform reader's WebAssembly, web-tree-sitter's runtime and the HCL grammar, beside the bundles
 * that run it: server/src/node/nodeWasmLoader.ts reads them there, and the .vsix and the npm package
 * ship them (.vscodeignore, .npmignore).
 */
const wasmFiles = ['web-tree-sitter/web-tree-sitter.wasm', '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm'];
await mkdir('dist', { recursive: true });
await Promise.all(wasmFiles.map((file) => copyFile(require.resolve(file), path.join('dist', path.basename(file)))));

const contexts = await Promise.all(entryPoints.map((options) => esbuild.context({ ...common, ...options })));
if (watch) {
	await Promise.all(contexts.map((context) => context.watch()));
} else {
	await Promise.all(contexts.map((context) => context.rebuild()));
	await Promise.all(contexts.map((context) => context.dispose()));
}
