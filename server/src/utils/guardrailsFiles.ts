/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The guardrails of each open policy, for the server: the nearest `.iam-support.json` up the folder tree
// of a file: URI, read once and kept until a guardrails file changes (workspace/didChangeWatchedFiles).
// Documents that are not files (untitled editors, virtual workspaces) have none.

import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Guardrails } from '../languageService';
import { findGuardrailsFile, GuardrailsError, guardrailsFileName, readGuardrailsFile } from './guardrailsConfig';

type Translate = (message: string, ...args: Array<string | number>) => string;

export class GuardrailsFiles {
	/** By folder: the file that applies there and what it says, or null for none or one that cannot be used. */
	private readonly byFolder = new Map<string, Guardrails | null>();

	constructor(
		private readonly t: () => Translate,
		/** Says why a guardrails file is not used, once per read. */
		private readonly log: (message: string) => void,
	) {}

	forDocument(uri: string): Guardrails | undefined {
		if (!uri.startsWith('file:')) {
			return undefined;
		}
		let folder: string;
		try {
			folder = path.dirname(fileURLToPath(uri));
		} catch {
			return undefined;
		}
		let guardrails = this.byFolder.get(folder);
		if (guardrails === undefined) {
			const file = findGuardrailsFile(folder);
			guardrails = null;
			if (file) {
				try {
					guardrails = readGuardrailsFile(file, this.t());
				} catch (error) {
					this.log(error instanceof GuardrailsError ? error.message : String(error));
				}
			}
			this.byFolder.set(folder, guardrails);
		}
		return guardrails ?? undefined;
	}

	/** Whether a changed file is a guardrails file, which makes every folder's guardrails stale. */
	static isGuardrailsFile(uri: string): boolean {
		return uri.endsWith(`/${guardrailsFileName}`);
	}

	clear(): void {
		this.byFolder.clear();
	}
}
