/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Every real policy of the corpus (test/fixtures/real-world) again, written into a CloudFormation YAML
// template and into a Terraform jsonencode(), as people embed them: each must get the findings its JSON
// file gets, no more and no fewer. The formats' readers are judged by the rules' own answers on 1,966
// policies nobody here wrote.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { stringify } from 'yaml';
import { getLanguageService, TextDocument, type LanguageSettings, type PolicyKind } from '../../server/src/languageService';
import { nodeWasmLoader } from '../../server/src/node/nodeWasmLoader';

const service = getLanguageService({ loadWasm: nodeWasmLoader() });
const root = path.resolve(__dirname, '../../../test/fixtures/real-world');
const expected: Record<string, { verdict: string }> = JSON.parse(fs.readFileSync(path.join(root, 'expected-invalid.json'), 'utf8'));
const kinds: Record<string, { kind: PolicyKind }> = JSON.parse(fs.readFileSync(path.join(root, 'kinds.json'), 'utf8'));
const files = ['aws-managed', 'awsdocs-iam', 'scp-examples']
	.flatMap((folder) =>
		fs
			.readdirSync(path.join(root, folder))
			.filter((name) => name.endsWith('.json'))
			.sort()
			.map((name) => `${folder}/${name}`),
	)
	.filter((file) => expected[file]?.verdict !== 'invalid');

/** Rules about the text of a JSON file, or its size counted in its own characters: not the policy's meaning. */
const textRules = new Set(['json-syntax', 'trailing-comma', 'json-comment', 'policy-too-large', 'template-syntax']);

function findings(uri: string, languageId: string, text: string, settings: LanguageSettings): string[] {
	const document = TextDocument.create(uri, languageId, 1, text);
	const parsed = service.parsePolicyDocument(document, settings);
	return service
		.doValidation(document, parsed, settings)
		.filter((diagnostic) => !textRules.has(String(diagnostic.code)))
		.map((diagnostic) => `${String(diagnostic.code)} ${diagnostic.severity}: ${diagnostic.message}`)
		.sort();
}

function policyOf(file: string): unknown {
	return JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
}

function yamlTemplate(policy: unknown): string {
	return stringify({ Resources: { Policy: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: policy } } } });
}

/** HCL's object syntax for a JSON value; `${` and `%{` in strings are escaped, as Terraform requires. */
function hcl(value: unknown, indent = ''): string {
	if (typeof value === 'string') {
		return JSON.stringify(value)
			.replace(/\$\{/g, () => '$${')
			.replace(/%\{/g, () => '%%{');
	}
	if (Array.isArray(value)) {
		return `[${value.map((item) => hcl(item, indent)).join(', ')}]`;
	}
	if (value && typeof value === 'object') {
		const inner = `${indent}  `;
		const entries = Object.entries(value).map(([key, item]) => `${inner}${JSON.stringify(key)} = ${hcl(item, inner)}`);
		return `{\n${entries.join('\n')}\n${indent}}`;
	}
	return JSON.stringify(value);
}

function terraform(policy: unknown): string {
	return `resource "aws_iam_policy" "corpus" {\n  name   = "corpus"\n  policy = jsonencode(${hcl(policy, '  ')})\n}\n`;
}

before(async () => {
	await service.prepareFormat(TextDocument.create('file:///corpus/main.tf', 'terraform', 1, ''));
});

test('the corpus in CloudFormation YAML: the same findings as each JSON file', () => {
	const differences: string[] = [];
	for (const file of files) {
		const settings: LanguageSettings = { policyKind: kinds[file]?.kind ?? 'identity', validateAsPolicy: true };
		const json = findings(`file:///corpus/${file}`, 'json', fs.readFileSync(path.join(root, file), 'utf8'), settings);
		const yaml = findings(`file:///corpus/${file}.yaml`, 'yaml', yamlTemplate(policyOf(file)), settings);
		if (JSON.stringify(json) !== JSON.stringify(yaml)) {
			differences.push(`${file}\n  JSON: ${json.join('\n        ')}\n  YAML: ${yaml.join('\n        ')}`);
		}
	}
	assert.equal(files.length > 1900, true);
	assert.deepEqual(differences.slice(0, 5), []);
});

test('the corpus in Terraform jsonencode(): the same findings as each JSON file', () => {
	const differences: string[] = [];
	for (const file of files) {
		const settings: LanguageSettings = { policyKind: kinds[file]?.kind ?? 'identity', validateAsPolicy: true };
		const json = findings(`file:///corpus/${file}`, 'json', fs.readFileSync(path.join(root, file), 'utf8'), settings);
		const tf = findings(`file:///corpus/${file}.tf`, 'terraform', terraform(policyOf(file)), settings);
		if (JSON.stringify(json) !== JSON.stringify(tf)) {
			differences.push(`${file}\n  JSON: ${json.join('\n        ')}\n  TF:   ${tf.join('\n        ')}`);
		}
	}
	assert.deepEqual(differences.slice(0, 5), []);
});
