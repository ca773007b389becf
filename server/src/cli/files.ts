/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import { t } from './l10n';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A file to check; `explicit` when the user named it, so that a file that is no policy is reported, not skipped. */
export interface InputFile {
	readonly path: string;
	readonly explicit: boolean;
	/** Why the file cannot be checked (a folder that cannot be read, a FIFO or device); the others still are. */
	readonly error?: string;
}

export class UsageError extends Error {}

const skippedFolders = new Set(['node_modules', '.git']);
const policyFile = /\.jsonc?$/i;

/**
 * Collects the regular files below a folder. Symbolic links are not followed, so a link loop cannot trap
 * the walk; a folder that cannot be read becomes an error of its own and the walk goes on.
 */
function walk(folder: string, accept: (file: string) => boolean, found: string[], errors: InputFile[]): void {
	let entries: fs.Dirent[];
	try {
		entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
	} catch (error) {
		errors.push({
			path: folder,
			explicit: false,
			error: t('cannot read {0}: {1}', folder, error instanceof Error ? error.message : String(error)),
		});
		return;
	}
	for (const entry of entries) {
		const full = path.join(folder, entry.name);
		if (entry.isDirectory() && !skippedFolders.has(entry.name)) {
			walk(full, accept, found, errors);
		} else if (entry.isFile() && accept(full)) {
			found.push(full);
		}
	}
}

/** A glob as a regular expression over `/`-separated paths: `**` crosses folders, `*` and `?` do not. */
export function globToRegExp(glob: string): RegExp {
	let source = '';
	for (let i = 0; i < glob.length; i++) {
		const c = glob[i];
		if (c === '*' && glob[i + 1] === '*') {
			source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
			i += glob[i + 2] === '/' ? 2 : 1;
		} else if (c === '*') {
			source += '[^/]*';
		} else if (c === '?') {
			source += '[^/]';
		} else {
			source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
		}
	}
	return new RegExp(`^${source}$`);
}

/** Expands files, folders (their .json and .jsonc files) and globs, in a stable order, without repeats. */
export function expandInputs(inputs: readonly string[]): InputFile[] {
	const files: InputFile[] = [];
	const seen = new Set<string>();
	const add = (file: string, explicit: boolean, error?: string) => {
		if (!seen.has(file)) {
			seen.add(file);
			files.push({ path: file, explicit, error });
		}
	};
	const errors: InputFile[] = [];
	for (const input of inputs) {
		if (input === '-') {
			add('-', true);
		} else if (/[*?]/.test(input)) {
			const normalized = input.split(path.sep).join('/');
			const segments = normalized.split('/');
			const firstWild = segments.findIndex((segment) => /[*?]/.test(segment));
			const base = segments.slice(0, firstWild).join('/') || '.';
			const matcher = globToRegExp(normalized.replace(/^\.\//, ''));
			const found: string[] = [];
			if (fs.existsSync(base)) {
				walk(base, (file) => matcher.test(file.split(path.sep).join('/').replace(/^\.\//, '')), found, errors);
			}
			if (found.length === 0) {
				throw new UsageError(t('no file matches {0}', input));
			}
			found.forEach((file) => add(file, false));
		} else {
			let stat: fs.Stats;
			try {
				stat = fs.statSync(input);
			} catch {
				throw new UsageError(t('cannot read {0}: no such file or folder', input));
			}
			if (stat.isDirectory()) {
				const found: string[] = [];
				walk(input, (file) => policyFile.test(file), found, errors);
				found.forEach((file) => add(file, false));
			} else if (stat.isFile()) {
				add(input, true);
			} else {
				// Reading a FIFO or a device would wait for ever or never end.
				add(input, true, t('cannot read {0}: not a regular file', input));
			}
		}
	}
	errors.forEach((entry) => add(entry.path, false, entry.error));
	return files;
}
