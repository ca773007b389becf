/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The readers of formats that need loading before they read: Terraform's runs tree-sitter's HCL grammar
// in WebAssembly, whose bytes the host gives (the service never touches the file system). A service loads
// it once, on the first Terraform document, and keeps it; the reader's code is a bundle of its own
// (dist/terraformReader.js), so a user who never opens a .tf file never loads it.

import { stateSlot, type ServiceState } from '../serviceState';
import type { PolicySyntax, SourceReader, WasmLoader } from './sourceTree';

interface LoadedReaders {
	terraform?: Promise<SourceReader>;
	reader?: SourceReader;
	/** Why the reader could not be loaded, in English from the runtime. */
	failure?: string;
}

const loadedReaders = stateSlot((): LoadedReaders => ({}));

/** Loads the reader of a syntax that needs one; resolves at once for JSON and YAML, and when no WebAssembly can be loaded. */
export async function loadTemplateReader(state: ServiceState, syntax: PolicySyntax, loadWasm: WasmLoader | undefined): Promise<void> {
	if (syntax !== 'terraform' || !loadWasm) {
		return;
	}
	const readers = state.own(loadedReaders);
	readers.terraform ??= loadTerraform(loadWasm).then(
		(reader) => (readers.reader = reader),
		(error: unknown) => {
			readers.failure = error instanceof Error ? error.message : String(error);
			throw error;
		},
	);
	await readers.terraform.catch(() => undefined);
}

async function loadTerraform(loadWasm: WasmLoader): Promise<SourceReader> {
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle of its own, see above
	const terraform = require('../parser/terraform') as typeof import('../parser/terraform');
	return terraform.loadTerraformReader(loadWasm);
}

/** The loaded reader of a syntax, or why there is none. */
export function templateReader(state: ServiceState, syntax: PolicySyntax): { reader?: SourceReader; failure?: string } {
	if (syntax !== 'terraform') {
		return {};
	}
	const { reader, failure } = state.own(loadedReaders);
	return { reader, failure };
}
