/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// SARIF 2.1.0 as GitHub code scanning reads it: one run, the rules table as the driver's rules, one-based regions.

import { DiagnosticSeverity, rules, type Diagnostic, type LanguageService } from '../languageService';
import type { FileResult } from './checkCommand';

function level(severity: DiagnosticSeverity | undefined): 'error' | 'warning' | 'note' {
	return severity === DiagnosticSeverity.Error ? 'error' : severity === DiagnosticSeverity.Warning ? 'warning' : 'note';
}

const ruleLevels = { error: 'error', warning: 'warning', information: 'note', hint: 'note', off: 'none' } as const;

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
					artifactLocation:
						file === '<stdin>'
							? { uri: 'stdin' }
							: {
									uri: file.split('\\').join('/').replace(/^\.\//, '').split('/').map(encodeURIComponent).join('/'),
									uriBaseId: '%SRCROOT%',
								},
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

export function toSarif(results: readonly FileResult[], service: LanguageService) {
	return {
		$schema: 'https://json.schemastore.org/sarif-2.1.0.json',
		version: '2.1.0',
		runs: [
			{
				tool: {
					driver: {
						name: 'iam-support',
						informationUri: service.ruleDocumentation(rules[0].code).replace(/#[^#]*$/, ''),
						rules: rules.map((rule) => ({
							id: rule.code,
							name: rule.code,
							shortDescription: { text: rule.description },
							helpUri: service.ruleDocumentation(rule.code),
							defaultConfiguration: { level: ruleLevels[rule.severity] },
						})),
					},
				},
				results: results.flatMap(({ file, diagnostics }) => diagnostics.map((diagnostic) => result(file, diagnostic))),
			},
		],
	};
}
