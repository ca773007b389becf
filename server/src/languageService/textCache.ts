/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

/**
 * A copy of `text` that does not keep the string it was cut from alive, for a key that a cache keeps
 * across versions. The strings jsonc-parser reads out of a document are, in V8, slices that point into
 * the whole document's text: a cache holding one holds that version of the document. Concatenating
 * forces a flat copy, and the slice taken off it points only into that copy.
 */
export function detachedString(text: string): string {
	return (' ' + text).slice(1);
}

/**
 * The longest text a cache keeps, far beyond any action name or pattern (AWS's longest action names have
 * under a hundred characters). A longer one, pasted or hostile, is worked out each time: a cache that kept
 * a copy of each version of a half-megabyte entry grew by megabytes a keystroke.
 */
export const longestCachedText = 1024;

/**
 * A cache of what is worked out from a text (a pattern, an action name) across documents and versions,
 * with the two precautions every such cache needs: its keys are detached copies, and a text longer than
 * `longestCachedText` is worked out each time. When it holds `maxEntries` it starts again: hostile
 * documents stay small.
 */
export class TextCache<T> {
	private readonly entries = new Map<string, T>();

	constructor(private readonly maxEntries: number) {}

	/** `compute` gets a text that it may keep in what it returns: a detached copy when the result is cached. */
	get(text: string, compute: (text: string) => T): T {
		if (text.length > longestCachedText) {
			return compute(text);
		}
		let value = this.entries.get(text);
		if (value === undefined) {
			const key = detachedString(text);
			value = compute(key);
			if (this.entries.size >= this.maxEntries) {
				this.entries.clear();
			}
			this.entries.set(key, value);
		}
		return value;
	}
}
