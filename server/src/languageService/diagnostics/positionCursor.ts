/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import type { Position, TextDocument } from '../languageTypes';

/** How many lines ahead of the last position a step from line to line still beats the document's binary search. */
const stepLimit = 8;

/**
 * `document.positionAt` for offsets that mostly come in document order, as findings do: from the last
 * position it steps over the line or two in between, by the document's own line starts, instead of
 * searching every line again. One of AWS's policies has 4,500 findings, and the search was a quarter of
 * its validation.
 */
export class PositionCursor {
	private line = -1;
	private lineStart = 0;
	private nextLineStart = 0;
	private readonly text: string;
	private readonly lineCount: number;

	constructor(private readonly document: TextDocument) {
		this.text = document.getText();
		this.lineCount = document.lineCount;
	}

	positionAt(offset: number): Position {
		if (this.line < 0 || offset < this.lineStart || offset > this.text.length) {
			return this.search(offset);
		}
		for (let steps = 0; offset >= this.nextLineStart; steps++) {
			if (steps === stepLimit) {
				return this.search(offset);
			}
			this.moveTo(this.line + 1);
		}
		// As the document does: an offset between `\r` and `\n` is placed before the `\r`.
		const insideLineBreak =
			offset > this.lineStart && this.text.charCodeAt(offset - 1) === 0x0d && this.text.charCodeAt(offset) === 0x0a;
		return { line: this.line, character: offset - this.lineStart - (insideLineBreak ? 1 : 0) };
	}

	private search(offset: number): Position {
		const position = this.document.positionAt(offset);
		if (offset >= 0 && offset <= this.text.length) {
			this.moveTo(position.line);
		} else {
			this.line = -1;
		}
		return position;
	}

	private moveTo(line: number): void {
		this.line = line;
		this.lineStart = this.document.offsetAt({ line, character: 0 });
		this.nextLineStart = line + 1 < this.lineCount ? this.document.offsetAt({ line: line + 1, character: 0 }) : Infinity;
	}
}
