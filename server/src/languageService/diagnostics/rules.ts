/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import { DiagnosticSeverity, type RuleSeverity } from '../languageTypes';

export type { RuleSeverity } from '../languageTypes';

export type RuleGroup = 'structure' | 'actions' | 'resources' | 'conditions' | 'support';

export interface Rule<Code extends string = RuleCode> {
	/** Stable: it is the diagnostic's code, the key in `iamSupport.rules` and the anchor in docs/rules.md. */
	readonly code: Code;
	readonly group: RuleGroup;
	readonly severity: RuleSeverity;
	/**
	 * One line for the docs index, the settings, the SARIF rule list and `iam-support check` output; its
	 * Japanese is in l10n/bundle.l10n.ja.json like every message's. The manifest's rule settings, their
	 * texts and the index tables of docs/rules*.md are written from this table by
	 * `node scripts/generate-rules.mjs`.
	 */
	readonly description: string;
}

function rule<const Code extends string>(code: Code, group: RuleGroup, severity: RuleSeverity, description: string): Rule<Code> {
	return { code, group, severity, description };
}

export const rules = [
	rule('json-syntax', 'structure', 'error', 'The document is not valid JSON.'),
	rule('trailing-comma', 'structure', 'error', 'A comma before a closing bracket, which JSON and IAM reject.'),
	rule('json-comment', 'structure', 'error', 'A comment, which JSON and IAM reject.'),
	rule('template-syntax', 'structure', 'error', 'A YAML or Terraform template that does not parse where it holds a policy.'),
	rule('missing-version', 'structure', 'warning', 'The policy has no Version, so policy variables are plain text.'),
	rule('invalid-version', 'structure', 'error', 'Version is neither 2012-10-17 nor 2008-10-17.'),
	rule('old-version', 'structure', 'warning', 'Version 2008-10-17 does not support policy variables.'),
	rule('missing-statement', 'structure', 'error', 'The policy has no Statement.'),
	rule('missing-effect', 'structure', 'error', 'A statement has no Effect.'),
	rule('invalid-effect', 'structure', 'error', 'Effect is not exactly Allow or Deny.'),
	rule('missing-action', 'structure', 'error', 'A statement has neither Action nor NotAction.'),
	rule('missing-resource', 'structure', 'error', 'A statement has neither Resource nor NotResource.'),
	rule('conflicting-elements', 'structure', 'error', 'A statement has both an element and its Not form.'),
	rule('unknown-element', 'structure', 'error', 'An element that IAM does not know, often a misspelling.'),
	rule(
		'principal-in-identity-policy',
		'structure',
		'error',
		'Principal or NotPrincipal in a kind of policy that names none: identity, boundary, session policy, SCP.',
	),
	rule(
		'missing-principal',
		'structure',
		'error',
		'A statement without Principal in a trust, resource-based, RCP or VPC endpoint policy.',
	),
	rule('resource-in-trust-policy', 'structure', 'error', 'Resource or NotResource in a role trust policy.'),
	rule(
		'unsupported-by-kind',
		'structure',
		'error',
		'An element or value this kind of policy does not support, such as NotAction in an RCP.',
	),
	rule(
		'invalid-principal',
		'structure',
		'error',
		'A principal that no AWS account, role, service or provider can be, such as a placeholder.',
	),
	rule('duplicate-key', 'structure', 'error', 'The same key twice in one object.'),
	rule('invalid-sid', 'structure', 'error', 'A Sid with characters other than letters and digits.'),
	rule('duplicate-sid', 'structure', 'warning', 'Two statements of one policy with the same Sid.'),
	rule('empty-value', 'structure', 'error', 'An empty string, array or object where a value is needed.'),
	rule('wrong-type', 'structure', 'error', 'A value of the wrong JSON type, such as a number as Action.'),
	rule('invalid-action-format', 'actions', 'error', 'An action that is not written prefix:Name.'),
	rule('unknown-service', 'actions', 'warning', 'An action whose service prefix the Service Authorization Reference does not list.'),
	rule('unknown-action', 'actions', 'warning', 'An action that the Service Authorization Reference does not list for its service.'),
	rule('removed-action', 'actions', 'warning', 'An action that AWS removed; it grants and denies nothing.'),
	rule('wildcard-matches-nothing', 'actions', 'warning', 'An action wildcard that matches no action.'),
	rule('non-canonical-case', 'actions', 'hint', "An action not written in AWS's case (it still works)."),
	rule('redundant-action', 'actions', 'warning', 'An action already covered by another entry of the same statement.'),
	rule('allow-notaction', 'actions', 'warning', 'Allow with NotAction grants every other action of every service.'),
	rule('trust-policy-action', 'actions', 'warning', 'An action that a role trust policy is never evaluated for.'),
	rule('resource-never-matches', 'resources', 'warning', 'An ARN for actions that have no resource types: they only match "*".'),
	rule('resource-mismatch', 'resources', 'warning', "An ARN that matches none of the resource types of the statement's actions."),
	rule('invalid-arn', 'resources', 'error', 'A malformed ARN, a wildcard service or an unknown partition.'),
	rule('scopable-resource', 'resources', 'off', '"*" for actions that could be scoped to Trusted Advisor checks.'),
	rule('unknown-condition-operator', 'conditions', 'error', 'A condition operator that IAM does not know.'),
	rule('unknown-condition-key', 'conditions', 'warning', 'A global or Support-family condition key that does not exist.'),
	rule('condition-key-never-present', 'conditions', 'warning', "A condition on a key that the statement's actions never carry."),
	rule('condition-value-type', 'conditions', 'error', 'A condition value that its operator cannot compare.'),
	rule('ifexists-on-null', 'conditions', 'error', 'NullIfExists: the Null operator takes no IfExists.'),
	rule('forallvalues-single-valued', 'conditions', 'warning', 'ForAllValues on a single-valued key, true when the key is absent.'),
	rule(
		'trustedadvisor-api-gap',
		'support',
		'warning',
		'A Deny on a Trusted Advisor action that leaves its console or API counterpart open.',
	),
	rule('variable-without-version', 'support', 'warning', 'A policy variable in a policy without Version 2012-10-17.'),
	rule('policy-too-large', 'support', 'warning', 'A policy over the IAM size quota (white space not counted).'),
	// The audit of real policies (#14).
	rule(
		'unknown-policy-variable',
		'conditions',
		'warning',
		'A policy variable that names no condition key, such as ${aws:usernme} or ${Account}.',
	),
	rule('allow-notresource', 'resources', 'warning', 'Allow with NotResource allows the actions on every resource but those listed.'),
	rule(
		'mfa-false-without-ifexists',
		'conditions',
		'warning',
		'A Deny on Bool aws:MultiFactorAuthPresent "false", which requests signed with access keys escape.',
	),
	// What Support-family grants and denials do beyond their own action (#14): diagnostics/supportAccess.ts.
	rule(
		'attachment-action-pair',
		'support',
		'warning',
		'An Allow of one of the two actions an attachment operation of the AWS Support API needs, without the other.',
	),
	rule(
		'support-permit-grant',
		'support',
		'information',
		'An Allow of supportauthz:CreateSupportPermit, which lets AWS operators act on your resources.',
	),
	rule(
		'support-agreement-grant',
		'support',
		'information',
		"An Allow of the actions that accept or change the account's support agreements.",
	),
	rule(
		'support-in-resource-policy',
		'support',
		'information',
		'Support actions in a resource-based or VPC endpoint policy, where they do nothing.',
	),
	rule(
		'support-center-denied',
		'support',
		'information',
		'A Deny in an SCP or permissions boundary that takes the Support Center console away.',
	),
	rule(
		'grants-forbidden-action',
		'support',
		'error',
		"An Allow that opens, in some request context, an action the project's guardrails forbid (mustNotGrant).",
	),
	rule(
		'missing-required-condition',
		'support',
		'error',
		"An Allow of an action without a condition key that the project's guardrails require for it (requireConditions).",
	),
] as const;

/** The code of a rule of the table: what `report` and the quick fixes are keyed by, checked by the compiler. */
export type RuleCode = (typeof rules)[number]['code'];

const rulesByCode: ReadonlyMap<string, Rule> = new Map(rules.map((entry) => [entry.code, entry]));

/** The rule of a code read from outside the program (a setting, a diagnostic's code); undefined for another string. */
export function ruleFor(code: string): Rule | undefined {
	return rulesByCode.get(code);
}

export function isRuleCode(code: unknown): code is RuleCode {
	return typeof code === 'string' && rulesByCode.has(code);
}

const severities: Readonly<Record<Exclude<RuleSeverity, 'off'>, DiagnosticSeverity>> = {
	hint: DiagnosticSeverity.Hint,
	information: DiagnosticSeverity.Information,
	warning: DiagnosticSeverity.Warning,
	error: DiagnosticSeverity.Error,
};

export function isRuleSeverity(value: unknown): value is RuleSeverity {
	return value === 'off' || (typeof value === 'string' && Object.prototype.hasOwnProperty.call(severities, value));
}

/** The LSP severity of a rule severity; undefined for `off`. */
export function toDiagnosticSeverity(severity: RuleSeverity): DiagnosticSeverity | undefined {
	return severity === 'off' ? undefined : severities[severity];
}
