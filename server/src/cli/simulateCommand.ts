/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// `iam-support simulate POLICY [--action A]... [--resource ARN] [--context KEY=VALUE]... [--boundary FILE]
// [--scp FILE]... [--session FILE] [--format text|json]` (#5). Exit codes: 0 when the simulation ran
// cleanly, whatever the decisions; 1 when it ran but reported problems (a policy with syntax errors or
// none at all, a context value of the wrong type, an unknown action); 2 for a usage or I/O error.

import type { ActionResult, ContextValue, PolicySource, SimulateParams, SimulateResult } from '../../../shared/simulation';
import { getLanguageService, TextDocument } from '../languageService';
import { currentLocale, t } from './l10n';

export interface SimulateIo {
	readonly stdout: (s: string) => void;
	readonly stderr: (s: string) => void;
	readonly readFile: (p: string) => Promise<string>;
}

export const simulateUsage = () =>
	'usage: iam-support simulate POLICY [--action A]... [--resource ARN] [--context KEY=VALUE]... [--boundary FILE] [--scp FILE]... [--session FILE] [--format text|json]\n' +
	`  ${t('FILE may be managed:NAME for a bundled AWS managed policy (managed:AWSSupportAccess).')}\n`;

interface Options {
	policy?: string;
	actions: string[];
	resource?: string;
	context: Map<string, string[]>;
	boundary?: string;
	scps: string[];
	session?: string;
	format: 'text' | 'json';
}

class UsageError extends Error {}

function parseArguments(argv: readonly string[]): Options | 'help' {
	const options: Options = { actions: [], context: new Map(), scps: [], format: 'text' };
	for (let i = 0; i < argv.length; i++) {
		const argument = argv[i];
		if (argument === '--help' || argument === '-h') {
			return 'help';
		}
		if (!argument.startsWith('--')) {
			if (options.policy !== undefined) {
				throw new UsageError(t('only one POLICY is simulated; {0} is one too many', argument));
			}
			options.policy = argument;
			continue;
		}
		const equals = argument.indexOf('=');
		const name = equals > 0 ? argument.slice(2, equals) : argument.slice(2);
		const value = equals > 0 ? argument.slice(equals + 1) : argv[++i];
		if (value === undefined) {
			throw new UsageError(t('{0} needs a value', `--${name}`));
		}
		switch (name) {
			case 'action':
				options.actions.push(value);
				break;
			case 'resource':
				options.resource = value;
				break;
			case 'boundary':
				options.boundary = value;
				break;
			case 'scp':
				options.scps.push(value);
				break;
			case 'session':
				options.session = value;
				break;
			case 'context': {
				const separator = value.indexOf('=');
				if (separator <= 0) {
					throw new UsageError(t('--context takes KEY=VALUE, not {0}', value));
				}
				const key = value.slice(0, separator);
				// Repeating a key gives a multivalued key its values (`--context aws:CalledVia=a --context aws:CalledVia=b`).
				options.context.set(key, [...(options.context.get(key) ?? []), value.slice(separator + 1)]);
				break;
			}
			case 'format':
				if (value !== 'text' && value !== 'json') {
					throw new UsageError(t('--format is text or json, not {0}', value));
				}
				options.format = value;
				break;
			default:
				throw new UsageError(t('unknown option {0}', `--${name}`));
		}
	}
	if (options.policy === undefined) {
		throw new UsageError(t('a POLICY file is required'));
	}
	return options;
}

async function policySource(file: string, io: SimulateIo): Promise<PolicySource> {
	// Managed policies ship with the tool; files are read here so that an unreadable one is an I/O error.
	return file.toLowerCase().startsWith('managed:') ? { uri: file } : { uri: file, label: file, text: await io.readFile(file) };
}

function toJson(result: SimulateResult): string {
	const results = result.results.map((r) => ({
		action: r.action,
		resource: r.resource,
		decision: r.decision,
		// A file is named as the user gave it; a bundled managed policy, whose URI is its ARN, by its name.
		matchedStatements: r.decidingStatements.map((ref) => ({
			file: ref.uri && !ref.uri.startsWith('arn:') ? ref.uri : ref.policy,
			index: ref.statementIndex,
			sid: ref.sid,
		})),
		missingContextKeys: r.missingContextKeys,
		...(r.decisionIfKeysPresent ? { decisionIfKeysPresent: r.decisionIfKeysPresent } : {}),
		...(r.variesByResource ? { variesByResource: true, decisionForSomeResources: r.decisionForSomeResources } : {}),
	}));
	return `${JSON.stringify({ results }, null, 2)}\n`;
}

function describe(r: ActionResult): string {
	const by = r.decidingStatements
		.map((ref) => t('{0} statement {1}', ref.policy, `${ref.statementIndex}${ref.sid ? ` (${ref.sid})` : ''}`))
		.join(', ');
	const notes = [
		by && t('by {0}', by),
		r.layersWithoutAllow && t('no Allow in {0}', r.layersWithoutAllow.join(', ')),
		r.variesByResource && t('{0} for some resources', String(r.decisionForSomeResources)),
		r.missingContextKeys.length && t('missing {0}: {1} if given', r.missingContextKeys.join(', '), String(r.decisionIfKeysPresent)),
	].filter(Boolean);
	return `${r.decision.padEnd(13)} ${r.action.padEnd(60)} ${r.resource}${notes.length ? `  ${notes.join('; ')}` : ''}`;
}

function toText(result: SimulateResult): string {
	const lines = result.results.map(describe);
	const { allowed, explicitDeny, implicitDeny } = result.summary;
	lines.push(t('{0} allowed, {1} explicitly denied, {2} implicitly denied', allowed, explicitDeny, implicitDeny));
	return `${lines.join('\n')}\n`;
}

export async function runSimulateCommand(argv: string[], io: SimulateIo): Promise<number> {
	let options: Options | 'help';
	try {
		options = parseArguments(argv);
	} catch (error) {
		io.stderr(`iam-support simulate: ${(error as Error).message}\n${simulateUsage()}`);
		return 2;
	}
	if (options === 'help') {
		io.stdout(simulateUsage());
		return 0;
	}
	const service = getLanguageService({ locale: currentLocale() });
	let params: SimulateParams;
	let document: TextDocument;
	try {
		document = TextDocument.create(options.policy!, 'json', 1, await io.readFile(options.policy!));
		params = {
			textDocument: { uri: document.uri },
			actions: options.actions.length ? options.actions : undefined,
			resource: options.resource,
			context: Object.fromEntries(
				[...options.context].map(([key, values]): [string, ContextValue] => [key, values.length === 1 ? values[0] : values]),
			),
			permissionsBoundary: options.boundary === undefined ? undefined : await policySource(options.boundary, io),
			serviceControlPolicies: await Promise.all(options.scps.map((file) => policySource(file, io))),
			sessionPolicy: options.session === undefined ? undefined : await policySource(options.session, io),
		};
	} catch (error) {
		io.stderr(`iam-support simulate: ${(error as Error).message}\n`);
		return 2;
	}
	const layers = await service.loadSimulationLayers(params, () => Promise.reject(new Error('not read')));
	const result = service.simulate(document, params, service.parsePolicyDocument(document), layers);
	io.stdout(options.format === 'json' ? toJson(result) : toText(result));
	for (const error of result.errors) {
		io.stderr(`${error}\n`);
	}
	return result.errors.length ? 1 : 0;
}
