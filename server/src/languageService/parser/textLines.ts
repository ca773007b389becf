/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

/** Where the line holding `offset` starts: after a line feed or a lone carriage return, as LSP counts lines. */
export function lineStartAt(text: string, offset: number): number {
	return Math.max(text.lastIndexOf('\n', offset), text.lastIndexOf('\r', offset)) + 1;
}
