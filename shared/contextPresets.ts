/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The request contexts a person most often asks about: the panel offers them as one-click presets, and
// `iam-support diff` compares two versions of a policy under each of them (#17), so both read this table.
// Data only: the labels are English keys, which each host translates with its own `t`.

import type { ContextValue } from './simulation';

export interface ContextPreset {
	readonly id: string;
	readonly label: string;
	readonly values: Readonly<Record<string, ContextValue>>;
}

export const contextPresets: readonly ContextPreset[] = [
	{ id: 'mfa', label: 'MFA present', values: { 'aws:MultiFactorAuthPresent': true, 'aws:MultiFactorAuthAge': 300 } },
	{ id: 'noMfa', label: 'No MFA', values: { 'aws:MultiFactorAuthPresent': false } },
	{ id: 'docNet', label: 'From 203.0.113.0/24', values: { 'aws:SourceIp': '203.0.113.10' } },
	// An address that is present and outside the network above: an absent key and an address elsewhere differ
	// for `...IfExists` operators, which an absent key satisfies.
	{ id: 'otherNet', label: 'From elsewhere (198.51.100.10)', values: { 'aws:SourceIp': '198.51.100.10' } },
	{ id: 'tls', label: 'Over TLS', values: { 'aws:SecureTransport': true } },
];
