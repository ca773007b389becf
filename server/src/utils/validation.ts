/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import type { Connection, Diagnostic, Disposable, DocumentDiagnosticReport, TextDocuments } from 'vscode-languageserver';
import { DocumentDiagnosticReportKind } from '../lsp';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export type Validator = (document: TextDocument) => Promise<Diagnostic[]>;

export interface DiagnosticsSupport {
	/** Asks for every open document to be validated again (after a settings change). */
	requestRefresh(): void;
	dispose(): void;
}

/** Edits come in bursts; validating after a pause saves work nobody would see. */
const debounceMs = 300;

/**
 * Push model, for clients without pull diagnostics: validate a document once per version after a pause in
 * editing, publish the result only if the document has not changed meanwhile, and clear it on close.
 */
export function registerDiagnosticsPushSupport(
	documents: TextDocuments<TextDocument>,
	connection: Connection,
	validate: Validator,
): DiagnosticsSupport {
	const pending = new Map<string, NodeJS.Timeout>();
	const validated = new Map<string, number>();
	const schedule = (document: TextDocument, delay = debounceMs) => {
		clearTimeout(pending.get(document.uri));
		pending.set(
			document.uri,
			setTimeout(async () => {
				pending.delete(document.uri);
				const current = documents.get(document.uri);
				if (!current || current.version !== document.version || validated.get(document.uri) === document.version) {
					return;
				}
				validated.set(document.uri, document.version);
				const diagnostics = await validate(current);
				// The document may have changed while the settings were fetched: a newer version will publish its own.
				if (documents.get(document.uri)?.version === document.version) {
					void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
				}
			}, delay),
		);
	};
	const disposables: Disposable[] = [
		documents.onDidOpen((event) => schedule(event.document, 0)),
		documents.onDidChangeContent((event) => schedule(event.document)),
		documents.onDidClose((event) => {
			clearTimeout(pending.get(event.document.uri));
			pending.delete(event.document.uri);
			validated.delete(event.document.uri);
			void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
		}),
	];
	return {
		requestRefresh: () => {
			validated.clear();
			documents.all().forEach((document) => schedule(document, 0));
		},
		dispose: () => {
			pending.forEach((timer) => clearTimeout(timer));
			disposables.forEach((disposable) => disposable.dispose());
		},
	};
}

/**
 * Pull model: the client asks when it needs diagnostics; an unchanged version answers `unchanged`, so a
 * document is validated once per version and never computed to be thrown away.
 *
 * A document for which `prepare` holds is validated as soon as it opens (#16): its settings are then
 * fetched, its version parsed and its statements' findings kept in the validation's memo, and the
 * client's first request finds all of that ready. VS Code's client asks only once the document's editor
 * tab exists, and in a window that is still starting the tab comes hundreds of milliseconds after the
 * document reached the server.
 */
export function registerDiagnosticsPullSupport(
	documents: TextDocuments<TextDocument>,
	connection: Connection,
	validate: Validator,
	prepare: (document: TextDocument) => boolean = () => false,
): DiagnosticsSupport {
	const results = new Map<string, { version: number; resultId: string }>();
	let counter = 0;
	const registration = connection.languages.diagnostics.on(async (params): Promise<DocumentDiagnosticReport> => {
		const document = documents.get(params.textDocument.uri);
		if (!document) {
			return { kind: DocumentDiagnosticReportKind.Full, items: [] };
		}
		const previous = results.get(document.uri);
		if (previous && previous.version === document.version && params.previousResultId === previous.resultId) {
			return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: previous.resultId };
		}
		const items = await validate(document);
		const resultId = `${document.version}-${++counter}`;
		results.set(document.uri, { version: document.version, resultId });
		return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
	});
	const opening = documents.onDidOpen(({ document }) => {
		if (prepare(document)) {
			// Its result is in the memo; a failure is the request's to meet again and report.
			validate(document).catch(() => {});
		}
	});
	const closing = documents.onDidClose((event) => results.delete(event.document.uri));
	return {
		requestRefresh: () => {
			results.clear();
			void connection.languages.diagnostics.refresh();
		},
		dispose: () => {
			registration.dispose();
			opening.dispose();
			closing.dispose();
		},
	};
}
