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
