/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The request context of a simulation, typed by the catalog's condition keys. A value of the wrong type
// (`aws:MultiFactorAuthPresent=yes`) is reported and left out, so that it can never pass for a mismatch.

import type { ServiceState } from '../serviceState';
import type { ContextValue } from '../../../../shared/simulation';
import { globalConditionKey, serviceConditionKey } from '../catalog/catalog';
import { parseArn } from '../catalog/arn';
import { parseBool, parseDate, parseIpAddress, parseNumber } from './conditionValues';

export interface ContextEntry {
	/** The key as the user wrote it. */
	readonly key: string;
	/** Canonical text of each value: `true`/`false` for booleans, numbers as written. */
	readonly values: readonly string[];
	readonly multivalued: boolean;
}

export interface RequestContext {
	/** By lower-cased key: condition keys are case-insensitive. */
	readonly entries: ReadonlyMap<string, ContextEntry>;
	/** The value of a single-valued key, for policy variables. */
	readonly variable: (lowerKey: string) => string | undefined;
}

export interface ContextKeyType {
	/** `String`, `ARN`, `Bool`, `Date`, `IPAddress`, `Numeric`, `Binary`. */
	readonly elementType: string;
	readonly multivalued: boolean;
}

/** The catalog's type of a key, or undefined for a key the catalog does not know. */
export function contextKeyType(key: string): ContextKeyType | undefined {
	const type = globalConditionKey(key)?.type ?? serviceConditionKey(key)?.type;
	if (!type) {
		return undefined;
	}
	const multivalued = type.startsWith('ArrayOf');
	return { elementType: multivalued ? type.slice('ArrayOf'.length) : type, multivalued };
}

/** The canonical text of one value of a key, or an error message. */
function typedValue(
	state: ServiceState,
	key: string,
	elementType: string | undefined,
	value: string | number | boolean,
): { value: string } | { error: string } {
	const wrong = (expected: string) => ({ error: state.t('{0} takes {1}; {2} is not one.', key, expected, JSON.stringify(value)) });
	switch (elementType) {
		case 'Bool': {
			const parsed = typeof value === 'boolean' ? value : typeof value === 'string' ? parseBool(value) : undefined;
			return parsed === undefined ? wrong(state.t('a boolean (true or false)')) : { value: String(parsed) };
		}
		case 'Numeric': {
			const parsed = typeof value === 'number' ? value : typeof value === 'string' ? parseNumber(value) : undefined;
			return parsed === undefined || !Number.isFinite(parsed) ? wrong(state.t('a number')) : { value: String(value).trim() };
		}
		case 'Date':
			return (typeof value === 'number' || typeof value === 'string') && parseDate(String(value)) !== undefined
				? { value: String(value).trim() }
				: wrong(state.t('a date (ISO 8601 or epoch seconds)'));
		case 'IPAddress':
			return typeof value === 'string' && parseIpAddress(value) ? { value: value.trim() } : wrong(state.t('an IPv4 or IPv6 address'));
		case 'ARN':
			return typeof value === 'string' && parseArn(value) ? { value } : wrong(state.t('an ARN'));
		case undefined:
			// A key the catalog does not know keeps whatever the user gave, as text.
			return { value: String(value) };
		default:
			return typeof value === 'string' ? { value } : wrong(state.t('a string'));
	}
}

/** Builds the typed context; problems are returned with it, never thrown. */
export function buildRequestContext(
	state: ServiceState,
	input: Readonly<Record<string, ContextValue>> | undefined,
): {
	context: RequestContext;
	errors: string[];
} {
	const entries = new Map<string, ContextEntry>();
	const errors: string[] = [];
	for (const [key, raw] of Object.entries(input ?? {})) {
		const type = contextKeyType(key);
		const isArray = Array.isArray(raw);
		if (isArray && type && !type.multivalued && (raw as readonly string[]).length !== 1) {
			errors.push(state.t('{0} takes a single value, not a list.', key));
			continue;
		}
		const values: string[] = [];
		let valid = true;
		for (const value of isArray ? (raw as readonly string[]) : [raw as string | number | boolean]) {
			const typed = typedValue(state, key, type?.elementType, value);
			if ('error' in typed) {
				errors.push(typed.error);
				valid = false;
				break;
			}
			values.push(typed.value);
		}
		if (valid) {
			entries.set(key.toLowerCase(), { key, values, multivalued: type ? type.multivalued : isArray });
		}
	}
	const variable = (lowerKey: string) => {
		const entry = entries.get(lowerKey);
		// A multivalued key cannot stand in a policy variable.
		return entry && !entry.multivalued && entry.values.length === 1 ? entry.values[0] : undefined;
	};
	return { context: { entries, variable }, errors };
}
