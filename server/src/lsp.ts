/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The values the server takes from vscode-languageserver, imported in this one module. The library is
// CommonJS, and the bundler gives each ES module that imports it a copy of its 308 exports: four copies
// were a cost of every start of the server (#6). Types are imported where they are used.
export {
	CodeActionKind,
	CodeActionTriggerKind,
	createConnection,
	DidChangeWatchedFilesNotification,
	DocumentDiagnosticReportKind,
	LSPErrorCodes,
	MessageType,
	RequestType,
	ResponseError,
	ShowMessageNotification,
	TextDocuments,
	TextDocumentSyncKind,
} from 'vscode-languageserver/node';
