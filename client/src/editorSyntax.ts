/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// A syntax error once (#16): VS Code's own JSON language service reports every syntax error of JSON and
// JSONC documents (json(258) and the like) unless `json.validate.enable` is off. Its parser reads with
// the same scanner as ours (jsonc-parser) and is the stricter of the two (comments in .json, trailing
// commas), so a document we find broken it reports too, and our json-syntax finding would only repeat
// it on the same range. The client tells the server, per folder, in the settings the server fetches;
// the server then leaves json-syntax to VS Code there, while the CLI and other editors keep it.

import * as vscode from 'vscode';

/** VS Code's built-in JSON support, which holds the JSON language service. */
export const jsonLanguageFeatures = 'vscode.json-language-features';

/** Whether VS Code's JSON language service reports the syntax errors of documents in `scopeUri`. */
export function editorReportsJsonSyntax(scopeUri: string | undefined): boolean {
	if (!vscode.extensions.getExtension(jsonLanguageFeatures)) {
		return false;
	}
	const scope = scopeUri ? vscode.Uri.parse(scopeUri) : undefined;
	return vscode.workspace.getConfiguration('json', scope).get<boolean>('validate.enable', true) !== false;
}

/** Red Hat's YAML extension, whose YAML language server reports YAML syntax unless `yaml.validate` is off. */
export const redHatYaml = 'redhat.vscode-yaml';
/** HashiCorp's Terraform extension, whose terraform-ls reports Terraform syntax. */
export const hashiCorpTerraform = 'hashicorp.terraform';

/** Whether another extension reports the syntax errors of YAML documents in `scopeUri`. */
export function editorReportsYamlSyntax(scopeUri: string | undefined): boolean {
	if (!vscode.extensions.getExtension(redHatYaml)) {
		return false;
	}
	const scope = scopeUri ? vscode.Uri.parse(scopeUri) : undefined;
	return vscode.workspace.getConfiguration('yaml', scope).get<boolean>('validate', true) !== false;
}

/** Whether another extension reports the syntax errors of Terraform files. */
export function editorReportsTerraformSyntax(): boolean {
	return !!vscode.extensions.getExtension(hashiCorpTerraform);
}
