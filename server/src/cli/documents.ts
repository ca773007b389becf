/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// A file as the service reads it: its language from its name (and, for a `.template`, its first
// character), as VS Code would give it, so that a template is read as the format it is written in.

import { policySyntaxOf } from '../../../shared/policySyntax';
import { TextDocument } from '../languageService';

/** The files a folder check reads: JSON policies and the templates that may hold one (found by content). */
export const policyFileName = /\.(jsonc?|ya?ml|template|tf)$/i;

export function policyTextDocument(uri: string, fileName: string, text: string): TextDocument {
	const syntax = policySyntaxOf(undefined, fileName, text) ?? 'json';
	return TextDocument.create(uri, syntax, 1, text);
}
