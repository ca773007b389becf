/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import { ResolvedActions, type ResolvedAction } from '../catalog/actionFacts';
import { isIntrinsicObject } from '../parser/parsePolicyDocument';
import type { Catalog } from '../catalog/catalog';
import {
	type DiagnosticSeverity,
	type Diagnostic,
	type DiagnosticRelatedInformation,
	type LanguageSettings,
	type Position,
	type Range,
	type TextDocument,
} from '../languageTypes';
import { PositionCursor } from './positionCursor';
import type { JsonNode, Policy, PolicyDocument, Statement } from '../parser/policyModel';
import type { Messages } from '../l10n';
import { stateSlot, type ServiceState, type StateSlot } from '../serviceState';
import { ruleFor, toDiagnosticSeverity, type RuleCode, type RuleSeverity } from './rules';

export const diagnosticSource = 'iam-support';

/**
 * What a quick fix needs that the range and code alone do not say; carried in `Diagnostic.data` and
 * recomputed by the code actions from the same parse, so a client that drops `data` loses nothing.
 */
export interface FixData {
	/** Replacement strings for the diagnostic's node, best first. */
	readonly replacements?: readonly string[];
	/** Actions to add to the statement's Action (trustedadvisor-api-gap). */
	readonly addActions?: readonly string[];
	/** Action entries to move to a statement of their own with `"Resource": "*"`. */
	readonly splitActions?: readonly string[];
	/** Wildcard entries that match actions taking an ARN and actions taking none, with the former (resource-never-matches). */
	readonly narrowWildcards?: readonly { readonly entry: string; readonly scoped: readonly string[] }[];
	/** The actions those wildcards match that take no ARN, for a statement of their own with `"Resource": "*"`. */
	readonly addStatementActions?: readonly string[];
}

export interface ValidationContext {
	readonly document: TextDocument;
	readonly policyDocument: PolicyDocument;
	readonly settings: LanguageSettings;
	/** The service's messages: rules write every message with `t`, in the service's language. */
	readonly t: Messages['t'];
	readonly messages: Messages;
	readonly catalog: Catalog;
	/** What an Action entry resolves to in the Support family, kept by the service across documents and versions. */
	resolveAction(text: string): ResolvedAction;
	/** What a rule keeps in the service (see `StateSlot`). */
	own<T>(slot: StateSlot<T>): T;
	/** The service itself, for rules that judge through the simulator (guardrails). */
	readonly state: ServiceState;
	/** Reports a finding unless its rule is off; the message says what is wrong and why. */
	report(
		code: RuleCode,
		range: Range,
		message: string,
		data?: FixData,
		severity?: DiagnosticSeverity,
		relatedInformation?: DiagnosticRelatedInformation[],
	): void;
	rangeOf(node: JsonNode): Range;
	/** `document.positionAt`, faster for offsets that come in document order. */
	positionAt(offset: number): Position;
}

const resolvedActions = stateSlot((state) => new ResolvedActions(state.catalog));

export type Validator = (context: ValidationContext, policy: Policy) => void;

export function createContext(
	state: ServiceState,
	document: TextDocument,
	policyDocument: PolicyDocument,
	settings: LanguageSettings,
	diagnostics: Diagnostic[],
): ValidationContext {
	const overrides: Readonly<Record<string, RuleSeverity>> = settings.rules ?? {};
	const resolved = state.own(resolvedActions);
	const text = document.getText();
	const cursor = new PositionCursor(document);
	const isJson = policyDocument.syntax === 'json';
	// A policy of AWS's has thousands of findings of one rule: what a rule's findings share is worked out once.
	const reportedRules = new Map<
		RuleCode,
		{
			readonly configured: boolean;
			readonly severity: DiagnosticSeverity | undefined;
			readonly codeDescription: { readonly href: string };
		}
	>();
	const reportedRule = (code: RuleCode) => {
		let reported = reportedRules.get(code);
		if (!reported) {
			const rule = ruleFor(code)!;
			const configured = overrides[code];
			reported = {
				configured: configured !== undefined,
				severity: toDiagnosticSeverity(configured ?? rule.severity),
				codeDescription: Object.freeze({ href: state.ruleDocumentation(code) }),
			};
			reportedRules.set(code, reported);
		}
		return reported;
	};
	return {
		document,
		policyDocument,
		settings,
		t: state.messages.t,
		messages: state.messages,
		catalog: state.catalog,
		resolveAction: (text) => resolved.resolveAction(text),
		own: state.own,
		state,
		positionAt: (offset) => cursor.positionAt(offset),
		rangeOf(node) {
			const start = cursor.positionAt(node.offset);
			const end = node.offset + node.length;
			if (end > text.length) {
				// After a comment left open at the end, jsonc-parser's last nodes reach one past the text: clamped.
				return { start, end: cursor.positionAt(end) };
			}
			// Most nodes lie on one line: no second search for the end. A string holds a line break only after a
			// backslash (jsonc-parser reads the two as one invalid escape, which adds nothing to the value), so a
			// string whose value is as long as its text between the quotes has none and needs no reading.
			// Only JSON's strings are quoted so: a YAML or Terraform scalar's text may be anything around its value.
			const plainString = isJson && node.type === 'string' && typeof node.value === 'string' && node.value.length + 2 === node.length;
			for (let i = plainString ? end : node.offset; i < end; i++) {
				const code = text.charCodeAt(i);
				if (code === 0x0a || code === 0x0d) {
					return { start, end: cursor.positionAt(end) };
				}
			}
			return { start, end: { line: start.line, character: start.character + node.length } };
		},
		report(code, range, message, data, severityOverride, relatedInformation) {
			const rule = reportedRule(code);
			if (rule.severity === undefined) {
				return;
			}
			// A rule may raise its own default (a Deny that never applies is worse than an Allow that grants nothing); a user's setting wins.
			const severity = rule.configured ? rule.severity : (severityOverride ?? rule.severity);
			const diagnostic: Diagnostic = {
				range,
				message,
				severity,
				code,
				source: diagnosticSource,
				codeDescription: rule.codeDescription,
			};
			if (data) {
				diagnostic.data = data;
			}
			if (relatedInformation) {
				diagnostic.relatedInformation = relatedInformation;
			}
			diagnostics.push(diagnostic);
		},
	};
}

/** CloudFormation intrinsic functions (`{"Ref": ...}`, `{"Fn::Sub": ...}`) stand for values only a deployment knows. */
export function isIntrinsic(node: JsonNode, policy: Policy): boolean {
	return !policy.isDocumentRoot && isIntrinsicObject(node);
}

/** Template interpolation (`${aws_iam_role.x.arn}`, `${AWS::AccountId}`) in a policy embedded in a template. */
export function isTemplateExpression(value: string, policy: Policy): boolean {
	if (policy.isDocumentRoot || !value.includes('${')) {
		return false;
	}
	// YAML and Terraform say which `${…}` they fill in; in JSON templates any may be.
	const known = policy.interpolations;
	return known
		? [...value.matchAll(/\$\{[^}]*\}/g)].some(([expression]) => known.has(expression))
		: /\$\{(?![a-z0-9.-]+:[A-Za-z])[^}]*\}/.test(value);
}

export function effectOf(statement: Statement): 'Allow' | 'Deny' | undefined {
	const value = statement.effect?.valueNode?.value;
	return value === 'Allow' || value === 'Deny' ? value : undefined;
}

/** A Resource value that means every resource (`*`, or only asterisks). */
export function isAllResources(value: string): boolean {
	return /^\*+$/.test(value);
}

export function actionCount({ t, formatCount }: Messages, count: number): string {
	return count === 1 ? t('{0} action', formatCount(count)) : t('{0} actions', formatCount(count));
}
