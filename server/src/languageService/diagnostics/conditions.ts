/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The Condition element (IAM User Guide, "IAM JSON policy elements: Condition operators" and "AWS global condition context keys").

import { globalConditionKey, isSupportFamily, nearestGlobalConditionKeys, serviceConditionKey, supportServices } from '../catalog/catalog';
import { allConditionOperatorNames, parseConditionOperator, type ParsedConditionOperator } from '../catalog/conditionOperators';
import { nearestNames } from '../catalog/nearest';
import type { ConditionEntry, ConditionOperatorBlock, Policy, Statement, ValueEntry } from '../parser/policyModel';
import { onlyResourcelessActions } from '../catalog/actionFacts';
import { effectOf, isIntrinsic, isTemplateExpression, type ValidationContext } from './context';
import { checkKeys } from './structure';

export function validateStatementConditions(context: ValidationContext, policy: Policy, statement: Statement): void {
	const condition = statement.condition;
	if (!condition || condition.property.valueNode?.type !== 'object') {
		return;
	}
	checkKeys(
		context,
		policy,
		condition.operators.map((block) => block.property),
		undefined,
		'Condition',
	);
	for (const block of condition.operators) {
		validateBlock(context, policy, statement, block);
	}
}

function canonicalOperator(parsed: ParsedConditionOperator): string {
	return `${parsed.setQualifier ? `${parsed.setQualifier}:` : ''}${parsed.base.name}${parsed.ifExists ? 'IfExists' : ''}`;
}

function validateBlock(context: ValidationContext, policy: Policy, statement: Statement, block: ConditionOperatorBlock): void {
	const value = block.property.valueNode;
	let operator = parseConditionOperator(block.operator);
	// parseConditionOperator refuses NullIfExists in any case, so only an operator it refused can be one.
	if (!operator && /^(ForAnyValue:|ForAllValues:)?NullIfExists$/i.test(block.operator)) {
		context.report(
			'ifexists-on-null',
			context.rangeOf(block.property.keyNode),
			context.t('Null takes no IfExists: Null already tests whether the key is present. Use "Null".'),
			{ replacements: ['Null'] },
		);
		operator = parseConditionOperator('Null');
	} else if (!operator) {
		const fixed = parseConditionOperator(block.operator, true);
		const replacements = fixed ? [canonicalOperator(fixed)] : nearestNames(block.operator, allConditionOperatorNames(), 3);
		context.report(
			'unknown-condition-operator',
			context.rangeOf(block.property.keyNode),
			fixed
				? context.t(
						'"{0}" is not a condition operator: operators are case-sensitive, write "{1}".',
						block.operator,
						replacements[0],
					)
				: replacements.length
					? context.t(
							'"{0}" is not a condition operator; did you mean "{1}"? IAM rejects the policy.',
							block.operator,
							replacements[0],
						)
					: context.t('"{0}" is not a condition operator. IAM rejects the policy.', block.operator),
			{ replacements },
		);
	}
	if (!value || isIntrinsic(value, policy)) {
		return;
	}
	if (value.type !== 'object') {
		context.report(
			'wrong-type',
			context.rangeOf(value),
			context.t('"{0}" takes an object of condition keys and values.', block.operator),
		);
		return;
	}
	if (block.entries.length === 0) {
		context.report(
			'empty-value',
			context.rangeOf(value),
			context.t('This "{0}" has no condition key: IAM rejects an empty condition block.', block.operator),
		);
	}
	checkKeys(
		context,
		policy,
		block.entries.map((entry) => entry.property),
		undefined,
		'condition operator',
	);
	for (const entry of block.entries) {
		const keyType = validateKey(context, policy, entry, operator);
		if (operator) {
			validateValues(context, policy, operator, entry);
			checkMfaWithoutIfExists(context, statement, block, operator, entry);
			checkNeverPresent(context, statement, operator, entry);
			if (operator.setQualifier === 'ForAllValues' && keyType && !keyType.startsWith('ArrayOf') && effectOf(statement) === 'Allow') {
				context.report(
					'forallvalues-single-valued',
					context.rangeOf(block.property.keyNode),
					context.t(
						'{0} is single-valued, and ForAllValues is true when the key is absent: this Allow applies to requests without {0}. Drop "ForAllValues:".',
						entry.key,
					),
					{ replacements: [canonicalOperator({ ...operator, setQualifier: undefined })] },
				);
			}
		}
	}
}

/** The Support family's own condition keys, the candidates for a misspelt one. */
const familyKeyNames: readonly string[] = supportServices().flatMap((service) => service.conditionKeys.map((k) => k.name));

/**
 * What a condition on a key that no request carries comes to (IAM User Guide, "Condition operators": a
 * missing key makes the condition false, except for negated operators, `...IfExists` and `ForAllValues`,
 * which are then true, and `Null`).
 */
function absentKeyOutcome(context: ValidationContext, operator: ParsedConditionOperator | undefined): string {
	if (!operator) {
		return context.t('A condition on a key that is never present is false, or true with a negated operator.');
	}
	if (operator.base.family === 'Null') {
		return context.t('Null on a key that is never present is true for "true" and false for "false".');
	}
	if (operator.ifExists || operator.setQualifier === 'ForAllValues' || (operator.base.negated && !operator.setQualifier)) {
		return context.t('{0} is true when the key is absent, so this condition always holds.', operator.text);
	}
	return context.t('A condition on a key that is never present is false.');
}

/**
 * Checks keys the catalog knows in full (global `aws:` keys, Support-family keys) and the form of every
 * key (`prefix:name`); returns the key's type.
 */
function validateKey(
	context: ValidationContext,
	policy: Policy,
	entry: ConditionEntry,
	operator: ParsedConditionOperator | undefined,
): string | undefined {
	const key = entry.key;
	const colon = key.indexOf(':');
	const prefix = colon > 0 ? key.slice(0, colon) : '';
	if (!prefix || colon === key.length - 1) {
		if (isTemplateExpression(key, policy)) {
			return undefined;
		}
		const candidates = nearestGlobalConditionKeys(`aws:${key}`);
		context.report(
			'unknown-condition-key',
			context.rangeOf(entry.property.keyNode),
			candidates.length
				? context.t(
						'"{0}" is not a condition key: a key is written prefix:name; did you mean "{1}"? {2}',
						key,
						candidates[0],
						absentKeyOutcome(context, operator),
					)
				: context.t(
						'"{0}" is not a condition key: a key is written prefix:name (aws:SourceIp, s3:prefix). {1}',
						key,
						absentKeyOutcome(context, operator),
					),
			{ replacements: candidates },
		);
		return undefined;
	}
	if (prefix.toLowerCase() === 'aws') {
		const known = globalConditionKey(key);
		if (!known) {
			const candidates = nearestGlobalConditionKeys(key);
			context.report(
				'unknown-condition-key',
				context.rangeOf(entry.property.keyNode),
				candidates.length
					? context.t(
							'"{0}" is not a global condition key; did you mean "{1}"? {2}',
							key,
							candidates[0],
							absentKeyOutcome(context, operator),
						)
					: context.t('"{0}" is not a global condition key. {1}', key, absentKeyOutcome(context, operator)),
				{ replacements: candidates },
			);
		}
		return known?.type;
	}
	if (isSupportFamily(prefix)) {
		const known = serviceConditionKey(key);
		if (!known) {
			const candidates = nearestNames(key, familyKeyNames, 3);
			context.report(
				'unknown-condition-key',
				context.rangeOf(entry.property.keyNode),
				candidates.length
					? context.t(
							'{0} has no condition key "{1}"; did you mean "{2}"? {3}',
							prefix,
							key,
							candidates[0],
							absentKeyOutcome(context, operator),
						)
					: context.t('{0} has no condition key "{1}". {2}', prefix, key, absentKeyOutcome(context, operator)),
				{ replacements: candidates },
			);
		}
		return known?.type;
	}
	return undefined;
}

const ipv4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}(\/(3[0-2]|[12]?\d))?$/;
const ipv6 = /^[0-9a-f:]*:[0-9a-f:.]*(\/(12[0-8]|1[01]\d|[1-9]?\d))?$/i;

function valueProblem(context: ValidationContext, family: string, entry: ValueEntry): string | undefined {
	const text = entry.value;
	switch (family) {
		case 'Bool':
		case 'Null':
			return text === 'true' || text === 'false' || /^(true|false)$/i.test(text)
				? undefined
				: context.t('{0} compares with true or false, not "{1}".', family, text);
		case 'Numeric':
			return /^-?\d+(\.\d+)?$/.test(text) ? undefined : context.t('"{0}" is not a number.', text);
		case 'Date':
			return /^\d+$/.test(text) || (/^\d{4}-\d{2}-\d{2}/.test(text) && !Number.isNaN(Date.parse(text)))
				? undefined
				: context.t('"{0}" is not a date: write ISO 8601 (2026-01-31T00:00:00Z) or epoch seconds.', text);
		case 'IpAddress':
			return ipv4.test(text) || (ipv6.test(text) && text.split('::').length <= 2)
				? undefined
				: context.t('"{0}" is not an IP address or CIDR range (203.0.113.0/24, 2001:db8::/32).', text);
		default:
			return undefined;
	}
}

function validateValues(context: ValidationContext, policy: Policy, operator: ParsedConditionOperator, entry: ConditionEntry): void {
	const value = entry.property.valueNode;
	if (value && entry.isArray && entry.values.length + entry.invalidNodes.length === 0) {
		context.report('empty-value', context.rangeOf(value), context.t('"{0}" has no value: the condition can never be true.', entry.key));
	}
	for (const node of entry.invalidNodes) {
		if (!isIntrinsic(node, policy)) {
			context.report('wrong-type', context.rangeOf(node), context.t('A condition value must be a string, a number or a boolean.'));
		}
	}
	for (const item of entry.values) {
		if (item.value.includes('${')) {
			// IAM User Guide, "Policy variables": only String and ARN operators take a variable.
			const family = operator.base.family;
			if (family !== 'String' && family !== 'Arn' && /\$\{[^}]*\}/.test(item.value) && !isTemplateExpression(item.value, policy)) {
				context.report(
					'condition-value-type',
					context.rangeOf(item.node),
					context.t(
						'"{0}" holds a policy variable, and {1} takes none: variables work only with String and ARN operators, so {1} compares the text as written.',
						item.value,
						operator.base.name,
					),
				);
			}
			continue;
		}
		const problem = valueProblem(context, operator.base.family, item);
		if (problem) {
			context.report(
				'condition-value-type',
				context.rangeOf(item.node),
				context.t('{0} {1} cannot compare it, so the condition is never true.', problem, operator.base.name),
			);
		}
	}
}

function checkNeverPresent(
	context: ValidationContext,
	statement: Statement,
	operator: ParsedConditionOperator,
	entry: ConditionEntry,
): void {
	if (!entry.key.toLowerCase().startsWith('aws:resourcetag/')) {
		return;
	}
	const actions = statement.action?.entries ?? [];
	if (
		actions.length === 0 ||
		!actions.every((action) => action.type === 'string' && onlyResourcelessActions(context.resolveAction(action.value)))
	) {
		return;
	}
	const why = context.t('{0} is never present for these actions: they have no resource types, so no resource tag.', entry.key);
	const alwaysTrue = operator.base.negated || operator.ifExists || operator.base.family === 'Null';
	const deny = effectOf(statement) === 'Deny';
	const effect = alwaysTrue
		? operator.base.family === 'Null'
			? context.t('{0} This Null test always gives the same answer.', why)
			: context.t('{0} This condition is always true.', why)
		: deny
			? context.t('This Deny never applies: {0}', why)
			: context.t('This Allow grants nothing: {0}', why);
	context.report('condition-key-never-present', context.rangeOf(entry.property.keyNode), effect);
}

/**
 * AWS global condition keys, aws:MultiFactorAuthPresent: the key "is not present when an API or CLI command
 * is called with long-term credentials", so a Deny on `Bool` "false" does not apply to requests signed with
 * access keys; AWS recommends `BoolIfExists`, which denies them too.
 */
function checkMfaWithoutIfExists(
	context: ValidationContext,
	statement: Statement,
	block: ConditionOperatorBlock,
	operator: ParsedConditionOperator,
	entry: ConditionEntry,
): void {
	if (
		operator.base.name !== 'Bool' ||
		operator.ifExists ||
		operator.setQualifier ||
		entry.key.toLowerCase() !== 'aws:multifactorauthpresent' ||
		effectOf(statement) !== 'Deny' ||
		!entry.values.some((value) => /^false$/i.test(value.value))
	) {
		return;
	}
	// Renaming the block is the fix when it holds this key alone and the Condition has no BoolIfExists already.
	const renamable = block.entries.length === 1 && !statement.condition?.operators.some((other) => other.operator === 'BoolIfExists');
	context.report(
		'mfa-false-without-ifexists',
		context.rangeOf(block.property.keyNode),
		context.t(
			'This Deny does not apply to requests signed with long-term access keys: they carry no aws:MultiFactorAuthPresent, and Bool is false when the key is absent. AWS recommends "BoolIfExists", which denies them too (scripts that use access keys then need MFA credentials).',
		),
		renamable ? { replacements: ['BoolIfExists'] } : undefined,
	);
}
