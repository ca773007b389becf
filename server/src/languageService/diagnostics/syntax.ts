/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// JSON as IAM reads it (#14): strict JSON, where a trailing comma or a comment is a syntax error
// ("This policy contains invalid Json"). jsonc-parser reads past both, so the rest of the policy is still
// checked; each gets a finding of its own with a fix, and every other error one plain sentence per line.

import { ParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Messages } from '../l10n';
import type { ValidationContext } from './context';

export function validateSyntax(context: ValidationContext): void {
	const text = context.document.getText();
	const reportedLines = new Set<number>();
	validateTemplateSyntax(context, text);
	for (const error of context.policyDocument.syntaxErrors) {
		const comma = trailingCommaBefore(text, error);
		if (comma !== undefined) {
			const start = context.positionAt(comma);
			context.report(
				'trailing-comma',
				{ start, end: { line: start.line, character: start.character + 1 } },
				context.t(
					'A comma before "{0}": JSON allows none, and IAM rejects the policy ("This policy contains invalid Json").',
					text[error.offset],
				),
			);
			continue;
		}
		const start = context.positionAt(error.offset);
		const end = context.positionAt(Math.min(text.length, error.offset + Math.max(error.length, 1)));
		if (error.error === ParseErrorCode.InvalidCommentToken) {
			context.report(
				'json-comment',
				{ start, end },
				context.t(
					'A comment: policies are JSON, which has no comments, and IAM rejects the policy. Keep notes in "Sid" or beside the file.',
				),
			);
			continue;
		}
		// One finding a line: after one error jsonc-parser often reports the next tokens too.
		if (reportedLines.has(start.line)) {
			continue;
		}
		reportedLines.add(start.line);
		context.report(
			'json-syntax',
			{ start, end },
			context.t('{0} IAM rejects a policy that is not valid JSON.', describe(context.t, error.error)),
		);
	}
}

/**
 * The offset of the comma when the error is the closing bracket after one (`[1, 2,]`, `{"a": 1,}`):
 * jsonc-parser, told that trailing commas are not allowed, reports the bracket as a missing value.
 */
function trailingCommaBefore(text: string, error: ParseError): number | undefined {
	if (error.error !== ParseErrorCode.ValueExpected && error.error !== ParseErrorCode.PropertyNameExpected) {
		return undefined;
	}
	const closing = text[error.offset];
	if (closing !== '}' && closing !== ']') {
		return undefined;
	}
	let i = error.offset - 1;
	while (i >= 0 && /\s/.test(text[i])) {
		i--;
	}
	return text[i] === ',' ? i : undefined;
}

function describe(t: Messages['t'], code: ParseErrorCode): string {
	switch (code) {
		case ParseErrorCode.PropertyNameExpected:
			return t('A property name in double quotes is expected here.');
		case ParseErrorCode.ValueExpected:
			return t('A value is expected here.');
		case ParseErrorCode.ColonExpected:
			return t('A colon is expected after the property name.');
		case ParseErrorCode.CommaExpected:
			return t('A comma is missing before this.');
		case ParseErrorCode.CloseBraceExpected:
			return t('A closing brace "}" is missing.');
		case ParseErrorCode.CloseBracketExpected:
			return t('A closing bracket "]" is missing.');
		case ParseErrorCode.EndOfFileExpected:
			return t('Text after the end of the JSON document.');
		case ParseErrorCode.UnexpectedEndOfComment:
			return t('A comment that is never closed.');
		case ParseErrorCode.UnexpectedEndOfString:
			return t('A string that is never closed.');
		case ParseErrorCode.InvalidNumberFormat:
		case ParseErrorCode.UnexpectedEndOfNumber:
			return t('Not a JSON number.');
		case ParseErrorCode.InvalidUnicode:
		case ParseErrorCode.InvalidEscapeCharacter:
			return t('An escape that JSON does not know: write \\\\, \\" or \\uXXXX.');
		case ParseErrorCode.InvalidCharacter:
			return t('A control character inside a string: JSON needs it escaped (\\n, \\t).');
		default:
			return t('A character that JSON does not allow here.');
	}
}

/**
 * A YAML or Terraform parser's first error, in its own words after a sentence of ours: one finding for
 * the document, since after the first place a parser cannot read, what it says next is mostly the same
 * mistake again (and the features keep what it could read).
 */
function validateTemplateSyntax(context: ValidationContext, text: string): void {
	const { templateSyntaxErrors, syntax } = context.policyDocument;
	const error = templateSyntaxErrors[0];
	if (!error) {
		return;
	}
	const start = context.positionAt(Math.min(error.offset, text.length));
	const end = context.positionAt(Math.min(text.length, error.offset + Math.max(error.length, 1)));
	const more = templateSyntaxErrors.length - 1;
	const message =
		syntax === 'terraform'
			? context.t('Terraform cannot read this: {0}', error.message)
			: context.t('This YAML does not parse: {0}', error.message);
	context.report(
		'template-syntax',
		{ start, end },
		more > 0
			? `${message} ${more === 1 ? context.t('(1 more error after it)') : context.t('({0} more errors after it)', more)}`
			: message,
	);
}
