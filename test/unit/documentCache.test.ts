/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentCache } from '../../server/src/utils/documentCache';

test('one parse per version; a new version is parsed again', () => {
	let parses = 0;
	const cache = new DocumentCache((document) => `${++parses}:${document.getText()}`);
	const document = TextDocument.create('untitled:Untitled-1', 'json', 1, 'a');
	assert.equal(cache.get(document), '1:a');
	assert.equal(cache.get(document), '1:a');
	TextDocument.update(document, [{ text: 'b' }], 2);
	assert.equal(cache.get(document), '2:b');
});

test('a document opened again under the same URI and version is not answered from the old one', () => {
	const cache = new DocumentCache((document) => document.getText());
	assert.equal(cache.get(TextDocument.create('untitled:Untitled-1', 'json', 1, 'first')), 'first');
	assert.equal(cache.get(TextDocument.create('untitled:Untitled-1', 'json', 1, 'second')), 'second');
});
