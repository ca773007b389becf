/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import type { CancellationToken } from 'vscode-languageserver';
import { LSPErrorCodes, ResponseError } from '../lsp';

function formatError(message: string, error: unknown): string {
	return error instanceof Error ? `${message}: ${error.message}\n${error.stack}` : `${message}: ${String(error)}`;
}

/**
 * Runs a request handler so that a bug in one feature answers that request with an error instead of
 * bringing the server down, and so that a cancelled request is answered as cancelled.
 */
export function runSafe<T>(
	log: (message: string) => void,
	func: () => T,
	errorValue: T,
	errorMessage: string,
	token: CancellationToken,
): T | ResponseError<void> {
	if (token.isCancellationRequested) {
		return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
	}
	try {
		const result = func();
		return token.isCancellationRequested ? new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled') : result;
	} catch (error) {
		log(formatError(errorMessage, error));
		return errorValue;
	}
}
