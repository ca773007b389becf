/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// What every answer of the language service must satisfy, whatever the document: the invariants that an
// editor relies on and that no hand-written test can cover for every input.
import { parseTree, type ParseError } from 'jsonc-parser';
import { parseAllDocuments } from 'yaml';
import type { Position, Range, TextDocument, TextEdit } from '../../server/src/languageService';

/** A broken invariant; the runner adds the seed and the document to reproduce it. */
export class FuzzFailure extends Error {}

export function fail(message: string): never {
	throw new FuzzFailure(message);
}

function isPosition(value: unknown): value is Position {
	const p = value as Position;
	return (
		typeof p === 'object' && p !== null && Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0
	);
}

/** Whether a position names a real place in the document: positionAt(offsetAt(p)) gives it back. */
function isInside(document: TextDocument, position: Position): boolean {
	const back = document.positionAt(document.offsetAt(position));
	return back.line === position.line && back.character === position.character;
}

export function checkRange(document: TextDocument, range: Range | undefined, what: string): void {
	if (!range || !isPosition(range.start) || !isPosition(range.end)) {
		fail(`${what}: not a range: ${JSON.stringify(range)}`);
	}
	if (!isInside(document, range.start) || !isInside(document, range.end)) {
		fail(`${what}: range ${JSON.stringify(range)} is outside the document (${document.lineCount} lines)`);
	}
	if (document.offsetAt(range.start) > document.offsetAt(range.end)) {
		fail(`${what}: range ${JSON.stringify(range)} ends before it starts`);
	}
}

/** Applies non-overlapping edits as an editor does; overlapping edits are a failure. */
export function applyEdits(document: TextDocument, edits: readonly TextEdit[], what: string): string {
	const sorted = edits
		.map((edit, index) => {
			checkRange(document, edit.range, what);
			if (typeof edit.newText !== 'string') {
				fail(`${what}: edit without text`);
			}
			return { start: document.offsetAt(edit.range.start), end: document.offsetAt(edit.range.end), text: edit.newText, index };
		})
		.sort((a, b) => a.start - b.start || a.index - b.index);
	const text = document.getText();
	let result = '';
	let last = 0;
	for (const edit of sorted) {
		if (edit.start < last) {
			fail(`${what}: edits overlap at offset ${edit.start}`);
		}
		result += text.slice(last, edit.start) + edit.text;
		last = edit.end;
	}
	return result + text.slice(last);
}

/** Results travel as JSON-RPC: they must survive JSON.stringify. */
export function checkSerializable(value: unknown, what: string): void {
	try {
		JSON.stringify(value);
	} catch (error) {
		fail(`${what}: result cannot be sent as JSON: ${String(error)}`);
	}
}

export function syntaxErrorCount(text: string, languageId = 'json'): number {
	if (languageId === 'yaml') {
		// A repeated key is the duplicate-key rule's finding, as in JSON, not a syntax error.
		return parseAllDocuments(text, { uniqueKeys: false }).reduce((count, document) => count + document.errors.length, 0);
	}
	const errors: ParseError[] = [];
	// Counted as IAM and the service count them: a trailing comma and a comment are errors.
	parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
	return errors.length;
}

/**
 * Runs one request under a time bound. The bound is generous (seconds, not milliseconds): it is there to
 * catch a hang or a runaway loop, never an ordinary slow moment of a busy machine.
 */
export function timed<T>(what: string, boundMs: number, stats: { slowestMs: number; slowest: string }, run: () => T): T {
	const start = performance.now();
	const result = run();
	const elapsed = performance.now() - start;
	if (elapsed > stats.slowestMs) {
		stats.slowestMs = elapsed;
		stats.slowest = what;
	}
	if (elapsed > boundMs) {
		fail(`${what} took ${Math.round(elapsed)} ms, more than the bound of ${boundMs} ms`);
	}
	return result;
}
