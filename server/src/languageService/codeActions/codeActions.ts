/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import { diagnosticSource, type FixData } from '../diagnostics/context';
import { rules, type RuleSeverity } from '../diagnostics/rules';
import { doValidation } from '../diagnostics/validate';
import {
	CodeActionKind,
	TextDocument,
	TextDocumentEdit,
	type CodeAction,
	type CodeActionContext,
	type Diagnostic,
	type Range,
} from '../languageTypes';
import { parsePolicyDocument } from '../parser/parsePolicyDocument';
import type { PolicyDocument } from '../parser/policyModel';
import type { ServiceState } from '../serviceState';
import { quickFixes } from './quickFixes';
import { refactorings } from './refactorings';

// Every rule on, so that a fix is found whatever severity the user gave the rule.
const allRulesOn: Record<string, RuleSeverity> = Object.fromEntries(rules.map((rule) => [rule.code, 'warning']));

function sameRange(a: Range, b: Range): boolean {
	return (
		a.start.line === b.start.line &&
		a.start.character === b.start.character &&
		a.end.line === b.end.line &&
		a.end.character === b.end.character
	);
}

function wants(context: CodeActionContext, kind: string): boolean {
	return !context.only || context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
}

/**
 * Quick fixes for the diagnostics in `context` that this service raised, and refactorings at `range`.
 * The fix data is recomputed from this parse, not taken from the client: a stale or data-less
 * diagnostic gets no fix rather than a wrong one.
 */
export function doCodeActions(
	state: ServiceState,
	document: TextDocument,
	range: Range,
	context: CodeActionContext,
	policyDocument: PolicyDocument,
): CodeAction[] {
	const actions: CodeAction[] = [];
	// Every rule's findings on this parse, computed at most once per request.
	let findings: Diagnostic[] | undefined;
	const allFindings = () => (findings ??= doValidation(state, document, policyDocument, { rules: allRulesOn }));
	const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === diagnosticSource && typeof diagnostic.code === 'string');
	if (ours.length > 0 && wants(context, CodeActionKind.QuickFix)) {
		const fresh = allFindings();
		for (const diagnostic of ours) {
			const match = fresh.find((candidate) => candidate.code === diagnostic.code && sameRange(candidate.range, diagnostic.range));
			if (match) {
				actions.push(...quickFixes(state, document, policyDocument, diagnostic as Diagnostic, (match.data ?? {}) as FixData));
			}
		}
	}
	if (wants(context, CodeActionKind.RefactorRewrite)) {
		actions.push(...refactorings(state, document, policyDocument, document.offsetAt(range.start)));
	}
	if ((policyDocument.syntaxErrors.length === 0 && policyDocument.templateSyntaxErrors.length === 0) || actions.length === 0) {
		return actions;
	}
	// In a document that does not parse, the tree the edits were computed from is the parser's guess:
	// an edit can then land in the wrong place. Offer only those that break nothing more and do what they say.
	const before = allFindings();
	return actions.filter((action) => provenOnBrokenDocument(state, document, policyDocument, before, action));
}

function provenOnBrokenDocument(
	state: ServiceState,
	document: TextDocument,
	policyDocument: PolicyDocument,
	before: readonly Diagnostic[],
	action: CodeAction,
): boolean {
	const edits = (action.edit?.documentChanges ?? []).filter(TextDocumentEdit.is).flatMap((change) => change.edits);
	const after = TextDocument.create(document.uri, document.languageId, document.version + 1, TextDocument.applyEdits(document, edits));
	// One parse of the result serves both checks; a result too deep to analyse proves nothing.
	const parsed = parsePolicyDocument(state.messages, after.uri, after.version, after.getText(), {
		syntax: policyDocument.syntax,
	});
	if (
		parsed.skippedReason !== undefined ||
		parsed.syntaxErrors.length > policyDocument.syntaxErrors.length ||
		parsed.templateSyntaxErrors.length > policyDocument.templateSyntaxErrors.length
	) {
		return false;
	}
	const fixed = action.diagnostics ?? [];
	if (fixed.length === 0) {
		return true;
	}
	const remaining = doValidation(state, after, parsed, { rules: allRulesOn });
	const count = (diagnostics: readonly Diagnostic[], code: unknown) =>
		diagnostics.filter((diagnostic) => diagnostic.code === code).length;
	return fixed.every((diagnostic) => count(remaining, diagnostic.code) < count(before, diagnostic.code));
}
