/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// `iam-support simulate POLICY [--action A]... [--resource ARN] [--context KEY=VALUE]... [--boundary FILE]
// [--scp FILE]... [--session FILE] [--format text|json]` (#5). Every input is checked before anything is
// simulated, and any error in one (a file that cannot be read or holds no policy that IAM would accept,
// an unknown managed policy, action or condition key, a context value of the wrong type) stops the
// command with exit code 2 and nothing on standard output (#16): results computed without the input the
// user meant look valid and are not. Exit code 0 when the simulation ran, whatever its decisions.

import { policyTextDocument } from './documents';
import { nodeWasmLoader } from '../node/nodeWasmLoader';
import type { ActionResult, ContextValue, SimulateParams, SimulateResult } from '../../../shared/simulation';
import {
	getLanguageService,
	managedPolicies,
	isPolicyKind,
	policyKinds,
	type PolicyKind,
	parseArn,
	nearestNames,
	TextDocument,
	type JsonNode,
	type LanguageService,
	type PolicyDocument,
} from '../languageService';
import { currentLocale, t } from './l10n';
import { didYouMean, inputProblems, readInput, type Input, type InputIo } from './policyInputs';

export interface SimulateIo extends InputIo {
	readonly stdout: (s: string) => void;
	readonly stderr: (s: string) => void;
}

export const simulateUsage = () =>
	t(
		`Usage: iam-support simulate POLICY [options]

Simulates every Support-family action, or those named with --action, against POLICY.
POLICY and FILE are a file, - for standard input, or managed:NAME for a bundled AWS managed policy.
POLICY may be a template (CloudFormation, SAM, Serverless, Terraform): every policy in it, or one with --policy.
  --policy NAME    the template's policy to simulate: a logical id or resource address, as check names it
  --action A       an action to simulate (repeatable; a wildcard expands over the Support family)
  --resource ARN   the resource requested by the Trusted Advisor check actions; every check by default
  --context K=V    a request context value (repeatable; repeat a multivalued key for each value)
  --boundary FILE  a permissions boundary
  --scp FILE       a service control policy (repeatable, from the root to the account)
  --session FILE   a session policy
  --kind K         what POLICY is: identity (default, unless its statements say otherwise), scp, rcp,
                   boundary or session simulate it as that layer; trust and resource are not simulated
  --format F       text (default) or json
Bundled managed policies: {0}.
Exit code: 0 the simulation ran, whatever its decisions; 2 an error in an input, usage or I/O: nothing is simulated.`,
		managedPolicies.map((policy) => policy.name).join(', '),
	) + '\n';

interface Options {
	policy?: string;
	/** A template's policy, by the name the template gives it (`--policy LogicalId`). */
	policyName?: string;
	actions: string[];
	resource?: string;
	context: Map<string, string[]>;
	boundary?: string;
	scps: string[];
	session?: string;
	kind?: PolicyKind;
	format: 'text' | 'json';
}

class UsageError extends Error {}

function parseArguments(argv: readonly string[]): Options | 'help' {
	const options: Options = { actions: [], context: new Map(), scps: [], format: 'text' };
	const once = (name: string, current: string | undefined, value: string) => {
		if (current !== undefined) {
			throw new UsageError(t('{0} is given twice', `--${name}`));
		}
		return value;
	};
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
				options.resource = once(name, options.resource, value);
				break;
			case 'policy':
				options.policyName = once(name, options.policyName, value);
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
			case 'kind':
				if (!isPolicyKind(value)) {
					throw new UsageError(t('unknown kind "{0}": use {1}', value, policyKinds.join(', ')));
				}
				options.kind = value;
				break;
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

/**
 * Context values of the wrong type (`aws:MultiFactorAuthPresent=maybe`). The service checks them against
 * their keys' types as it simulates; simulating no action on an empty policy gives just those checks.
 */
function contextValueProblems(service: LanguageService, context: SimulateParams['context']): readonly string[] {
	const document = TextDocument.create('context', 'json', 1, '{"Statement": []}');
	return service.simulate(document, { textDocument: { uri: document.uri }, actions: [], context }, service.parsePolicyDocument(document))
		.errors;
}

/**
 * The policy of a template that `--policy NAME` names: the name the template gives it (a logical id, a
 * resource address, `SupportRole (SupportCases)`), or the resource's own name when it holds one policy
 * only. Otherwise a sentence that lists the names there are.
 */
function choosePolicy(document: PolicyDocument, name: string): { index: number; node: JsonNode } | string {
	const policies = document.policies;
	const exact = policies.findIndex((policy) => policy.name === name);
	const owned = policies.flatMap((policy, index) => (policy.name?.replace(/ \(.*\)$/, '') === name ? [index] : []));
	const index = exact >= 0 ? exact : owned.length === 1 ? owned[0] : -1;
	if (index >= 0) {
		return { index, node: policies[index].node };
	}
	const names = policies.flatMap((policy) => (policy.name ? [policy.name] : []));
	if (owned.length > 1) {
		return t('{0} holds several policies: name one of {1}', name, owned.map((i) => policies[i].name).join(', '));
	}
	return names.length
		? t('no policy named {0}: the names are {1}', name, names.join(', ')) + didYouMean(nearestNames(name, names))
		: t('no policy named {0}: the file names none of its policies', name);
}

function toJson(result: SimulateResult): string {
	const results = result.results.map((r) => ({
		action: r.action,
		resource: r.resource,
		decision: r.decision,
		// A file is named as the user gave it; a bundled managed policy, whose URI is its ARN, by its name.
		matchedStatements: r.decidingStatements.map((ref) => ({
			file: ref.uri && !ref.uri.startsWith('arn:') ? ref.uri : ref.policy,
			...(ref.policyName ? { policy: ref.policyName } : {}),
			index: ref.statementIndex,
			sid: ref.sid,
		})),
		missingContextKeys: r.missingContextKeys,
		...(r.decisionIfKeysPresent ? { decisionIfKeysPresent: r.decisionIfKeysPresent } : {}),
		...(r.variesByResource ? { variesByResource: true, decisionForSomeResources: r.decisionForSomeResources } : {}),
	}));
	return `${JSON.stringify({ ...(result.policyName ? { policy: result.policyName } : {}), ...(result.kind && result.kind !== 'identity' ? { kind: result.kind } : {}), ...(result.notice ? { notice: result.notice } : {}), results }, null, 2)}\n`;
}

function describe(r: ActionResult): string {
	const by = r.decidingStatements
		// Numbered from 1, as a person counts; the JSON keeps the zero-based index.
		.map((ref) =>
			t(
				'{0} statement {1}',
				ref.policyName ? `${ref.policy} · ${ref.policyName}` : ref.policy,
				`${ref.statementIndex + 1}${ref.sid ? ` (${ref.sid})` : ''}`,
			),
		)
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
	const lines = [...(result.notice ? [result.notice] : []), ...result.results.map(describe)];
	const { allowed, explicitDeny, implicitDeny } = result.summary;
	lines.push(t('{0} allowed, {1} explicitly denied, {2} implicitly denied', allowed, explicitDeny, implicitDeny));
	return `${lines.join('\n')}\n`;
}

export async function runSimulateCommand(argv: string[], io: SimulateIo): Promise<number> {
	let options: Options | 'help';
	try {
		options = parseArguments(argv);
	} catch (error) {
		io.stderr(`iam-support simulate: ${(error as Error).message}\n\n${simulateUsage()}`);
		return 2;
	}
	if (options === 'help') {
		io.stdout(simulateUsage());
		return 0;
	}
	const service = getLanguageService({ locale: currentLocale(), loadWasm: nodeWasmLoader() });
	const problems: string[] = [];
	const state = { stdinRead: false };
	// Each policy is checked as soon as it is read, so that problems come in the order of the command line.
	const load = async (name: string, choose?: string) => {
		const input = await readInput(name, io, state, problems);
		if (!input) {
			return undefined;
		}
		const document = policyTextDocument(input.source.uri, input.name, input.source.text);
		await service.prepareFormat(document);
		const chosen = choose === undefined ? undefined : choosePolicy(service.parsePolicyDocument(document), choose);
		if (typeof chosen === 'string') {
			problems.push(chosen);
			return undefined;
		}
		problems.push(...inputProblems(service, input, undefined, chosen?.node));
		return { ...input, document, policyIndex: chosen?.index };
	};
	const policy = await load(options.policy!, options.policyName);
	const boundary = options.boundary === undefined ? undefined : await load(options.boundary);
	const scps: (Input | undefined)[] = [];
	for (const scp of options.scps) {
		scps.push(await load(scp));
	}
	const session = options.session === undefined ? undefined : await load(options.session);
	const context = Object.fromEntries(
		[...options.context].map(([key, values]): [string, ContextValue] => [key, values.length === 1 ? values[0] : values]),
	);
	for (const problem of service.checkSimulationRequest(options.actions, options.context.keys())) {
		problems.push(
			`${problem.subject === 'action' ? '--action' : '--context'} ${problem.value} ${problem.message}${didYouMean(problem.suggestions)}`,
		);
	}
	problems.push(...contextValueProblems(service, context));
	if (options.resource !== undefined && options.resource !== '*' && !parseArn(options.resource)) {
		problems.push(t('--resource takes an ARN or *, not {0}', options.resource));
	}
	if (problems.length || !policy) {
		problems.forEach((problem) => io.stderr(`iam-support simulate: ${problem}\n`));
		return 2;
	}
	const document = policy.document;
	const params: SimulateParams = {
		textDocument: { uri: document.uri },
		policyIndex: policy.policyIndex,
		actions: options.actions.length ? options.actions : undefined,
		resource: options.resource,
		context,
		permissionsBoundary: boundary?.source,
		serviceControlPolicies: scps.map((scp) => scp!.source),
		sessionPolicy: session?.source,
	};
	// Every layer comes with its text, so nothing is read here.
	const layers = await service.loadSimulationLayers(params, () => Promise.reject(new Error('not read')));
	const result = service.simulate(document, params, service.parsePolicyDocument(document, { policyKind: options.kind }), layers);
	// The checks above should leave nothing for the simulation to complain of; if they missed something,
	// it still stops the command rather than print results beside it.
	if (result.errors.length) {
		result.errors.forEach((error) => io.stderr(`iam-support simulate: ${error}\n`));
		return 2;
	}
	io.stdout(options.format === 'json' ? toJson(result) : toText(result));
	return 0;
}
