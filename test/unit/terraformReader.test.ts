/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The Terraform reader (server/src/languageService/parser/terraform): the tree it makes of a .tf text
// is Terraform JSON's shape, with every node on the HCL it came from, so that the policy model reads it
// as it reads JSON.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { findNodeAtLocation, getNodePath, getNodeValue, parseTree, type JSONPath, type Node as JsonNode } from 'jsonc-parser';
import { TextDocument } from '../../server/src/languageService';
import { embeddedKind } from '../../server/src/languageService/parser/policyKinds';
import type { SourceReader, SourceTree } from '../../server/src/languageService/parser/sourceTree';
import { loadTerraformReader, terraformWasmFiles } from '../../server/src/languageService/parser/terraform';
import { nodeWasmLoader } from '../../server/src/node/nodeWasmLoader';
import { service } from './testUtil';

const root = path.resolve(__dirname, '../../..');
const fixture = path.join(root, 'test/fixtures/terraform/support-access.tf');

let read: SourceReader;
before(async () => {
	read = await loadTerraformReader(nodeWasmLoader());
});

/** The tree of a text, checked to be well formed (see wellFormed). */
function tree(text: string): SourceTree {
	const result = read(text);
	if (result.root) {
		wellFormed(text, result.root);
	}
	return result;
}

function at(text: string, path: JSONPath): JsonNode {
	const root = tree(text).root;
	assert.ok(root, 'the text has a tree');
	const node = findNodeAtLocation(root, path);
	assert.ok(node, `no node at ${path.join('.')}`);
	return node;
}

/** A node's value as plain JSON (getNodeValue makes objects without a prototype, which deepEqual tells apart). */
function valueOf(node: JsonNode): unknown {
	return JSON.parse(JSON.stringify(getNodeValue(node)));
}

function valueAt(text: string, path: JSONPath): unknown {
	return valueOf(at(text, path));
}

/** The .tf text a node covers. */
function source(text: string, node: JsonNode | undefined): string {
	assert.ok(node);
	return text.slice(node.offset, node.offset + node.length);
}

/** The key node of the property at `path`. */
function keyAt(text: string, path: JSONPath): JsonNode {
	return at(text, path).parent!.children![0];
}

/**
 * What jsonc-parser's helpers and the policy model take for granted: parent links, a property's key
 * and value inside it, children of an array or object in document order and inside it (but for the
 * merged blocks of one type, which span from the first to the last), and every path found again.
 */
function wellFormed(text: string, rootNode: JsonNode): void {
	const stack: JsonNode[] = [rootNode];
	while (stack.length) {
		const node = stack.pop()!;
		assert.ok(node.offset >= 0 && node.offset + node.length <= text.length, `${node.type} at ${node.offset} is outside the text`);
		let previous = -1;
		for (const child of node.children ?? []) {
			assert.equal(child.parent, node, 'a child links back to its parent');
			assert.ok(
				child.offset >= node.offset && child.offset + child.length <= node.offset + node.length,
				'a child is inside its parent',
			);
			if (node.type !== 'property') {
				assert.ok(child.offset >= previous, 'children are in document order');
				previous = child.offset;
			}
			stack.push(child);
		}
		if (node.type === 'property') {
			assert.equal(node.children?.length, 2);
			assert.equal(node.children[0].type, 'string');
		} else if (node.parent?.type !== 'property' || node.parent.children![1] === node) {
			assert.equal(findNodeAtLocation(rootNode, getNodePath(node)), node, `the path ${getNodePath(node).join('.')} finds the node`);
		}
	}
}

describe('the Terraform reader: blocks and attributes as Terraform JSON', () => {
	test('resources nest under their type and name, and blocks of one type merge as in Terraform JSON', () => {
		const text = [
			'resource "aws_iam_role" "a" {',
			'  name = "a"',
			'}',
			'data "aws_caller_identity" "current" {}',
			'resource "aws_iam_role" "b" {',
			'  name = "b"',
			'  inline_policy {',
			'    name = "one"',
			'  }',
			'  inline_policy {',
			'    name = "two"',
			'  }',
			'}',
		].join('\n');
		assert.deepEqual(valueOf(tree(text).root!), {
			resource: { aws_iam_role: { a: { name: 'a' }, b: { name: 'b', inline_policy: [{ name: 'one' }, { name: 'two' }] } } },
			data: { aws_caller_identity: { current: {} } },
		});
		assert.equal(source(text, keyAt(text, ['resource'])), 'resource');
		assert.equal(source(text, keyAt(text, ['resource', 'aws_iam_role'])), '"aws_iam_role"');
		assert.equal(source(text, keyAt(text, ['resource', 'aws_iam_role', 'b'])), '"b"');
		assert.equal(source(text, keyAt(text, ['resource', 'aws_iam_role', 'b', 'name'])), 'name');
		assert.equal(source(text, at(text, ['resource', 'aws_iam_role', 'b', 'name'])), '"b"');
		assert.equal(source(text, at(text, ['resource', 'aws_iam_role', 'a'])), '{\n  name = "a"\n}');
		const name = at(text, ['resource', 'aws_iam_role', 'a', 'name']).parent!;
		assert.equal(text[name.colonOffset!], '=');
	});

	test('literals keep their JSON types', () => {
		const text = 'locals {\n  n = 1.5\n  t = true\n  z = null\n  s = "a\\"b\\u00e9\\n"\n  e = "$${aws:username}"\n  l = [1, "x"]\n}\n';
		assert.deepEqual(valueAt(text, ['locals']), { n: 1.5, t: true, z: null, s: 'a"bé\n', e: '${aws:username}', l: [1, 'x'] });
		assert.equal(source(text, at(text, ['locals', 's'])), '"a\\"b\\u00e9\\n"');
	});

	test('a file without an attribute or block has no tree', () => {
		assert.equal(tree('').root, undefined);
		assert.equal(tree('# only a comment\n').root, undefined);
	});
});

describe('the Terraform reader: jsonencode', () => {
	const text = [
		'resource "aws_iam_policy" "p" {',
		'  policy = jsonencode({',
		'    Version = "2012-10-17",',
		'    "Statement" : [{ Effect = "Allow", Action = ["support:*"], Resource = "*" }]',
		'  })',
		'}',
	].join('\n');
	const policy = ['resource', 'aws_iam_policy', 'p', 'policy'];

	test('the object literal is the JSON object, with bare or quoted keys and = or : between', () => {
		assert.deepEqual(valueAt(text, policy), {
			Version: '2012-10-17',
			Statement: [{ Effect: 'Allow', Action: ['support:*'], Resource: '*' }],
		});
	});

	test('each node covers its HCL: the object literal, keys as written, values as written', () => {
		assert.match(source(text, at(text, policy)), /^\{\n {4}Version[^]*\}\]\n {2}\}$/);
		assert.equal(source(text, keyAt(text, [...policy, 'Version'])), 'Version');
		assert.equal(source(text, keyAt(text, [...policy, 'Statement'])), '"Statement"');
		assert.equal(source(text, at(text, [...policy, 'Statement', 0, 'Action', 0])), '"support:*"');
		assert.equal(text[at(text, [...policy, 'Version']).parent!.colonOffset!], '=');
		assert.equal(text[at(text, [...policy, 'Statement']).parent!.colonOffset!], ':');
	});

	test('jsonencode of something other than a literal is unknown', () => {
		assert.deepEqual(valueAt('x = jsonencode(local.policy)\n', ['x']), { Ref: 'jsonencode(local.policy)' });
	});
});

describe('the Terraform reader: JSON in heredocs and strings', () => {
	test('a heredoc is read as JSON, its nodes on the .tf text', () => {
		const text = [
			'resource "aws_iam_policy" "p" {',
			'  policy = <<EOF',
			'{',
			'  "Version": "2012-10-17",',
			'  "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::${var.bucket}/*"}]',
			'}',
			'EOF',
			'}',
		].join('\n');
		const policy = ['resource', 'aws_iam_policy', 'p', 'policy'];
		assert.deepEqual(valueAt(text, [...policy, 'Statement', 0]), {
			Effect: 'Allow',
			Action: 's3:GetObject',
			Resource: 'arn:aws:s3:::${var.bucket}/*',
		});
		assert.equal(source(text, at(text, [...policy, 'Statement', 0, 'Action'])), '"s3:GetObject"');
		assert.equal(source(text, keyAt(text, [...policy, 'Statement', 0, 'Action'])), '"Action"');
		assert.equal(source(text, at(text, [...policy, 'Statement', 0, 'Resource'])), '"arn:aws:s3:::${var.bucket}/*"');
		assert.match(source(text, at(text, policy)), /^\{\n {2}"Version"[^]*\]\n\}$/);
	});

	test('an indented heredoc (<<-) too, and a ${…} that stands for a value is unknown', () => {
		const text = [
			'resource "aws_iam_policy" "p" {',
			'  policy = <<-EOT',
			'    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ${jsonencode(var.actions)}, "Resource": "*"}]}',
			'  EOT',
			'}',
		].join('\n');
		const action = ['resource', 'aws_iam_policy', 'p', 'policy', 'Statement', 0, 'Action'];
		assert.deepEqual(valueAt(text, action), { Ref: 'jsonencode(var.actions)' });
		assert.equal(source(text, at(text, action)), '${jsonencode(var.actions)}');
		assert.deepEqual(tree(text).syntaxErrors, []);
	});

	test('a quoted string of JSON: nodes cover the escaped text', () => {
		const text =
			'resource "aws_sqs_queue_policy" "q" {\n  policy = "{\\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Action\\": \\"sqs:\\u0053endMessage\\"}]}"\n}\n';
		const action = ['resource', 'aws_sqs_queue_policy', 'q', 'policy', 'Statement', 0, 'Action'];
		assert.equal(valueAt(text, action), 'sqs:SendMessage');
		assert.equal(source(text, at(text, action)), '\\"sqs:\\u0053endMessage\\"');
		assert.equal(source(text, keyAt(text, action)), '\\"Action\\"');
	});

	test("a policy argument's JSON errors are reported where they are in the .tf text", () => {
		const text = 'resource "aws_iam_policy" "p" {\n  policy = <<EOF\n{"Statement": [{"Effect": "Allow" "Action": "s3:*"}]}\nEOF\n}\n';
		const { syntaxErrors } = tree(text);
		assert.equal(syntaxErrors.length, 1);
		assert.equal(text.slice(syntaxErrors[0].offset, syntaxErrors[0].offset + syntaxErrors[0].length), '"Action"');
		assert.equal(syntaxErrors[0].message, 'Comma expected in the JSON');
	});

	test('other arguments are JSON only when they parse; text that is not JSON stays a string', () => {
		const text = 'locals {\n  a = "{not json"\n  b = <<EOF\nplain text\nEOF\n  policy = "arn:aws:iam::aws:policy/ReadOnlyAccess"\n}\n';
		assert.deepEqual(valueAt(text, ['locals']), {
			a: '{not json',
			b: 'plain text\n',
			policy: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
		});
		assert.deepEqual(tree(text).syntaxErrors, []);
	});

	test('a heredoc with %{…} directives may make any JSON: unknown', () => {
		const text = 'x = {\n}\npolicy = <<EOF\n{"Statement": [%{ for a in var.actions }"${a}",%{ endfor }]}\nEOF\n';
		assert.deepEqual(Object.keys(valueAt(text, ['policy']) as object), ['Ref']);
	});
});

describe('the Terraform reader: aws_iam_policy_document', () => {
	const text = fs.readFileSync(fixture, 'utf8');
	const document = ['data', 'aws_iam_policy_document', 'attachments'];

	test('is the policy the provider renders, each block and argument its element', () => {
		assert.deepEqual(valueAt(text, document), {
			Version: '2012-10-17',
			Statement: [
				{
					Effect: 'Allow',
					Sid: 'ReadAttachments',
					Action: ['s3:GetObject', 's3:ListBucket'],
					Resource: ['arn:aws:s3:::${var.attachment_bucket}', 'arn:aws:s3:::${var.attachment_bucket}/${aws:username}/*'],
					Principal: { AWS: [{ Ref: 'aws_iam_role.support_operator.arn' }] },
					Condition: { StringEquals: { 'aws:PrincipalOrgID': ['o-exampleorgid'] }, Bool: { 'aws:SecureTransport': ['true'] } },
				},
				{
					Sid: 'DenyInsecureTransport',
					Effect: 'Deny',
					Action: ['s3:*'],
					Resource: ['arn:aws:s3:::${var.attachment_bucket}/*'],
					Principal: '*',
					Condition: { Bool: { 'aws:SecureTransport': ['false'] } },
				},
			],
		});
	});

	test('keys are on the HCL names, values on the HCL values, statements on their blocks', () => {
		assert.equal(source(text, keyAt(text, [...document, 'Statement', 0, 'Action'])), 'actions');
		assert.equal(source(text, at(text, [...document, 'Statement', 0, 'Action'])), '["s3:GetObject", "s3:ListBucket"]');
		assert.equal(source(text, keyAt(text, [...document, 'Statement', 0, 'Principal'])), 'principals');
		assert.equal(source(text, keyAt(text, [...document, 'Statement', 0, 'Principal', 'AWS'])), '"AWS"');
		assert.equal(source(text, keyAt(text, [...document, 'Statement', 0, 'Condition', 'Bool'])), '"Bool"');
		assert.equal(
			source(text, keyAt(text, [...document, 'Statement', 0, 'Condition', 'Bool', 'aws:SecureTransport'])),
			'"aws:SecureTransport"',
		);
		assert.match(
			source(text, at(text, [...document, 'Statement', 1])),
			/^statement \{\n {4}sid {7}= "DenyInsecureTransport"[^]*\n {2}\}$/,
		);
		assert.equal(source(text, at(text, [...document, 'Statement', 1, 'Principal'])), '"*"');
	});

	test('a left-out effect is Allow and a left-out version 2012-10-17, as zero-length nodes where the block starts', () => {
		const effect = at(text, [...document, 'Statement', 0, 'Effect']);
		assert.equal(effect.length, 0);
		assert.equal(effect.offset, at(text, [...document, 'Statement', 0]).offset);
		assert.equal(effect.parent!.children![0].length, 0);
		const version = at(text, [...document, 'Version']);
		assert.equal(version.length, 0);
		assert.equal(version.offset, at(text, document).offset);
		const written = 'data "aws_iam_policy_document" "d" {\n  version = "2008-10-17"\n  statement {\n    effect = "Deny"\n  }\n}\n';
		assert.equal(source(written, at(written, ['data', 'aws_iam_policy_document', 'd', 'Version'])), '"2008-10-17"');
		assert.equal(source(written, at(written, ['data', 'aws_iam_policy_document', 'd', 'Statement', 0, 'Effect'])), '"Deny"');
	});

	test('principals and conditions of the same type, test and variable are joined, as the provider joins them', () => {
		const joined = [
			'data "aws_iam_policy_document" "d" {',
			'  policy_id = "joined"',
			'  statement {',
			'    actions = ["sts:AssumeRole"]',
			'    principals {',
			'      type        = "Service"',
			'      identifiers = ["ec2.amazonaws.com"]',
			'    }',
			'    principals {',
			'      identifiers = ["lambda.amazonaws.com"]',
			'      type        = "Service"',
			'    }',
			'    not_principals {',
			'      type        = "AWS"',
			'      identifiers = ["arn:aws:iam::123456789012:root"]',
			'    }',
			'    condition {',
			'      test     = "StringEquals"',
			'      variable = "aws:SourceAccount"',
			'      values   = ["123456789012"]',
			'    }',
			'    condition {',
			'      test     = "StringEquals"',
			'      variable = "aws:SourceAccount"',
			'      values   = ["210987654321"]',
			'    }',
			'  }',
			'}',
		].join('\n');
		assert.deepEqual(valueAt(joined, ['data', 'aws_iam_policy_document', 'd']), {
			Id: 'joined',
			Version: '2012-10-17',
			Statement: [
				{
					Effect: 'Allow',
					Action: ['sts:AssumeRole'],
					Principal: { Service: ['ec2.amazonaws.com', 'lambda.amazonaws.com'] },
					NotPrincipal: { AWS: ['arn:aws:iam::123456789012:root'] },
					Condition: { StringEquals: { 'aws:SourceAccount': ['123456789012', '210987654321'] } },
				},
			],
		});
		const services = at(joined, ['data', 'aws_iam_policy_document', 'd', 'Statement', 0, 'Principal', 'Service']);
		assert.equal(source(joined, services.children![1]), '"lambda.amazonaws.com"');
	});

	test('a dynamic "statement" is read from its content; a computed test is left out; other arguments too', () => {
		const dynamic = [
			'data "aws_iam_policy_document" "d" {',
			'  source_policy_documents = [data.aws_iam_policy_document.base.json]',
			'  dynamic "statement" {',
			'    for_each = var.statements',
			'    content {',
			'      actions   = statement.value.actions',
			'      resources = ["*"]',
			'      condition {',
			'        test     = var.test',
			'        variable = "aws:SourceIp"',
			'        values   = ["10.0.0.0/8"]',
			'      }',
			'    }',
			'  }',
			'}',
		].join('\n');
		assert.deepEqual(valueAt(dynamic, ['data', 'aws_iam_policy_document', 'd']), {
			Version: '2012-10-17',
			Statement: [{ Effect: 'Allow', Action: { Ref: 'statement.value.actions' }, Resource: ['*'] }],
		});
	});

	test('a type Terraform computes makes the principal unknown', () => {
		const computed =
			'data "aws_iam_policy_document" "d" {\n  statement {\n    principals {\n      type = var.type\n      identifiers = ["*"]\n    }\n  }\n}\n';
		assert.deepEqual(valueAt(computed, ['data', 'aws_iam_policy_document', 'd', 'Statement', 0, 'Principal']), { Ref: 'var.type' });
	});
});

describe('the Terraform reader: values only Terraform knows', () => {
	const cases: [string, unknown, string][] = [
		['var.actions', { Ref: 'var.actions' }, 'var.actions'],
		['data.aws_iam_policy_document.x.json', { Ref: 'data.aws_iam_policy_document.x.json' }, 'data.aws_iam_policy_document.x.json'],
		['aws_s3_bucket.b.arn', { Ref: 'aws_s3_bucket.b.arn' }, 'aws_s3_bucket.b.arn'],
		['local.list[0]', { Ref: 'local.list[0]' }, 'local.list[0]'],
		['concat(var.a, ["s3:*"])', { Ref: 'concat(var.a, ["s3:*"])' }, 'concat(var.a, ["s3:*"])'],
		['var.admin ? "*" : "s3:*"', { Ref: 'var.admin ? "*" : "s3:*"' }, 'var.admin ? "*" : "s3:*"'],
		['[for a in var.actions : "s3:${a}"]', { Ref: '[for a in var.actions : "s3:${a}"]' }, '[for a in var.actions : "s3:${a}"]'],
		['"arn:aws:s3:::${var.bucket}/*"', 'arn:aws:s3:::${var.bucket}/*', '"arn:aws:s3:::${var.bucket}/*"'],
		['"${var.bucket}"', '${var.bucket}', '"${var.bucket}"'],
	];
	for (const [expression, expected, covered] of cases) {
		test(`${expression} is ${typeof expected === 'string' ? 'a template' : 'unknown'}`, () => {
			const text = `x = jsonencode({ Action = ${expression} })\n`;
			assert.deepEqual(valueAt(text, ['x', 'Action']), expected);
			assert.equal(source(text, at(text, ['x', 'Action'])), covered);
		});
	}

	test("an unknown value's key takes no room, so that the cursor finds the expression", () => {
		const text = 'x = var.actions\n';
		const unknown = at(text, ['x']);
		assert.equal(unknown.children![0].children![0].length, 0);
		assert.equal(source(text, unknown.children![0].children![1]), 'var.actions');
	});

	test('a computed object key is written as a template', () => {
		assert.deepEqual(valueAt('x = { (var.key) = 1 }\n', ['x']), { '${(var.key)}': 1 });
	});
});

describe('the Terraform reader: file references', () => {
	test('file() and templatefile() with a written path, wherever they are', () => {
		const text = [
			'resource "aws_iam_policy" "a" {',
			'  policy = file("policies/a.json")',
			'}',
			'resource "aws_iam_policy" "b" {',
			'  policy = templatefile("${path.module}/b.json.tpl", { bucket = var.bucket })',
			'}',
			'locals {',
			'  c = replace(file("c.json"), "x", "y")',
			'  d = file(var.path)',
			'  e = filebase64("e.bin")',
			'}',
		].join('\n');
		const { fileReferences, root } = tree(text);
		assert.deepEqual(
			fileReferences.map(({ path, call, offset, length }) => ({ path, call, source: text.slice(offset, offset + length) })),
			[
				{ path: 'policies/a.json', call: 'file', source: '"policies/a.json"' },
				{ path: '${path.module}/b.json.tpl', call: 'templatefile', source: '"${path.module}/b.json.tpl"' },
				{ path: 'c.json', call: 'file', source: '"c.json"' },
			],
		);
		assert.deepEqual(valueOf(findNodeAtLocation(root!, ['resource', 'aws_iam_policy', 'a', 'policy'])!), {
			Ref: 'file("policies/a.json")',
		});
	});
});

describe('the Terraform reader: syntax errors and hostile text', () => {
	test('a missing brace and unexpected text are reported where they are, and the rest is still read', () => {
		const text = 'resource "aws_iam_role" "r" {\n  name = "r"\n  tags = {\n';
		const { syntaxErrors, root } = tree(text);
		assert.ok(syntaxErrors.length > 0);
		assert.ok(
			syntaxErrors.every((error) => error.offset >= 0 && error.offset + error.length <= text.length && error.message.length > 0),
			JSON.stringify(syntaxErrors),
		);
		assert.ok(root, 'what could be read is read');
		const stray = 'locals {\n  a = 1\n}\n}}} @@\n';
		const strayErrors = tree(stray).syntaxErrors;
		assert.ok(strayErrors.length > 0);
		assert.ok(
			strayErrors.some((error) => stray.slice(error.offset, error.offset + error.length).includes('}}}')),
			JSON.stringify(strayErrors),
		);
		assert.match(strayErrors[0].message, /^Unexpected "/);
	});

	test('a missing token is named, where it should be', () => {
		const bracket = 'locals {\n  a = [1, 2\n}\n';
		assert.deepEqual(tree(bracket).syntaxErrors, [{ offset: bracket.indexOf('}'), length: 0, message: 'Missing "]"' }]);
		assert.deepEqual(
			tree('x = <<EOF\nabc\n').syntaxErrors.map((error) => error.message),
			["Missing the heredoc's closing marker"],
		);
		const value = 'locals {\n  a = {b = 1 c = }\n}\n';
		assert.deepEqual(
			tree(value).syntaxErrors.map((error) => [error.message, value.slice(error.offset, error.offset + error.length)]),
			[['Unexpected "c =" in Terraform syntax', 'c =']],
		);
	});

	test('a valid file has no syntax error', () => {
		assert.deepEqual(tree(fs.readFileSync(fixture, 'utf8')).syntaxErrors, []);
	});

	test('never throws: binary, JSON, deep nesting, an unclosed heredoc', () => {
		const inputs = [
			'\u0000\uffff\ud800 {{{{ """ <<EOF',
			'{"Version": "2012-10-17", "Statement": []}',
			`x = ${'['.repeat(3000)}${']'.repeat(3000)}\n`,
			`x = jsonencode(${'{a = '.repeat(2000)}1${'}'.repeat(2000)})\n`,
			'policy = <<EOF\n{"Statement": [\n',
			`policy = <<EOF\n${'['.repeat(20000)}\nEOF\n`,
		];
		for (const input of inputs) {
			const result = read(input);
			assert.ok(Array.isArray(result.syntaxErrors) && Array.isArray(result.fileReferences));
		}
	});

	test('blocks nested thousands deep are read down to a depth, not into a stack overflow', () => {
		const text = `${'a {\n'.repeat(5000)}${'}\n'.repeat(5000)}`;
		const result = read(text);
		assert.deepEqual(result.syntaxErrors, []);
		assert.ok(result.root);
	});

	test('a parse that takes longer than the limit is stopped and said so; the next parse is whole', async () => {
		const hurried = await loadTerraformReader(nodeWasmLoader(), { parseTimeLimitMs: 0 });
		const large = 'locals {\n' + '  a = [1, 2, 3, { b = "c" }]\n'.repeat(50000) + '}\n';
		const stopped = hurried(large);
		assert.equal(stopped.root, undefined);
		assert.match(stopped.syntaxErrors[0].message, /took more than 0 ms and was stopped/);
		// tree-sitter resumes a stopped parse unless told not to: this one would be the rest of the last.
		assert.deepEqual(valueOf(hurried('a = 1\n').root!), { a: 1 });
	});
});

describe('the Terraform reader: the policy model finds the policies of a real configuration', () => {
	const text = fs.readFileSync(fixture, 'utf8');
	const expected = [
		{ path: 'resource.aws_iam_role.support_operator.assume_role_policy', kind: 'trust', source: 'template' },
		{ path: 'resource.aws_iam_policy.support_cases.policy', kind: 'identity', source: 'template' },
		{ path: 'resource.aws_s3_bucket_policy.attachments_tls.policy', kind: 'resource', source: 'template' },
		{ path: 'resource.aws_organizations_policy.protect_support.content', kind: 'scp', source: 'template' },
		{ path: 'data.aws_iam_policy_document.attachments', kind: 'resource', source: 'content' },
	];

	/**
	 * The finder is not exported: it reads the JSON text of the tree's values, which has the tree's
	 * shape. The kinds by place are then read from the reader's own nodes.
	 */
	function policiesOf(tf: string) {
		const json = JSON.stringify(getNodeValue(tree(tf).root!), null, 2);
		const document = TextDocument.create('file:///work/main.tf.json', 'json', 1, json);
		const parsed = service.parsePolicyDocument(document);
		return { document, parsed };
	}

	test('each policy, with its kind from where the configuration puts it', () => {
		const { parsed } = policiesOf(text);
		assert.deepEqual(
			parsed.policies.map((policy) => ({ path: policy.path.join('.'), kind: policy.kind.kind, source: policy.kind.source })),
			expected,
		);
	});

	test("the kinds by place read the reader's own nodes", () => {
		const rootNode = tree(text).root!;
		for (const { path: dotted, kind, source: from } of expected) {
			const node = findNodeAtLocation(rootNode, dotted.split('.'));
			assert.ok(node?.type === 'object', dotted);
			assert.deepEqual(getNodePath(node), dotted.split('.'));
			assert.equal(embeddedKind(rootNode, getNodePath(node))?.kind, from === 'template' ? kind : undefined, dotted);
		}
	});

	test('the configuration raises no finding, and a mistake in it does', () => {
		const clean = policiesOf(text);
		assert.deepEqual(
			service.doValidation(clean.document, clean.parsed).map((diagnostic) => `${diagnostic.code}: ${diagnostic.message}`),
			[],
		);
		const broken = policiesOf(
			text.replace('"support:DescribeCases"', '"support:DescribeCase"').replace('effect    = "Deny"', 'effect = "Denied"'),
		);
		assert.deepEqual(
			service
				.doValidation(broken.document, broken.parsed)
				.map((diagnostic) => diagnostic.code)
				.sort(),
			['invalid-effect', 'unknown-action'],
		);
	});

	test('the JSON made of the tree parses back to the same shape', () => {
		const rootNode = tree(text).root!;
		const again = parseTree(JSON.stringify(getNodeValue(rootNode)))!;
		const shape = (node: JsonNode): unknown =>
			node.type === 'property' ? [node.children![0].value, shape(node.children![1])] : [node.type, (node.children ?? []).map(shape)];
		assert.deepEqual(shape(again), shape(rootNode));
	});
});

describe('the Node host', () => {
	test('reads the WebAssembly that scripts/build.mjs puts beside the bundles, and nothing else', async () => {
		const dist = path.join(root, 'dist');
		const fromDist = nodeWasmLoader(dist);
		const fromPackages = nodeWasmLoader(path.join(root, 'no-such-directory'));
		for (const file of Object.values(terraformWasmFiles)) {
			assert.ok(fs.existsSync(path.join(dist, file)), `npm run build copies ${file} into dist/`);
			assert.deepEqual(await fromDist(file), await fromPackages(file));
		}
		await assert.rejects(fromDist('../package.json'), /No such WebAssembly file/);
	});
});
