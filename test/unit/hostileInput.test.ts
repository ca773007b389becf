/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Documents that people paste by mistake or that someone builds to hurt: each gets a clear message or a
// bounded, correct answer, never an exception, a stack overflow or a hang (#7).
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from '../../server/src/languageService';
import { maxNestingDepth } from '../../server/src/languageService/parser/parsePolicyDocument';
import { DocumentLimits, toMaxFileSize } from '../../server/src/utils/documentLimits';
import { defaultMaxFileSize } from '../../server/src/utils/settings';
import { checkCompletion, checkHover } from '../fuzz/features';
import { applyCompletion, service } from './testUtil';

/** Generous: these bounds catch a hang or quadratic work, not a slow moment of a busy machine. */
const boundMs = 8000;

function timed<T>(run: () => T): T {
	const start = performance.now();
	const result = run();
	const elapsed = performance.now() - start;
	assert.ok(elapsed < boundMs, `took ${Math.round(elapsed)} ms`);
	return result;
}

/** Parses with the default limit, or with `maxFileSize` 0 (no limit) to show the worst case too. */
function open(text: string, maxFileSize = defaultMaxFileSize) {
	const document = TextDocument.create('file:///work/policy.json', 'json', 1, text);
	return { document, policyDocument: timed(() => service.parsePolicyDocument(document, { maxFileSize })) };
}

/** Completion and hover at every offset of a small document, with the fuzzer's checks on each answer. */
function everyOffset(text: string): number {
	const { document, policyDocument } = open(text);
	let answered = 0;
	for (let offset = 0; offset <= text.length; offset++) {
		const position = document.positionAt(offset);
		const list = service.doComplete(document, position, policyDocument);
		const hover = service.doHover(document, position, policyDocument);
		checkCompletion(document, position, list);
		checkHover(document, position, hover);
		answered += (list?.items.length ? 1 : 0) + (hover ? 1 : 0);
	}
	return answered;
}

describe('hostile and huge input', () => {
	for (const [name, text] of [
		['arrays', '{"Statement": ' + '['.repeat(100_000) + ']'.repeat(100_000) + '}'],
		['objects', '{"Statement": [{"Condition": ' + '{"a": '.repeat(100_000) + '1' + '}'.repeat(100_000) + '}]}'],
		['unclosed', '['.repeat(100_000)],
	]) {
		test(`100,000-deep nesting (${name}) is skipped with a message`, () => {
			const { document, policyDocument } = open(text);
			assert.match(policyDocument.skippedReason ?? '', /nests objects and arrays more than 1,000 levels deep/);
			for (const offset of [0, 20, text.length >> 1, text.length]) {
				assert.equal(service.doComplete(document, document.positionAt(offset), policyDocument), null);
				assert.equal(service.doHover(document, document.positionAt(offset), policyDocument), null);
			}
		});
	}

	test('a policy under nesting just within the limit is still analysed', () => {
		const depth = maxNestingDepth - 3;
		const text = '['.repeat(depth) + '{"Statement": [{"Effect": "Allow", "Action": "support:", "Resource": "*"}]}' + ']'.repeat(depth);
		const { document, policyDocument } = open(text);
		assert.equal(policyDocument.skippedReason, undefined);
		const list = service.doComplete(document, document.positionAt(text.indexOf('support:') + 8), policyDocument);
		assert.ok(list?.items.some((item) => item.label === 'support:DescribeCases'));
	});

	test('a 50 MB document is skipped with a message naming the setting', () => {
		const text =
			'{"Statement": [{"Effect": "Allow", "Action": "support:*", "Resource": "*"}], "Log": "' + 'x'.repeat(50_000_000) + '"}';
		const { document, policyDocument } = open(text);
		assert.match(policyDocument.skippedReason ?? '', /50,000,\d{3} characters, more than iamSupport\.maxFileSize \(5,000,000\)/);
		assert.equal(
			timed(() => service.doHover(document, { line: 0, character: 40 }, policyDocument)),
			null,
		);
	});

	test('a 10 MB action name, with the size limit lifted: hover and completion answer in bounded time', () => {
		const text = `{"Statement": [{"Effect": "Allow", "Action": "support:${'x'.repeat(10_000_000)}", "Resource": "*"}]}`;
		const { document, policyDocument } = open(text, 0);
		const position = document.positionAt(text.indexOf('support:') + 10);
		const hover = timed(() => service.doHover(document, position, policyDocument));
		assert.match((hover?.contents as { value: string }).value, /Unknown action/);
		timed(() => checkCompletion(document, position, service.doComplete(document, position, policyDocument)));
	});

	test('a 10 MB ARN, with the size limit lifted: hover shows its parts in bounded time', () => {
		const text = `{"Statement": [{"Effect": "Allow", "Action": "trustedadvisor:RefreshCheck", "Resource": "arn:aws:trustedadvisor::1:checks/cost/${'x'.repeat(10_000_000)}"}]}`;
		const { document, policyDocument } = open(text, 0);
		const hover = timed(() => service.doHover(document, document.positionAt(text.indexOf('arn:aws') + 3), policyDocument));
		assert.match((hover?.contents as { value: string }).value, /Resource type: `checks`/);
	});

	test('invalid surrogates in keys and values', () => {
		const answered = everyOffset(
			'{"Statement": [{"Effect\ud800": "Allow", "Action": ["support:Describe\udc00Cases", "\ud83d"], "Resource": "*\udfff"}]}',
		);
		assert.ok(answered > 0);
	});

	test('a byte order mark before the policy', () => {
		const text = '\ufeff{"Statement": [{"Effect": "Allow", "Action": "support:", "Resource": "*"}]}';
		assert.ok(everyOffset(text) > 0);
		const { document, policyDocument } = open(text);
		const list = service.doComplete(document, document.positionAt(text.indexOf('support:') + 8), policyDocument);
		const item = list?.items.find((candidate) => candidate.label === 'support:ResolveCase');
		assert.ok(item);
		assert.match(
			applyCompletion(document, item),
			/^\ufeff\{"Statement": \[\{"Effect": "Allow", "Action": "support:ResolveCase", "Resource": "\*"\}\]\}$/,
		);
	});

	test('CRLF, CR and mixed line ends: ranges on the right line, edits that apply', () => {
		for (const eol of ['\r\n', '\r', '\n\r\n']) {
			const text = `{${eol}"Version": "2012-10-17",${eol}"Statement": [{${eol}"Effect": "Allow",${eol}"Action": "support:Res",${eol}"Resource": "*"}]}`;
			assert.ok(everyOffset(text) > 0);
			const { document, policyDocument } = open(text);
			const list = service.doComplete(document, document.positionAt(text.indexOf('support:Res') + 11), policyDocument);
			const item = list?.items.find((candidate) => candidate.label === 'support:ResolveCase');
			assert.ok(item, JSON.stringify(eol));
			assert.equal(applyCompletion(document, item), text.replace('"support:Res"', '"support:ResolveCase"'));
		}
	});

	test('text that was not UTF-8 (decoded with replacement characters, or as Latin-1)', () => {
		const bytes = Buffer.concat([
			Buffer.from('{"Statement": [{"Effect": "Allow", "Action": "support:'),
			Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x80]),
			Buffer.from('", "Resource": "*"}]}'),
		]);
		for (const text of [
			bytes.toString('utf8'),
			bytes.toString('latin1'),
			Buffer.from('{"Statement": []}', 'utf16le').toString('utf8'),
		]) {
			everyOffset(text);
		}
	});
});

describe('iamSupport.maxFileSize', () => {
	test('a value that is not a positive number keeps the default', () => {
		assert.equal(toMaxFileSize(1000), 1000);
		for (const value of [undefined, null, 0, -1, '1000', Number.NaN, Number.POSITIVE_INFINITY, {}]) {
			assert.equal(toMaxFileSize(value), defaultMaxFileSize, String(value));
		}
	});

	test('the skipped analysis is told once per document, again after it was closed', async () => {
		const notices: string[] = [];
		const limits = new DocumentLimits(
			async () => 10,
			(message) => notices.push(message),
		);
		const uri = 'file:///work/big%20policy.json';
		assert.equal(await limits.load(uri), 10);
		const document = TextDocument.create(uri, 'json', 1, '{"Statement": []}');
		const parse = () => limits.noticeSkipped(service.parsePolicyDocument(document, limits.parseSettings(uri)));
		parse();
		parse();
		limits.clear();
		await limits.load(uri);
		parse();
		assert.deepEqual(notices, [
			'big policy.json: This document has 17 characters, more than iamSupport.maxFileSize (10): IAM policy analysis is skipped.',
		]);
		limits.forget(uri);
		assert.equal(limits.parseSettings(uri).maxFileSize, defaultMaxFileSize);
		await limits.load(uri);
		parse();
		assert.equal(notices.length, 2);
	});

	test('a failed settings request keeps the default', async () => {
		const limits = new DocumentLimits(
			() => Promise.reject(new Error('no configuration')),
			() => undefined,
		);
		assert.equal(await limits.load('file:///p.json'), defaultMaxFileSize);
	});
});

describe('hostile templates', () => {
	function template(text: string, languageId: string, uri: string) {
		const document = TextDocument.create(uri, languageId, 1, text);
		const policyDocument = timed(() => service.parsePolicyDocument(document));
		const diagnostics = timed(() => service.doValidation(document, policyDocument));
		return { document, policyDocument, diagnostics };
	}

	test('YAML nested 100,000 deep is read or skipped with a reason, never a stack overflow', () => {
		const { policyDocument } = template(
			'Statement: ' + '['.repeat(100_000) + ']'.repeat(100_000) + '\n',
			'yaml',
			'file:///t/deep.yaml',
		);
		// Read, or skipped with the reason why: either way within the bound and without an exception.
		assert.ok(
			policyDocument.skippedReason === undefined
				? policyDocument.policies.length === 1
				: /nests too deeply/.test(policyDocument.skippedReason),
		);
	});

	test('a billion laughs of YAML aliases stays unexpanded', () => {
		const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
		for (let level = 1; level < 10; level++) {
			const previous = String.fromCharCode(96 + level);
			const name = String.fromCharCode(97 + level);
			lines.push(
				`${name}: &${name} [*${previous},*${previous},*${previous},*${previous},*${previous},*${previous},*${previous},*${previous},*${previous}]`,
			);
		}
		lines.push('Statement: [{Effect: Allow, Action: *j, Resource: "*"}]');
		const { policyDocument } = template(lines.join('\n'), 'yaml', 'file:///t/laughs.yaml');
		// The alias is a value only the YAML knows in full: unknown to the rules, never expanded.
		assert.equal(policyDocument.policies.length, 1);
	});

	test('every offset of a broken template answers completion and hover without an exception', () => {
		const text =
			'Resources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Statement:\n          - Effect: !If [x\n            Action: [support:*, "\n            Resource: *\n';
		const document = TextDocument.create('file:///t/broken.yaml', 'yaml', 1, text);
		const parsed = service.parsePolicyDocument(document);
		for (let offset = 0; offset <= text.length; offset++) {
			const position = document.positionAt(offset);
			checkCompletion(document, position, service.doComplete(document, position, parsed));
			checkHover(document, position, service.doHover(document, position, parsed));
		}
		assert.ok(parsed.templateSyntaxErrors.length > 0);
	});
});
