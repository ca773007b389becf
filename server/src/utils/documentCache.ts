/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * Keeps one parse per open document version, so that completion, hover, diagnostics and simulation of
 * the same version share it. A new version replaces the old parse; closing a document drops it.
 * An entry also remembers the document object it was made from: a document closed and opened again
 * under the same URI (an editor reusing `untitled:Untitled-1`) starts again at version 1, and its
 * requests can arrive before the close is handled.
 */
export class DocumentCache<T> {
	private readonly entries = new Map<string, { document: TextDocument; version: number; value: T }>();

	constructor(private readonly parse: (document: TextDocument) => T) {}

	get(document: TextDocument): T {
		const entry = this.entries.get(document.uri);
		if (entry && entry.document === document && entry.version === document.version) {
			return entry.value;
		}
		const value = this.parse(document);
		this.entries.set(document.uri, { document, version: document.version, value });
		return value;
	}

	delete(uri: string): void {
		this.entries.delete(uri);
	}

	clear(): void {
		this.entries.clear();
	}
}
