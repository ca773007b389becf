/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import { TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SimulateRequest } from '../../shared/protocol';
import { getLanguageService, type PolicyDocument } from './languageService';
import { DocumentCache } from './utils/documentCache';
import { policyTextReader } from './utils/policyFiles';
import { runSafe } from './utils/runner';

/** Wires the LSP connection to the language service; every handler is a few lines around one service call. */
export function startServer(connection: Connection): void {
	const service = getLanguageService();
	const documents = new TextDocuments(TextDocument);
	const parses = new DocumentCache<PolicyDocument>((document) => service.parsePolicyDocument(document));
	const log = (message: string) => connection.console.error(message);
	const readPolicy = policyTextReader((uri) => documents.get(uri)?.getText());

	connection.onInitialize((): InitializeResult => ({
		capabilities: {
			textDocumentSync: TextDocumentSyncKind.Incremental,
			completionProvider: { triggerCharacters: ['"', ':'], resolveProvider: false },
			hoverProvider: true,
			codeLensProvider: { resolveProvider: false },
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

	connection.onCodeLens((params, token) =>
		runSafe(log, () => {
			const document = documents.get(params.textDocument.uri);
			return document ? service.doCodeLens(document, parses.get(document)) : null;
		}, null, `Error while computing code lenses for ${params.textDocument.uri}`, token),
	);

	connection.onRequest(SimulateRequest.type, async (params, token) => {
		const layers = await service.loadSimulationLayers(params, readPolicy);
		return runSafe(log, () => {
			const document = documents.get(params.textDocument.uri);
			return document ? service.simulate(document, params, parses.get(document), layers) : null;
		}, null, `Error while simulating ${params.textDocument.uri}`, token);
	});

	documents.listen(connection);
	connection.listen();
}
