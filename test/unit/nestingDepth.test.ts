/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The depth guard before each parse reads characters itself rather than running jsonc-parser's scanner
// (it was a third of the parse). It must agree with the scanner on where strings and comments are.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createScanner, SyntaxKind } from 'jsonc-parser';
import { nestingExceeds } from '../../server/src/languageService/parser/parsePolicyDocument';

/** The guard as it was first written: with the parser's own scanner. */
function nestingExceedsByScanner(text: string, limit: number): boolean {
	const scanner = createScanner(text, false);
	const open: SyntaxKind[] = [];
	for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
		if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) {
			open.push(token);
			if (open.length > limit) {
				return true;
			}
		} else if (token === SyntaxKind.CloseBraceToken && open[open.length - 1] === SyntaxKind.OpenBraceToken) {
			open.pop();
		} else if (token === SyntaxKind.CloseBracketToken && open[open.length - 1] === SyntaxKind.OpenBracketToken) {
			open.pop();
		}
	}
	return false;
}

function assertAgrees(text: string): void {
	for (let limit = 0; limit <= 6; limit++) {
		assert.equal(nestingExceeds(text, limit), nestingExceedsByScanner(text, limit), `limit ${limit} on ${JSON.stringify(text)}`);
	}
}

describe('nesting depth guard', () => {
	test('counts objects and arrays, not brackets inside strings or comments', () => {
		assert.equal(nestingExceeds('{"a": [[{}]]}', 3), true);
		assert.equal(nestingExceeds('{"a": [[{}]]}', 4), false);
		assert.equal(nestingExceeds('{"a": "[[[[[[", "b": "${aws:username}"}', 1), false);
		assert.equal(nestingExceeds('{ // [[[[\n /* {{{{ */ }', 1), false);
	});

	test('agrees with the scanner on strings cut by line breaks, escapes, comments and mismatched closers', () => {
		for (const text of [
			'{"a\\"[[": [}',
			'{"a\n[[[[',
			'{"a\\\n[[[[ "',
			'["\\u00[[[" [[[',
			'{/* [[[ */ [[ /* unclosed [[[[',
			'{// [[[[\r[[[',
			'[/[/*[*/[',
			'{]]]][[[[}',
			'"unterminated [[[[',
			'/',
			'/*/ [[[[ */',
		]) {
			assertAgrees(text);
		}
	});

	test('agrees with the scanner on random text made of the characters that matter', () => {
		const alphabet = ['{', '}', '[', ']', '"', '\\', '/', '*', '\n', '\r', 'a', ' ', 'u', '0'];
		let seed = 20261130;
		const random = () => {
			seed = (seed * 1103515245 + 12345) % 2 ** 31;
			return seed / 2 ** 31;
		};
		for (let run = 0; run < 3000; run++) {
			const length = 1 + Math.floor(random() * 30);
			let text = '';
			for (let i = 0; i < length; i++) {
				text += alphabet[Math.floor(random() * alphabet.length)];
			}
			assertAgrees(text);
		}
	});
});
