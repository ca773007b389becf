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

/** A file that cannot be read; the message names the file and says why, in words. */
export class FileError extends Error {
	constructor(
		readonly file: string,
		/** Why, without the file's name: "no such file or folder". */
		readonly reason: string,
	) {
		super(t('cannot read {0}: {1}', file, reason));
	}
}

/**
 * Why a file cannot be read, in words. Node's own messages name the system call and its code
 * (`ENOENT: no such file or directory, open 'x'`), which tells a user of the command nothing more.
 */
export function ioReason(error: unknown): string {
	switch ((error as NodeJS.ErrnoException | undefined)?.code) {
		case 'ENOENT':
			return t('no such file or folder');
		case 'EACCES':
		case 'EPERM':
			return t('permission denied');
		case 'EISDIR':
			return t('a folder, not a file');
		case 'ENOTDIR':
			return t('a part of the path is not a folder');
		case 'ELOOP':
			return t('too many symbolic links');
		case 'ENAMETOOLONG':
			return t('the name is too long');
		case 'EMFILE':
		case 'ENFILE':
			return t('too many open files');
		case 'EIO':
			return t('an input/output error of the disk');
		default: {
			const message = error instanceof Error ? error.message : String(error);
			// Node writes `CODE: what, syscall 'path'`; keep what.
			return message.replace(/^[A-Z][A-Z0-9_]+: /, '').replace(/, \w+ '.*'$/, '');
		}
	}
}

/**
 * Reads a policy file as text. Refuses, with a `FileError` that says why, what is not a regular file (a
 * FIFO or a device would be read for ever) and a binary file that happens to be named .json.
 */
export function readTextFile(file: string): string {
	let bytes: Buffer;
	try {
		const stat = fs.statSync(file);
		if (stat.isDirectory()) {
			throw new FileError(file, t('a folder, not a file'));
		}
		if (!stat.isFile()) {
			throw new FileError(file, t('not a regular file'));
		}
		bytes = fs.readFileSync(file);
	} catch (error) {
		throw error instanceof FileError ? error : new FileError(file, ioReason(error));
	}
	// A NUL byte never occurs in JSON text.
	if (bytes.subarray(0, 8192).includes(0)) {
		throw new FileError(file, t('a binary file, not JSON text'));
	}
	return bytes.toString('utf8');
}

const skippedFolders = new Set(['node_modules', '.git']);
import { policyFileName as policyFile } from './documents';

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
			error: t('cannot read {0}: {1}', folder, ioReason(error)),
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

/** Expands files, folders (their .json, .jsonc, YAML, .template and .tf files) and globs, in a stable order, without repeats. */
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
			} catch (error) {
				throw new UsageError(t('cannot read {0}: {1}', input, ioReason(error)));
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
