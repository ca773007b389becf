/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// `.iam-support.json`, a project's guardrails (#17), read by the hosts of the service: the CLI for
// `check`, the server for the editor. The nearest one up the folder tree from a policy applies, as with
// .editorconfig or tsconfig.json. The service is given what the file says, with where each entry is, so
// that a finding can point at the entry it enforces.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseTree, type Node } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Guardrails, Range } from '../languageService';

export const guardrailsFileName = '.iam-support.json';

/** A guardrails file that cannot be used; the message names the file and says why. */
export class GuardrailsError extends Error {}

type Translate = (message: string, ...args: Array<string | number>) => string;

function property(node: Node | undefined, name: string): Node | undefined {
	return node?.type === 'object' ? node.children?.find((child) => child.children?.[0]?.value === name)?.children?.[1] : undefined;
}

/**
 * What a `.iam-support.json` says, with the range of each entry. A file that is not JSON, or whose
 * guardrails have the wrong shape, is refused: guardrails silently ignored would let through what they forbid.
 */
export function parseGuardrails(uri: string, text: string, t: Translate): Guardrails {
	const document = TextDocument.create(uri, 'json', 0, text);
	const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
	const name = path.basename(uri);
	const wrong = (what: string) => new GuardrailsError(`${name}: ${what}`);
	if (!root || root.type !== 'object') {
		throw wrong(t('not a JSON object'));
	}
	const guardrails = property(root, 'guardrails');
	if (!guardrails) {
		return {};
	}
	if (guardrails.type !== 'object') {
		throw wrong(t('"guardrails" must be an object'));
	}
	const rangeOf = (node: Node): Range => ({
		start: document.positionAt(node.offset),
		end: document.positionAt(node.offset + node.length),
	});
	const strings = (node: Node, what: string): Node[] => {
		if (node.type !== 'array' || !(node.children ?? []).every((child) => child.type === 'string' && child.value)) {
			throw wrong(t('{0} must be a list of action patterns or keys (strings)', what));
		}
		return node.children ?? [];
	};
	const mustNotGrant: string[] = [];
	const mustNotGrantRanges: Record<string, Range> = {};
	const forbidden = property(guardrails, 'mustNotGrant');
	if (forbidden) {
		for (const entry of strings(forbidden, '"mustNotGrant"')) {
			mustNotGrant.push(entry.value as string);
			mustNotGrantRanges[entry.value as string] = rangeOf(entry);
		}
	}
	const requireConditions: Record<string, string[]> = {};
	const requireRanges: Record<string, Range> = {};
	const required = property(guardrails, 'requireConditions');
	if (required) {
		if (required.type !== 'object') {
			throw wrong(t('"requireConditions" must map action patterns to lists of condition keys'));
		}
		for (const pair of required.children ?? []) {
			const [key, value] = pair.children ?? [];
			const pattern = key?.value as string;
			if (!value) {
				continue;
			}
			requireConditions[pattern] = strings(value, `"requireConditions" "${pattern}"`).map((entry) => entry.value as string);
			requireRanges[pattern] = rangeOf(pair);
		}
	}
	return {
		mustNotGrant,
		requireConditions,
		source: { uri, mustNotGrant: mustNotGrantRanges, requireConditions: requireRanges },
	};
}

/** The nearest `.iam-support.json` from a folder up to the root, or undefined. */
export function findGuardrailsFile(folder: string, exists: (file: string) => boolean = fs.existsSync): string | undefined {
	for (let current = path.resolve(folder); ; current = path.dirname(current)) {
		const candidate = path.join(current, guardrailsFileName);
		if (exists(candidate)) {
			return candidate;
		}
		if (path.dirname(current) === current) {
			return undefined;
		}
	}
}

/** Reads and parses a guardrails file; a file that cannot be read is a GuardrailsError too. */
export function readGuardrailsFile(file: string, t: Translate): Guardrails {
	let text: string;
	try {
		text = fs.readFileSync(file, 'utf8');
	} catch (error) {
		throw new GuardrailsError(t('cannot read {0}: {1}', file, (error as Error).message));
	}
	return parseGuardrails(pathToFileURL(file).href, text, t);
}

/** Guardrails of a file and of the command line together: the patterns of both are forbidden. */
export function mergeGuardrails(fromFile: Guardrails | undefined, mustNotGrant: readonly string[]): Guardrails | undefined {
	if (!mustNotGrant.length) {
		return fromFile;
	}
	return {
		...fromFile,
		mustNotGrant: [...(fromFile?.mustNotGrant ?? []), ...mustNotGrant.filter((pattern) => !fromFile?.mustNotGrant?.includes(pattern))],
	};
}
