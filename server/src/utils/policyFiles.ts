/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

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
		return readFile(fileURLToPath(uri), 'utf8');
	};
}
