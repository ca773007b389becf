/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Condition blocks, compiled once per policy version (IAM User Guide, "IAM JSON policy elements:
// Condition operators" and "Single-valued vs. multivalued context keys"). Operators and keys are ANDed,
// the values of one key are ORed; a missing key is false except for negated operators, `...IfExists`,
// `ForAllValues:` and `Null`.

import type { ConditionTrace } from '../../../../shared/simulation';
import { parseConditionOperator, type ParsedConditionOperator } from '../catalog/conditionOperators';
import type { ServiceState } from '../serviceState';
import type { ConditionElement } from '../parser/policyModel';
import { ipInRange, parseBinary, parseBool, parseDate, parseIpAddress, parseIpRange, parseNumber } from './conditionValues';
import { compilePattern, type VariableLookup } from './patterns';

/** Whether a request value matches at least one policy value, before negation. */
type ValueTest = (requestValue: string, lookup: VariableLookup) => boolean;

export interface CompiledConditionEntry {
	readonly operator: string;
	readonly parsed: ParsedConditionOperator | undefined;
	readonly key: string;
	readonly lowerKey: string;
	readonly policyValues: readonly string[];
	readonly test: ValueTest;
}

export type CompiledCondition = readonly CompiledConditionEntry[];

/** What the request holds for a key: undefined when the key is absent. */
export type ValuesOf = (lowerKey: string) => readonly string[] | undefined;

type Relation = (request: number, policy: number) => boolean;
const relations: readonly [string, Relation][] = [
	['GreaterThanEquals', (a, b) => a >= b],
	['GreaterThan', (a, b) => a > b],
	['LessThanEquals', (a, b) => a <= b],
	['LessThan', (a, b) => a < b],
	['Equals', (a, b) => a === b],
];

function relationOf(operatorName: string): Relation {
	return relations.find(([suffix]) => operatorName.endsWith(suffix))?.[1] ?? ((a, b) => a === b);
}

function orderedTest(values: readonly string[], parse: (text: string) => number | undefined, relation: Relation): ValueTest {
	const parsed = values.map(parse).filter((value): value is number => value !== undefined);
	return (requestValue) => {
		const request = parse(requestValue);
		return request !== undefined && parsed.some((value) => relation(request, value));
	};
}

function compileTest(parsed: ParsedConditionOperator, values: readonly string[], variables: boolean): ValueTest {
	const name = parsed.base.name;
	switch (parsed.base.family) {
		case 'String': {
			const like = name.endsWith('Like');
			const patterns = values.map((value) =>
				compilePattern(value, { wildcards: like, ignoreCase: name.includes('IgnoreCase'), variables }),
			);
			return (requestValue, lookup) => patterns.some((pattern) => pattern.test(requestValue, lookup) === true);
		}
		case 'Arn': {
			const patterns = values.map((value) => compilePattern(value, { wildcards: true, ignoreCase: false, variables, arn: true }));
			return (requestValue, lookup) => patterns.some((pattern) => pattern.test(requestValue, lookup) === true);
		}
		case 'Numeric':
			return orderedTest(values, parseNumber, relationOf(name));
		case 'Date':
			return orderedTest(values, parseDate, relationOf(name));
		case 'Bool': {
			const bools = values.map(parseBool);
			return (requestValue) => {
				const request = parseBool(requestValue);
				return request !== undefined && bools.includes(request);
			};
		}
		case 'Binary': {
			const bytes = values.map(parseBinary).filter((value) => value !== undefined);
			return (requestValue) => {
				const request = parseBinary(requestValue);
				return request !== undefined && bytes.includes(request);
			};
		}
		case 'IpAddress': {
			const ranges = values.map(parseIpRange).filter((range) => range !== undefined);
			return (requestValue) => {
				const ip = parseIpAddress(requestValue);
				return ip !== undefined && ranges.some((range) => ipInRange(ip, range));
			};
		}
		case 'Null':
			return () => false;
	}
}

/** Compiles a statement's Condition; `variables` is true only under Version 2012-10-17. */
export function compileCondition(element: ConditionElement | undefined, variables: boolean): CompiledCondition {
	const entries: CompiledConditionEntry[] = [];
	for (const block of element?.operators ?? []) {
		const parsed = parseConditionOperator(block.operator);
		for (const entry of block.entries) {
			const policyValues = entry.values.map((value) => value.value);
			entries.push({
				operator: block.operator,
				parsed,
				key: entry.key,
				lowerKey: entry.key.toLowerCase(),
				policyValues,
				test: parsed ? compileTest(parsed, policyValues, variables) : () => false,
			});
		}
	}
	return entries;
}

export interface ConditionOutcome {
	readonly result: boolean;
	readonly missing: boolean;
	readonly note?: string;
}

/** Evaluates one key of one operator against the request. */
export function evaluateEntry(
	state: ServiceState,
	entry: CompiledConditionEntry,
	requestValues: readonly string[] | undefined,
	lookup: VariableLookup,
): ConditionOutcome {
	const parsed = entry.parsed;
	if (!parsed) {
		return {
			result: false,
			missing: false,
			note: state.t('{0} is not a condition operator: the condition is never met', entry.operator),
		};
	}
	const present = requestValues !== undefined && requestValues.length > 0;
	if (parsed.base.family === 'Null') {
		const wanted = entry.policyValues.map(parseBool);
		return { result: wanted.includes(!present), missing: !present, note: present ? state.t('key present') : state.t('key absent') };
	}
	if (!present) {
		if (parsed.setQualifier === 'ForAllValues') {
			return { result: true, missing: true, note: state.t('key absent: ForAllValues is true for an empty set') };
		}
		if (parsed.ifExists) {
			return { result: true, missing: true, note: state.t('key absent: IfExists makes it true') };
		}
		if (parsed.setQualifier === 'ForAnyValue') {
			return { result: false, missing: true, note: state.t('key absent: ForAnyValue is false for an empty set') };
		}
		if (parsed.base.negated) {
			return { result: true, missing: true, note: state.t('key absent: a negated operator is true') };
		}
		return { result: false, missing: true, note: state.t('key absent: the condition is false') };
	}
	const negated = parsed.base.negated;
	const perValue = (value: string) => entry.test(value, lookup) !== negated;
	let result: boolean;
	if (parsed.setQualifier === 'ForAllValues') {
		result = requestValues.every(perValue);
	} else if (parsed.setQualifier === 'ForAnyValue') {
		result = requestValues.some(perValue);
	} else {
		// Without a set qualifier, a negated operator is true only when no request value matches.
		result = negated ? requestValues.every(perValue) : requestValues.some(perValue);
	}
	return { result, missing: false };
}

export interface ConditionsOutcome {
	readonly met: boolean;
	/** Keys that the conditions read and the request did not have (as written in the policy). */
	readonly missingKeys: readonly string[];
	readonly traces?: ConditionTrace[];
}

/**
 * Evaluates a whole Condition. With `assumeMissingMet`, a condition on a missing key counts as met: the
 * decision had the user given every key and satisfied it.
 */
export function evaluateConditions(
	state: ServiceState,
	condition: CompiledCondition,
	valuesOf: ValuesOf,
	canBePresent: (lowerKey: string) => boolean,
	lookup: VariableLookup,
	trace: boolean,
	assumeMissingMet = false,
): ConditionsOutcome {
	let met = true;
	let failedOnPresentKey = false;
	const missingKeys: string[] = [];
	const traces: ConditionTrace[] | undefined = trace ? [] : undefined;
	for (const entry of condition) {
		const requestValues = valuesOf(entry.lowerKey);
		const outcome = evaluateEntry(state, entry, requestValues, lookup);
		// A key that this request can never carry is absent for certain: nothing the user adds changes it.
		const missing = outcome.missing && canBePresent(entry.lowerKey);
		if (missing) {
			missingKeys.push(entry.key);
		}
		met &&= outcome.result || (assumeMissingMet && missing);
		failedOnPresentKey ||= !outcome.result && !missing;
		if (traces) {
			traces.push({
				operator: entry.operator,
				key: entry.key,
				policyValues: entry.policyValues,
				requestValues,
				result: outcome.result,
				note: outcome.note,
			});
		} else if (!outcome.result && !missing) {
			// A key that the request has fails the statement whatever the missing keys would say.
			return { met: false, missingKeys: [] };
		}
	}
	return { met, missingKeys: failedOnPresentKey ? [] : missingKeys, traces };
}
