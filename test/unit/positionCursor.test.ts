/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The validation finds positions by walking forward from the last one (#6); it must answer exactly as
// the document's own positionAt, whatever the line breaks and the order of the offsets.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from '../../server/src/languageService';
import { PositionCursor } from '../../server/src/languageService/diagnostics/positionCursor';

const seeded = (seed: number) => () => {
	seed = (seed * 1103515245 + 12345) % 2 ** 31;
	return seed / 2 ** 31;
};

describe('position cursor', () => {
	test('answers as document.positionAt for offsets in order, backwards, far ahead and inside \\r\\n', () => {
		const random = seeded(42);
		const pieces = ['a', 'bc', '\n', '\r\n', '\r', '"x"', ' ', '\t', '\u2028', '😀'];
		for (let run = 0; run < 300; run++) {
			let text = '';
			const length = Math.floor(random() * 400);
			while (text.length < length) {
				text += pieces[Math.floor(random() * pieces.length)];
			}
			const document = TextDocument.create('file:///cursor.json', 'json', 1, text);
			const cursor = new PositionCursor(document);
			let offset = 0;
			for (let step = 0; step < 60; step++) {
				const jump = random();
				offset =
					jump < 0.7
						? offset + Math.floor(random() * 12)
						: jump < 0.85
							? Math.floor(random() * (text.length + 3)) - 1
							: offset + 600;
				assert.deepEqual(cursor.positionAt(offset), document.positionAt(offset), `offset ${offset} of ${JSON.stringify(text)}`);
			}
		}
	});
});
