/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The bytes of the WebAssembly files the Terraform reader runs, for a host on Node. The bundles have
// them beside themselves (scripts/build.mjs copies them into dist/); compiled tests and the sample run
// from out/, where only the packages have them.

import { readFile } from 'node:fs/promises';
import * as path from 'node:path';

/** Each file the service may ask for, and the package file it is a copy of. */
const packageFiles: Readonly<Record<string, string>> = {
	'web-tree-sitter.wasm': 'web-tree-sitter/web-tree-sitter.wasm',
	'tree-sitter-hcl.wasm': '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm',
};

/**
 * Reads a file the service names (a WasmLoader, server/src/languageService/parser/sourceTree.ts) from
 * `directory`, by default the running bundle's, else from its package. Names other than the known
 * ones are refused, so that no request reads an arbitrary file.
 */
export function nodeWasmLoader(directory: string = __dirname): (fileName: string) => Promise<Uint8Array> {
	return async (fileName) => {
		const packageFile = packageFiles[fileName];
		if (!packageFile) {
			throw new Error(`No such WebAssembly file: ${fileName}`);
		}
		try {
			return await readFile(path.join(directory, fileName));
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
				throw error;
			}
			return await readFile(require.resolve(packageFile));
		}
	};
}
