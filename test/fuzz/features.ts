/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Every feature of the language service, as the fuzzer calls it. A new feature is one line in `features`,
// using the checks below that fit its answer.
import { isDeepStrictEqual } from 'node:util';
import {
	InsertReplaceEdit,
	type CodeAction,
	type CodeActionContext,
	type CompletionList,
	type Diagnostic,
	type Hover,
	type LanguageService,
	type PolicyDocument,
	type Position,
	type Range,
	type TextDocument,
	type TextEdit,
	type ValidationMemo,
	TextDocument as Documents,
} from '../../server/src/languageService';
import type { SimulateParams } from '../../shared/simulation';
import { applyEdits, checkRange, checkSerializable, fail, syntaxErrorCount } from './checks';
import type { Random } from './random';

/** What a feature gets to work on: one version of one document, parsed once. */
export interface FuzzContext {
	readonly service: LanguageService;
	readonly document: TextDocument;
	readonly policyDocument: PolicyDocument;
	readonly random: Random;
	/** Runs one request under the time bound and counts it. */
	request<T>(what: string, run: () => T): T;
}

export interface Feature {
	readonly name: string;
	run(context: FuzzContext): void;
}

export const features: readonly Feature[] = [
	{
		name: 'completion',
		run: (c) =>
			repeat(c, 4, (position) =>
				checkCompletion(
					c.document,
					position,
					c.request(`completion at ${at(position)}`, () => c.service.doComplete(c.document, position, c.policyDocument)),
				),
			),
	},
	{
		name: 'hover',
		run: (c) =>
			repeat(c, 4, (position) =>
				checkHover(
					c.document,
					position,
					c.request(`hover at ${at(position)}`, () => c.service.doHover(c.document, position, c.policyDocument)),
				),
			),
	},
	{
		name: 'diagnostics',
		run: (c) =>
			checkDiagnostics(
				c.document,
				c.request('diagnostics', () => c.service.doValidation(c.document, c.policyDocument, {})),
			),
	},
	// As the server validates each version: with what the previous version found in each statement.
	{
		name: 'diagnostics after an edit',
		run: (c) =>
			checkRemembered(
				c.request('diagnostics after an edit', () => c.service.doValidation(c.document, c.policyDocument, {}, validationMemo)),
				c.service.doValidation(c.document, c.policyDocument, {}),
			),
	},
	{
		name: 'simulation',
		run: (c) =>
			checkSerializable(
				c.request('simulation', () => c.service.simulate(c.document, randomSimulateParams(c), c.policyDocument)),
				'simulation',
			),
	},
	{
		name: 'code lens',
		run: (c) =>
			c
				.request('code lens', () => c.service.doCodeLens(c.document, c.policyDocument))
				.forEach((lens) => checkRange(c.document, lens.range, 'code lens')),
	},
	// Every offered fix applied: the result must break nothing more and its diagnostic must go away.
	{
		name: 'code actions',
		run: (c) =>
			fuzzCodeActions(
				c,
				(d, p) => c.service.doValidation(d, p, {}),
				(d, r, x, p) => c.service.doCodeActions(d, r, x, p),
			),
	},
];

/** One memo for the whole run: consecutive documents are often versions of one another. */
const validationMemo: ValidationMemo = {};

function checkRemembered(remembered: readonly Diagnostic[], fresh: readonly Diagnostic[]): void {
	if (!isDeepStrictEqual(remembered, fresh)) {
		fail(
			`diagnostics with the previous version's findings differ from a fresh validation: ${JSON.stringify(remembered).slice(0, 400)} against ${JSON.stringify(fresh).slice(0, 400)}`,
		);
	}
}

function at(position: Position): string {
	return `${position.line}:${position.character}`;
}

/** Mostly real positions, sometimes ones past a line's end or the document's end, which clients send too. */
export function randomPosition(document: TextDocument, random: Random): Position {
	if (random.chance(0.05)) {
		return { line: random.int(0, document.lineCount + 2), character: random.int(0, 500) };
	}
	return document.positionAt(random.int(0, document.getText().length));
}

export function randomRange(document: TextDocument, random: Random): Range {
	const a = document.offsetAt(randomPosition(document, random));
	const b = random.chance(0.5) ? a : document.offsetAt(randomPosition(document, random));
	return { start: document.positionAt(Math.min(a, b)), end: document.positionAt(Math.max(a, b)) };
}

function repeat(c: FuzzContext, times: number, run: (position: Position) => void): void {
	for (let i = 0; i < times; i++) {
		run(randomPosition(c.document, c.random));
	}
}

/** The position a client meant: the service clamps positions past a line's or the document's end. */
function clamp(document: TextDocument, position: Position): Position {
	return document.positionAt(document.offsetAt(position));
}

export function checkCompletion(document: TextDocument, requested: Position, list: CompletionList | null): void {
	checkSerializable(list, 'completion');
	if (!list) {
		return;
	}
	const position = clamp(document, requested);
	for (const item of list.items) {
		const what = `completion item ${JSON.stringify(item.label)} at ${at(position)}`;
		if (typeof item.label !== 'string' || item.label === '') {
			fail(`${what}: no label`);
		}
		const edit = item.textEdit;
		if (!edit) {
			continue;
		}
		// VS Code drops items whose range is not on the cursor's line or does not contain the cursor.
		const ranges = InsertReplaceEdit.is(edit) ? [edit.insert, edit.replace] : [edit.range];
		for (const range of ranges) {
			checkRange(document, range, what);
			if (range.start.line !== position.line || range.end.line !== position.line) {
				fail(`${what}: range ${JSON.stringify(range)} is not on the cursor's line`);
			}
			if (range.start.character > position.character || range.end.character < position.character) {
				fail(`${what}: range ${JSON.stringify(range)} does not contain the cursor`);
			}
		}
		const main: TextEdit = InsertReplaceEdit.is(edit) ? { range: edit.replace, newText: edit.newText } : edit;
		applyEdits(document, [main, ...(item.additionalTextEdits ?? [])], what);
	}
}

export function checkHover(document: TextDocument, requested: Position, hover: Hover | null): void {
	checkSerializable(hover, 'hover');
	if (!hover) {
		return;
	}
	const position = clamp(document, requested);
	const contents = hover.contents;
	const text =
		typeof contents === 'string'
			? contents
			: Array.isArray(contents)
				? contents.map((c) => (typeof c === 'string' ? c : c.value)).join('')
				: contents.value;
	if (typeof text !== 'string' || text.trim() === '') {
		fail(`hover at ${at(position)}: empty contents`);
	}
	if (hover.range) {
		checkRange(document, hover.range, `hover at ${at(position)}`);
		const offset = document.offsetAt(position);
		if (offset < document.offsetAt(hover.range.start) || offset > document.offsetAt(hover.range.end)) {
			fail(`hover at ${at(position)}: range ${JSON.stringify(hover.range)} does not contain the cursor`);
		}
	}
}

export function checkDiagnostics(document: TextDocument, diagnostics: readonly Diagnostic[]): void {
	checkSerializable(diagnostics, 'diagnostics');
	for (const diagnostic of diagnostics) {
		checkRange(document, diagnostic.range, `diagnostic ${JSON.stringify(diagnostic.code)}`);
		if (typeof diagnostic.message !== 'string' || diagnostic.message.trim() === '') {
			fail(`diagnostic ${JSON.stringify(diagnostic.code)}: empty message`);
		}
	}
}

export type Validate = (document: TextDocument, policyDocument: PolicyDocument) => Diagnostic[];
export type CodeActions = (
	document: TextDocument,
	range: Range,
	context: CodeActionContext,
	policyDocument: PolicyDocument,
) => CodeAction[];

/**
 * Asks for the code actions at each diagnostic and at a random range, applies every one, and checks that
 * the result is no more broken JSON than before and that a quick fix's diagnostics go away.
 */
export function fuzzCodeActions(c: FuzzContext, validate: Validate, codeActions: CodeActions): void {
	const diagnostics = c.request('diagnostics', () => validate(c.document, c.policyDocument));
	checkDiagnostics(c.document, diagnostics);
	const requests: { range: Range; diagnostics: Diagnostic[] }[] = diagnostics
		.slice(0, 5)
		.map((d) => ({ range: d.range, diagnostics: [d] }));
	const range = randomRange(c.document, c.random);
	requests.push({ range, diagnostics: diagnostics.filter((d) => rangesTouch(c.document, d.range, range)) });
	const errorsBefore = syntaxErrorCount(c.document.getText(), c.document.languageId);
	for (const request of requests) {
		const actions = c.request('code actions', () =>
			codeActions(c.document, request.range, { diagnostics: request.diagnostics }, c.policyDocument),
		);
		checkSerializable(actions, 'code actions');
		for (const action of actions) {
			const what = `code action ${JSON.stringify(action.title)}`;
			const edits = editsOf(c.document, action, what);
			if (!edits) {
				continue;
			}
			const text = applyEdits(c.document, edits, what);
			if (syntaxErrorCount(text, c.document.languageId) > errorsBefore) {
				fail(`${what}: the result is not valid ${c.document.languageId === 'yaml' ? 'YAML' : 'JSON'}:\n${text}`);
			}
			const fixed = action.diagnostics ?? [];
			if (fixed.length) {
				const after = Documents.create(c.document.uri, c.document.languageId, c.document.version + 1, text);
				const remaining = validate(after, c.service.parsePolicyDocument(after));
				for (const diagnostic of fixed) {
					const count = (list: readonly Diagnostic[]) => list.filter((d) => d.code === diagnostic.code).length;
					if (count(remaining) >= count(diagnostics)) {
						fail(`${what}: its diagnostic ${JSON.stringify(diagnostic.code)} does not go away:\n${text}`);
					}
				}
			}
		}
	}
}

/** Simulation requests as the panel sends them, and worse: unknown actions, odd context values. */
export function randomSimulateParams(c: FuzzContext): SimulateParams {
	const r = c.random;
	const actions = r.chance(0.3)
		? undefined
		: Array.from({ length: r.int(0, 4) }, () =>
				r.pick([
					'support:CreateCase',
					'support:*',
					'trustedadvisor:RefreshCheck',
					'TRUSTEDADVISOR:refreshcheck',
					'nope:Nope',
					'',
					'*',
					'\ud800',
				]),
			);
	const context = r.chance(0.5)
		? undefined
		: {
				'aws:MultiFactorAuthPresent': r.pick([true, 'true', 'maybe', 1]),
				'aws:SourceIp': r.pick(['10.0.0.1', '::1', 'x', '999.1.1.1']),
				'aws:CurrentTime': r.pick(['2026-01-01T00:00:00Z', 'never', 0]),
				'aws:TagKeys': ['a', 'b'],
			};
	// Boundaries, SCPs and session policies come from loadSimulationLayers, which reads files: not fuzzed here.
	return {
		textDocument: { uri: c.document.uri },
		actions,
		resource: r.chance(0.3) ? r.pick(['*', 'arn:aws:trustedadvisor::123456789012:checks/*/*', 'not an arn', '']) : undefined,
		context,
		policyIndex: r.chance(0.2) ? r.pick([0, 1, 5, -1, 0.5]) : undefined,
	};
}

function rangesTouch(document: TextDocument, a: Range, b: Range): boolean {
	return document.offsetAt(a.start) <= document.offsetAt(b.end) && document.offsetAt(b.start) <= document.offsetAt(a.end);
}

/** The edits of a code action on this document; edits to other documents, or to another version, fail. */
function editsOf(document: TextDocument, action: CodeAction, what: string): TextEdit[] | undefined {
	const edit = action.edit;
	if (!edit) {
		return undefined;
	}
	const edits: TextEdit[] = [];
	for (const change of edit.documentChanges ?? []) {
		if (!('textDocument' in change)) {
			fail(`${what}: creates, renames or deletes files`);
		}
		if (
			change.textDocument.uri !== document.uri ||
			(change.textDocument.version !== null && change.textDocument.version !== document.version)
		) {
			fail(`${what}: edits ${change.textDocument.uri} version ${change.textDocument.version}`);
		}
		edits.push(...change.edits.map((e) => ('newText' in e ? e : fail(`${what}: snippet or annotated edit`))));
	}
	for (const [uri, changes] of Object.entries(edit.changes ?? {})) {
		if (uri !== document.uri) {
			fail(`${what}: edits another document, ${uri}`);
		}
		edits.push(...changes);
	}
	return edits;
}
