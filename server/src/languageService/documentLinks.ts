/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Terraform's `file("policy.json")` and `templatefile("policy.json.tftpl", {…})`: the policy is in another
// file, which is checked when it is opened. A link on the path opens it. Paths are relative to the
// module's folder, which `${path.module}` names; a path built from anything else is left without a link.

import type { DocumentLink, TextDocument } from './languageTypes';
import type { PolicyDocument } from './parser/policyModel';
import type { ServiceState } from './serviceState';

export function doDocumentLinks(state: ServiceState, document: TextDocument, policyDocument: PolicyDocument): DocumentLink[] {
	const links: DocumentLink[] = [];
	for (const reference of policyDocument.fileReferences ?? []) {
		const relative = reference.path.replace(/^\$\{\s*path\.(module|root)\s*\}\//, '');
		if (!relative || relative.includes('${') || /^[a-z][a-z0-9+.-]*:/i.test(relative)) {
			continue;
		}
		const target = resolveUri(document.uri, relative);
		if (!target) {
			continue;
		}
		// The link covers the path between its quotes.
		const start = document.positionAt(reference.offset + 1);
		const end = document.positionAt(reference.offset + reference.length - 1);
		links.push({ range: { start, end }, target, tooltip: state.t('Open {0}', relative) });
	}
	return links;
}

/** A path relative to the folder of `base` (a file: URI), or an absolute path, as a URI; undefined for other schemes. */
export function resolveUri(base: string, path: string): string | undefined {
	if (!base.startsWith('file:')) {
		return undefined;
	}
	const encoded = path
		.split('/')
		.map((segment) => encodeURIComponent(segment))
		.join('/');
	if (path.startsWith('/')) {
		return `file://${encoded}`;
	}
	const folder = base.slice(0, base.lastIndexOf('/') + 1);
	const segments = (folder + encoded).replace(/^file:\/\//, '').split('/');
	const resolved: string[] = [];
	for (const segment of segments) {
		if (segment === '..') {
			if (resolved.length > 1) {
				resolved.pop();
			}
		} else if (segment !== '.') {
			resolved.push(segment);
		}
	}
	return `file://${resolved.join('/')}`;
}
