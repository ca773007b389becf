/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildPanelHtml, contentSecurityPolicy, createNonce, escapeAttribute } from '../../client/src/panel/common/html';

const cspSource = 'https://file+.vscode-resource.vscode-cdn.net';
const input = {
	cspSource,
	nonce: 'bm9uY2Vub25jZW5vbmNl',
	scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/panel.js',
	styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/panel.css',
};

function cspOf(html: string): string {
	const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
	assert.ok(match, 'the page has a CSP meta tag');
	return match[1]
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');
}

describe('panel HTML', () => {
	test('the CSP denies by default and allows scripts only by nonce', () => {
		const directives = cspOf(buildPanelHtml(input)).split('; ');
		assert.equal(directives[0], `default-src 'none'`);
		assert.ok(directives.includes(`script-src 'nonce-${input.nonce}'`));
		assert.ok(directives.includes(`style-src ${cspSource}`));
		assert.ok(
			!directives.some((directive) => /unsafe-inline|unsafe-eval|https:(?!\/\/file)|\*/.test(directive)),
			directives.join('; '),
		);
		assert.ok(directives.includes(`form-action 'none'`));
	});

	test('the one script carries the nonce and there is no inline script, style or handler', () => {
		const html = buildPanelHtml(input);
		const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
		assert.equal(scripts.length, 1);
		assert.equal(scripts[0][1], '');
		assert.match(scripts[0][0], new RegExp(`nonce="${input.nonce}" src="${input.scriptUri.replace(/[.+]/g, '\\$&')}"`));
		assert.doesNotMatch(html, /<style|style=|\son[a-z]+=/i);
	});

	test('initial state cannot break out of its attribute', () => {
		const html = buildPanelHtml({ ...input, initialState: { sid: '"><script>alert(1)</script>', quote: "'" } });
		assert.equal([...html.matchAll(/<script/g)].length, 1);
		const attribute = /data-initial-state="([^"]*)"/.exec(html)![1];
		const decoded = attribute
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&amp;/g, '&');
		assert.deepEqual(JSON.parse(decoded), { sid: '"><script>alert(1)</script>', quote: "'" });
	});

	test("takes the cspSource that VS Code and code-server give, a list with 'self'", () => {
		const directives = contentSecurityPolicy(`'self' https://*.vscode-cdn.net`, input.nonce).split('; ');
		assert.ok(directives.includes(`style-src 'self' https://*.vscode-cdn.net`), directives.join('; '));
		assert.ok(directives.includes(`script-src 'nonce-${input.nonce}'`));
	});

	test('refuses a source or nonce that would widen the policy', () => {
		assert.throws(() => contentSecurityPolicy(`${cspSource}; script-src *`, input.nonce));
		assert.throws(() => contentSecurityPolicy(`'self' 'unsafe-inline'`, input.nonce));
		assert.throws(() => contentSecurityPolicy(`'self'  ${cspSource}`, input.nonce));
		assert.throws(() => contentSecurityPolicy('', input.nonce));
		assert.throws(() => contentSecurityPolicy(cspSource, `abc' 'unsafe-inline`));
		assert.throws(() => buildPanelHtml({ ...input, nonce: '' }));
	});

	test('nonces are fresh and long enough', () => {
		const nonces = new Set(Array.from({ length: 100 }, createNonce));
		assert.equal(nonces.size, 100);
		for (const nonce of nonces) {
			assert.match(nonce, /^[A-Za-z0-9+/]{24}$/);
		}
	});

	test('escapeAttribute escapes all five characters', () => {
		assert.equal(escapeAttribute(`&"'<>`), '&amp;&quot;&#39;&lt;&gt;');
	});
});
