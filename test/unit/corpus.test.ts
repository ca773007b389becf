/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Every finding on AWS's own managed policies, checked in: AWS's policies are valid, so each line of the
// snapshot is one a reviewer has agreed with, and any new line is a false alarm until shown otherwise.
// Regenerate with UPDATE_SNAPSHOT=1 after reviewing the difference.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { DiagnosticSeverity, TextDocument } from '../../server/src/languageService';
import { service } from './testUtil';

const root = path.resolve(__dirname, '../../../test/fixtures');
const corpus = path.join(root, 'aws-managed');
const snapshotFile = path.join(root, 'corpus-diagnostics.snapshot.txt');
const severityNames = {
	[DiagnosticSeverity.Error]: 'error',
	[DiagnosticSeverity.Warning]: 'warning',
	[DiagnosticSeverity.Information]: 'information',
	[DiagnosticSeverity.Hint]: 'hint',
} as const;

function findings(): string {
	const lines: string[] = [];
	for (const file of fs
		.readdirSync(corpus)
		.filter((name) => name.endsWith('.json'))
		.sort()) {
		const document = TextDocument.create(`file:///corpus/${file}`, 'json', 1, fs.readFileSync(path.join(corpus, file), 'utf8'));
		const hints = new Map<string, number>();
		for (const diagnostic of service.doValidation(document, service.parsePolicyDocument(document))) {
			const { line, character } = diagnostic.range.start;
			if (diagnostic.severity === DiagnosticSeverity.Hint) {
				hints.set(String(diagnostic.code), (hints.get(String(diagnostic.code)) ?? 0) + 1);
			} else {
				lines.push(
					`${file}:${line + 1}:${character + 1} ${severityNames[diagnostic.severity!]} ${diagnostic.code} ${diagnostic.message}`,
				);
			}
		}
		// Hints (AWS writes many actions in lower case) are counted, not listed: thousands of lines would hide the rest.
		for (const [code, count] of hints) {
			lines.push(`${file} hint ${code} x${count}`);
		}
	}
	return lines.join('\n') + '\n';
}

test('the findings on the AWS managed policies are the reviewed ones', () => {
	const actual = findings();
	if (process.env.UPDATE_SNAPSHOT) {
		fs.writeFileSync(snapshotFile, actual);
	}
	assert.equal(actual, fs.readFileSync(snapshotFile, 'utf8'));
});

test('no AWS managed policy gets an error', () => {
	const errors = findings()
		.split('\n')
		.filter((line) => / error /.test(line));
	assert.deepEqual(errors, []);
});
