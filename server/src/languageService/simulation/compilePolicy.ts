/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Compiles each policy of a document version once into matchers: which Support-family actions each
// statement names (a byte per catalog action, so that a decision reads one byte per statement), its
// resources and its conditions. The parse is cached per version, and so is this compiled form (#5, #6).

import type { SimRange } from '../../../../shared/simulation';
import { allSupportActions, isSupportFamily, type CatalogAction, type WildcardMatcher } from '../catalog/catalog';
import type { TextDocument } from '../languageTypes';
import { stateSlot, type ServiceState } from '../serviceState';
import { stringValue, type Policy, type PolicyDocument, type Statement, type ValueListElement } from '../parser/policyModel';
import { compileCondition, type CompiledCondition } from './conditions';
import { compileResources, type CompiledResources } from './resources';

/** The Support-family actions in a fixed order: a statement's actions are a byte array over it. */
export const catalogActions: readonly CatalogAction[] = allSupportActions();
const catalogIndexByLowerName = new Map(catalogActions.map((action, index) => [action.fullName.toLowerCase(), index]));

export function catalogIndexOf(actionName: string): number {
	return catalogIndexByLowerName.get(actionName.toLowerCase()) ?? -1;
}

export interface CompiledStatement {
	readonly statementIndex: number;
	readonly sid?: string;
	/** Undefined when Effect is missing or invalid: AWS would reject the policy, so it grants and denies nothing. */
	readonly effect: 'Allow' | 'Deny' | undefined;
	readonly range: SimRange;
	/** 1 where the statement's Action (or NotAction) names the catalog action of that index. */
	readonly actions: Uint8Array;
	/** For actions outside the catalog, matched by name; `lowerName` spares a caller that asks often the lower-casing. */
	readonly matchesActionName: (actionName: string, lowerName?: string) => boolean;
	readonly resources: CompiledResources;
	readonly condition: CompiledCondition;
}

export interface CompiledPolicy {
	readonly policyIndex: number;
	readonly statements: readonly CompiledStatement[];
}

function hasWildcard(text: string): boolean {
	return text.includes('*') || text.includes('?');
}

/** Sets the bytes of the catalog actions that the patterns name; a pattern of another service costs nothing. */
function compileActions(state: ServiceState, element: ValueListElement | undefined): { bits: Uint8Array; patterns: string[] } {
	const bits = new Uint8Array(catalogActions.length);
	const patterns: string[] = [];
	for (const entry of element?.entries ?? []) {
		if (entry.type !== 'string') {
			continue;
		}
		const value = entry.value;
		patterns.push(value);
		if (!hasWildcard(value)) {
			const index = catalogIndexOf(value);
			if (index >= 0) {
				bits[index] = 1;
			}
			continue;
		}
		const colon = value.indexOf(':');
		const prefix = colon < 0 ? value : value.slice(0, colon);
		if (!hasWildcard(prefix) && !isSupportFamily(prefix)) {
			continue;
		}
		const matcher = state.catalog.wildcardMatcher(value);
		catalogActions.forEach((action, index) => {
			if (!bits[index] && matcher.test(action.fullName)) {
				bits[index] = 1;
			}
		});
	}
	return { bits, patterns };
}

/** Built on first use: most simulations ask about catalog actions only, and large policies name thousands. */
function nameMatcher(state: ServiceState, patterns: readonly string[], negated: boolean): CompiledStatement['matchesActionName'] {
	let literals: Set<string> | undefined;
	let wildcards: WildcardMatcher[] | undefined;
	return (actionName, lowerName) => {
		if (!literals || !wildcards) {
			literals = new Set(patterns.filter((pattern) => !hasWildcard(pattern)).map((pattern) => pattern.toLowerCase()));
			wildcards = patterns.filter(hasWildcard).map((pattern) => state.catalog.wildcardMatcher(pattern));
		}
		const named = literals.has(lowerName ?? actionName.toLowerCase()) || wildcards.some((matcher) => matcher.test(actionName));
		return named !== negated;
	};
}

function compileStatement(state: ServiceState, statement: Statement, textDocument: TextDocument, variables: boolean): CompiledStatement {
	const effectText = stringValue(statement.effect);
	const negatedActions = !statement.action && !!statement.notAction;
	const { bits, patterns } = compileActions(state, statement.action ?? statement.notAction);
	const hasActions = !!(statement.action ?? statement.notAction);
	if (negatedActions) {
		for (let i = 0; i < bits.length; i++) {
			bits[i] = bits[i] ? 0 : 1;
		}
	}
	return {
		statementIndex: statement.index,
		sid: stringValue(statement.sid),
		effect: effectText === 'Allow' || effectText === 'Deny' ? effectText : undefined,
		range: {
			start: textDocument.positionAt(statement.node.offset),
			end: textDocument.positionAt(statement.node.offset + statement.node.length),
		},
		actions: hasActions ? bits : new Uint8Array(catalogActions.length),
		matchesActionName: hasActions ? nameMatcher(state, patterns, negatedActions) : () => false,
		resources: compileResources(statement.resource, statement.notResource, variables),
		condition: compileCondition(statement.condition, variables),
	};
}

export function compilePolicy(state: ServiceState, policy: Policy, policyIndex: number, textDocument: TextDocument): CompiledPolicy {
	// Policy variables exist only in version 2012-10-17; elsewhere `${aws:username}` is plain text.
	const variables = stringValue(policy.version) === '2012-10-17';
	return { policyIndex, statements: policy.statements.map((statement) => compileStatement(state, statement, textDocument, variables)) };
}

/** Each parse's policies compiled, kept as long as the parse. */
const compiledDocuments = stateSlot(() => new WeakMap<PolicyDocument, readonly CompiledPolicy[]>());

/** The compiled policies of a document version, compiled on first use. */
export function compileDocument(
	state: ServiceState,
	policyDocument: PolicyDocument,
	textDocument: TextDocument,
): readonly CompiledPolicy[] {
	let compiled = state.own(compiledDocuments).get(policyDocument);
	if (!compiled) {
		compiled = policyDocument.policies.map((policy, index) => compilePolicy(state, policy, index, textDocument));
		state.own(compiledDocuments).set(policyDocument, compiled);
	}
	return compiled;
}
