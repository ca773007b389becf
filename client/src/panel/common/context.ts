/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The request context form: which keys it offers, of which type, and its presets. The evaluator treats
// a value of the wrong type as an error, so the form converts text to the key's type before sending.

import { t } from './l10n';
import type { ContextValue } from '../../../../shared/simulation';
import { contextKeyPattern } from './messages';

export type ContextKind = 'bool' | 'number' | 'ip' | 'date' | 'string' | 'list';

export interface ContextKeyInfo {
	readonly key: string;
	readonly kind: ContextKind;
	readonly label: string;
	readonly placeholder?: string;
}

export const contextKeys: readonly ContextKeyInfo[] = [
	{ key: 'aws:MultiFactorAuthPresent', kind: 'bool', label: 'MFA present' },
	{ key: 'aws:MultiFactorAuthAge', kind: 'number', label: 'Seconds since MFA', placeholder: '3600' },
	{ key: 'aws:SecureTransport', kind: 'bool', label: 'Over TLS' },
	{ key: 'aws:SourceIp', kind: 'ip', label: 'Source IP', placeholder: '203.0.113.10' },
	{ key: 'aws:CurrentTime', kind: 'date', label: 'Current time', placeholder: '2026-01-31T12:00:00Z' },
	{ key: 'aws:RequestedRegion', kind: 'string', label: 'Requested Region', placeholder: 'us-east-1' },
	{ key: 'aws:username', kind: 'string', label: 'User name', placeholder: 'alice' },
	{ key: 'aws:PrincipalArn', kind: 'string', label: 'Principal ARN', placeholder: 'arn:aws:iam::111122223333:user/alice' },
	{ key: 'aws:PrincipalOrgID', kind: 'string', label: 'Organization ID', placeholder: 'o-exampleorgid' },
	{ key: 'aws:CalledVia', kind: 'list', label: 'Called via (comma-separated)', placeholder: 'cloudformation.amazonaws.com' },
];

export { contextPresets, type ContextPreset } from '../../../../shared/contextPresets';

/** A form field's label in the UI language; the English `label` stays the data's (tests and exports read it). */
export function contextKeyLabel(key: string, label: string): string {
	switch (key) {
		case 'aws:MultiFactorAuthPresent':
			return t('MFA present');
		case 'aws:MultiFactorAuthAge':
			return t('Seconds since MFA');
		case 'aws:SecureTransport':
			return t('Over TLS');
		case 'aws:SourceIp':
			return t('Source IP');
		case 'aws:CurrentTime':
			return t('Current time');
		case 'aws:RequestedRegion':
			return t('Requested Region');
		case 'aws:username':
			return t('User name');
		case 'aws:PrincipalArn':
			return t('Principal ARN');
		case 'aws:PrincipalOrgID':
			return t('Organization ID');
		case 'aws:CalledVia':
			return t('Called via (comma-separated)');
		default:
			return label;
	}
}

export function contextPresetLabel(id: string, label: string): string {
	switch (id) {
		case 'mfa':
			return t('MFA present');
		case 'noMfa':
			return t('No MFA');
		case 'docNet':
			return t('From 203.0.113.0/24');
		case 'otherNet':
			return t('From elsewhere (198.51.100.10)');
		case 'tls':
			return t('Over TLS');
		default:
			return label;
	}
}

export function kindOf(key: string): ContextKind {
	return contextKeys.find((info) => info.key.toLowerCase() === key.toLowerCase())?.kind ?? 'string';
}

const ipv4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}(\/(3[0-2]|[12]?\d))?$/;
const ipv6 = /^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(\/(12[0-8]|1[01]\d|\d?\d))?$/;
const isoDate = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export type ParsedValue = { readonly value: ContextValue } | { readonly error: string };

/** Converts what the user typed into the key's type; empty text means "leave the key out". */
export function parseContextInput(kind: ContextKind, text: string): ParsedValue | undefined {
	const trimmed = text.trim();
	if (!trimmed) {
		return undefined;
	}
	switch (kind) {
		case 'bool':
			if (/^(true|false)$/i.test(trimmed)) {
				return { value: trimmed.toLowerCase() === 'true' };
			}
			return { error: t('Enter true or false.') };
		case 'number': {
			const value = Number(trimmed);
			return Number.isFinite(value) ? { value } : { error: t('Enter a number.') };
		}
		case 'ip':
			return ipv4.test(trimmed) || ipv6.test(trimmed) ? { value: trimmed } : { error: t('Enter an IPv4 or IPv6 address.') };
		case 'date':
			// Epoch seconds are a valid date value in IAM, so digits alone pass as they are.
			return isoDate.test(trimmed) || /^\d+$/.test(trimmed)
				? { value: trimmed }
				: { error: t('Enter an ISO 8601 date or epoch seconds.') };
		case 'list':
			return {
				value: trimmed
					.split(',')
					.map((item) => item.trim())
					.filter(Boolean),
			};
		case 'string':
			return { value: trimmed };
	}
}

/** The text a form field shows for a value, the inverse of `parseContextInput`. */
export function formatContextValue(value: ContextValue | undefined): string {
	if (value === undefined) {
		return '';
	}
	return Array.isArray(value) ? value.join(', ') : String(value);
}

export interface ExtraContext {
	readonly context: Record<string, ContextValue>;
	readonly errors: readonly string[];
}

/** Reads the free-form keys, one `KEY=VALUE` a line, typed by `kindOf` like the form's own fields. */
export function parseExtraContext(text: string): ExtraContext {
	const context: Record<string, ContextValue> = {};
	const errors: string[] = [];
	text.split(/\r?\n/).forEach((line, index) => {
		if (!line.trim()) {
			return;
		}
		const equals = line.indexOf('=');
		const key = line.slice(0, equals).trim();
		if (equals < 0 || !contextKeyPattern.test(key)) {
			errors.push(t('Line {0}: write KEY=VALUE, with a key such as aws:PrincipalTag/team.', index + 1));
			return;
		}
		const parsed = parseContextInput(kindOf(key), line.slice(equals + 1));
		if (parsed && 'error' in parsed) {
			errors.push(t('Line {0}: {1}', index + 1, parsed.error));
		} else if (parsed) {
			context[key] = parsed.value;
		}
	});
	return { context, errors };
}
