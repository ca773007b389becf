/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Which syntax a document's policies are written in, and whether a template may hold one: shared by the
// client (which documents to send), the server (which reader to use) and the CLI (which files to check).

/** The syntaxes a document's policies can be written in. */
export type PolicySyntax = 'json' | 'yaml' | 'terraform';

/** The language ids the server reads, with the syntax of each. */
export const policyLanguages: Readonly<Record<string, PolicySyntax>> = {
	json: 'json',
	jsonc: 'json',
	yaml: 'yaml',
	terraform: 'terraform',
	hcl: 'terraform',
};

/**
 * The syntax of a document, from its language id when the editor knows it, else from its name:
 * `.tf.json` is Terraform's JSON syntax; a `.template` is JSON when it starts with `{`, else YAML.
 */
export function policySyntaxOf(languageId: string | undefined, fileName: string, text?: string): PolicySyntax | undefined {
	const known = languageId ? policyLanguages[languageId] : undefined;
	if (known) {
		return known;
	}
	const lower = fileName.toLowerCase();
	if (/\.(json|jsonc)$/.test(lower)) {
		return 'json';
	}
	if (/\.(ya?ml)$/.test(lower)) {
		return 'yaml';
	}
	if (/\.(tf|hcl)$/.test(lower)) {
		return 'terraform';
	}
	if (/\.template$/.test(lower)) {
		return text !== undefined && /^\s*\{/.test(text) ? 'json' : 'yaml';
	}
	return undefined;
}

/**
 * Whether a template's text may hold a policy: a YAML or Terraform file without the words of one is left
 * alone, so that Kubernetes manifests and CI files are never parsed, let alone reported on.
 */
export function mayHoldPolicy(text: string, syntax: PolicySyntax): boolean {
	return syntax === 'json' ? true : /Statement|statement\s*\{|statements|[Pp]olic(y|ies)|assume_role/.test(text);
}
