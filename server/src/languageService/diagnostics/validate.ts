/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import type { Diagnostic, LanguageSettings, Position, TextDocument } from '../languageTypes';
import type { Policy, PolicyDocument, Statement } from '../parser/policyModel';
import { validateStatementActions } from './actions';
import { validateStatementConditions } from './conditions';
import { validateStatementForKind } from './kinds';
import type { ServiceState } from '../serviceState';
import { createContext, type ValidationContext, type Validator } from './context';
import { validateStatementResources } from './resources';
import { validateStatementStructure, validateStructure } from './structure';
import { validateSyntax } from './syntax';
import { validateGuardrails } from './guardrails';
import { validateSize } from './size';
import { validateTrustedAdvisorGap, validateVariables } from './support';
import { validateAttachmentActions, validateStatementSupportAccess } from './supportAccess';

type StatementValidator = (context: ValidationContext, policy: Policy, statement: Statement) => void;

/** Rules that read one statement and nothing else of the document but whether its policy is the whole document, and an identity policy. */
const statementValidators: readonly StatementValidator[] = [
	validateStatementStructure,
	validateStatementForKind,
	validateStatementActions,
	validateStatementResources,
	validateStatementConditions,
	validateStatementSupportAccess,
];

/** Rules that compare statements or look at the whole policy. */
const policyValidators: readonly Validator[] = [
	validateStructure,
	validateTrustedAdvisorGap,
	validateVariables,
	validateSize,
	validateAttachmentActions,
	validateGuardrails,
];

/** A finding of a statement-local rule, placed relative to the start of its statement. */
interface StatementFinding {
	readonly diagnostic: Diagnostic;
	readonly startLine: number;
	readonly startCharacter: number;
	readonly endLine: number;
	readonly endCharacter: number;
}

/**
 * What the last validation of a document found in each statement, by the statement's text. A caller
 * that keeps one per document (the server does) passes it to the next validation: after a keystroke, the
 * statements that did not change reuse their findings, moved to where the statement now is, and only
 * the edited one is checked again. Policy-wide rules always run.
 */
export interface ValidationMemo {
	/** @internal */ findings?: Map<string, readonly StatementFinding[]>;
	/** @internal */ settings?: string;
	/** The service whose findings these are: their messages and links are in its language. @internal */
	state?: ServiceState;
}

/**
 * Every finding on one parse of a document, in document order. Documents with no policy get none, so
 * that ordinary JSON files are left alone, unless the caller asks for them to be read as policies.
 */
export function doValidation(
	state: ServiceState,
	document: TextDocument,
	policyDocument: PolicyDocument,
	settings: LanguageSettings = {},
	memo?: ValidationMemo,
): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	if (policyDocument.skippedReason) {
		return diagnostics;
	}
	const isPolicy = policyDocument.policies.length > 0;
	if (!isPolicy && !settings.validateAsPolicy) {
		return diagnostics;
	}
	const context = createContext(state, document, policyDocument, settings, diagnostics);
	validateSyntax(context);
	if (!isPolicy && policyDocument.syntaxErrors.length === 0) {
		context.report(
			'missing-statement',
			{ start: document.positionAt(0), end: document.positionAt(Math.min(1, document.getText().length)) },
			context.t('This document has no policy: no object with a "Statement".'),
		);
	}
	// Settings are a handful of values; comparing their JSON also serves a caller that builds them anew each time.
	const settingsKey = memo ? JSON.stringify(settings) : undefined;
	const previous = memo && memo.settings === settingsKey && memo.state === state ? memo.findings : undefined;
	const found = memo ? new Map<string, readonly StatementFinding[]>() : undefined;
	const text = document.getText();
	for (const policy of policyDocument.policies) {
		// Statement-local rules read the statement, whether its policy is the whole document, and its kind.
		const kind = `${policy.isDocumentRoot ? 'r' : 'e'}${policy.kind.kind}:${policy.kind.source}:${policy.kind.service ?? ''}:${policy.kind.mixed ? 'm' : ''}:`;
		for (const statement of policy.statements) {
			if (!found) {
				validateStatement(context, policy, statement);
				continue;
			}
			const key = kind + text.slice(statement.node.offset, statement.node.offset + statement.node.length);
			const origin = context.positionAt(statement.node.offset);
			const known = previous?.get(key) ?? found.get(key);
			if (known) {
				for (const finding of known) {
					diagnostics.push({
						...finding.diagnostic,
						range: {
							start: place(origin, finding.startLine, finding.startCharacter),
							end: place(origin, finding.endLine, finding.endCharacter),
						},
					});
				}
				found.set(key, known);
				continue;
			}
			const first = diagnostics.length;
			validateStatement(context, policy, statement);
			found.set(
				key,
				diagnostics.slice(first).map((diagnostic) => ({
					diagnostic,
					startLine: diagnostic.range.start.line - origin.line,
					startCharacter:
						diagnostic.range.start.line === origin.line
							? diagnostic.range.start.character - origin.character
							: diagnostic.range.start.character,
					endLine: diagnostic.range.end.line - origin.line,
					endCharacter:
						diagnostic.range.end.line === origin.line
							? diagnostic.range.end.character - origin.character
							: diagnostic.range.end.character,
				})),
			);
		}
		for (const validate of policyValidators) {
			validate(context, policy);
		}
	}
	if (memo) {
		memo.findings = found;
		memo.settings = settingsKey;
		memo.state = state;
	}
	return diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function validateStatement(context: ValidationContext, policy: Policy, statement: Statement): void {
	for (const validate of statementValidators) {
		validate(context, policy, statement);
	}
}

/** A position given relative to a statement's start, in the document: the statement's own text is unchanged. */
function place(origin: Position, line: number, character: number): Position {
	return line === 0 ? { line: origin.line, character: origin.character + character } : { line: origin.line + line, character };
}
