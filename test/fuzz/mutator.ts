/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Breaks documents the way typing, pasting and bad merges do: characters and JSON tokens deleted,
// inserted, swapped and repeated, and the text cut off.
import { createScanner, SyntaxKind } from 'jsonc-parser';
import type { Random } from './random';

const insertions = [
	'{',
	'}',
	'[',
	']',
	':',
	',',
	'"',
	'\\',
	'*',
	'?',
	'$',
	'${',
	'/',
	'//',
	'/*',
	'*/',
	' ',
	'\n',
	'\r\n',
	'\r',
	'\t',
	'\ufeff',
	'\u0000',
	'\ud800',
	'\udfff',
	'\u2028',
	'🙂',
	'é',
	'"Action"',
	'"Statement"',
	'"Condition":{',
	'support:',
	'null',
	'true',
	'-',
	'1e999',
];

interface Token {
	readonly offset: number;
	readonly length: number;
}

function tokensOf(text: string): Token[] {
	const scanner = createScanner(text, false);
	const tokens: Token[] = [];
	for (let token = scanner.scan(); token !== SyntaxKind.EOF && tokens.length < 100_000; token = scanner.scan()) {
		tokens.push({ offset: scanner.getTokenOffset(), length: scanner.getTokenLength() });
	}
	return tokens;
}

/** Applies between one and `maxEdits` random edits. */
export function mutate(text: string, random: Random, maxEdits = 4): string {
	let result = text;
	const edits = random.int(1, maxEdits);
	for (let i = 0; i < edits; i++) {
		result = mutateOnce(result, random);
	}
	return result;
}

function mutateOnce(text: string, r: Random): string {
	const at = r.int(0, text.length);
	switch (r.int(0, 8)) {
		case 0:
			return text.slice(0, at) + text.slice(Math.min(text.length, at + r.int(1, 3)));
		case 1:
			return text.slice(0, at) + r.pick(insertions) + text.slice(at);
		case 2: {
			const other = r.int(0, text.length);
			const [a, b] = at < other ? [at, other] : [other, at];
			return b < text.length && a < b ? text.slice(0, a) + text[b] + text.slice(a + 1, b) + text[a] + text.slice(b + 1) : text;
		}
		case 3:
			return text.slice(0, at);
		case 4:
			// A surrogate pair cut in half: what a careless slice of user text produces.
			return text.slice(0, at) + String.fromCharCode(r.int(0xd800, 0xdfff)) + text.slice(at);
		default:
			return mutateToken(text, r);
	}
}

function mutateToken(text: string, r: Random): string {
	const tokens = tokensOf(text);
	if (tokens.length === 0) {
		return text + r.pick(insertions);
	}
	const token = r.pick(tokens);
	const tokenText = text.substr(token.offset, token.length);
	const end = token.offset + token.length;
	switch (r.int(0, 3)) {
		case 0:
			return text.slice(0, token.offset) + text.slice(end);
		case 1:
			return text.slice(0, end) + tokenText + text.slice(end);
		case 2: {
			const other = r.pick(tokens);
			return text.slice(0, other.offset) + tokenText + text.slice(other.offset);
		}
		default: {
			// Half a token: an unterminated string, half a keyword.
			return text.slice(0, token.offset + Math.floor(token.length / 2)) + text.slice(end);
		}
	}
}
