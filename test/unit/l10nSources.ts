/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Finds the English message keys of the sources, the way a translator's tool would: every string literal
// passed first to `t(`, `l10n.t(` or `vscode.l10n.t(`. A message built some other way has no key, and the
// test that compares keys with the bundle cannot see it; so every message is a literal at its call.

import * as fs from 'node:fs';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../../..');

const sourceRoots = ['server/src', 'client/src', 'shared'];
// Quoted literals, and template literals without substitutions (the CLI's multi-line usage texts).
const literal = `('(?:[^'\\\\\\n]|\\\\.)*'|"(?:[^"\\\\\\n]|\\\\.)*"|\`(?:[^\`\\\\$]|\\\\.|\\$(?!\\{))*\`)`;
// `t(`, or `t` read off an object (`vscode.l10n.t(`, `context.t(`, `state.messages.t(`).
const call = new RegExp(`(?<![\\w.$])(?:[A-Za-z_$][\\w$]*\\.)*t\\(\\s*${literal}`, 'g');
// A rule's one-line description, the last argument of its entry in the rules table.
const ruleDescription = new RegExp(`^\\trule\\(\\s*'[a-z-]+',\\s*'[a-z]+',\\s*'[a-z]+',\\s*${literal},?\\s*\\)`, 'gm');

function sourceFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		return entry.isDirectory() ? sourceFiles(full) : /\.ts$/.test(entry.name) && !/\.d\.ts$/.test(entry.name) ? [full] : [];
	});
}

function unquote(literal: string): string {
	const body = literal.slice(1, -1);
	if (literal[0] === '`') {
		return body.replace(/\\([\s\S])/g, '$1');
	}
	// A TypeScript single-quoted literal is a JSON string once its quotes and escaped quotes are swapped.
	return JSON.parse(`"${literal[0] === "'" ? body.replace(/\\'/g, "'").replace(/"/g, '\\"') : body}"`);
}

/** The message keys of the sources, with the files that use each. */
export function sourceMessageKeys(): Map<string, string[]> {
	const keys = new Map<string, string[]>();
	for (const root of sourceRoots) {
		for (const file of sourceFiles(path.join(repoRoot, root))) {
			const text = fs.readFileSync(file, 'utf8');
			for (const match of [...text.matchAll(call), ...text.matchAll(ruleDescription)]) {
				const key = unquote(match[1]);
				keys.set(key, [...(keys.get(key) ?? []), path.relative(repoRoot, file)]);
			}
		}
	}
	return keys;
}

export function readJson(relativePath: string): Record<string, unknown> {
	return JSON.parse(fs.readFileSync(path.join(repoRoot, relativePath), 'utf8'));
}
