/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// 1,966 real policies (test/fixtures/real-world/README.md): AWS's managed policies, the examples of
// AWS's IAM guide and AWS's sample SCPs, of every kind. A false error on a valid real policy costs more
// trust than a missed warning, so every file is checked as `iam-support check` checks a file it is given.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { DiagnosticSeverity, TextDocument } from '../../server/src/languageService';
import { service } from './testUtil';

const root = path.resolve(__dirname, '../../../test/fixtures/real-world');
const expected: Record<string, { verdict: string; why: string }> = JSON.parse(
	fs.readFileSync(path.join(root, 'expected-invalid.json'), 'utf8'),
);
const kinds: Record<string, { kind: string; why: string; uncertain?: boolean }> = JSON.parse(
	fs.readFileSync(path.join(root, 'kinds.json'), 'utf8'),
);
const files = ['aws-managed', 'awsdocs-iam', 'scp-examples'].flatMap((folder) =>
	fs
		.readdirSync(path.join(root, folder))
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((name) => `${folder}/${name}`),
);

function parse(file: string) {
	const document = TextDocument.create(`file:///corpus/${file}`, 'json', 1, fs.readFileSync(path.join(root, file), 'utf8'));
	return { document, policyDocument: service.parsePolicyDocument(document) };
}

function errorsOf(file: string): string[] {
	const { document, policyDocument } = parse(file);
	return service
		.doValidation(document, policyDocument, { validateAsPolicy: true })
		.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error)
		.map((diagnostic) => `${diagnostic.code}@${diagnostic.range.start.line + 1}: ${diagnostic.message}`);
}

test('the corpus is all there', () => {
	assert.equal(files.length, 1966);
	assert.deepEqual(
		Object.keys(expected).filter((file) => !files.includes(file)),
		[],
	);
});

test('no error-severity finding on a policy that AWS accepts', () => {
	const falseErrors = files
		.filter((file) => expected[file]?.verdict !== 'invalid')
		.flatMap((file) => errorsOf(file).map((error) => `${file} ${error}`));
	assert.deepEqual(falseErrors, []);
});

test('at least one error on each policy that AWS rejects', () => {
	const missed = Object.entries(expected)
		.filter(([, entry]) => entry.verdict === 'invalid')
		.filter(([file]) => errorsOf(file).length === 0)
		.map(([file, entry]) => `${file}: ${entry.why}`);
	assert.deepEqual(missed, []);
});

test("each policy's kind, as inferred from its content, is the one its source gives, as far as content can tell", () => {
	// Boundaries, session policies and SCPs share the identity grammar: content reads them as identity policies.
	const contentKind: Record<string, string> = {
		identity: 'identity',
		boundary: 'identity',
		session: 'identity',
		scp: 'identity',
		trust: 'trust',
		'resource-based': 'resource',
	};
	const wrong: string[] = [];
	const counted = new Map<string, number>();
	for (const file of files) {
		const label = kinds[file];
		const { policyDocument } = parse(file);
		if (!label || policyDocument.syntaxErrors.length > 0 || policyDocument.policies.length !== 1) {
			continue;
		}
		const inferred = policyDocument.policies[0].kind.kind;
		counted.set(label.kind, (counted.get(label.kind) ?? 0) + 1);
		if (inferred !== contentKind[label.kind]) {
			wrong.push(`${file}: inferred ${inferred}, labelled ${label.kind} (${label.why})`);
		}
	}
	assert.deepEqual(wrong, []);
	// The check above passes on nothing if the labels stop matching the files: each kind must have been seen.
	assert.ok(
		(counted.get('trust') ?? 0) >= 30 && (counted.get('resource-based') ?? 0) >= 20 && (counted.get('scp') ?? 0) >= 50,
		JSON.stringify([...counted]),
	);
});
