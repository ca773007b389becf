/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The grammar of a policy (IAM User Guide, "IAM JSON policy elements reference" and "Grammar of the IAM JSON policy language").

import { nearestNames } from '../catalog/nearest';
import {
	policyElements,
	policyVersions,
	statementElements,
	type Policy,
	type PolicyProperty,
	type Statement,
	type ValueListElement,
} from '../parser/policyModel';
import { isIamPolicy } from '../parser/policyKinds';
import { isIntrinsic, type ValidationContext } from './context';

export function validateStructure(context: ValidationContext, policy: Policy): void {
	checkKeys(context, policy, policy.properties, policyElements, 'policy');
	validateVersion(context, policy);
	const statementValue = policy.statement?.valueNode;
	if (!policy.statement) {
		context.report(
			'missing-statement',
			context.rangeOf(policy.node.children?.[0]?.children?.[0] ?? policy.node),
			context.t('This policy has no "Statement": it grants and denies nothing.'),
		);
	} else if (statementValue && statementValue.type !== 'object' && statementValue.type !== 'array') {
		context.report('wrong-type', context.rangeOf(statementValue), context.t('"Statement" must be an object or an array of objects.'));
	} else if (statementValue && (statementValue.children ?? []).length === 0) {
		context.report(
			'empty-value',
			context.rangeOf(statementValue),
			context.t('This "Statement" is empty: the policy grants and denies nothing.'),
		);
	} else if (statementValue?.type === 'array') {
		for (const child of statementValue.children ?? []) {
			if (child.type !== 'object' && !isIntrinsic(child, policy)) {
				context.report('wrong-type', context.rangeOf(child), context.t('Each statement must be an object.'));
			}
		}
	}
	const sids = new Map<string, PolicyProperty>();
	for (const statement of policy.statements) {
		const sid = statement.sid?.valueNode;
		if (sid?.type === 'string' && sid.value !== '') {
			if (sids.has(sid.value)) {
				context.report(
					'duplicate-sid',
					context.rangeOf(sid),
					context.t('Another statement of this policy already has the Sid "{0}": Sids should tell statements apart.', sid.value),
				);
			} else {
				sids.set(sid.value, statement.sid!);
			}
		}
	}
}

function validateVersion(context: ValidationContext, policy: Policy): void {
	const version = policy.version;
	if (!version) {
		context.report(
			'missing-version',
			context.rangeOf(policy.node.children?.[0]?.children?.[0] ?? policy.node),
			context.t(
				'This policy has no "Version": IAM reads it as 2008-10-17, where policy variables such as ${aws:username} are plain text. Add "Version": "2012-10-17".',
			),
		);
		return;
	}
	const node = version.valueNode;
	if (!node || isIntrinsic(node, policy)) {
		return;
	}
	if (node.type !== 'string') {
		context.report('wrong-type', context.rangeOf(node), context.t('"Version" must be the string "2012-10-17".'));
	} else if (node.value === '2008-10-17') {
		context.report(
			'old-version',
			context.rangeOf(node),
			context.t(
				'Version 2008-10-17 is the old policy language: policy variables such as ${aws:username} are plain text in it. Use "2012-10-17".',
			),
			{ replacements: ['2012-10-17'] },
		);
	} else if (!policyVersions.includes(node.value)) {
		context.report(
			'invalid-version',
			context.rangeOf(node),
			context.t('"{0}" is not a policy language version: IAM accepts only "2012-10-17" (current) and "2008-10-17".', node.value),
			{ replacements: ['2012-10-17'] },
		);
	}
}

/** What is wrong in one statement on its own (the policy's other statements do not change it). */
export function validateStatementStructure(context: ValidationContext, policy: Policy, statement: Statement): void {
	checkKeys(context, policy, statement.properties, statementElements, 'statement');
	const firstKey = statement.node.children?.[0]?.children?.[0] ?? statement.node;
	const effect = statement.effect?.valueNode;
	if (!statement.effect) {
		context.report(
			'missing-effect',
			context.rangeOf(firstKey),
			context.t('This statement has no "Effect": add "Effect": "Allow" or "Effect": "Deny".'),
		);
	} else if (effect && !isIntrinsic(effect, policy)) {
		if (effect.type !== 'string') {
			context.report('wrong-type', context.rangeOf(effect), context.t('"Effect" must be the string "Allow" or "Deny".'));
		} else if (effect.value !== 'Allow' && effect.value !== 'Deny') {
			const fixed = ['Allow', 'Deny'].find((name) => name.toLowerCase() === String(effect.value).toLowerCase());
			context.report(
				'invalid-effect',
				context.rangeOf(effect),
				fixed
					? context.t('"{0}" is not an Effect: IAM is case-sensitive here and accepts only "{1}".', effect.value, fixed)
					: context.t('"{0}" is not an Effect: IAM accepts only "Allow" and "Deny".', effect.value),
				{ replacements: fixed ? [fixed] : nearestNames(effect.value, ['Allow', 'Deny'], 2) },
			);
		}
	}
	if (!statement.action && !statement.notAction) {
		context.report(
			'missing-action',
			context.rangeOf(firstKey),
			context.t('This statement has neither "Action" nor "NotAction": it applies to nothing.'),
		);
	}
	// A role's trust policy applies to its role and names none; every other kind needs a Resource.
	if (!statement.resource && !statement.notResource && policy.kind.kind !== 'trust') {
		context.report(
			'missing-resource',
			context.rangeOf(firstKey),
			context.t('This statement has neither "Resource" nor "NotResource": IAM rejects it. Support actions take "Resource": "*".'),
		);
	}
	const pairs = [
		[statement.action?.property, statement.notAction?.property],
		[statement.resource?.property, statement.notResource?.property],
		[statement.principal, statement.notPrincipal],
	];
	for (const [positive, negative] of pairs) {
		if (positive && negative) {
			context.report(
				'conflicting-elements',
				context.rangeOf(negative.keyNode),
				context.t('A statement may have "{0}" or "{1}", not both: IAM rejects it.', positive.name, negative.name),
			);
		}
	}
	validateSid(context, statement, isIamPolicy(policy.kind.kind) || policy.kind.kind === 'scp');
	for (const list of [statement.action, statement.notAction, statement.resource, statement.notResource]) {
		if (list) {
			validateValueList(context, policy, list);
		}
	}
	const condition = statement.condition?.property.valueNode;
	if (condition && condition.type !== 'object' && !isIntrinsic(condition, policy)) {
		context.report('wrong-type', context.rangeOf(condition), context.t('"Condition" must be an object of operators.'));
	}
}

function validateSid(context: ValidationContext, statement: Statement, lettersAndDigitsOnly: boolean): void {
	const sid = statement.sid?.valueNode;
	if (!sid) {
		return;
	}
	if (sid.type !== 'string') {
		context.report('wrong-type', context.rangeOf(sid), context.t('"Sid" must be a string.'));
	} else if (lettersAndDigitsOnly && /[^A-Za-z0-9]/.test(sid.value)) {
		// IAM's policies allow letters and digits only; other services' resource-based policies (S3, KMS...) allow more.
		const cleaned = String(sid.value).replace(/[^A-Za-z0-9]/g, '');
		context.report(
			'invalid-sid',
			context.rangeOf(sid),
			context.t('The Sid "{0}" has characters other than ASCII letters and digits: IAM rejects it in identity policies.', sid.value),
			cleaned ? { replacements: [cleaned] } : undefined,
		);
	}
}

function validateValueList(context: ValidationContext, policy: Policy, list: ValueListElement): void {
	const name = list.property.name;
	const value = list.property.valueNode;
	if (!value || isIntrinsic(value, policy)) {
		return;
	}
	if (
		(list.isArray && list.entries.length + list.invalidNodes.length === 0) ||
		(!list.isArray && list.entries[0]?.value === '' && list.entries[0].type === 'string')
	) {
		context.report('empty-value', context.rangeOf(value), context.t('This "{0}" is empty: the statement applies to nothing.', name));
		return;
	}
	for (const entry of list.entries) {
		if (entry.type !== 'string') {
			context.report(
				'wrong-type',
				context.rangeOf(entry.node),
				context.t('"{0}" takes strings, not a {1}: write it in quotes.', name, entry.type),
			);
		} else if (list.isArray && entry.value === '') {
			context.report('empty-value', context.rangeOf(entry.node), context.t('An empty string in "{0}" matches nothing.', name));
		}
	}
	for (const node of list.invalidNodes) {
		if (!isIntrinsic(node, policy)) {
			context.report('wrong-type', context.rangeOf(node), context.t('"{0}" takes a string or an array of strings.', name));
		}
	}
}

type KeysOwner = 'policy' | 'statement' | 'Condition' | 'condition operator';

// Each name is its own message so that a translation can give it the grammar its sentence needs.
function whereLabel(context: ValidationContext, where: KeysOwner): string {
	switch (where) {
		case 'policy':
			return context.t('policy');
		case 'statement':
			return context.t('statement');
		case 'Condition':
			return context.t('Condition');
		case 'condition operator':
			return context.t('condition operator');
	}
}

/** Whether one of the first `end` properties is named `name` (by default, the name of property `end`). */
function appearsBefore(properties: readonly PolicyProperty[], end: number, name = properties[end].name): boolean {
	for (let i = 0; i < end; i++) {
		if (properties[i].name === name) {
			return true;
		}
	}
	return false;
}

/** Unknown and repeated keys of one object: the policy, a statement, a Condition and its operators. */
export function checkKeys(
	context: ValidationContext,
	policy: Policy,
	properties: readonly PolicyProperty[],
	known: readonly string[] | undefined,
	where: KeysOwner,
): void {
	// Objects of a policy have a handful of keys: comparing with the ones before costs less than a set.
	const seen = properties.length > 16 ? new Set<string>() : undefined;
	for (let i = 0; i < properties.length; i++) {
		const property = properties[i];
		if (seen ? seen.has(property.name) : appearsBefore(properties, i)) {
			context.report(
				'duplicate-key',
				context.rangeOf(property.keyNode),
				context.t(
					'"{0}" appears twice in this {1}: IAM rejects duplicate keys, and other tools silently keep only one.',
					property.name,
					whereLabel(context, where),
				),
			);
		}
		seen?.add(property.name);
		if (
			known &&
			!known.includes(property.name) &&
			!(where === 'policy' && !policy.isDocumentRoot && property.name.startsWith('Fn::'))
		) {
			const candidates = nearestNames(
				property.name,
				known.filter((name) => name === property.name || !(seen ? seen.has(name) : appearsBefore(properties, i + 1, name))),
				3,
			);
			const exact = known.find(
				(name) => name.toLowerCase() === property.name.toLowerCase() || `${name}s`.toLowerCase() === property.name.toLowerCase(),
			);
			const replacements = exact ? [exact, ...candidates.filter((c) => c !== exact)] : candidates;
			context.report(
				'unknown-element',
				context.rangeOf(property.keyNode),
				replacements.length
					? context.t(
							'"{0}" is not a {1} element; did you mean "{2}"? IAM rejects unknown elements.',
							property.name,
							whereLabel(context, where),
							replacements[0],
						)
					: context.t('"{0}" is not a {1} element. IAM rejects unknown elements.', property.name, whereLabel(context, where)),
				replacements.length ? { replacements: replacements.slice(0, 3) } : undefined,
			);
		}
	}
}
