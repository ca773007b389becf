/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The catalog and the rules keep what they work out of an entry's text across versions (#6). A string
// that jsonc-parser reads out of a document is a slice of the whole document's text, so a cache that
// keeps it as a key keeps every version of the document it came from: while someone types wildcards in a
// large policy, the server would hold one copy of the policy per keystroke.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { TextDocument } from '../../server/src/languageService';
import { service } from './testUtil';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function heapAfterCollection(): number {
	collectGarbage();
	collectGarbage();
	return process.memoryUsage().heapUsed;
}

const versions = 12;
const padding = 2_000_000;

/** A version of a policy as someone types in it: a new wildcard, a new name, in a document padded to 2 MB. */
function version(index: number): TextDocument {
	const text =
		`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["ec2:describenothing${index}*", "support:describecases", "nosuchservice${index}:DoThing", "s3:get${index}*"], ` +
		`"Resource": ["arn:aws:support:::case/${index}"], "Condition": {"StringLike": {"aws:PrincipalTag/team": "t${index}*"}}}]${' '.repeat(padding)}}`;
	return TextDocument.create('file:///retention/policy.json', 'json', index, text);
}

/** A version with one long wildcard entry that changes at each keystroke, as someone pastes and edits. */
function longEntryVersion(index: number): TextDocument {
	const text = `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["ec2:${'Describe'.repeat(padding / 32)}${index}*"], "Resource": "*"}]}`;
	return TextDocument.create('file:///retention/long.json', 'json', index, text);
}

describe('caches across versions', () => {
	test('keep no document text alive once its version is gone', () => {
		// Warm the catalog and every module first, so that what they load on first use is not counted.
		const warm = version(-1);
		service.doValidation(warm, service.parsePolicyDocument(warm));
		service.simulate(warm, { textDocument: { uri: warm.uri } }, service.parsePolicyDocument(warm));
		const before = heapAfterCollection();
		for (let index = 0; index < versions; index++) {
			const document = version(index);
			const parsed = service.parsePolicyDocument(document);
			assert.ok(service.doValidation(document, parsed).length > 0);
			service.simulate(document, { textDocument: { uri: document.uri } }, parsed);
			service.doHover(document, document.positionAt(document.getText().indexOf('describecases')), parsed);
		}
		const grown = heapAfterCollection() - before;
		// Each version is 2 MB of one-byte text: keeping them would add 24 MB; what the caches keep of the
		// entries themselves is a few kilobytes.
		assert.ok(grown < padding * 2, `the heap grew by ${(grown / 1e6).toFixed(1)} MB over ${versions} versions of ${padding / 1e6} MB`);
	});

	test('keep no copy of an entry far longer than any action name', () => {
		const warm = longEntryVersion(-1);
		service.doValidation(warm, service.parsePolicyDocument(warm));
		const before = heapAfterCollection();
		for (let index = 0; index < versions; index++) {
			const document = longEntryVersion(index);
			assert.ok(service.doValidation(document, service.parsePolicyDocument(document)).length > 0);
		}
		const grown = heapAfterCollection() - before;
		// Each entry is half a megabyte of one-byte text; a copy kept per version would add 6 MB for each cache.
		assert.ok(
			grown < padding * 2,
			`the heap grew by ${(grown / 1e6).toFixed(1)} MB over ${versions} versions of a ${padding / 4e6} MB entry`,
		);
	});
});
