/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// SARIF 2.1.0 as GitHub code scanning reads it: one run, the rules table as the driver's rules, one-based regions.
// Each rule carries its documentation as `help` (text and Markdown), which GitHub shows beside an alert.
// No `helpUri` or `informationUri`: the documentation that ships with the tool sits at a path of the
// machine that ran it (a `file://` URI is useless to anyone reading the alert elsewhere), and the tool
// has no public home page to point to.

import { DiagnosticSeverity, rules, type Diagnostic } from '../languageService';
import type { FileResult } from './checkCommand';
import { ruleHelpSections, type RuleHelp } from './product';

function level(severity: DiagnosticSeverity | undefined): 'error' | 'warning' | 'note' {
	return severity === DiagnosticSeverity.Error ? 'error' : severity === DiagnosticSeverity.Warning ? 'warning' : 'note';
}

const ruleLevels = { error: 'error', warning: 'warning', information: 'note', hint: 'note', off: 'none' } as const;

function helpOf(help: RuleHelp | undefined): { help?: RuleHelp } {
	return help ? { help: { text: help.text, markdown: help.markdown } } : {};
}

/** Where a file is for GitHub: relative to the repository's root, each segment URI-encoded. */
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
	return file === '<stdin>'
		? { uri: 'stdin' }
		: {
				uri: file.split('\\').join('/').replace(/^\.\//, '').split('/').map(encodeURIComponent).join('/'),
				uriBaseId: '%SRCROOT%',
			};
}

function result(file: string, diagnostic: Diagnostic) {
	const code = String(diagnostic.code);
	const { start, end } = diagnostic.range;
	return {
		ruleId: code,
		ruleIndex: rules.findIndex((rule) => rule.code === code),
		level: level(diagnostic.severity),
		message: { text: diagnostic.message },
		locations: [
			{
				physicalLocation: {
					artifactLocation: artifactLocation(file),
					region: {
						startLine: start.line + 1,
						startColumn: start.character + 1,
						endLine: end.line + 1,
						endColumn: end.character + 1,
					},
				},
			},
		],
	};
}

export interface SarifTool {
	/** The package's version, SemVer. */
	readonly version?: string;
	/** docs/rules.md (or its Japanese), from which each rule's help is taken. */
	readonly rulesDocumentation?: string;
}

export function toSarif(results: readonly FileResult[], tool: SarifTool = {}) {
	const help = ruleHelpSections(tool.rulesDocumentation ?? '');
	return {
		$schema: 'https://json.schemastore.org/sarif-2.1.0.json',
		version: '2.1.0',
		runs: [
			{
				tool: {
					driver: {
						name: 'iam-support',
						...(tool.version ? { version: tool.version, semanticVersion: tool.version } : {}),
						rules: rules.map((rule) => ({
							id: rule.code,
							name: rule.code,
							shortDescription: { text: rule.description },
							...helpOf(help.get(rule.code)),
							defaultConfiguration: { level: ruleLevels[rule.severity] },
						})),
					},
				},
				results: results.flatMap(({ file, diagnostics }) => diagnostics.map((diagnostic) => result(file, diagnostic))),
			},
		],
	};
}
