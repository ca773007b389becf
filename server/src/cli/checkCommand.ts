/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// `iam-support check [--format text|json|sarif] [--rules FILE] PATH...`: the editor's diagnostics for CI.
// Exit code 0 when no finding is an error, 1 when one is, 2 for usage and I/O errors.

import * as fs from 'node:fs';
import {
	DiagnosticSeverity,
	getLanguageService,
	isRuleSeverity,
	ruleFor,
	TextDocument,
	type Diagnostic,
	type LanguageService,
	type RuleSeverity,
} from '../languageService';
import { currentLocale, t } from './l10n';
import { expandInputs, UsageError } from './files';
import { toSarif } from './sarif';

export const checkUsage = () =>
	t(`Usage: iam-support check [--format text|json|sarif] [--rules FILE] PATH...

Checks IAM policy files. PATH may be a file, a folder (its .json and .jsonc files that hold a policy),
a glob (quote it: 'policies/**/*.json'), or - for standard input.
  --format   text (default): file:line:col severity code message
             json: [{ "file", "diagnostics": [{ "code", "severity", "message", "range" }] }], zero-based
             sarif: SARIF 2.1.0, for GitHub code scanning
  --rules    a JSON file mapping rule codes to off, hint, information, warning or error
Exit code: 0 no error finding, 1 at least one error finding, 2 usage or I/O error.`);

export interface CheckIo {
	readonly stdout: (text: string) => void;
	readonly stderr: (text: string) => void;
	readonly readStdin: () => string;
	/** The URI of docs/rules.md that rule links point into; the bin gives the copy installed beside it. */
	readonly rulesDocumentation?: string;
}

export interface FileResult {
	readonly file: string;
	readonly diagnostics: readonly Diagnostic[];
}

type Format = 'text' | 'json' | 'sarif';

const severityNames: Record<DiagnosticSeverity, string> = {
	[DiagnosticSeverity.Error]: 'error',
	[DiagnosticSeverity.Warning]: 'warning',
	[DiagnosticSeverity.Information]: 'information',
	[DiagnosticSeverity.Hint]: 'hint',
};

export function severityName(diagnostic: Diagnostic): string {
	return severityNames[diagnostic.severity ?? DiagnosticSeverity.Error];
}

function parseArgs(args: readonly string[]): { format: Format; rulesFile?: string; paths: string[] } {
	let format: Format = 'text';
	let rulesFile: string | undefined;
	const paths: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		const [name, inline] =
			arg.startsWith('--') && arg.includes('=')
				? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
				: [arg, undefined];
		if (name === '--format' || name === '--rules') {
			const value = inline ?? args[++i];
			if (value === undefined) {
				throw new UsageError(t('{0} needs a value', name));
			}
			if (name === '--rules') {
				rulesFile = value;
			} else if (value === 'text' || value === 'json' || value === 'sarif') {
				format = value;
			} else {
				throw new UsageError(t('unknown format "{0}": use text, json or sarif', value));
			}
		} else if (arg.startsWith('-') && arg !== '-') {
			throw new UsageError(t('unknown option {0}', arg));
		} else {
			paths.push(arg);
		}
	}
	if (paths.length === 0) {
		throw new UsageError('no PATH given');
	}
	return { format, rulesFile, paths };
}

/** Reads a rules file: the same map as the `iamSupport.rules` setting, or a settings object that holds one. */
function readRules(file: string): Record<string, RuleSeverity> {
	let parsed: unknown;
	try {
		parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch (error) {
		throw new UsageError(t('cannot read the rules file {0}: {1}', file, error instanceof Error ? error.message : String(error)));
	}
	const object = parsed as Record<string, unknown>;
	const map = (object?.['iamSupport.rules'] ?? object?.rules ?? object) as Record<string, unknown>;
	if (!map || typeof map !== 'object' || Array.isArray(map)) {
		throw new UsageError(t('the rules file {0} must hold an object mapping rule codes to severities', file));
	}
	for (const [code, severity] of Object.entries(map)) {
		if (!ruleFor(code)) {
			throw new UsageError(t('the rules file {0} names an unknown rule "{1}"', file, code));
		}
		if (!isRuleSeverity(severity)) {
			throw new UsageError(
				t(
					'the rules file {0} gives "{1}" the severity {2}: use off, hint, information, warning or error',
					file,
					code,
					JSON.stringify(severity),
				),
			);
		}
	}
	return map as Record<string, RuleSeverity>;
}

export function checkFiles(args: readonly string[], io: CheckIo): number {
	let options: ReturnType<typeof parseArgs>;
	const results: FileResult[] = [];
	// A file that cannot be read is reported on its own; every other file is still checked (exit code 2).
	const fileErrors: string[] = [];
	const service = getLanguageService({ locale: currentLocale(), rulesDocumentation: io.rulesDocumentation });
	try {
		options = parseArgs(args);
		const rules = options.rulesFile ? readRules(options.rulesFile) : {};
		for (const input of expandInputs(options.paths)) {
			const read: { text: string } | { error: string } =
				input.error !== undefined ? { error: input.error } : input.path === '-' ? { text: io.readStdin() } : readFile(input.path);
			if ('error' in read) {
				fileErrors.push(read.error);
				continue;
			}
			const document = TextDocument.create(
				input.path === '-' ? 'stdin://policy.json' : `file:///${input.path}`,
				'json',
				1,
				read.text,
			);
			const diagnostics = service.doValidation(document, service.parsePolicyDocument(document), {
				rules,
				validateAsPolicy: input.explicit,
			});
			results.push({ file: input.path === '-' ? '<stdin>' : input.path, diagnostics });
		}
	} catch (error) {
		if (error instanceof UsageError) {
			io.stderr(`iam-support check: ${error.message}\n\n${checkUsage()}\n`);
			return 2;
		}
		throw error;
	}
	io.stdout(format(options.format, results, service));
	fileErrors.forEach((message) => io.stderr(`iam-support check: ${message}\n`));
	if (fileErrors.length) {
		return 2;
	}
	return results.some((result) => result.diagnostics.some((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error)) ? 1 : 0;
}

function readFile(file: string): { text: string } | { error: string } {
	let bytes: Buffer;
	try {
		bytes = fs.readFileSync(file);
	} catch (error) {
		return { error: t('cannot read {0}: {1}', file, error instanceof Error ? error.message : String(error)) };
	}
	// A NUL byte never occurs in JSON text: this is a binary file that happens to be named .json.
	if (bytes.subarray(0, 8192).includes(0)) {
		return { error: t('cannot read {0}: a binary file, not JSON text', file) };
	}
	return { text: bytes.toString('utf8') };
}

function format(kind: Format, results: readonly FileResult[], service: LanguageService): string {
	if (kind === 'sarif') {
		return `${JSON.stringify(toSarif(results, service), null, 2)}\n`;
	}
	if (kind === 'json') {
		return `${JSON.stringify(
			results.map(({ file, diagnostics }) => ({
				file,
				diagnostics: diagnostics.map((diagnostic) => ({
					code: diagnostic.code,
					severity: severityName(diagnostic),
					message: diagnostic.message,
					range: diagnostic.range,
				})),
			})),
			null,
			2,
		)}\n`;
	}
	const lines = results.flatMap(({ file, diagnostics }) =>
		diagnostics.map(
			(diagnostic) =>
				`${file}:${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${severityName(diagnostic)} ${diagnostic.code} ${diagnostic.message}`,
		),
	);
	return lines.length ? `${lines.join('\n')}\n` : '';
}
