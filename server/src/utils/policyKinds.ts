/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The user's choice of kind for a file (#14): `iamSupport.policyKinds` maps globs to kinds, per folder,
// as `files.associations` maps globs to languages. A glob with a slash is matched against the file's path
// in its workspace folder (`policies/scp/**`), one without against its name (`*-trust.json`).

import picomatch from 'picomatch';
import { isPolicyKind, type PolicyKind } from '../languageService';

/** The kind the globs give a document, or undefined when none matches (each policy's kind is then found). */
export function policyKindFor(uri: string, workspaceFolders: readonly string[], globs: unknown): PolicyKind | undefined {
	if (!globs || typeof globs !== 'object') {
		return undefined;
	}
	const path = pathIn(uri, workspaceFolders);
	for (const [glob, kind] of Object.entries(globs)) {
		if (isPolicyKind(kind) && glob && picomatch.isMatch(path, glob, { dot: true, basename: !glob.includes('/') })) {
			return kind;
		}
	}
	return undefined;
}

/** The document's path in the deepest workspace folder that holds it, else its whole path. */
function pathIn(uri: string, workspaceFolders: readonly string[]): string {
	let best = '';
	for (const folder of workspaceFolders) {
		const prefix = folder.endsWith('/') ? folder : `${folder}/`;
		if (uri.startsWith(prefix) && prefix.length > best.length) {
			best = prefix;
		}
	}
	const path = best ? uri.slice(best.length) : uri.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
	try {
		return decodeURIComponent(path);
	} catch {
		return path;
	}
}
