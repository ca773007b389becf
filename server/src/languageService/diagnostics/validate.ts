/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import type { Diagnostic, LanguageSettings, TextDocument } from '../languageTypes';
import type { PolicyDocument } from '../parser/policyModel';
import { validateActions } from './actions';
import { validateConditions } from './conditions';
import { t } from '../l10n';
import { createContext, type Validator } from './context';
import { validateResources } from './resources';
import { validateStructure, validateSyntax } from './structure';
import { validateSize, validateTrustedAdvisorGap, validateVariables } from './support';

const validators: readonly Validator[] = [
	validateStructure,
	validateActions,
	validateResources,
	validateConditions,
	validateTrustedAdvisorGap,
	validateVariables,
	validateSize,
];

/**
 * Every finding on one parse of a document, in document order. Documents with no policy get none, so
 * that ordinary JSON files are left alone, unless the caller asks for them to be read as policies.
 */
export function doValidation(document: TextDocument, policyDocument: PolicyDocument, settings: LanguageSettings = {}): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	if (policyDocument.skippedReason) {
		return diagnostics;
	}
	const isPolicy = policyDocument.policies.length > 0;
	if (!isPolicy && !settings.validateAsPolicy) {
		return diagnostics;
	}
	const context = createContext(document, policyDocument, settings, diagnostics);
	validateSyntax(context);
	if (!isPolicy && policyDocument.syntaxErrors.length === 0) {
		context.report('missing-statement', { start: document.positionAt(0), end: document.positionAt(Math.min(1, document.getText().length)) },
			t('This document has no policy: no object with a "Statement".'));
	}
	for (const policy of policyDocument.policies) {
		for (const validate of validators) {
			validate(context, policy);
		}
	}
	return diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
