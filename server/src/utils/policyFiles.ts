/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import { promises as fileSystem } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { managedPolicy } from '../languageService';

/**
 * Reads a policy that a simulation names by URI: from the open document when the editor has it (its
 * unsaved text is what the user sees), else from disk.
 */
export function policyTextReader(openText: (uri: string) => string | undefined): (uri: string) => Promise<string> {
	return async (uri) => {
		const open = openText(uri);
		if (open !== undefined) {
			return open;
		}
		if (!uri.startsWith('file:')) {
			throw new Error('only file: URIs can be read from disk');
		}
		// Through `fs.promises`, which Node loads when first read: loading it costs the server's every start 2 ms.
		return fileSystem.readFile(fileURLToPath(uri), 'utf8');
	};
}

/**
 * The document a simulation is asked about: the open document, or — to compare against a policy that is
 * not open — a bundled AWS managed policy (`managed:AWSSupportAccess`) or a file read from disk.
 */
export async function simulatedDocument(
	uri: string,
	open: (uri: string) => TextDocument | undefined,
	read: (uri: string) => Promise<string>,
): Promise<TextDocument | undefined> {
	const document = open(uri);
	if (document) {
		return document;
	}
	const managed = managedPolicy(uri);
	if (managed) {
		return TextDocument.create(uri, 'json', 0, managed.text);
	}
	try {
		return TextDocument.create(uri, 'json', 0, await read(uri));
	} catch {
		return undefined;
	}
}
