/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// A short seeded fuzz run (the long one is `npm run fuzz`), and proof that the fuzzer's checks fail when
// a feature misbehaves: a fuzzer that cannot fail proves nothing.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument, type CodeAction, type Diagnostic } from '../../server/src/languageService';
import { checkCompletion, checkHover, features, fuzzCodeActions, type Feature, type FuzzContext } from '../fuzz/features';
import { Random } from '../fuzz/random';
import { formatFailure, runFuzz } from '../fuzz/runner';
import { service } from './testUtil';

describe('fuzzing', () => {
	test('a short seeded run finds no failure', () => {
		// Code actions validate each result twice and are fuzzed on a fixed number of documents below.
		const stats = runFuzz({
			seed: 20260926,
			seconds: 3,
			iterations: 500,
			features: features.filter((feature) => feature.name !== 'code actions'),
		});
		assert.equal(stats.failure, undefined, stats.failure && formatFailure(stats.failure));
		assert.ok(stats.documents >= 50, `only ${stats.documents} documents`);
		assert.ok(
			stats.answered > stats.requests / 10,
			`only ${stats.answered} of ${stats.requests} requests answered: the documents miss the policies`,
		);
	});

	test('a short seeded run of every code action finds no failure', () => {
		const stats = runFuzz({ seed: 20261130, iterations: 12, features: features.filter((feature) => feature.name === 'code actions') });
		assert.equal(stats.failure, undefined, stats.failure && formatFailure(stats.failure));
		assert.equal(stats.documents, 12);
	});

	test('the same seed gives the same documents', () => {
		const seen: string[][] = [[], []];
		for (const run of seen) {
			runFuzz({ seed: 7, iterations: 20, features: [{ name: 'record', run: (c) => run.push(c.document.getText()) }] });
		}
		assert.deepEqual(seen[0], seen[1]);
	});

	test('a feature that throws is reported with its seed and document', () => {
		const failing: Feature = {
			name: 'broken',
			run: (c) =>
				c.request('broken', () => {
					throw new Error('boom');
				}),
		};
		const stats = runFuzz({ seed: 3, iterations: 5, features: [failing] });
		assert.ok(stats.failure);
		assert.equal(stats.failure.feature, 'broken');
		assert.match(formatFailure(stats.failure), /npm run fuzz -- --seed 3 --iterations 1/);
	});

	test('a request slower than the bound fails', () => {
		const slow: Feature = {
			name: 'slow',
			run: (c) =>
				c.request('slow', () => {
					const end = Date.now() + 30;
					while (Date.now() < end) {
						/* busy */
					}
				}),
		};
		assert.match(
			runFuzz({ seed: 1, iterations: 1, requestBoundMs: 10, features: [slow] }).failure?.message ?? '',
			/more than the bound/,
		);
	});

	const document = TextDocument.create('file:///p.json', 'json', 1, '{"Statement": [\n{"Action": "s"}]}');
	const cursor = { line: 1, character: 13 };

	test('completion ranges outside the document, off the cursor line or with overlapping edits fail', () => {
		const item = (range: { start: { line: number; character: number }; end: { line: number; character: number } }) => ({
			items: [{ label: 'x', textEdit: { range, newText: 'x' } }],
			isIncomplete: false,
		});
		assert.throws(
			() => checkCompletion(document, cursor, item({ start: { line: 1, character: 12 }, end: { line: 1, character: 99 } })),
			/outside the document/,
		);
		assert.throws(
			() => checkCompletion(document, cursor, item({ start: { line: 0, character: 0 }, end: { line: 1, character: 13 } })),
			/cursor's line/,
		);
		assert.throws(
			() => checkCompletion(document, cursor, item({ start: { line: 1, character: 0 }, end: { line: 1, character: 5 } })),
			/contain the cursor/,
		);
		const overlapping = {
			items: [
				{
					label: 'x',
					textEdit: { range: { start: cursor, end: cursor }, newText: 'x' },
					additionalTextEdits: [{ range: { start: { line: 1, character: 12 }, end: { line: 1, character: 14 } }, newText: '' }],
				},
			],
			isIncomplete: false,
		};
		assert.throws(() => checkCompletion(document, cursor, overlapping), /overlap/);
		checkCompletion(document, cursor, item({ start: { line: 1, character: 12 }, end: { line: 1, character: 14 } }));
	});

	test('a hover that does not cover the cursor or is empty fails', () => {
		assert.throws(
			() =>
				checkHover(document, cursor, {
					contents: { kind: 'markdown', value: 'x' },
					range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } },
				}),
			/does not contain the cursor/,
		);
		assert.throws(() => checkHover(document, cursor, { contents: '  ' }), /empty/);
	});

	test('a code action that breaks the JSON, or whose diagnostic stays, fails', () => {
		const text = '{"Statement": [{"Effect": "Allow", "Action": "bad", "Resource": "*"}]}';
		const doc = TextDocument.create('file:///p.json', 'json', 1, text);
		const validate = (d: TextDocument): Diagnostic[] => {
			const at = d.getText().indexOf('"bad"');
			return at < 0 ? [] : [{ range: { start: d.positionAt(at), end: d.positionAt(at + 5) }, message: 'bad', code: 'bad' }];
		};
		const fix =
			(newText: string) =>
			(_d: TextDocument, _range: Diagnostic['range'], context: { diagnostics: Diagnostic[] }): CodeAction[] =>
				context.diagnostics.map((d) => ({
					title: 'fix',
					diagnostics: [d],
					edit: { changes: { [doc.uri]: [{ range: d.range, newText }] } },
				}));
		const context = (): FuzzContext => ({
			service,
			document: doc,
			policyDocument: service.parsePolicyDocument(doc),
			random: new Random(1),
			request: (_what, run) => run(),
		});
		assert.throws(() => fuzzCodeActions(context(), validate, fix('"bad')), /not valid JSON/);
		assert.throws(() => fuzzCodeActions(context(), validate, fix('"bad" ')), /does not go away/);
		fuzzCodeActions(context(), validate, fix('"good"'));
	});
});
