/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Exports of the simulation table. Sids, policy names and ARNs come from untrusted documents, so
// every cell is escaped for its format: a `|` must not split a Markdown row, a `<script>` must not
// become HTML in a Markdown preview, and a leading `=` must not become a spreadsheet formula.

import type { ActionResult, StatementRef } from '../../../../shared/simulation';
import type { ExportFormat } from './messages';
import { t } from './l10n';
import { accessLevelLabel, decisionLabel, statementTitle } from './viewModel';

export interface ExportInput {
	readonly documentLabel: string;
	readonly results: readonly ActionResult[];
}

export const exportExtensions: Record<ExportFormat, string> = { markdown: 'md', csv: 'csv', json: 'json' };

// In English for the scripts that read the CSV, numbered from 1 for the people who read it too.
function describeStatement(ref: StatementRef): string {
	return `${ref.policy} statement ${ref.statementIndex + 1}${ref.sid !== undefined ? ` (${ref.sid})` : ''}: ${ref.effect}`;
}

const lineBreaks = /\r\n|[\r\n\u2028\u2029\u0085]/g;

export function escapeMarkdownCell(text: string): string {
	return text
		.replace(lineBreaks, ' ')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/[\\`*_[\]|~]/g, '\\$&');
}

// The Markdown export is for people, in the UI language; CSV and JSON keep the values scripts read.
export function toMarkdown(input: ExportInput): string {
	const header = [t('Action'), t('Access level'), t('Resource'), t('Decision'), t('Deciding statements'), t('Missing context keys')];
	const lines = [
		`# ${t('Simulation of {0}', escapeMarkdownCell(input.documentLabel))}`,
		'',
		`| ${header.join(' | ')} |`,
		`| ${header.map(() => '---').join(' | ')} |`,
	];
	for (const result of input.results) {
		const cells = [
			result.action,
			accessLevelLabel(result.accessLevel),
			result.resource,
			result.variesByResource ? t('{0} for some checks', decisionLabel(result.decision)) : decisionLabel(result.decision),
			result.decidingStatements.map((ref) => `${statementTitle(ref)}: ${ref.effect}`).join('; '),
			result.missingContextKeys.join(', '),
		];
		lines.push(`| ${cells.map(escapeMarkdownCell).join(' | ')} |`);
	}
	return lines.join('\n') + '\n';
}

export function escapeCsvField(value: string): string {
	// A cell that starts like a formula is prefixed with a quote, as OWASP advises for CSV injection.
	const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) || text !== value ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(input: ExportInput): string {
	const rows = [
		[
			'action',
			'prefix',
			'accessLevel',
			'resource',
			'decision',
			'variesByResource',
			'decidingStatements',
			'missingContextKeys',
			'decisionIfKeysPresent',
		],
	];
	for (const result of input.results) {
		rows.push([
			result.action,
			result.prefix,
			result.accessLevel,
			result.resource,
			result.decision,
			result.variesByResource ? 'true' : 'false',
			result.decidingStatements.map(describeStatement).join('; '),
			result.missingContextKeys.join(' '),
			result.decisionIfKeysPresent ?? '',
		]);
	}
	// RFC 4180 ends records with CRLF.
	return rows.map((row) => row.map(escapeCsvField).join(',')).join('\r\n') + '\r\n';
}

/** The same shape as `iam-support simulate --format json`, so scripts can read either. */
export function toJson(input: ExportInput): string {
	const results = input.results.map((result) => ({
		action: result.action,
		resource: result.resource,
		decision: result.decision,
		matchedStatements: result.decidingStatements.map((ref) => ({
			file: ref.uri ?? ref.policy,
			index: ref.statementIndex,
			sid: ref.sid,
		})),
		missingContextKeys: result.missingContextKeys,
	}));
	return JSON.stringify({ results }, undefined, '\t') + '\n';
}

export function exportResults(format: ExportFormat, input: ExportInput): string {
	switch (format) {
		case 'markdown':
			return toMarkdown(input);
		case 'csv':
			return toCsv(input);
		case 'json':
			return toJson(input);
	}
}
