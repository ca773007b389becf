/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import type { LanguageSettings, PolicyDocument } from '../languageService';
import { defaultMaxFileSize } from './settings';

/**
 * The setting as the parser takes it. A value that is not a positive number (a string, 0, a negative
 * number, a hand-edited settings.json) falls back to the default rather than lifting the limit.
 */
export function toMaxFileSize(value: unknown): number {
	return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.floor(value) : defaultMaxFileSize;
}

/**
 * `iamSupport.maxFileSize` per open document, and the notice that a document was too large or too deeply
 * nested to analyse, given once per document rather than on every keystroke (#7). Values are fetched per
 * resource, kept until the document closes or the settings change, never in globals.
 */
export class DocumentLimits {
	private readonly settings = new Map<string, Promise<number>>();
	private readonly loaded = new Map<string, number>();
	private readonly kinds = new Map<string, LanguageSettings['policyKind']>();
	private readonly noticed = new Set<string>();

	/**
	 * @param fetch reads `iamSupport.maxFileSize` for a document
	 * @param notify tells the user that the analysis of a document was skipped
	 */
	constructor(
		private readonly fetch: (uri: string) => Promise<unknown>,
		private readonly notify: (message: string) => void,
		/** Reads the kind `iamSupport.policyKinds` gives a document, which its parse needs too. */
		private readonly fetchKind: (uri: string) => Promise<LanguageSettings['policyKind']> = async () => undefined,
	) {}

	/** Fetches the document's limit, once until it is forgotten; a failed fetch keeps the default. */
	load(uri: string): Promise<number> {
		let setting = this.settings.get(uri);
		if (!setting) {
			const kind = this.fetchKind(uri).catch(() => undefined);
			setting = Promise.all([this.fetch(uri).then(toMaxFileSize, () => defaultMaxFileSize), kind]).then(([value, policyKind]) => {
				if (this.settings.get(uri) === setting) {
					this.kinds.set(uri, policyKind);
				}
				return value;
			});
			setting.then((value) => this.settings.get(uri) === setting && this.loaded.set(uri, value));
			this.settings.set(uri, setting);
		}
		return setting;
	}

	/** The settings to parse a document with: its loaded limit, else the default. */
	parseSettings(uri: string): LanguageSettings {
		const policyKind = this.kinds.get(uri);
		return policyKind
			? { maxFileSize: this.loaded.get(uri) ?? defaultMaxFileSize, policyKind }
			: { maxFileSize: this.loaded.get(uri) ?? defaultMaxFileSize };
	}

	/** Passes a parse through, telling the user the first time that its document was skipped. */
	noticeSkipped(policyDocument: PolicyDocument): PolicyDocument {
		if (policyDocument.skippedReason && !this.noticed.has(policyDocument.uri)) {
			this.noticed.add(policyDocument.uri);
			this.notify(`${fileName(policyDocument.uri)}: ${policyDocument.skippedReason}`);
		}
		return policyDocument;
	}

	/** A document closed: its limit and its notice go with it. */
	forget(uri: string): void {
		this.settings.delete(uri);
		this.loaded.delete(uri);
		this.kinds.delete(uri);
		this.noticed.delete(uri);
	}

	/** The settings changed: fetch again, but do not repeat notices already given. */
	clear(): void {
		this.settings.clear();
		this.loaded.clear();
		this.kinds.clear();
	}
}

function fileName(uri: string): string {
	const name = uri.slice(uri.lastIndexOf('/') + 1);
	try {
		return decodeURIComponent(name) || uri;
	} catch {
		return name || uri;
	}
}
