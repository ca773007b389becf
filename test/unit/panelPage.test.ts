/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Static checks on the page's sources: the rules that keep document content inert in the panel are
// easy to break with one line, and a unit test without a browser can still see that line.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';

const root = path.resolve(__dirname, '../../..');
const webview = path.join(root, 'client/src/webview');
const sources = fs
	.readdirSync(webview)
	.filter((name) => name.endsWith('.ts'))
	.map((name) => ({ name, text: fs.readFileSync(path.join(webview, name), 'utf8') }));

describe('panel page sources', () => {
	test('the page has sources to check', () => {
		assert.ok(sources.some((source) => source.name === 'main.ts'));
	});

	test('no HTML parsing of strings and no code from strings', () => {
		const sinks =
			/\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|\beval\(|new Function\(|setTimeout\(\s*['"`]|createContextualFragment/;
		for (const source of sources) {
			assert.doesNotMatch(source.text, sinks, source.name);
		}
	});

	test('no inline styles and no network APIs', () => {
		for (const source of sources) {
			assert.doesNotMatch(
				source.text,
				/\.style\.|setAttribute\(\s*['"]style|\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon/,
				source.name,
			);
		}
	});

	test('the style sheet uses only VS Code theme variables and no outside resources', () => {
		const css = fs.readFileSync(path.join(webview, 'panel.css'), 'utf8');
		const variables = [...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1]);
		assert.ok(variables.length > 10);
		assert.deepEqual(
			variables.filter((name) => !name.startsWith('--vscode-')),
			[],
		);
		assert.doesNotMatch(css.replace(/\/\*[\s\S]*?\*\//g, ''), /#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(|url\(|@import/i);
	});

	test('the built page loads nothing from outside', () => {
		const bundle = path.join(root, 'dist/webview/panel.js');
		assert.ok(fs.existsSync(bundle), 'npm run build makes dist/webview/panel.js');
		assert.doesNotMatch(fs.readFileSync(bundle, 'utf8'), /\brequire\(|https?:\/\/(?!www\.w3\.org)/);
	});
});
