/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// One place to import the LSP types from, so that features never reach for the LSP connection.
export * from 'vscode-languageserver-types';
import type { Range } from 'vscode-languageserver-types';
export { TextDocument } from 'vscode-languageserver-textdocument';
export type { PolicyDocument } from './parser/policyModel';
import type { PolicyKind } from './parser/policyKinds';
export type { PolicyKind, PolicyKindInfo, KindSource } from './parser/policyKinds';

/** A rule's severity as users set it in `iamSupport.rules`. */
export type RuleSeverity = 'off' | 'hint' | 'information' | 'warning' | 'error';

/**
 * The IAM size quota a policy is checked against (IAM and AWS STS quotas): customer managed policies
 * 6,144 characters; inline policies 2,048 per user, 5,120 per group, 10,240 per role.
 */
export type PolicySizeQuota = 'managed' | 'userInline' | 'groupInline' | 'roleInline';

/** Settings that change what the language service reports; read per document by the server. */
export interface LanguageSettings {
	/** Documents longer than this (characters) are not analysed. */
	readonly maxFileSize?: number;
	/** Severity per rule code; rules not named keep their default. */
	readonly rules?: Readonly<Record<string, RuleSeverity>>;
	readonly policySizeQuota?: PolicySizeQuota;
	/**
	 * The kind of the document's policies, as the user chose it (`iamSupport.policyKinds`, `--kind`);
	 * otherwise each policy's kind is found from the template around it or from its content.
	 */
	readonly policyKind?: PolicyKind;
	/**
	 * Treat the document as a policy even when nothing in it looks like one, so that a broken file is
	 * reported rather than ignored; set by `iam-support check`, never by the editor.
	 */
	readonly validateAsPolicy?: boolean;
	/**
	 * A project's guardrails (`.iam-support.json`, `iam-support check --must-not-grant`): what no policy may
	 * grant and the condition keys that a grant must require. The host reads them; the service only judges.
	 */
	readonly guardrails?: Guardrails;
}

/** What a project forbids its policies, judged by the evaluator (#17). */
export interface Guardrails {
	/** Action patterns that no Allow may open, in any context: `support:ResolveCase`, `supportauthz:*`. */
	readonly mustNotGrant?: readonly string[];
	/** Per action pattern, the condition keys without which none of its actions may be allowed: `{"support:*": ["aws:MultiFactorAuthPresent"]}`. */
	readonly requireConditions?: Readonly<Record<string, readonly string[]>>;
	/** Where the guardrails are written, so that a finding can point at the entry it enforces. */
	readonly source?: GuardrailsSource;
}

export interface GuardrailsSource {
	/** The URI of the file (`.iam-support.json`). */
	readonly uri: string;
	/** The range of each `mustNotGrant` entry, by its pattern. */
	readonly mustNotGrant?: Readonly<Record<string, Range>>;
	/** The range of each `requireConditions` entry, by its pattern. */
	readonly requireConditions?: Readonly<Record<string, Range>>;
}
