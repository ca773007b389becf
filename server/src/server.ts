/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import { TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, type PolicyDocument } from './languageService';
import { DocumentCache } from './utils/documentCache';
import { runSafe } from './utils/runner';

/** Wires the LSP connection to the language service; every handler is a few lines around one service call. */
export function startServer(connection: Connection): void {
	const service = getLanguageService();
	const documents = new TextDocuments(TextDocument);
	const parses = new DocumentCache<PolicyDocument>((document) => service.parsePolicyDocument(document));
	const log = (message: string) => connection.console.error(message);

	connection.onInitialize((): InitializeResult => ({
		capabilities: {
			textDocumentSync: TextDocumentSyncKind.Incremental,
			completionProvider: { triggerCharacters: ['"', ':'], resolveProvider: false },
			hoverProvider: true,
		},
		serverInfo: { name: 'iam-support-language-server' },
	}));

	documents.onDidClose((event) => parses.delete(event.document.uri));

	connection.onCompletion((params, token) =>
		runSafe(log, () => {
			const document = documents.get(params.textDocument.uri);
			return document ? service.doComplete(document, params.position, parses.get(document)) : null;
		}, null, `Error while computing completions for ${params.textDocument.uri}`, token),
	);

	connection.onHover((params, token) =>
		runSafe(log, () => {
			const document = documents.get(params.textDocument.uri);
			return document ? service.doHover(document, params.position, parses.get(document)) : null;
		}, null, `Error while computing hover for ${params.textDocument.uri}`, token),
	);

	documents.listen(connection);
	connection.listen();
}
