/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import type { Connection } from 'vscode-languageserver';
import { isRuleSeverity, ruleFor, type LanguageSettings, type PolicySizeQuota, type RuleSeverity } from '../languageService';
import { policyKindFor } from './policyKinds';

/** The `iamSupport` section as the client sends it; every field may be missing or of the wrong type. */
interface RawSettings {
	rules?: unknown;
	maxFileSize?: unknown;
	policySizeQuota?: unknown;
	policyKinds?: unknown;
	/**
	 * Not a user setting: VS Code's client adds it when VS Code's own JSON language service reports JSON
	 * syntax errors for this scope (#16), so that a syntax error is not reported twice on the same range.
	 */
	editorReportsJsonSyntax?: unknown;
	/** Likewise for YAML (Red Hat's YAML extension validates) and Terraform (HashiCorp's extension is installed). */
	editorReportsYamlSyntax?: unknown;
	editorReportsTerraformSyntax?: unknown;
}

const quotas: readonly PolicySizeQuota[] = ['managed', 'userInline', 'groupInline', 'roleInline'];
export const defaultMaxFileSize = 5_000_000;

/**
 * Keeps the known rule codes with a valid severity; anything else in a user's settings is ignored. Where
 * the editor reports JSON syntax itself, json-syntax is off unless the user gave it a severity.
 */
export function toLanguageSettings(
	raw: RawSettings | undefined,
	policyKindOf?: (globs: unknown) => LanguageSettings['policyKind'],
	languageId?: string,
): LanguageSettings {
	const rules: Record<string, RuleSeverity> = {};
	if (raw?.editorReportsJsonSyntax === true) {
		rules['json-syntax'] = 'off';
		// In JSON (not JSONC) VS Code also reports comments and trailing commas, on the same ranges (#14).
		if (languageId === 'json') {
			rules['trailing-comma'] = 'off';
			rules['json-comment'] = 'off';
		}
	}
	// A template's syntax errors are the YAML or Terraform extension's to report where one is installed.
	if (
		(raw?.editorReportsYamlSyntax === true && languageId === 'yaml') ||
		(raw?.editorReportsTerraformSyntax === true && (languageId === 'terraform' || languageId === 'hcl'))
	) {
		rules['template-syntax'] = 'off';
	}
	if (raw?.rules && typeof raw.rules === 'object') {
		for (const [code, severity] of Object.entries(raw.rules)) {
			if (ruleFor(code) && isRuleSeverity(severity)) {
				rules[code] = severity;
			}
		}
	}
	const maxFileSize = typeof raw?.maxFileSize === 'number' && raw.maxFileSize > 0 ? raw.maxFileSize : defaultMaxFileSize;
	const policySizeQuota = quotas.find((quota) => quota === raw?.policySizeQuota) ?? 'managed';
	const policyKind = policyKindOf?.(raw?.policyKinds);
	return policyKind ? { rules, maxFileSize, policySizeQuota, policyKind } : { rules, maxFileSize, policySizeQuota };
}

/**
 * Settings per document, fetched with `workspace/configuration` for the document's own scope (a folder
 * may set its own rules) and cached until the document closes or the configuration changes.
 * Never kept in a global: two folders may disagree.
 */
export class DocumentSettings {
	private readonly cache = new Map<string, Promise<LanguageSettings>>();

	/**
	 * @param workspaceFolders the URIs of the client's workspace folders, against which the globs of
	 * `iamSupport.policyKinds` are matched
	 */
	constructor(
		private readonly connection: Connection,
		private readonly supportsConfiguration: () => boolean,
		private readonly workspaceFolders: () => readonly string[] = () => [],
		/** The language the client gives an open document, which says what the editor's own JSON service reports. */
		private readonly languageOf: (uri: string) => string | undefined = () => undefined,
	) {}

	get(uri: string): Promise<LanguageSettings> {
		if (!this.supportsConfiguration()) {
			return Promise.resolve(toLanguageSettings(undefined));
		}
		let settings = this.cache.get(uri);
		if (!settings) {
			settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'iamSupport' }).then(
				(raw: RawSettings) =>
					toLanguageSettings(raw, (globs) => policyKindFor(uri, this.workspaceFolders(), globs), this.languageOf(uri)),
				() => toLanguageSettings(undefined),
			);
			this.cache.set(uri, settings);
		}
		return settings;
	}

	delete(uri: string): void {
		this.cache.delete(uri);
	}

	/** Whether no document's settings have been fetched since the start or the last `clear`. */
	isEmpty(): boolean {
		return this.cache.size === 0;
	}

	clear(): void {
		this.cache.clear();
	}
}
