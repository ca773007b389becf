/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// `iam-support check [--format text|json|sarif] [--severity LEVEL] [--rules FILE] [--kind KIND] PATH...`: the editor's diagnostics for CI.
// Exit code 0 when no finding is an error, 1 when one is, 2 for usage and I/O errors.

import { policyTextDocument } from './documents';
import { nodeWasmLoader } from '../node/nodeWasmLoader';
import {
	DiagnosticSeverity,
	getLanguageService,
	isPolicyKind,
	policyKinds,
	isRuleSeverity,
	ruleFor,
	TextDocument,
	type Diagnostic,
	type Guardrails,
	type PolicyKind,
	type RuleSeverity,
} from '../languageService';
import { currentLocale, t } from './l10n';
import { expandInputs, FileError, ioReason, readTextFile, UsageError } from './files';
import { productVersion, rulesDocumentation } from './product';
import { toSarif } from './sarif';
import { findGuardrailsFile, GuardrailsError, mergeGuardrails, readGuardrailsFile } from '../utils/guardrailsConfig';
import * as path from 'node:path';

export const checkUsage = () =>
	t(`Usage: iam-support check [--format text|json|sarif] [--severity LEVEL] [--rules FILE] [--kind KIND] [--must-not-grant PATTERNS] PATH...

Checks IAM policy files and the templates that hold policies. PATH may be a file (.json, .jsonc, a
CloudFormation, SAM or Serverless .yaml, .yml or .template, a Terraform .tf or .tf.json), a folder (its
files of those kinds that hold a policy), a glob (quote it: 'policies/**/*.json'), or - for standard input.
  --format    text (default): file:line:col severity code message, then a summary on standard error
              json: [{ "file", "diagnostics": [{ "code", "severity", "message", "range" }] }], zero-based
              sarif: SARIF 2.1.0, for GitHub code scanning
  --severity  the least severe findings shown: error, warning, information (default) or hint
  --rules     a JSON file mapping rule codes to off, hint, information, warning or error
  --kind      the kind of every policy checked: identity, trust, resource, scp, rcp, boundary, session or
              vpcEndpoint; otherwise each policy's kind is found from its template or its statements
  --must-not-grant  action patterns, comma-separated, that no identity policy may grant in any request
              context (grants-forbidden-action); added to the guardrails of the nearest .iam-support.json
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
type SeverityName = 'error' | 'warning' | 'information' | 'hint';

const severityNames: Record<DiagnosticSeverity, SeverityName> = {
	[DiagnosticSeverity.Error]: 'error',
	[DiagnosticSeverity.Warning]: 'warning',
	[DiagnosticSeverity.Information]: 'information',
	[DiagnosticSeverity.Hint]: 'hint',
};
const severityByName: Record<SeverityName, DiagnosticSeverity> = {
	error: DiagnosticSeverity.Error,
	warning: DiagnosticSeverity.Warning,
	information: DiagnosticSeverity.Information,
	hint: DiagnosticSeverity.Hint,
};

export function severityName(diagnostic: Diagnostic): SeverityName {
	return severityNames[diagnostic.severity ?? DiagnosticSeverity.Error];
}

interface Options {
	readonly format: Format;
	/** The least severe findings shown (LSP severities grow less severe as they grow). */
	readonly severity: DiagnosticSeverity;
	readonly rulesFile?: string;
	readonly kind?: PolicyKind;
	readonly mustNotGrant: readonly string[];
	readonly paths: readonly string[];
}

function parseArgs(args: readonly string[]): Options {
	let format: Format = 'text';
	// Information and above: a hint (a name in another case than AWS's) is for the editor, where it is a
	// faint underline; AWS's largest managed policies have thousands of them.
	let severity: DiagnosticSeverity = DiagnosticSeverity.Information;
	let rulesFile: string | undefined;
	let kind: PolicyKind | undefined;
	const mustNotGrant: string[] = [];
	const paths: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		const [name, inline] =
			arg.startsWith('--') && arg.includes('=')
				? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
				: [arg, undefined];
		if (name === '--format' || name === '--rules' || name === '--severity' || name === '--kind' || name === '--must-not-grant') {
			const value = inline ?? args[++i];
			if (value === undefined) {
				throw new UsageError(t('{0} needs a value', name));
			}
			if (name === '--rules') {
				rulesFile = value;
			} else if (name === '--must-not-grant') {
				const patterns = value
					.split(',')
					.map((pattern) => pattern.trim())
					.filter(Boolean);
				if (!patterns.length) {
					throw new UsageError(t('--must-not-grant needs action patterns, such as support:ResolveCase,supportauthz:*'));
				}
				mustNotGrant.push(...patterns);
			} else if (name === '--kind') {
				if (!isPolicyKind(value)) {
					throw new UsageError(t('unknown kind "{0}": use {1}', value, policyKinds.join(', ')));
				}
				kind = value;
			} else if (name === '--severity') {
				if (!Object.prototype.hasOwnProperty.call(severityByName, value)) {
					throw new UsageError(t('unknown severity "{0}": use error, warning, information or hint', value));
				}
				severity = severityByName[value as SeverityName];
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
		throw new UsageError(t('no PATH given'));
	}
	return { format, severity, rulesFile, kind, mustNotGrant, paths };
}

/** Reads a rules file: the same map as the `iamSupport.rules` setting, or a settings object that holds one. */
function readRules(file: string): Record<string, RuleSeverity> {
	let parsed: unknown;
	try {
		parsed = JSON.parse(readTextFile(file));
	} catch (error) {
		throw new UsageError(t('cannot read the rules file {0}: {1}', file, error instanceof FileError ? error.reason : ioReason(error)));
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

/** What a run found: the results shown, and the counts that the summary line gives. */
interface CheckRun {
	readonly results: FileResult[];
	/** Why some files could not be checked; every other file still is (exit code 2). */
	readonly fileErrors: string[];
	/** Files read as policies: those that hold one, and those named on the command line. */
	policyFiles: number;
	/** JSON files found in folders or by globs that hold no policy, and so were left alone. */
	otherFiles: number;
	readonly hidden: Map<DiagnosticSeverity, number>;
}

export async function checkFiles(args: readonly string[], io: CheckIo): Promise<number> {
	let options: Options;
	const run: CheckRun = { results: [], fileErrors: [], policyFiles: 0, otherFiles: 0, hidden: new Map() };
	try {
		options = parseArgs(args);
		const rules = options.rulesFile ? readRules(options.rulesFile) : {};
		const service = getLanguageService({
			locale: currentLocale(),
			rulesDocumentation: io.rulesDocumentation,
			loadWasm: nodeWasmLoader(),
		});
		// Read once per file found: a folder of policies shares one.
		const guardrailFiles = new Map<string, Guardrails>();
		const guardrailsFor = (folder: string): Guardrails | undefined => {
			const file = findGuardrailsFile(folder);
			if (!file) {
				return undefined;
			}
			let guardrails = guardrailFiles.get(file);
			if (!guardrails) {
				try {
					guardrails = readGuardrailsFile(file, t);
				} catch (error) {
					throw error instanceof GuardrailsError ? new UsageError(error.message) : error;
				}
				guardrailFiles.set(file, guardrails);
			}
			return guardrails;
		};
		for (const input of expandInputs(options.paths)) {
			if (input.error !== undefined) {
				run.fileErrors.push(input.error);
				continue;
			}
			let text: string;
			try {
				text = input.path === '-' ? io.readStdin() : readTextFile(input.path);
			} catch (error) {
				run.fileErrors.push(
					error instanceof FileError
						? error.message
						: input.path === '-'
							? t('cannot read standard input: {0}', ioReason(error))
							: t('cannot read {0}: {1}', input.path, ioReason(error)),
				);
				continue;
			}
			const file = input.path === '-' ? '<stdin>' : input.path;
			const document =
				input.path === '-'
					? TextDocument.create('stdin://policy.json', 'json', 1, text)
					: policyTextDocument(`file:///${input.path}`, input.path, text);
			await service.prepareFormat(document);
			const policyDocument = service.parsePolicyDocument(document, { policyKind: options.kind });
			if (policyDocument.skippedReason !== undefined) {
				// A file that is not analysed must not pass for one without findings.
				run.fileErrors.push(t('cannot check {0}: {1}', file, policyDocument.skippedReason));
				continue;
			}
			if (!input.explicit && policyDocument.policies.length === 0) {
				run.otherFiles++;
			} else {
				run.policyFiles++;
			}
			const guardrails = mergeGuardrails(
				guardrailsFor(input.path === '-' ? process.cwd() : path.dirname(input.path)),
				options.mustNotGrant,
			);
			const all = service.doValidation(document, policyDocument, { rules, validateAsPolicy: input.explicit, guardrails });
			const diagnostics = all.filter((diagnostic) => {
				const severity = diagnostic.severity ?? DiagnosticSeverity.Error;
				if (severity > options.severity) {
					run.hidden.set(severity, (run.hidden.get(severity) ?? 0) + 1);
					return false;
				}
				return true;
			});
			run.results.push({ file, diagnostics });
		}
	} catch (error) {
		if (error instanceof UsageError) {
			io.stderr(`iam-support check: ${error.message}\n\n${checkUsage()}\n`);
			return 2;
		}
		throw error;
	}
	io.stdout(format(options.format, run.results));
	run.fileErrors.forEach((message) => io.stderr(`iam-support check: ${message}\n`));
	if (options.format === 'text') {
		io.stderr(`${summary(run)}\n`);
	}
	if (run.fileErrors.length) {
		return 2;
	}
	return run.results.some((result) => result.diagnostics.some((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error)) ? 1 : 0;
}

/**
 * A count with its thousands grouped, as English and Japanese both write it (6,094). Not toLocaleString:
 * loading the number formats on a run's last line cost about 20 ms and 7 MB, more than the check of a
 * small folder.
 */
function formatCount(count: number): string {
	return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** "3 errors", "1 warning": each severity's count, singular or plural. */
function countOf(severity: DiagnosticSeverity, count: number): string {
	const n = formatCount(count);
	switch (severity) {
		case DiagnosticSeverity.Error:
			return count === 1 ? t('1 error') : t('{0} errors', n);
		case DiagnosticSeverity.Warning:
			return count === 1 ? t('1 warning') : t('{0} warnings', n);
		case DiagnosticSeverity.Information:
			return count === 1 ? t('1 information finding') : t('{0} information findings', n);
		default:
			return count === 1 ? t('1 hint') : t('{0} hints', n);
	}
}

const bySeverity = [DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Information, DiagnosticSeverity.Hint];

/**
 * The line that ends a run in text format, on standard error so that the findings stay a clean list:
 * "3 errors, 2 warnings in 12 files", "no problems in 12 files", with the findings left out and how to see them.
 */
export function summary(run: Pick<CheckRun, 'results' | 'policyFiles' | 'otherFiles' | 'hidden'>): string {
	const shown = new Map<DiagnosticSeverity, number>();
	for (const { diagnostics } of run.results) {
		for (const diagnostic of diagnostics) {
			const severity = diagnostic.severity ?? DiagnosticSeverity.Error;
			shown.set(severity, (shown.get(severity) ?? 0) + 1);
		}
	}
	const counts = (map: Map<DiagnosticSeverity, number>) =>
		bySeverity
			.filter((severity) => map.get(severity))
			.map((severity) => countOf(severity, map.get(severity)!))
			.join(', ');
	const found = counts(shown);
	const files = formatCount(run.policyFiles);
	let line: string;
	if (run.policyFiles === 0) {
		// Folders whose JSON files hold no policy: say so, rather than "no problems".
		line =
			run.otherFiles === 0
				? t('no policy file found')
				: run.otherFiles === 1
					? t('no policy in 1 JSON file')
					: t('no policy in {0} JSON files', formatCount(run.otherFiles));
	} else if (found) {
		line = run.policyFiles === 1 ? t('{0} in 1 file', found) : t('{0} in {1} files', found, files);
	} else {
		line = run.policyFiles === 1 ? t('no problems in 1 file') : t('no problems in {0} files', files);
	}
	if (!run.hidden.size) {
		return line;
	}
	const least = bySeverity.filter((severity) => run.hidden.get(severity)).pop()!;
	return `${line} (${t('{0} not shown: --severity {1} shows them', counts(run.hidden), severityNames[least])})`;
}

function format(kind: Format, results: readonly FileResult[]): string {
	if (kind === 'sarif') {
		const tool = { version: productVersion, rulesDocumentation: rulesDocumentation(currentLocale()) };
		return `${JSON.stringify(toSarif(results, tool), null, 2)}\n`;
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
