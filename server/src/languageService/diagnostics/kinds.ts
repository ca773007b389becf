/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The grammar each kind of policy adds to IAM's common one (#14): who needs a Principal, what a trust
// policy may name, what SCPs and RCPs do not support. Pages: IAM "Grammar of the IAM JSON policy
// language", "IAM JSON policy elements: Principal" and "NotPrincipal"; Organizations "SCP syntax" and
// "RCP syntax".

import { rcpSupportedPrefixes } from '../data/supportCatalog.generated';
import type { Messages } from '../l10n';
import { isTrustAction, kindName, namesPrincipals, trustPolicyActions } from '../parser/policyKinds';
import type { JsonNode, Policy, PolicyProperty, Statement } from '../parser/policyModel';
import { effectOf, isIntrinsic, isTemplateExpression, type ValidationContext } from './context';

/** How a finding names the policy's kind, saying when it is only inferred from the statements. */
export function kindPhrase(context: ValidationContext, policy: Policy): string {
	const name = kindName(context.t, policy.kind.kind);
	return policy.kind.source === 'content' ? context.t('{0}, as its statements suggest', name) : name;
}

const rcpPrefixes = new Set(rcpSupportedPrefixes);

export function validateStatementForKind(context: ValidationContext, policy: Policy, statement: Statement): void {
	const kind = policy.kind.kind;
	const principal = statement.principal ?? statement.notPrincipal;
	const firstKey = statement.properties[0]?.keyNode ?? statement.node;
	if (principal && !namesPrincipals(kind)) {
		context.report(
			'principal-in-identity-policy',
			context.rangeOf(principal.keyNode),
			policy.kind.mixed
				? context.t(
						'"{0}" in some statements of this policy and not in others: no kind of policy allows both. A policy attached to a user, group or role names no principal; a trust or resource-based policy names one in every statement.',
						principal.name,
					)
				: context.t(
						'"{0}" belongs to resource-based and trust policies; a {1} names no principal, and AWS rejects it (the principal is whoever the policy applies to).',
						principal.name,
						kindName(context.t, kind),
					),
		);
	} else if (!principal && namesPrincipals(kind)) {
		context.report(
			'missing-principal',
			context.rangeOf(firstKey),
			policy.kind.mixed
				? context.t(
						'This statement has no "Principal" while others of the policy have one: no kind of policy allows both. A trust or resource-based policy names a principal in every statement.',
					)
				: context.t(
						'This statement has no "Principal": a {0} must say whom each statement applies to.',
						kindPhrase(context, policy),
					),
		);
	}
	if (statement.notPrincipal && effectOf(statement) === 'Allow') {
		context.report(
			'unsupported-by-kind',
			context.rangeOf(statement.notPrincipal.keyNode),
			context.t(
				'"NotPrincipal" works only with "Effect": "Deny"; AWS rejects it with "Allow". Name the principals in "Principal" instead.',
			),
		);
	}
	if (kind === 'trust') {
		validateTrustStatement(context, policy, statement);
	} else if (kind === 'rcp') {
		validateRcpStatement(context, policy, statement);
	}
	if (principal) {
		validatePrincipals(context, policy, principal);
	}
}

function validateTrustStatement(context: ValidationContext, policy: Policy, statement: Statement): void {
	for (const list of [statement.resource, statement.notResource]) {
		if (list) {
			context.report(
				'resource-in-trust-policy',
				context.rangeOf(list.property.keyNode),
				context.t(
					'A role trust policy applies to its role: it names no "{0}", and IAM rejects it ("Has prohibited field {0}").',
					list.property.name,
				),
			);
		}
	}
	if (statement.notPrincipal) {
		context.report(
			'unsupported-by-kind',
			context.rangeOf(statement.notPrincipal.keyNode),
			context.t('A role trust policy does not support "NotPrincipal": name who may assume the role in "Principal".'),
		);
	}
	const principal = statement.principal?.valueNode;
	if (principal?.type === 'string' && principal.value === '*') {
		context.report(
			'unsupported-by-kind',
			context.rangeOf(principal),
			context.t(
				'A role trust policy does not accept "Principal": "*". To let any AWS principal assume the role, write {"AWS": "*"} and limit it with a Condition.',
			),
		);
	}
	for (const list of [statement.action, statement.notAction]) {
		for (const entry of list?.entries ?? []) {
			if (
				entry.type === 'string' &&
				entry.value !== '' &&
				!isTrustAction(entry.value) &&
				!isTemplateExpression(entry.value, policy)
			) {
				context.report(
					'trust-policy-action',
					context.rangeOf(entry.node),
					context.t(
						'A role trust policy is evaluated only for the STS actions that act on the role ({0}): "{1}" grants and denies nothing here.',
						trustPolicyActions.join(', '),
						entry.value,
					),
				);
			}
		}
	}
}

/** RCPs: `Principal` "*", Deny only (but for AWS's full-access policy), no NotAction, supported services only. */
function validateRcpStatement(context: ValidationContext, policy: Policy, statement: Statement): void {
	if (isRcpFullAccess(statement)) {
		return;
	}
	const principal = statement.principal?.valueNode;
	if (principal && !isIntrinsic(principal, policy) && !isEveryone(principal)) {
		context.report(
			'unsupported-by-kind',
			context.rangeOf(principal),
			context.t(
				'An RCP accepts only "*" in "Principal": restrict principals with a Condition (aws:PrincipalArn, aws:PrincipalOrgID).',
			),
		);
	}
	const effect = statement.effect?.valueNode;
	if (effect?.type === 'string' && effect.value === 'Allow') {
		context.report(
			'unsupported-by-kind',
			context.rangeOf(effect),
			context.t('An RCP you write can only deny ("Effect": "Deny"); only AWS\'s RCPFullAWSAccess allows.'),
		);
	}
	if (statement.notAction) {
		context.report(
			'unsupported-by-kind',
			context.rangeOf(statement.notAction.property.keyNode),
			context.t('RCPs do not support "NotAction": list the actions to deny in "Action".'),
		);
	}
	for (const entry of statement.action?.entries ?? []) {
		if (entry.type !== 'string' || isTemplateExpression(entry.value, policy)) {
			continue;
		}
		if (/^\*+$/.test(entry.value)) {
			context.report(
				'unsupported-by-kind',
				context.rangeOf(entry.node),
				context.t('An RCP you write cannot use "*" as its whole "Action": name the services\' actions (s3:*, sts:*).'),
			);
			continue;
		}
		const colon = entry.value.indexOf(':');
		const prefix = colon > 0 ? entry.value.slice(0, colon).toLowerCase() : '';
		if (prefix && !/[*?]/.test(prefix) && !rcpPrefixes.has(prefix) && context.catalog.isKnownPrefix(prefix)) {
			context.report(
				'unsupported-by-kind',
				context.rangeOf(entry.node),
				context.t('RCPs do not apply to {0}: AWS Organizations rejects an RCP that names a service outside its list.', prefix),
			);
		}
	}
}

/** AWS's RCPFullAWSAccess: Allow, every principal, every action, every resource, no condition. */
function isRcpFullAccess(statement: Statement): boolean {
	const only = (list: Statement['action']) => list?.entries.length === 1 && list.entries[0].value === '*';
	return (
		effectOf(statement) === 'Allow' &&
		!!statement.principal?.valueNode &&
		isEveryone(statement.principal.valueNode) &&
		only(statement.action) &&
		only(statement.resource) &&
		!statement.condition
	);
}

function isEveryone(node: JsonNode): boolean {
	if (node.type === 'string') {
		return node.value === '*';
	}
	const properties = node.type === 'object' ? (node.children ?? []) : [];
	return (
		properties.length === 1 &&
		properties[0].children?.[0]?.value === 'AWS' &&
		properties[0].children?.[1]?.type === 'string' &&
		properties[0].children[1].value === '*'
	);
}

/** The principal types IAM knows, and what each value must look like. */
const principalTypes = ['AWS', 'Service', 'Federated', 'CanonicalUser'];
const accountId = /^\d{12}$/;
// CloudFront's origin access identities are IAM users of the account `cloudfront`.
const iamArn = /^arn:aws[a-z-]*:(iam|sts)::(\d{12}|cloudfront):/;
const canonicalUser = /^[0-9a-f]{64}$/;

/** Values of `Principal` that no AWS principal can have: placeholders, stray spaces, wildcards inside names. */
function validatePrincipals(context: ValidationContext, policy: Policy, property: PolicyProperty): void {
	const value = property.valueNode;
	if (!value || isIntrinsic(value, policy) || value.type === 'string') {
		// "*" is the one string form; anything else is reported as a wrong value below, where it can be.
		if (value?.type === 'string' && value.value !== '*' && !isTemplateExpression(value.value, policy)) {
			context.report(
				'invalid-principal',
				context.rangeOf(value),
				context.t(
					'"{0}" is not a principal: write "*" or an object such as {"AWS": "123456789012"} or {"Service": "ec2.amazonaws.com"}.',
					value.value,
				),
			);
		}
		return;
	}
	if (value.type !== 'object') {
		return;
	}
	for (const typeProperty of value.children ?? []) {
		const typeName = typeProperty.children?.[0]?.value;
		const typeValue = typeProperty.children?.[1];
		if (typeof typeName !== 'string' || !typeValue) {
			continue;
		}
		if (!principalTypes.includes(typeName)) {
			context.report(
				'invalid-principal',
				context.rangeOf(typeProperty.children![0]),
				context.t('"{0}" is not a principal type: IAM knows "AWS", "Service", "Federated" and "CanonicalUser".', typeName),
			);
			continue;
		}
		const values = typeValue.type === 'array' ? (typeValue.children ?? []) : [typeValue];
		for (const node of values) {
			if (node.type !== 'string' || isTemplateExpression(node.value, policy)) {
				continue;
			}
			const problem = principalProblem(context.t, typeName, node.value);
			if (problem) {
				context.report('invalid-principal', context.rangeOf(node), problem);
			}
		}
	}
}

function principalProblem(t: Messages['t'], type: string, text: string): string | undefined {
	if (text !== text.trim()) {
		return t('"{0}" has a space at its start or end: AWS rejects it as an invalid principal.', text);
	}
	switch (type) {
		case 'AWS':
			if (text === '*' || accountId.test(text)) {
				return undefined;
			}
			return iamArn.test(text)
				? undefined
				: text.startsWith('arn:')
					? t('"{0}" does not name an account: an IAM or STS ARN has the 12-digit account ID in its fifth field.', text)
					: t('"{0}" is not an AWS principal: write a 12-digit account ID, an IAM or STS ARN, or "*".', text);
		case 'Service':
			return text === '*'
				? t('"Service": "*" is not allowed: name the service principal (ec2.amazonaws.com).')
				: /\s|\*/.test(text)
					? t('"{0}" is not a service principal: write it like ec2.amazonaws.com.', text)
					: undefined;
		case 'Federated':
			return text.startsWith('arn:') && !iamArn.test(text)
				? t('"{0}" does not name an account: an identity provider ARN has the 12-digit account ID in its fifth field.', text)
				: undefined;
		case 'CanonicalUser':
			return canonicalUser.test(text) ? undefined : t('"{0}" is not a canonical user ID (64 hexadecimal digits).', text);
	}
	return undefined;
}
