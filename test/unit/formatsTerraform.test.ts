/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Terraform through the language service: the features a JSON policy has, on the policies of a .tf file
// (the reader's own tests are in terraformReader.test.ts).

import * as assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { getLanguageService, TextDocument, type TextDocumentEdit } from '../../server/src/languageService';
import { nodeWasmLoader } from '../../server/src/node/nodeWasmLoader';

const service = getLanguageService({ loadWasm: nodeWasmLoader() });
const uri = 'file:///infra/support/main.tf';

function open(content: string) {
	const offset = content.indexOf('|');
	const text = offset < 0 ? content : content.slice(0, offset) + content.slice(offset + 1);
	const document = TextDocument.create(uri, 'terraform', 1, text);
	return { document, parsed: service.parsePolicyDocument(document), position: document.positionAt(Math.max(offset, 0)) };
}

const configuration = `resource "aws_iam_role" "support" {
  name = "support"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_role_policy" "cases" {
  role = aws_iam_role.support.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["support:CreateCase"]
      Resource = "arn:aws:support::\${data.aws_caller_identity.current.account_id}:case/*"
    }]
  })
}

data "aws_iam_policy_document" "advisor" {
  statement {
    sid       = "Checks"
    actions   = ["trustedadvisor:DescribeChecks", "trustedadvisor:DescribeCheckz"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "from_file" {
  policy = file("\${path.module}/policies/support.json")
}
`;

before(async () => {
	await service.prepareFormat(TextDocument.create(uri, 'terraform', 1, ''));
});

describe('Terraform', () => {
	test('each policy has its kind and its resource address', () => {
		const { parsed } = open(configuration);
		assert.deepEqual(
			parsed.policies.map((policy) => [policy.name, policy.kind.kind]),
			[
				['aws_iam_role.support', 'trust'],
				['aws_iam_role_policy.cases', 'identity'],
				['data.aws_iam_policy_document.advisor', 'identity'],
			],
		);
	});

	test('findings in jsonencode() and in aws_iam_policy_document, at their place in the .tf text', () => {
		const { document, parsed } = open(configuration);
		const found = service
			.doValidation(document, parsed)
			.map((diagnostic) => `${diagnostic.range.start.line + 1} ${String(diagnostic.code)} ${document.getText(diagnostic.range)}`);
		assert.deepEqual(found, [
			// The account is Terraform's to fill in; the ARN around it is still an ARN on an action that takes none.
			'16 resource-never-matches "arn:aws:support::${data.aws_caller_identity.current.account_id}:case/*"',
			'24 unknown-action "trustedadvisor:DescribeCheckz"',
		]);
	});

	test('the ARN fix writes a Terraform string', () => {
		const { document, parsed } = open(configuration);
		const diagnostic = service.doValidation(document, parsed).find((candidate) => candidate.code === 'resource-never-matches')!;
		const action = service
			.doCodeActions(document, diagnostic.range, { diagnostics: [diagnostic] }, parsed)
			.find((candidate) => candidate.title === 'Change to "*"')!;
		const change = action.edit!.documentChanges![0] as TextDocumentEdit;
		const after = TextDocument.applyEdits(document, change.edits);
		assert.match(after, /^ {6}Resource = "\*"$/m);
	});

	test('completion and hover in an aws_iam_policy_document', () => {
		const { document, parsed, position } = open(
			configuration.replace('"trustedadvisor:DescribeCheckz"', '"trustedadvisor:DescribeCheck|"'),
		);
		const items = service.doComplete(document, position, parsed)?.items ?? [];
		const item = items.find((candidate) => candidate.label === 'trustedadvisor:DescribeCheckItems');
		assert.ok(item, `${items.length} items`);
		assert.equal((item.textEdit as { newText: string }).newText, '"trustedadvisor:DescribeCheckItems"');
		const hover = service.doHover(document, document.positionAt(document.getText().indexOf('DescribeChecks"')), parsed);
		assert.match(JSON.stringify(hover), /trustedadvisor:DescribeChecks/);
	});

	test('a link on file() opens the policy file, relative to the module', () => {
		const { document, parsed } = open(configuration);
		const links = service.doDocumentLinks(document, parsed);
		assert.equal(links.length, 1);
		assert.equal(links[0].target, 'file:///infra/support/policies/support.json');
		assert.equal(document.getText(links[0].range), '${path.module}/policies/support.json');
		// A path Terraform computes from a variable has no link.
		const computed = open(configuration.replace('${path.module}/policies', '${var.folder}'));
		assert.deepEqual(service.doDocumentLinks(computed.document, computed.parsed), []);
	});

	test('a Terraform file without a policy is never parsed', () => {
		const { parsed } = open('variable "region" {\n  type = string\n}\n');
		assert.equal(parsed.root, undefined);
	});
});

describe('Terraform keys as the format writes them', () => {
	function labels(content: string) {
		const { document, parsed, position } = open(content);
		return (service.doComplete(document, position, parsed)?.items ?? []).map(
			(item) => `${item.label} → ${(item.textEdit as { newText: string }).newText}`,
		);
	}

	test('an aws_iam_policy_document statement block: its arguments, even before the block parses', () => {
		const typed = labels('data "aws_iam_policy_document" "a" {\n  statement {\n    actions = ["support:*"]\n    eff|\n  }\n}\n');
		assert.ok(typed.includes('effect → effect = "${1|Allow,Deny|}"'), typed.join('\n'));
		assert.ok(typed.includes('resources → resources = ["${1:*}"]'));
		assert.ok(!typed.some((item) => item.startsWith('actions ')), 'actions is already there');
		// Effect defaults to Allow in the provider: it can still be written.
		const blank = labels('data "aws_iam_policy_document" "a" {\n  statement {\n    actions = ["support:*"]\n    |\n  }\n}\n');
		assert.ok(
			blank.some((item) => item.startsWith('effect ')),
			blank.join('\n'),
		);
	});

	test('a statement object in jsonencode(): IAM names with HCL =', () => {
		const typed = labels(
			'resource "aws_iam_policy" "p" {\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Action = "support:*"\n      Eff|\n    }]\n  })\n}\n',
		);
		assert.ok(typed.includes('Effect → Effect = "${1|Allow,Deny|}"'), typed.join('\n'));
		assert.ok(typed.includes('Resource → Resource = "${1:*}"'));
	});
});
