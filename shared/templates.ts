/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The policy templates of #8: their manifest (templates/index.json) and their documents, imported
// so that esbuild bundles them into the client and the server alike. Nothing here imports `vscode`:
// the command in client/src/templates.ts only shows what these functions return.

import manifest from '../templates/index.json';
import awsSupportAccess from '../templates/aws-support-access.json';
import supportAllButResolveCase from '../templates/support-all-but-resolve-case.json';
import supportApiTrustedAdvisor from '../templates/support-api-trusted-advisor.json';
import supportAppSlackConfiguration from '../templates/support-app-slack-configuration.json';
import supportAppSlackFullAccess from '../templates/support-app-slack-full-access.json';
import supportAppSlackReadOnly from '../templates/support-app-slack-read-only.json';
import supportPlansReadOnly from '../templates/support-plans-read-only.json';
import supportReadOnly from '../templates/support-read-only.json';
import trustedAdvisorConsoleReadOnly from '../templates/trusted-advisor-console-read-only.json';

export type TemplateLanguage = 'en' | 'ja';

export interface PolicyTemplate {
	readonly id: string;
	/** The file name under `templates/`. */
	readonly file: string;
	/** The prefix of the JSON snippet that inserts the same document. */
	readonly snippetPrefix: string;
	/** The AWS managed policy that the template reproduces, where it reproduces one. */
	readonly managedPolicy?: string;
	readonly label: Readonly<Record<TemplateLanguage, string>>;
	readonly description: Readonly<Record<TemplateLanguage, string>>;
	/** The policy document, as parsed from the template file. */
	readonly document: unknown;
}

// Keyed by file name so that a template missing from the manifest, or a manifest entry without its
// file, fails the templates test instead of showing an empty document.
const documents: Readonly<Record<string, unknown>> = {
	'aws-support-access.json': awsSupportAccess,
	'support-all-but-resolve-case.json': supportAllButResolveCase,
	'support-api-trusted-advisor.json': supportApiTrustedAdvisor,
	'support-app-slack-configuration.json': supportAppSlackConfiguration,
	'support-app-slack-full-access.json': supportAppSlackFullAccess,
	'support-app-slack-read-only.json': supportAppSlackReadOnly,
	'support-plans-read-only.json': supportPlansReadOnly,
	'support-read-only.json': supportReadOnly,
	'trusted-advisor-console-read-only.json': trustedAdvisorConsoleReadOnly,
};

export const policyTemplates: readonly PolicyTemplate[] = manifest.map((entry) => ({ ...entry, document: documents[entry.file] }));

/** The files that the bundle carries, for the test that compares them with the manifest. */
export const bundledTemplateFiles: readonly string[] = Object.keys(documents);

/** The text that a new document gets: the template file's own text (tabs, one trailing newline). */
export function templateText(template: PolicyTemplate): string {
	return `${JSON.stringify(template.document, null, '\t')}\n`;
}

/** The UI language's template texts: Japanese for any `ja` locale (`ja`, `ja-JP`), English otherwise. */
export function templateLanguage(locale: string): TemplateLanguage {
	return locale.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export interface TemplateChoice {
	readonly id: string;
	readonly label: string;
	readonly description: string;
	readonly detail?: string;
}

/** The entries of the template picker, in the manifest's order, in the UI language. */
export function templateChoices(locale: string): TemplateChoice[] {
	const language = templateLanguage(locale);
	return policyTemplates.map((template) => ({
		id: template.id,
		label: template.label[language],
		description: template.managedPolicy ? managedPolicyNote[language] : '',
		detail: template.description[language],
	}));
}

const managedPolicyNote: Readonly<Record<TemplateLanguage, string>> = {
	en: 'AWS managed policy',
	ja: 'AWS 管理ポリシー',
};

const placeholders: Readonly<Record<TemplateLanguage, string>> = {
	en: 'Choose a policy template for AWS Support',
	ja: 'AWS Support 用のポリシーテンプレートを選択してください',
};

export function templatePickerPlaceholder(locale: string): string {
	return placeholders[templateLanguage(locale)];
}

export function findTemplate(id: string): PolicyTemplate | undefined {
	return policyTemplates.find((template) => template.id === id);
}
