/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The boundaries ARCHITECTURE.md draws, kept by a test rather than by prose: the pure language service
// imports nothing of the server, the client, the editor or Node; everything else reaches it through its
// facade; the client imports nothing of the server; and no module of the service keeps state of its own.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import * as ts from 'typescript';

const root = path.resolve(__dirname, '../../..');
const service = path.join(root, 'server/src/languageService');
const facade = path.join(service, 'index.ts');

function sourceFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		return entry.isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
	});
}

interface Import {
	readonly from: string;
	/** The module as written. */
	readonly specifier: string;
	/** The file it names, for a relative import; undefined for a package. */
	readonly resolved?: string;
}

/** Every `import`, `export … from`, `require()` and `import()` of a file, type-only ones included. */
function importsOf(file: string): Import[] {
	const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
	return importedFiles.map(({ fileName: specifier }) => {
		if (!specifier.startsWith('.')) {
			return { from: file, specifier };
		}
		const base = path.resolve(path.dirname(file), specifier);
		const resolved =
			[base, `${base}.ts`, path.join(base, 'index.ts')].find(
				(candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
			) ?? base;
		return { from: file, specifier, resolved };
	});
}

const inside = (file: string, dir: string) => !path.relative(dir, file).startsWith('..');
const relative = (file: string) => path.relative(root, file);
const describe = (found: readonly Import[]) => found.map((entry) => `${relative(entry.from)} → ${entry.specifier}`);

/**
 * Packages the service may use: the LSP types, the text document, the parsers of its formats (the HCL
 * parser's WebAssembly comes from the host), none of them tied to a host.
 */
const servicePackages = new Set([
	'jsonc-parser',
	'yaml',
	'web-tree-sitter',
	'vscode-languageserver-types',
	'vscode-languageserver-textdocument',
]);

test('the language service imports nothing of the server, the CLI, the client, the editor or Node', () => {
	const shared = path.join(root, 'shared');
	const bundle = path.join(root, 'l10n/bundle.l10n.ja.json');
	const outside = sourceFiles(service)
		.flatMap(importsOf)
		.filter((entry) =>
			entry.resolved === undefined
				? !servicePackages.has(entry.specifier)
				: !inside(entry.resolved, service) && !inside(entry.resolved, shared) && entry.resolved !== bundle,
		);
	assert.deepEqual(describe(outside), []);
});

test('the server, the CLI and the sample reach the language service through its facade only', () => {
	const product = [path.join(root, 'server/src'), path.join(root, 'client/src'), path.join(root, 'shared')]
		.flatMap(sourceFiles)
		.filter((file) => !inside(file, service));
	const past = product
		.flatMap(importsOf)
		.filter((entry) => entry.resolved !== undefined && inside(entry.resolved, service) && entry.resolved !== facade);
	assert.deepEqual(describe(past), []);
});

test('the client and shared/ import nothing of the server', () => {
	const server = path.join(root, 'server');
	const found = [path.join(root, 'client/src'), path.join(root, 'shared')]
		.flatMap(sourceFiles)
		.flatMap(importsOf)
		.filter(
			(entry) =>
				(entry.resolved !== undefined && inside(entry.resolved, server)) || /^vscode-languageserver($|\/)/.test(entry.specifier),
		);
	assert.deepEqual(describe(found), []);
});

test('shared/ imports nothing of the client or the editor either', () => {
	const client = path.join(root, 'client');
	const found = sourceFiles(path.join(root, 'shared'))
		.flatMap(importsOf)
		.filter((entry) => (entry.resolved !== undefined && inside(entry.resolved, client)) || /^vscode/.test(entry.specifier));
	assert.deepEqual(describe(found), []);
});

const mutators = new Set(['set', 'add', 'delete', 'clear', 'push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill']);

/**
 * Module-level state of a file: `let` and `var` at the top level, and top-level collections (a `new Map`,
 * `new Set`, a cache, an array literal) changed from inside a function. Tables built while the module
 * loads and never changed after are constants, not state.
 */
function moduleState(file: string): string[] {
	const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
	const found: string[] = [];
	const collections = new Set<string>();
	for (const statement of source.statements) {
		if (!ts.isVariableStatement(statement)) {
			continue;
		}
		const flags = statement.declarationList.flags;
		for (const declaration of statement.declarationList.declarations) {
			const name = declaration.name.getText(source);
			if (!(flags & ts.NodeFlags.Const)) {
				found.push(`${relative(file)}: top-level ${flags & ts.NodeFlags.Let ? 'let' : 'var'} ${name}`);
			} else if (
				declaration.initializer &&
				(ts.isNewExpression(declaration.initializer) || ts.isArrayLiteralExpression(declaration.initializer))
			) {
				collections.add(name);
			}
		}
	}
	const visit = (node: ts.Node, inFunction: boolean): void => {
		const functionLike = inFunction || ts.isFunctionLike(node) || ts.isClassStaticBlockDeclaration(node);
		if (
			functionLike &&
			ts.isCallExpression(node) &&
			ts.isPropertyAccessExpression(node.expression) &&
			ts.isIdentifier(node.expression.expression) &&
			collections.has(node.expression.expression.text) &&
			mutators.has(node.expression.name.text)
		) {
			const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
			found.push(`${relative(file)}:${line + 1}: ${node.expression.getText(source)}() changes module state`);
		}
		node.forEachChild((child) => visit(child, functionLike));
	};
	visit(source, false);
	return found;
}

test('no module of the language service keeps state: a service owns its state (serviceState.ts)', () => {
	assert.deepEqual(sourceFiles(service).flatMap(moduleState), []);
});

test('the state check sees a top-level let, and a module cache filled by a function', () => {
	// The check above passes on an empty list; this shows it would find each kind of state.
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'state-check-'));
	try {
		const file = path.join(dir, 'stateful.ts');
		fs.writeFileSync(
			file,
			[
				'let language = "en";',
				'const cache = new Map<string, number>();',
				'const table = new Map([["a", 1]]);',
				'table.set("b", 2);',
				'export function lookUp(key: string) { cache.set(key, 1); return table.get(key) ?? language; }',
			].join('\n'),
		);
		assert.deepEqual(
			moduleState(file).map((finding) => finding.replace(/^.*stateful\.ts/, 'stateful.ts')),
			['stateful.ts: top-level let language', 'stateful.ts:5: cache.set() changes module state'],
		);
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
});
