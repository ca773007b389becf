/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyEdits } from 'jsonc-parser';
import { CodeActionKind, TextDocument, type CodeAction, type Diagnostic, type TextDocumentEdit } from '../../server/src/languageService';
import { service } from './testUtil';

function parse(text: string) {
	const document = TextDocument.create('file:///test/policy.json', 'json', 3, text);
	const policyDocument = service.parsePolicyDocument(document);
	return { document, policyDocument, diagnostics: service.doValidation(document, policyDocument) };
}

function applyAction(document: TextDocument, action: CodeAction): string {
	const change = action.edit?.documentChanges?.[0] as TextDocumentEdit;
	assert.deepEqual(change.textDocument, { uri: document.uri, version: document.version });
	return applyEdits(
		document.getText(),
		change.edits.map((edit) => ({
			offset: document.offsetAt(edit.range.start),
			length: document.offsetAt(edit.range.end) - document.offsetAt(edit.range.start),
			content: edit.newText,
		})),
	);
}

/**
 * Applies the quick fix titled `title` for the `code` diagnostic, compares the whole result, and checks that
 * the diagnostic is gone and that no diagnostic appeared that was not there before.
 */
function assertQuickFix(code: string, before: string, title: string, after: string): void {
	const { document, policyDocument, diagnostics } = parse(before);
	const diagnostic = diagnostics.find((candidate) => candidate.code === code);
	assert.ok(diagnostic, `no ${code} in ${JSON.stringify(diagnostics.map((d) => d.code))}`);
	const actions = service.doCodeActions(
		document,
		diagnostic.range,
		{ diagnostics: [diagnostic], only: [CodeActionKind.QuickFix] },
		policyDocument,
	);
	const action = actions.find((candidate) => candidate.title === title);
	assert.ok(action, `no fix "${title}" in ${JSON.stringify(actions.map((a) => a.title))}`);
	assert.equal(action.kind, CodeActionKind.QuickFix);
	assert.deepEqual(action.diagnostics, [diagnostic]);
	const result = applyAction(document, action);
	assert.equal(result, after);
	const remaining = parse(result).diagnostics;
	const key = (d: Diagnostic) => `${d.code} ${d.message}`;
	assert.ok(!remaining.some((d) => d.code === code && d.message === diagnostic.message), `${code} is still there`);
	const beforeKeys = new Set(diagnostics.map(key));
	assert.deepEqual(remaining.filter((d) => !beforeKeys.has(key(d))).map(key), []);
}

const wrap = (statement: string) => `{\n\t"Version": "2012-10-17",\n\t"Statement": [\n\t\t${statement}\n\t]\n}`;

describe('quick fixes', () => {
	test('unknown-action: the nearest real name', () => {
		assertQuickFix(
			'unknown-action',
			wrap('{"Effect": "Allow", "Action": "support:DescribeCase", "Resource": "*"}'),
			'Change to "support:DescribeCases"',
			wrap('{"Effect": "Allow", "Action": "support:DescribeCases", "Resource": "*"}'),
		);
	});

	test('unknown-service: the nearest prefix', () => {
		assertQuickFix(
			'unknown-service',
			wrap('{"Effect": "Allow", "Action": "suport:DescribeCases", "Resource": "*"}'),
			'Change to "support:DescribeCases"',
			wrap('{"Effect": "Allow", "Action": "support:DescribeCases", "Resource": "*"}'),
		);
	});

	test('unknown-element: the element it was meant to be', () => {
		assertQuickFix(
			'unknown-element',
			wrap('{"Effect": "Allow", "Action": "support:*", "Resources": "*"}'),
			'Change key to "Resource"',
			wrap('{"Effect": "Allow", "Action": "support:*", "Resource": "*"}'),
		);
	});

	test('invalid-effect: Allow in the right case', () => {
		assertQuickFix(
			'invalid-effect',
			wrap('{"Effect": "allow", "Action": "support:*", "Resource": "*"}'),
			'Change to "Allow"',
			wrap('{"Effect": "Allow", "Action": "support:*", "Resource": "*"}'),
		);
	});

	test("missing-version: adds Version first, in the document's indentation, keeping comments", () => {
		assertQuickFix(
			'missing-version',
			'{\n\t// support access\n\t"Statement": [{"Effect": "Allow", "Action": "support:*", "Resource": "*"}]\n}',
			'Add "Version": "2012-10-17"',
			'{\n\t"Version": "2012-10-17",\n\t// support access\n\t"Statement": [{"Effect": "Allow", "Action": "support:*", "Resource": "*"}]\n}',
		);
	});

	test('trailing-comma: the comma goes, nothing else changes', () => {
		assertQuickFix(
			'trailing-comma',
			wrap('{"Effect": "Allow", "Action": ["support:*", "support-console:*",], "Resource": "*"}'),
			'Remove the trailing comma',
			wrap('{"Effect": "Allow", "Action": ["support:*", "support-console:*"], "Resource": "*"}'),
		);
	});

	test('json-comment: a comment alone on its line goes with its line; one after code, with the spaces before it', () => {
		assertQuickFix(
			'json-comment',
			'{\n\t"Version": "2012-10-17",\n\t// support access\n\t"Statement": [{"Effect": "Allow", "Action": "support:*", "Resource": "*"}]\n}',
			'Remove the comment',
			'{\n\t"Version": "2012-10-17",\n\t"Statement": [{"Effect": "Allow", "Action": "support:*", "Resource": "*"}]\n}',
		);
		assertQuickFix(
			'json-comment',
			wrap('{"Effect": "Allow", "Action": "support:*", "Resource": "*"} /* everything */'),
			'Remove the comment',
			wrap('{"Effect": "Allow", "Action": "support:*", "Resource": "*"}'),
		);
	});

	test('old-version: 2012-10-17', () => {
		assertQuickFix(
			'old-version',
			wrap('{"Effect": "Allow", "Action": "support:*", "Resource": "*"}').replace('2012-10-17', '2008-10-17'),
			'Change to "2012-10-17"',
			wrap('{"Effect": "Allow", "Action": "support:*", "Resource": "*"}'),
		);
	});

	test('resource-never-matches: the ARN becomes "*"', () => {
		assertQuickFix(
			'resource-never-matches',
			wrap('{"Effect": "Deny", "Action": "support:ResolveCase", "Resource": "arn:aws:support::123456789012:case/1"}'),
			'Change to "*"',
			wrap('{"Effect": "Deny", "Action": "support:ResolveCase", "Resource": "*"}'),
		);
	});

	test('resource-never-matches: split the actions that need "*" into their own statement', () => {
		const arn = 'arn:aws:trustedadvisor:*:123456789012:checks/*';
		assertQuickFix(
			'resource-never-matches',
			wrap(`{"Effect": "Allow", "Action": ["trustedadvisor:RefreshCheck", "support:DescribeCases"], "Resource": "${arn}"}`),
			'Move support:DescribeCases to a statement of its own with "Resource": "*"',
			`{\n\t"Version": "2012-10-17",\n\t"Statement": [\n\t\t{"Effect": "Allow", "Action": ["trustedadvisor:RefreshCheck"], "Resource": "${arn}"},\n\t\t{"Effect": "Allow", "Action": "support:DescribeCases", "Resource": "*"}\n\t]\n}`,
		);
	});

	test("non-canonical-case: AWS's case", () => {
		assertQuickFix(
			'non-canonical-case',
			wrap('{"Effect": "Allow", "Action": "support:describecases", "Resource": "*"}'),
			'Change to "support:DescribeCases"',
			wrap('{"Effect": "Allow", "Action": "support:DescribeCases", "Resource": "*"}'),
		);
	});

	test('redundant-action: removed with its comma', () => {
		assertQuickFix(
			'redundant-action',
			wrap('{"Effect": "Allow", "Action": ["support:*", "support:CreateCase"], "Resource": "*"}'),
			'Remove the redundant support:CreateCase',
			wrap('{"Effect": "Allow", "Action": ["support:*"], "Resource": "*"}'),
		);
	});

	test('trustedadvisor-api-gap: the counterpart joins the Deny', () => {
		assertQuickFix(
			'trustedadvisor-api-gap',
			wrap('{"Effect": "Deny", "Action": "trustedadvisor:RefreshCheck", "Resource": "*"}'),
			'Also deny support:RefreshTrustedAdvisorCheck',
			wrap('{"Effect": "Deny", "Action": ["trustedadvisor:RefreshCheck", "support:RefreshTrustedAdvisorCheck"], "Resource": "*"}'),
		);
	});

	test('trustedadvisor-api-gap: appended to an existing list', () => {
		assertQuickFix(
			'trustedadvisor-api-gap',
			wrap('{"Effect": "Deny", "Action": ["support:ResolveCase", "trustedadvisor:RefreshCheck"], "Resource": "*"}'),
			'Also deny support:RefreshTrustedAdvisorCheck',
			wrap(
				'{"Effect": "Deny", "Action": ["support:ResolveCase", "trustedadvisor:RefreshCheck", "support:RefreshTrustedAdvisorCheck"], "Resource": "*"}',
			),
		);
	});

	test('attachment-action-pair: the other action of the pair joins the Allow', () => {
		assertQuickFix(
			'attachment-action-pair',
			wrap('{"Effect": "Allow", "Action": "support:UploadAttachment", "Resource": "*"}'),
			'Also allow support:AddAttachmentsToSet',
			wrap('{"Effect": "Allow", "Action": ["support:UploadAttachment", "support:AddAttachmentsToSet"], "Resource": "*"}'),
		);
	});

	test('invalid-sid: letters and digits only', () => {
		assertQuickFix(
			'invalid-sid',
			wrap('{"Sid": "allow-support 1", "Effect": "Allow", "Action": "support:*", "Resource": "*"}'),
			'Change to "allowsupport1"',
			wrap('{"Sid": "allowsupport1", "Effect": "Allow", "Action": "support:*", "Resource": "*"}'),
		);
	});

	test('missing-resource: "Resource": "*" after the Action', () => {
		assertQuickFix(
			'missing-resource',
			'{\n\t"Version": "2012-10-17",\n\t"Statement": [\n\t\t{\n\t\t\t"Effect": "Allow",\n\t\t\t"Action": "support:*"\n\t\t}\n\t]\n}',
			'Add "Resource": "*"',
			'{\n\t"Version": "2012-10-17",\n\t"Statement": [\n\t\t{\n\t\t\t"Effect": "Allow",\n\t\t\t"Action": "support:*",\n\t\t\t"Resource": "*"\n\t\t}\n\t]\n}',
		);
	});

	test('unknown-condition-operator and unknown-condition-key: renamed keys', () => {
		const statement = (op: string, key: string) =>
			`{"Effect": "Allow", "Action": "support:*", "Resource": "*", "Condition": {"${op}": {"${key}": "true"}}}`;
		assertQuickFix(
			'unknown-condition-operator',
			wrap(statement('bool', 'aws:MultiFactorAuthPresent')),
			'Change key to "Bool"',
			wrap(statement('Bool', 'aws:MultiFactorAuthPresent')),
		);
		assertQuickFix(
			'unknown-condition-key',
			wrap(statement('Bool', 'aws:MultiFactorAuthPresen')),
			'Change key to "aws:MultiFactorAuthPresent"',
			wrap(statement('Bool', 'aws:MultiFactorAuthPresent')),
		);
	});

	test('a diagnostic from another source or a stale range gets no fix', () => {
		const { document, policyDocument, diagnostics } = parse(wrap('{"Effect": "allow", "Action": "support:*", "Resource": "*"}'));
		const foreign = { ...diagnostics[0], source: 'json' };
		const stale = { ...diagnostics[0], range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } };
		assert.deepEqual(
			service.doCodeActions(
				document,
				diagnostics[0].range,
				{ diagnostics: [foreign, stale], only: [CodeActionKind.QuickFix] },
				policyDocument,
			),
			[],
		);
	});
});

function refactor(text: string, titlePrefix: string): string | undefined {
	const offset = text.indexOf('|');
	const clean = text.slice(0, offset) + text.slice(offset + 1);
	const { document, policyDocument } = parse(clean);
	const position = document.positionAt(offset);
	const actions = service.doCodeActions(document, { start: position, end: position }, { diagnostics: [] }, policyDocument);
	const action = actions.find((candidate) => candidate.title.startsWith(titlePrefix));
	if (action) {
		assert.equal(action.kind, CodeActionKind.RefactorRewrite);
	}
	return action && applyAction(document, action);
}

describe('refactorings', () => {
	test('expand a wildcard into its actions, one per line', () => {
		const result = refactor(
			'{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": [\n\t"supportplans:GetSupportPlan|*"\n], "Resource": "*"}]}',
			'Expand',
		);
		assert.equal(
			result,
			'{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": [\n\t"supportplans:GetSupportPlan",\n\t"supportplans:GetSupportPlanUpdateStatus"\n], "Resource": "*"}]}',
		);
	});

	test('collapse actions into the wildcard that means the same set', () => {
		const result = refactor(
			'{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["supportplans:GetSupportPlan", |"supportplans:GetSupportPlanUpdateStatus"], "Resource": "*"}]}',
			'Collapse',
		);
		assert.equal(
			result,
			'{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["supportplans:GetSupportPlan*"], "Resource": "*"}]}',
		);
	});

	test('no collapse when no wildcard means exactly that set', () => {
		assert.equal(
			refactor(
				'{"Statement": [{"Effect": "Allow", "Action": ["support:CreateCase", |"support:ResolveCase"], "Resource": "*"}]}',
				'Collapse',
			),
			undefined,
		);
	});

	test('sort actions, keeping comments and line breaks in place', () => {
		const result = refactor(
			'{"Statement": [{"Effect": "Allow", "Action": [\n\t"support:ResolveCase", // why\n\t|"support:CreateCase"\n], "Resource": "*"}]}',
			'Sort actions',
		);
		assert.equal(
			result,
			'{"Statement": [{"Effect": "Allow", "Action": [\n\t"support:CreateCase", // why\n\t"support:ResolveCase"\n], "Resource": "*"}]}',
		);
		assert.equal(
			refactor(
				'{"Statement": [{"Effect": "Allow", "Action": ["support:CreateCase", |"support:ResolveCase"], "Resource": "*"}]}',
				'Sort',
			),
			undefined,
		);
	});
});

describe('resource-never-matches on a wildcard that mixes scoped and resource-less actions (#14)', () => {
	const arn = 'arn:aws:trustedadvisor:*:123456789012:checks/*';
	const mfa = '"Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}';
	const scoped =
		'"trustedadvisor:DescribeCheckStatusHistoryChanges", "trustedadvisor:DescribeCheckItems", "trustedadvisor:DescribeCheckRefreshStatuses", "trustedadvisor:DescribeCheckSummaries"';

	test('narrows the wildcard to the actions that take the ARN, and moves the others to a statement on "*"', () => {
		assertQuickFix(
			'resource-never-matches',
			wrap(
				`{"Effect": "Allow", "Action": ["trustedadvisor:DescribeCheck*", "trustedadvisor:RefreshCheck"], "Resource": "${arn}", ${mfa}}`,
			),
			'Narrow trustedadvisor:DescribeCheck* to the actions that take an ARN, and move the others to a statement with "Resource": "*"',
			`{\n\t"Version": "2012-10-17",\n\t"Statement": [\n\t\t{"Effect": "Allow", "Action": [${scoped}, "trustedadvisor:RefreshCheck"], "Resource": "${arn}", ${mfa}},\n\t\t{"Effect": "Allow", "Action": "trustedadvisor:DescribeChecks", "Resource": "*", ${mfa}}\n\t]\n}`,
		);
	});

	test('or only narrows it, granting nothing more', () => {
		assertQuickFix(
			'resource-never-matches',
			wrap(`{"Effect": "Allow", "Action": "trustedadvisor:DescribeCheck*", "Resource": "${arn}"}`),
			'Narrow trustedadvisor:DescribeCheck* to the actions that take an ARN',
			wrap(`{"Effect": "Allow", "Action": [${scoped}], "Resource": "${arn}"}`),
		);
	});
});

describe('quick fixes of the audit rules (#14)', () => {
	test('unknown-policy-variable: the nearest global key, in the value', () => {
		assertQuickFix(
			'unknown-policy-variable',
			wrap('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::home/${aws:usernme}/*"}'),
			'Change to "arn:aws:s3:::home/${aws:username}/*"',
			wrap('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::home/${aws:username}/*"}'),
		);
	});

	test('mfa-false-without-ifexists: Bool becomes BoolIfExists', () => {
		assertQuickFix(
			'mfa-false-without-ifexists',
			wrap(
				'{"Effect": "Deny", "Action": "support:*", "Resource": "*", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "false"}}}',
			),
			'Change key to "BoolIfExists"',
			wrap(
				'{"Effect": "Deny", "Action": "support:*", "Resource": "*", "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}',
			),
		);
	});

	test('invalid-arn: a session policy gets the six parts', () => {
		const session = { policyKind: 'session' } as const;
		const document = TextDocument.create(
			'file:///test/session.json',
			'json',
			1,
			wrap('{"Effect": "Allow", "Action": "cloudfront:GetDistribution", "Resource": "arn:aws:cloudfront:*"}'),
		);
		const policyDocument = service.parsePolicyDocument(document, session);
		const diagnostic = service.doValidation(document, policyDocument, session).find((candidate) => candidate.code === 'invalid-arn');
		assert.ok(diagnostic);
		const actions = service.doCodeActions(
			document,
			diagnostic.range,
			{ diagnostics: [diagnostic], only: [CodeActionKind.QuickFix] },
			policyDocument,
		);
		assert.deepEqual(
			actions.map((action) => action.title),
			['Change to "arn:aws:cloudfront:*:*:*"'],
		);
		assert.equal(
			applyAction(document, actions[0]),
			wrap('{"Effect": "Allow", "Action": "cloudfront:GetDistribution", "Resource": "arn:aws:cloudfront:*:*:*"}'),
		);
	});
});
