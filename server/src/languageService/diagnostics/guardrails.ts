/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// A project's guardrails (#17): grants-forbidden-action and missing-required-condition. Both ask the
// evaluator rather than read the text, so that a wildcard, a NotAction or a condition grants exactly what
// AWS would let it grant: `"NotAction": "iam:*"` grants support:ResolveCase, and an Allow conditioned on
// `BoolIfExists` still opens the action to a request without the key. Each finding names the request
// context that opens the grant, so that the reader can see it is real.

import { contextPresets } from '../../../../shared/contextPresets';
import type { ContextValue, StatementRef } from '../../../../shared/simulation';
import { isSupportFamily } from '../catalog/catalog';
import type { DiagnosticRelatedInformation, Guardrails, Range } from '../languageTypes';
import type { Policy, Statement } from '../parser/policyModel';
import { catalogActions } from '../simulation/compilePolicy';
import { otherServiceRequest } from '../simulation/diff';
import { evaluateRequest, type Level } from '../simulation/evaluate';
import { buildRequestContext, type RequestContext } from '../simulation/requestContext';
import { planRequests, type PlannedRequest } from '../simulation/requestedActions';
import { buildLevels, labelOf } from '../simulation/simulate';
import type { ValidationContext } from './context';

interface NamedContext {
	/** `default`, a preset's id, or `without` for a context from which a required key was taken. */
	readonly id: string;
	readonly values: Readonly<Record<string, ContextValue>>;
	readonly built: RequestContext;
}

/** The contexts the panel offers: the default (no key) and each preset. */
function contexts(context: ValidationContext): NamedContext[] {
	return [{ id: 'default', values: {} }, ...contextPresets].map(({ id, values }) => ({
		id,
		values,
		built: buildRequestContext(context.state, values).context,
	}));
}

function hasWildcard(text: string): boolean {
	return text.includes('*') || text.includes('?');
}

/**
 * The requests a guardrail's pattern stands for: the Support-family actions it matches, and the actions of
 * the other service it names. A pattern whose service is a wildcard (`*`) is judged on the Support family.
 */
function requestsOf(context: ValidationContext, pattern: string): PlannedRequest[] {
	const matcher = context.catalog.wildcardMatcher(pattern);
	const family = catalogActions.filter((action) => matcher.test(action.fullName)).map((action) => action.fullName);
	const requests = family.length ? planRequests(context.state, family, undefined).requests : [];
	const colon = pattern.indexOf(':');
	const prefix = colon < 0 ? '' : pattern.slice(0, colon);
	if (!prefix || hasWildcard(prefix) || isSupportFamily(prefix)) {
		return requests;
	}
	if (hasWildcard(pattern)) {
		return [...requests, ...context.catalog.matchActions(pattern).map((match) => otherServiceRequest(`${match.prefix}:${match.name}`))];
	}
	const name = context.catalog.canonicalActionName(prefix, pattern.slice(colon + 1));
	return [...requests, otherServiceRequest(name ? `${prefix.toLowerCase()}:${name}` : pattern)];
}

/** The Allows that grant the request: on every resource it names, or else on some (a check category, a bucket). */
function grantingStatements(context: ValidationContext, levels: readonly Level[], request: PlannedRequest, built: RequestContext) {
	const all = evaluateRequest(context.state, levels, request, built, { trace: false });
	if (all.decision === 'allowed') {
		return all.decidingStatements;
	}
	if (all.decision === 'implicitDeny' && request.resource.kind === 'every' && all.partialResourceMatch) {
		const some = evaluateRequest(context.state, levels, request, built, { trace: false, someResourcesMatch: true });
		return some.decision === 'allowed' ? some.decidingStatements : [];
	}
	return [];
}

/** A context in the service's language: its name, and the keys it sets. */
function describeContext(context: ValidationContext, named: NamedContext): string {
	const values = Object.entries(named.values)
		.map(([key, value]) => `${key}=${Array.isArray(value) ? value.join(',') : String(value)}`)
		.join(', ');
	const t = context.t;
	if (named.id === 'without') {
		return values || t('a request without context keys');
	}
	const name =
		named.id === 'mfa'
			? t('MFA present')
			: named.id === 'noMfa'
				? t('No MFA')
				: named.id === 'docNet'
					? t('From 203.0.113.0/24')
					: named.id === 'otherNet'
						? t('From elsewhere (198.51.100.10)')
						: named.id === 'tls'
							? t('Over TLS')
							: t('a request without context keys');
	return values ? `${name} (${values})` : name;
}

function contextsPhrase(context: ValidationContext, opened: readonly NamedContext[], total: number): string {
	return opened.length === total
		? context.t('in every request context, such as {0}', describeContext(context, opened[0]))
		: context.t('in the request context {0}', opened.map((named) => describeContext(context, named)).join('; '));
}

function actionsPhrase(context: ValidationContext, actions: readonly string[]): string {
	const shown = actions.slice(0, 3).join(', ');
	return actions.length > 3 ? context.t('{0} and {1} more', shown, actions.length - 3) : shown;
}

/** Where a finding goes: the Action entry that names the action, or the NotAction that lets it through. */
function anchor(context: ValidationContext, statement: Statement, action: string): Range {
	const entry = statement.action?.entries.find(
		(candidate) => candidate.type === 'string' && context.catalog.wildcardMatcher(candidate.value).test(action),
	);
	if (entry) {
		return context.rangeOf(entry.node);
	}
	const element = statement.action ?? statement.notAction;
	return context.rangeOf(element ? element.property.keyNode : statement.node);
}

function related(
	context: ValidationContext,
	guardrails: Guardrails,
	entries: 'mustNotGrant' | 'requireConditions',
	pattern: string,
): DiagnosticRelatedInformation[] | undefined {
	const source = guardrails.source;
	if (!source) {
		return undefined;
	}
	const range = source[entries]?.[pattern] ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
	return [{ location: { uri: source.uri, range }, message: context.t('The guardrail "{0}" of {1}', pattern, labelOf(source.uri)) }];
}

/** Findings gathered per statement and guardrail entry, so that an Allow of `support:*` is one finding, not forty. */
interface Gathered {
	readonly statement: Statement;
	readonly actions: string[];
	readonly opened: NamedContext[];
}

function gather(found: Map<string, Gathered>, key: string, statement: Statement, action: string, named: NamedContext): void {
	let entry = found.get(key);
	if (!entry) {
		entry = { statement, actions: [], opened: [] };
		found.set(key, entry);
	}
	if (!entry.actions.includes(action)) {
		entry.actions.push(action);
	}
	if (!entry.opened.includes(named)) {
		entry.opened.push(named);
	}
}

/** grants-forbidden-action and missing-required-condition, for the identity policies of the document. */
export function validateGuardrails(context: ValidationContext, policy: Policy): void {
	const guardrails = context.settings.guardrails;
	const forbidden = guardrails?.mustNotGrant ?? [];
	const required = Object.entries(guardrails?.requireConditions ?? {});
	// SCPs, boundaries and session policies grant nothing themselves; trust and resource policies grant no principal its own access.
	if (!guardrails || (!forbidden.length && !required.length) || policy.kind.kind !== 'identity') {
		return;
	}
	if (!policy.statements.some((statement) => statement.effect?.valueNode?.value === 'Allow')) {
		return;
	}
	const policyIndex = context.policyDocument.policies.indexOf(policy);
	const document = {
		label: labelOf(context.document.uri),
		uri: context.document.uri,
		textDocument: context.document,
		policyDocument: context.policyDocument,
	};
	const levels = buildLevels(context.state, document, policyIndex, {}, 'identity');
	const named = contexts(context);
	const statementOf = (ref: StatementRef) => policy.statements.find((statement) => statement.index === ref.statementIndex);
	const source = guardrails.source ? labelOf(guardrails.source.uri) : context.t('the command line');

	for (const pattern of forbidden) {
		const found = new Map<string, Gathered>();
		for (const request of requestsOf(context, pattern)) {
			for (const each of named) {
				for (const ref of grantingStatements(context, levels, request, each.built)) {
					const statement = statementOf(ref);
					if (statement) {
						gather(found, String(ref.statementIndex), statement, request.action, each);
					}
				}
			}
		}
		for (const { statement, actions, opened } of found.values()) {
			context.report(
				'grants-forbidden-action',
				anchor(context, statement, actions[0]),
				context.t(
					'This statement grants {0}, which the guardrail "{1}" of {2} forbids: it is allowed {3}.',
					actionsPhrase(context, actions),
					pattern,
					source,
					contextsPhrase(context, opened, named.length),
				),
				undefined,
				undefined,
				related(context, guardrails, 'mustNotGrant', pattern),
			);
		}
	}

	for (const [pattern, keys] of required) {
		const requests = requestsOf(context, pattern);
		for (const key of keys) {
			const lowerKey = key.toLowerCase();
			// Each context without the key, once: a request that lacks it must not be allowed.
			const seen = new Set<string>();
			const without: NamedContext[] = [];
			for (const each of named) {
				const values = Object.fromEntries(Object.entries(each.values).filter(([name]) => name.toLowerCase() !== lowerKey));
				const id = JSON.stringify(values);
				if (!seen.has(id)) {
					seen.add(id);
					without.push({ id: 'without', values, built: buildRequestContext(context.state, values).context });
				}
			}
			const found = new Map<string, Gathered>();
			for (const request of requests) {
				for (const each of without) {
					for (const ref of grantingStatements(context, levels, request, each.built)) {
						const statement = statementOf(ref);
						if (statement) {
							gather(found, String(ref.statementIndex), statement, request.action, each);
						}
					}
				}
			}
			for (const { statement, actions, opened } of found.values()) {
				context.report(
					'missing-required-condition',
					anchor(context, statement, actions[0]),
					context.t(
						'This statement allows {0} without {1}, which the guardrail "{2}" of {3} requires: it is allowed {4}.',
						actionsPhrase(context, actions),
						key,
						pattern,
						source,
						contextsPhrase(context, opened, without.length),
					),
					undefined,
					undefined,
					related(context, guardrails, 'requireConditions', pattern),
				);
			}
		}
	}
}
