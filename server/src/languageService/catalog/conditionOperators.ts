/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The condition operators of IAM policies (IAM User Guide, "IAM JSON policy elements: Condition operators").

import type { Messages } from '../l10n';

export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';
export type SetQualifier = 'ForAnyValue' | 'ForAllValues';

export interface ConditionOperatorInfo {
	readonly name: string;
	readonly family: OperatorFamily;
	/** Negated operators are true when the key is absent from the request. */
	readonly negated: boolean;
	/** What the operator compares, in the language of `t`. */
	readonly describe: (t: Messages['t']) => string;
}

function op(name: string, family: OperatorFamily, describe: (t: Messages['t']) => string, negated = false): ConditionOperatorInfo {
	return { name, family, describe, negated };
}

export const conditionOperators: readonly ConditionOperatorInfo[] = [
	op('StringEquals', 'String', (t) => t('Exact match, case-sensitive.')),
	op('StringNotEquals', 'String', (t) => t('Negated exact match, case-sensitive.'), true),
	op('StringEqualsIgnoreCase', 'String', (t) => t('Exact match, ignoring case.')),
	op('StringNotEqualsIgnoreCase', 'String', (t) => t('Negated exact match, ignoring case.'), true),
	op('StringLike', 'String', (t) => t('Case-sensitive match with `*` (any run of characters) and `?` (one character).')),
	op('StringNotLike', 'String', (t) => t('Negated case-sensitive match with `*` and `?`.'), true),
	op('NumericEquals', 'Numeric', (t) => t('Number equal to the value.')),
	op('NumericNotEquals', 'Numeric', (t) => t('Number not equal to the value.'), true),
	op('NumericLessThan', 'Numeric', (t) => t('Number less than the value.')),
	op('NumericLessThanEquals', 'Numeric', (t) => t('Number less than or equal to the value.')),
	op('NumericGreaterThan', 'Numeric', (t) => t('Number greater than the value.')),
	op('NumericGreaterThanEquals', 'Numeric', (t) => t('Number greater than or equal to the value.')),
	op('DateEquals', 'Date', (t) => t('Date equal to the value (ISO 8601 or epoch seconds).')),
	op('DateNotEquals', 'Date', (t) => t('Date not equal to the value.'), true),
	op('DateLessThan', 'Date', (t) => t('Date before the value.')),
	op('DateLessThanEquals', 'Date', (t) => t('Date at or before the value.')),
	op('DateGreaterThan', 'Date', (t) => t('Date after the value.')),
	op('DateGreaterThanEquals', 'Date', (t) => t('Date at or after the value.')),
	op('Bool', 'Bool', (t) => t('Boolean match: `true` or `false`.')),
	op('BinaryEquals', 'Binary', (t) => t('Byte-for-byte match of a base64-encoded value.')),
	op('IpAddress', 'IpAddress', (t) => t('The address is in the IPv4 or IPv6 range (CIDR).')),
	op('NotIpAddress', 'IpAddress', (t) => t('The address is outside every given range.'), true),
	op('ArnEquals', 'Arn', (t) => t('Case-sensitive ARN match, segment by segment, with `*` and `?`.')),
	op('ArnLike', 'Arn', (t) => t('Case-sensitive ARN match, segment by segment, with `*` and `?`.')),
	op('ArnNotEquals', 'Arn', (t) => t('Negated ARN match.'), true),
	op('ArnNotLike', 'Arn', (t) => t('Negated ARN match.'), true),
	op('Null', 'Null', (t) => t('`true`: the key is absent from the request; `false`: the key is present.')),
];

const operatorsByName = new Map(conditionOperators.map((info) => [info.name, info]));
const operatorsByLowerName = new Map(conditionOperators.map((info) => [info.name.toLowerCase(), info]));

export interface ParsedConditionOperator {
	readonly text: string;
	readonly base: ConditionOperatorInfo;
	readonly ifExists: boolean;
	readonly setQualifier?: SetQualifier;
}

/**
 * Splits an operator such as `ForAllValues:StringLikeIfExists` into its parts. Undefined when it is not a
 * valid operator: unknown, `NullIfExists`, or a qualifier on `Null`. Operators are matched exactly;
 * `caseInsensitive` finds what a wrongly cased operator was meant to be.
 */
export function parseConditionOperator(text: string, caseInsensitive = false): ParsedConditionOperator | undefined {
	let rest = text;
	let setQualifier: SetQualifier | undefined;
	const colon = rest.indexOf(':');
	if (colon >= 0) {
		const qualifier = rest.slice(0, colon);
		const known = (['ForAnyValue', 'ForAllValues'] as const).find((q) =>
			caseInsensitive ? q.toLowerCase() === qualifier.toLowerCase() : q === qualifier,
		);
		if (!known) {
			return undefined;
		}
		setQualifier = known;
		rest = rest.slice(colon + 1);
	}
	let ifExists = false;
	if (caseInsensitive ? rest.toLowerCase().endsWith('ifexists') : rest.endsWith('IfExists')) {
		ifExists = true;
		rest = rest.slice(0, -'IfExists'.length);
	}
	const base = caseInsensitive ? operatorsByLowerName.get(rest.toLowerCase()) : operatorsByName.get(rest);
	if (!base || (base.family === 'Null' && (ifExists || setQualifier))) {
		return undefined;
	}
	return { text, base, ifExists, setQualifier };
}

/** Every valid spelling: each operator, its `IfExists` form, and the set-qualified forms. */
export function allConditionOperatorNames(): string[] {
	const names: string[] = [];
	for (const info of conditionOperators) {
		names.push(info.name);
		if (info.family !== 'Null') {
			names.push(`${info.name}IfExists`);
		}
	}
	for (const qualifier of ['ForAnyValue', 'ForAllValues']) {
		for (const info of conditionOperators) {
			if (info.family !== 'Null') {
				names.push(`${qualifier}:${info.name}`, `${qualifier}:${info.name}IfExists`);
			}
		}
	}
	return names;
}
