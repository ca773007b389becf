/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// One place to import the LSP types from, so that features never reach for the LSP connection.
export * from 'vscode-languageserver-types';
export { TextDocument } from 'vscode-languageserver-textdocument';
export type { PolicyDocument } from './parser/policyModel';

/** Settings that change what the language service reports; read per document by the server. */
export interface LanguageSettings {
	/** Documents longer than this (characters) are not analysed. */
	readonly maxFileSize?: number;
}
