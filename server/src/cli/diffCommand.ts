/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// `iam-support diff OLD NEW` and `iam-support diff --git REV [PATH...]` (#17): what a change to a policy
// grants, revokes and changes, offline. The exit code keeps the contract of IAM Access Analyzer's
// CheckNoNewAccess, which CI pipelines are written against: 1 when something is granted, 0 otherwise,
// 2 when the answer cannot be trusted (an input that cannot be read, or that IAM would refuse).

import { policyFileName, policyTextDocument } from './documents';
import { nodeWasmLoader } from '../node/nodeWasmLoader';
import * as path from 'node:path';
import { contextPresets } from '../../../shared/contextPresets';
import type { ContextValue, Decision, DiffContext, DiffEntry, PolicyDiffResult, StatementRef } from '../../../shared/simulation';
import {
	getLanguageService,
	isPolicyKind,
	policyKinds,
	type DiffVersion,
	type LanguageService,
	type PolicyKind,
	type SimulationLayers,
} from '../languageService';
import { FileError, ioReason, readTextFile } from './files';
import { changedFiles, GitError, mergeBase, repositoryRoot, showFile } from './git';
import { currentLocale, t } from './l10n';
import { didYouMean, inputProblems, readInput, type Input, type InputIo } from './policyInputs';
import { productVersion } from './product';
import { artifactLocation } from './sarif';

export interface DiffIo extends InputIo {
	readonly stdout: (s: string) => void;
	readonly stderr: (s: string) => void;
}

type Format = 'text' | 'json' | 'markdown' | 'sarif';
type FailOn = 'granted' | 'revoked' | 'any' | 'none';
type Group = 'granted' | 'revoked' | 'changed';
const groups: readonly Group[] = ['granted', 'revoked', 'changed'];

/** The files that `--git` compares: those that the editor and `check` read as policies. */
/** Loads what reading an input's format needs (Terraform's parser), so that its parse can be taken at once. */
async function prepare(service: LanguageService, input: Input | undefined): Promise<void> {
	if (input) {
		await service.prepareFormat(policyTextDocument(input.source.uri, input.name, input.source.text));
	}
}

export const diffUsage = () =>
	t(
		`Usage: iam-support diff OLD NEW [options]
       iam-support diff --git REVISION [PATH...] [options]

What a change to a policy grants: every Support-family action, and every action of another service that
either version names, decided before and after under the default context and each preset ({0}).
OLD and NEW are a file, - for standard input, managed:NAME for a bundled AWS managed policy, or
git:REVISION:PATH for a file as a revision has it (git:HEAD:policies/support.json).
  --git REV        every changed .json and .jsonc file of the working tree against REV; REV1..REV2
                   compares two commits, REV1...REV2 the second with where it left the first; PATH...
                   limits the files
  --boundary FILE  a permissions boundary, for both versions
  --scp FILE       a service control policy (repeatable, from the root to the account)
  --session FILE   a session policy
  --identity FILE  another identity policy of the same principal (repeatable)
  --context K=V    a value of the default context (repeatable); each preset is applied over it
  --kind K         what both versions are: identity (default, unless their statements say otherwise),
                   scp, rcp, boundary or session
  --format F       text (default), json, markdown (a pull-request comment) or sarif (the statements that grant)
  --fail-on WHAT   granted (default), revoked, any or none: what makes the exit code 1
Exit code: 1 when what --fail-on names is found, 0 otherwise, 2 on an error in an input, usage or I/O.`,
		contextPresets.map((preset) => preset.id).join(', '),
	) + '\n';

interface Options {
	positional: string[];
	git?: string;
	boundary?: string;
	scps: string[];
	session?: string;
	identity: string[];
	context: Map<string, string[]>;
	kind?: PolicyKind;
	format: Format;
	failOn: FailOn;
}

class UsageError extends Error {}

const formats: readonly Format[] = ['text', 'json', 'markdown', 'sarif'];
const failOns: readonly FailOn[] = ['granted', 'revoked', 'any', 'none'];

function parseArguments(argv: readonly string[]): Options {
	const options: Options = { positional: [], scps: [], identity: [], context: new Map(), format: 'text', failOn: 'granted' };
	const once = (name: string, current: string | undefined, value: string) => {
		if (current !== undefined) {
			throw new UsageError(t('{0} is given twice', `--${name}`));
		}
		return value;
	};
	for (let i = 0; i < argv.length; i++) {
		const argument = argv[i];
		if (!argument.startsWith('--')) {
			options.positional.push(argument);
			continue;
		}
		const equals = argument.indexOf('=');
		const name = equals > 0 ? argument.slice(2, equals) : argument.slice(2);
		const value = equals > 0 ? argument.slice(equals + 1) : argv[++i];
		if (value === undefined) {
			throw new UsageError(t('{0} needs a value', `--${name}`));
		}
		switch (name) {
			case 'git':
				options.git = once(name, options.git, value);
				break;
			case 'boundary':
				options.boundary = once(name, options.boundary, value);
				break;
			case 'scp':
				options.scps.push(value);
				break;
			case 'session':
				options.session = once(name, options.session, value);
				break;
			case 'identity':
				options.identity.push(value);
				break;
			case 'context': {
				const separator = value.indexOf('=');
				if (separator <= 0) {
					throw new UsageError(t('--context takes KEY=VALUE, not {0}', value));
				}
				const key = value.slice(0, separator);
				options.context.set(key, [...(options.context.get(key) ?? []), value.slice(separator + 1)]);
				break;
			}
			case 'kind':
				if (!isPolicyKind(value)) {
					throw new UsageError(t('unknown kind "{0}": use {1}', value, policyKinds.join(', ')));
				}
				options.kind = value;
				break;
			case 'format':
				if (!formats.includes(value as Format)) {
					throw new UsageError(t('--format is text, json, markdown or sarif, not {0}', value));
				}
				options.format = value as Format;
				break;
			case 'fail-on':
				if (!failOns.includes(value as FailOn)) {
					throw new UsageError(t('--fail-on is granted, revoked, any or none, not {0}', value));
				}
				options.failOn = value as FailOn;
				break;
			default:
				throw new UsageError(t('unknown option {0}', `--${name}`));
		}
	}
	if (options.git === undefined && options.positional.length !== 2) {
		throw new UsageError(t('diff compares two versions: give OLD and NEW, or --git REVISION'));
	}
	return options;
}

/** The two versions of one file, ready to compare; a side that does not exist is an empty text. */
interface Pair {
	/** How the file is named in the output: NEW as given, or the path of a changed file. */
	readonly file: string;
	readonly before: Input['source'];
	readonly after: Input['source'];
	/** Whether the side exists: an added file has no before, a deleted one no after. */
	readonly hasBefore: boolean;
	readonly hasAfter: boolean;
}

/** The revisions `--git` compares: `A...B` from where B left A, `A..B` from A to B, `A` from A to the working tree. */
function revisions(spec: string): { from: string; to?: string } {
	const three = spec.indexOf('...');
	if (three > 0) {
		const to = spec.slice(three + 3) || 'HEAD';
		return { from: mergeBase(spec.slice(0, three), to), to };
	}
	const two = spec.indexOf('..');
	if (two > 0) {
		return { from: spec.slice(0, two), to: spec.slice(two + 2) || 'HEAD' };
	}
	return { from: spec };
}

/** Every changed policy file between the revisions, read at both ends. */
function gitPairs(spec: string, paths: readonly string[], problems: string[]): Pair[] {
	const { from, to } = revisions(spec);
	const root = repositoryRoot();
	const pairs: Pair[] = [];
	for (const changed of changedFiles(from, to, paths)) {
		if (!policyFileName.test(changed.after ?? changed.before ?? '')) {
			continue;
		}
		// Paths as the user would type them from here; git gives them from the repository's root.
		const here = (file: string) => path.relative(process.cwd(), path.join(root, file)) || file;
		const file = here(changed.after ?? changed.before!);
		try {
			const beforeText = changed.before === undefined ? '' : showFile(from, changed.before, root);
			const afterText = changed.after === undefined ? '' : to === undefined ? readTextFile(file) : showFile(to, changed.after, root);
			pairs.push({
				file,
				before: { uri: changed.before ? here(changed.before) : file, label: file, text: beforeText },
				after: { uri: file, label: file, text: afterText },
				hasBefore: changed.before !== undefined,
				hasAfter: changed.after !== undefined,
			});
		} catch (error) {
			problems.push(
				error instanceof FileError || error instanceof GitError
					? `${file}: ${error.message}`
					: t('cannot read {0}: {1}', file, ioReason(error)),
			);
		}
	}
	return pairs;
}

function toPair(before: Input, after: Input): Pair {
	return { file: after.name, before: before.source, after: after.source, hasBefore: true, hasAfter: true };
}

function version(service: LanguageService, source: Pair['before'], kind: PolicyKind | undefined): DiffVersion {
	const textDocument = policyTextDocument(source.uri, source.label, source.text);
	return { textDocument, policyDocument: service.parsePolicyDocument(textDocument, { policyKind: kind }) };
}

interface FileDiff {
	readonly file: string;
	readonly result: PolicyDiffResult;
}

/** A context's name in the run's language. */
function contextLabel(id: string): string {
	switch (id) {
		case 'default':
			return t('default context');
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
			return id;
	}
}

function describeStatements(refs: readonly StatementRef[]): string {
	// Numbered from 1, as a person counts, as `simulate` numbers them.
	return refs.map((ref) => t('{0} statement {1}', ref.policy, `${ref.statementIndex + 1}${ref.sid ? ` (${ref.sid})` : ''}`)).join(', ');
}

/** The entries of one group that differ only by context, as one line: an action granted "in every context" is one finding. */
interface Line {
	readonly file: string;
	readonly group: Group;
	readonly entry: DiffEntry;
	readonly contexts: string[];
}

function lines(diffs: readonly FileDiff[]): Line[] {
	const result: Line[] = [];
	for (const { file, result: diff } of diffs) {
		for (const group of groups) {
			const byKey = new Map<string, Line>();
			for (const entry of diff[group]) {
				const key = [
					entry.action,
					entry.resource,
					entry.someResources ?? false,
					entry.before,
					entry.after,
					entry.note ?? '',
					describeStatements(entry.beforeStatements),
					describeStatements(entry.afterStatements),
				].join('\u0000');
				const line = byKey.get(key);
				if (line) {
					line.contexts.push(entry.context);
				} else {
					const created: Line = { file, group, entry, contexts: [entry.context] };
					byKey.set(key, created);
					result.push(created);
				}
			}
		}
	}
	return result;
}

/** Where a line holds: every context, every context but one or two, or the few it holds in. */
function contextsText(line: Line, contexts: readonly DiffContext[]): string {
	if (line.contexts.length === contexts.length) {
		return t('in every context');
	}
	const others = contexts.filter((context) => !line.contexts.includes(context.id));
	return line.contexts.length > others.length
		? t('in every context but {0}', others.map((context) => contextLabel(context.id)).join(', '))
		: t('in: {0}', line.contexts.map(contextLabel).join(', '));
}

function transition(before: Decision, after: Decision): string {
	return `${before} → ${after}`;
}

function resourceText(entry: DiffEntry): string {
	return entry.someResources ? t('some of {0}', entry.resource) : entry.resource;
}

/** Distinct actions per group, which the summary counts: an action granted in six contexts is one action granted. */
function counts(all: readonly Line[]): Record<Group, number> {
	const sets: Record<Group, Set<string>> = { granted: new Set(), revoked: new Set(), changed: new Set() };
	for (const line of all) {
		sets[line.group].add(`${line.file}\u0000${line.entry.action}`);
	}
	return { granted: sets.granted.size, revoked: sets.revoked.size, changed: sets.changed.size };
}

function summaryLine(diffs: readonly FileDiff[], all: readonly Line[]): string {
	const n = counts(all);
	const actions = Math.max(0, ...diffs.map((diff) => diff.result.actionCount));
	const contexts = diffs[0]?.result.contexts.length ?? contextPresets.length + 1;
	if (!diffs.length) {
		return t('no changed policy file');
	}
	return diffs.length === 1
		? t(
				'{0} granted, {1} revoked, {2} changed ({3} actions compared under {4} contexts)',
				n.granted,
				n.revoked,
				n.changed,
				actions,
				contexts,
			)
		: t(
				'{0} granted, {1} revoked, {2} changed ({3} actions compared under {4} contexts, in {5} files)',
				n.granted,
				n.revoked,
				n.changed,
				actions,
				contexts,
				diffs.length,
			);
}

const symbols: Record<Group, string> = { granted: '+', revoked: '-', changed: '~' };

function toText(diffs: readonly FileDiff[], all: readonly Line[], showFiles: boolean): string {
	const out: string[] = [];
	let file: string | undefined;
	for (const line of all) {
		if (showFiles && line.file !== file) {
			file = line.file;
			out.push(`${file}:`);
		}
		const { entry } = line;
		const statements = line.group === 'revoked' ? entry.beforeStatements : entry.afterStatements;
		const notes = [
			contextsText(line, diffs[0].result.contexts),
			entry.note,
			statements.length ? t('by {0}', describeStatements(statements)) : undefined,
		].filter(Boolean);
		out.push(
			`${showFiles ? '  ' : ''}${symbols[line.group]} ${entry.action} ${t('on {0}', resourceText(entry))}: ${transition(entry.before, entry.after)}; ${notes.join('; ')}`,
		);
	}
	out.push(summaryLine(diffs, all));
	return `${out.join('\n')}\n`;
}

/** The issue's JSON: `{ granted, revoked, changed }`, one entry per action and context. */
function toJson(diffs: readonly FileDiff[], showFiles: boolean): string {
	const output: Record<Group, object[]> = { granted: [], revoked: [], changed: [] };
	for (const { file, result } of diffs) {
		for (const group of groups) {
			for (const entry of result[group]) {
				output[group].push({
					...(showFiles ? { file } : {}),
					action: entry.action,
					resource: entry.resource,
					context: entry.context,
					before: entry.before,
					after: entry.after,
					...(entry.someResources ? { someResources: true } : {}),
					...(entry.note ? { note: entry.note } : {}),
				});
			}
		}
	}
	return `${JSON.stringify(output, null, 2)}\n`;
}

/** A table cell: pipes would end it, and new lines the row. */
function cell(text: string): string {
	return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function code(text: string): string {
	return `\`${text.replace(/`/g, "'")}\``;
}

/** Enough for a review; a comment on GitHub holds at most 65,536 characters. */
const maxTableRows = 50;
const maxDetails = 200;
const maxActionsInRow = 4;

const groupWords = (): Record<Group, string> => ({ granted: t('granted'), revoked: t('revoked'), changed: t('changed') });

function toMarkdown(diffs: readonly FileDiff[], all: readonly Line[], showFiles: boolean): string {
	const words = groupWords();
	const out = [`### ${t('IAM Support: what this change grants')}`, '', summaryLine(diffs, all), ''];
	if (!all.length) {
		return `${out.join('\n')}\n`;
	}
	out.push(
		`| | ${[...(showFiles ? [t('File')] : []), t('Actions'), t('Before → after'), t('Contexts')].join(' | ')} |`,
		`|---|${showFiles ? '---|' : ''}---|---|---|`,
	);
	// One row per service and kind of change, so that a service's wildcard widened is one row, not forty.
	const rows = new Map<string, { line: Line; actions: string[] }>();
	for (const line of all) {
		const { entry } = line;
		const key = [
			line.file,
			line.group,
			entry.action.split(':')[0],
			entry.resource,
			entry.someResources ?? false,
			entry.before,
			entry.after,
			entry.note ?? '',
			contextsText(line, diffs[0].result.contexts),
		].join('\u0000');
		const row = rows.get(key);
		if (row) {
			row.actions.push(entry.action);
		} else {
			rows.set(key, { line, actions: [entry.action] });
		}
	}
	for (const { line, actions } of [...rows.values()].slice(0, maxTableRows)) {
		const { entry } = line;
		const named = actions.slice(0, maxActionsInRow).map(code).join(', ');
		const more = actions.length > maxActionsInRow ? ` ${t('and {0} more', actions.length - maxActionsInRow)}` : '';
		out.push(
			`| ${symbols[line.group]} ${words[line.group]} | ${[
				...(showFiles ? [cell(code(line.file))] : []),
				cell(`${named}${more}${entry.someResources || entry.resource !== '*' ? ` ${t('on {0}', code(resourceText(entry)))}` : ''}`),
				cell(`${transition(entry.before, entry.after)}${entry.note ? ` (${entry.note})` : ''}`),
				cell(contextsText(line, diffs[0].result.contexts)),
			].join(' | ')} |`,
		);
	}
	if (rows.size > maxTableRows) {
		out.push('', t('… and {0} more rows', rows.size - maxTableRows));
	}
	out.push('', `<details><summary>${t('Details')}</summary>`, '');
	for (const line of all.slice(0, maxDetails)) {
		const { entry } = line;
		const decided = (decision: Decision, refs: readonly StatementRef[]) =>
			refs.length ? t('{0} by {1}', decision, describeStatements(refs)) : decision;
		const parts = [
			t('before: {0}', decided(entry.before, entry.beforeStatements)),
			t('after: {0}', decided(entry.after, entry.afterStatements)),
			...(entry.note ? [entry.note] : []),
		];
		out.push(
			`- ${symbols[line.group]} ${code(entry.action)} ${t('on {0}', code(resourceText(entry)))}, ${contextsText(line, diffs[0].result.contexts)}: ${parts.join('; ')}`,
		);
	}
	if (all.length > maxDetails) {
		out.push(`- ${t('… and {0} more', all.length - maxDetails)}`);
	}
	out.push('', `${t('Contexts')}:`, '');
	for (const context of diffs[0].result.contexts) {
		const values = Object.entries(context.values).map(
			([key, value]) => `${key}=${Array.isArray(value) ? value.join(',') : String(value)}`,
		);
		out.push(`- ${contextLabel(context.id)}: ${values.length ? code(values.join(' ')) : t('no context keys')}`);
	}
	out.push('', '</details>');
	return `${out.join('\n')}\n`;
}

/** SARIF 2.1.0 with one result per granted action, at the statements that grant it, for code scanning. */
function toSarif(diffs: readonly FileDiff[], all: readonly Line[]): string {
	const results = all
		.filter((line) => line.group === 'granted')
		.map((line) => {
			const { entry } = line;
			const statements = entry.afterStatements.filter((ref) => ref.range);
			const locations = (statements.length ? statements : [undefined]).map((ref) => ({
				physicalLocation: {
					// A statement of a layer (a boundary, an SCP) is in its own file; one of the policy, in the changed file.
					artifactLocation: artifactLocation(ref?.uri && !ref.uri.startsWith('arn:') ? ref.uri : line.file),
					...(ref?.range
						? {
								region: {
									startLine: ref.range.start.line + 1,
									startColumn: ref.range.start.character + 1,
									endLine: ref.range.end.line + 1,
									endColumn: ref.range.end.character + 1,
								},
							}
						: {}),
				},
			}));
			return {
				ruleId: 'grants-access',
				ruleIndex: 0,
				level: 'warning',
				message: {
					text: t(
						'This change grants {0} on {1} ({2}), {3}.',
						entry.action,
						resourceText(entry),
						transition(entry.before, entry.after),
						contextsText(line, diffs[0].result.contexts),
					),
				},
				locations,
			};
		});
	const sarif = {
		$schema: 'https://json.schemastore.org/sarif-2.1.0.json',
		version: '2.1.0',
		runs: [
			{
				tool: {
					driver: {
						name: 'iam-support',
						...(productVersion ? { version: productVersion, semanticVersion: productVersion } : {}),
						rules: [
							{
								id: 'grants-access',
								name: 'grants-access',
								shortDescription: { text: t('The change allows an action that the previous version did not allow') },
								defaultConfiguration: { level: 'warning' },
							},
						],
					},
				},
				results,
			},
		],
	};
	return `${JSON.stringify(sarif, null, 2)}\n`;
}

function exitCode(failOn: FailOn, all: readonly Line[]): number {
	switch (failOn) {
		case 'none':
			return 0;
		case 'any':
			return all.length ? 1 : 0;
		default:
			return all.some((line) => line.group === failOn) ? 1 : 0;
	}
}

export async function runDiffCommand(argv: readonly string[], io: DiffIo): Promise<number> {
	let options: Options;
	try {
		options = parseArguments(argv);
	} catch (error) {
		if (error instanceof UsageError) {
			io.stderr(`iam-support diff: ${error.message}\n\n${diffUsage()}`);
			return 2;
		}
		throw error;
	}
	const service = getLanguageService({ locale: currentLocale(), loadWasm: nodeWasmLoader() });
	const problems: string[] = [];
	const warnings: string[] = [];
	const state = { stdinRead: false };
	const load = async (name: string) => {
		const input = await readInput(name, io, state, problems);
		await prepare(service, input);
		problems.push(...(input ? inputProblems(service, input, options.kind) : []));
		return input;
	};

	let pairs: Pair[] = [];
	if (options.git === undefined) {
		const [oldName, newName] = options.positional;
		const before = await readInput(oldName, io, state, problems);
		await prepare(service, before);
		// The old version is what it was: a policy that IAM would now refuse is compared as it reads, and said so.
		warnings.push(...(before ? inputProblems(service, before, options.kind) : []));
		const after = await load(newName);
		if (before && after) {
			pairs.push(toPair(before, after));
		}
	} else {
		try {
			pairs = gitPairs(options.git, options.positional, problems);
		} catch (error) {
			if (!(error instanceof GitError)) {
				throw error;
			}
			problems.push(`git: ${error.message}`);
		}
	}

	const layerInputs = {
		boundary: options.boundary === undefined ? undefined : await load(options.boundary),
		scps: [] as (Input | undefined)[],
		session: undefined as Input | undefined,
		identity: [] as (Input | undefined)[],
	};
	for (const scp of options.scps) {
		layerInputs.scps.push(await load(scp));
	}
	layerInputs.session = options.session === undefined ? undefined : await load(options.session);
	for (const identity of options.identity) {
		layerInputs.identity.push(await load(identity));
	}
	const context = Object.fromEntries(
		[...options.context].map(([key, values]): [string, ContextValue] => [key, values.length === 1 ? values[0] : values]),
	);
	for (const problem of service.checkSimulationRequest([], options.context.keys())) {
		problems.push(`--context ${problem.value} ${problem.message}${didYouMean(problem.suggestions)}`);
	}

	// In --git mode, each side is checked once it is known to hold a policy: a changed package.json is no concern of ours.
	const compared: { pair: Pair; before: DiffVersion; after: DiffVersion }[] = [];
	for (const pair of pairs) {
		await service.prepareFormat(policyTextDocument(pair.after.uri, pair.after.label, pair.after.text));
		const before = version(service, pair.before, options.kind);
		const after = version(service, pair.after, options.kind);
		if (options.git !== undefined) {
			if (!before.policyDocument.policies.length && !after.policyDocument.policies.length) {
				continue;
			}
			if (pair.hasBefore) {
				warnings.push(...inputProblems(service, { name: `${options.git}:${pair.file}`, source: pair.before }, options.kind));
			}
			if (pair.hasAfter) {
				problems.push(...inputProblems(service, { name: pair.file, source: pair.after }, options.kind));
			}
		}
		compared.push({ pair, before, after });
	}

	const params = {
		textDocument: { uri: 'diff' },
		permissionsBoundary: layerInputs.boundary?.source,
		serviceControlPolicies: layerInputs.scps.filter((scp) => scp !== undefined).map((scp) => scp.source),
		sessionPolicy: layerInputs.session?.source,
		identityPolicies: layerInputs.identity.filter((policy) => policy !== undefined).map((policy) => policy.source),
	};
	// Every layer comes with its text, so nothing is read here.
	const layers: SimulationLayers = await service.loadSimulationLayers(params, () => Promise.reject(new Error('not read')));
	const empty = version(service, { uri: 'context', label: 'context', text: '' }, undefined);
	problems.push(...service.diffPolicies(empty, empty, { context, presets: [] }).errors);

	warnings.forEach((warning) => io.stderr(`iam-support diff: ${t('warning: {0}', warning)}\n`));
	if (problems.length) {
		problems.forEach((problem) => io.stderr(`iam-support diff: ${problem}\n`));
		return 2;
	}

	const diffs: FileDiff[] = compared.map(({ pair, before, after }) => ({
		file: pair.file,
		result: service.diffPolicies(before, after, { layers, context }),
	}));
	const errors = diffs.flatMap((diff) => diff.result.errors.map((error) => `${diff.file}: ${error}`));
	if (errors.length) {
		errors.forEach((error) => io.stderr(`iam-support diff: ${error}\n`));
		return 2;
	}
	for (const diff of diffs) {
		diff.result.notices.forEach((notice) => io.stderr(`iam-support diff: ${diff.file}: ${notice}\n`));
	}
	const all = lines(diffs);
	const showFiles = options.git !== undefined;
	switch (options.format) {
		case 'json':
			io.stdout(toJson(diffs, showFiles));
			break;
		case 'markdown':
			io.stdout(toMarkdown(diffs, all, showFiles));
			break;
		case 'sarif':
			io.stdout(toSarif(diffs, all));
			break;
		default:
			io.stdout(diffs.length ? toText(diffs, all, showFiles) : `${summaryLine(diffs, all)}\n`);
	}
	return exitCode(options.failOn, all);
}
