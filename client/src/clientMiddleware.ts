/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// What the client adds between VS Code and the language server (#16): command links to the rules in
// our findings, the first diagnostics noticed (for the start's progress and timings), and, in the
// settings the server fetches, whether VS Code's JSON service, or the YAML or Terraform extension, already
// reports the syntax there.

import type * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { editorReportsJsonSyntax, editorReportsTerraformSyntax, editorReportsYamlSyntax } from './editorSyntax';
import { withRuleCommandLinks } from './ruleDocumentation';

/** The settings section the server fetches, and the field the client adds to it. */
export const settingsSection = 'iamSupport';
export const editorReportsJsonSyntaxField = 'editorReportsJsonSyntax';
export const editorReportsYamlSyntaxField = 'editorReportsYamlSyntax';
export const editorReportsTerraformSyntaxField = 'editorReportsTerraformSyntax';

export interface MiddlewareHooks {
	/** A diagnostics request for `uri` is about to be sent. */
	onDiagnosticsRequest?(uri: vscode.Uri): void;
	/** A diagnostics report for `uri` arrived from the server (pulled or pushed). */
	onDiagnostics(uri: vscode.Uri): void;
}

export function clientMiddleware(hooks: MiddlewareHooks): Middleware {
	return {
		provideDiagnostics: async (document, previousResultId, token, next) => {
			const uri = 'uri' in document ? document.uri : document;
			hooks.onDiagnosticsRequest?.(uri);
			const report = await next(document, previousResultId, token);
			if (report && report.kind === 'full') {
				withRuleCommandLinks(report.items);
			}
			if (report) {
				hooks.onDiagnostics(uri);
			}
			return report;
		},
		handleDiagnostics: (uri, diagnostics, next) => {
			next(uri, withRuleCommandLinks(diagnostics));
			hooks.onDiagnostics(uri);
		},
		workspace: {
			configuration: async (params, token, next) => {
				const result = await next(params, token);
				if (!Array.isArray(result)) {
					return result;
				}
				return result.map((value: unknown, index) => {
					const item = params.items[index];
					return item?.section === settingsSection && value && typeof value === 'object'
						? {
								...value,
								[editorReportsJsonSyntaxField]: editorReportsJsonSyntax(item.scopeUri),
								[editorReportsYamlSyntaxField]: editorReportsYamlSyntax(item.scopeUri),
								[editorReportsTerraformSyntaxField]: editorReportsTerraformSyntax(),
							}
						: value;
				});
			},
		},
	};
}
