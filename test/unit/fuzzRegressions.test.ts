/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Every crash that the fuzzer has found, as the small document that shows it (#7).
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from '../../server/src/languageService';
import { hover, service } from './testUtil';

describe('fuzz regressions', () => {
	test('a wildcard action with thousands of * (a RegExp too large to compile)', () => {
		const { value } = hover(`{"Statement": [{"Effect": "Allow", "Action": "s3-outposts:${'a*'.repeat(20_000)}|", "Resource": "*"}]}`);
		assert.match(value, /matches no action/);
	});

	test('a long ARN in Resource (a recursive match overflowed the stack)', () => {
		const { value } = hover(
			`{"Statement": [{"Effect": "Allow", "Action": "trustedadvisor:RefreshCheck", "Resource": "arn:aws:trustedadvisor::1:checks/${'x*'.repeat(10_000)}|"}]}`,
		);
		assert.match(value, /Resource type: `checks`/);
	});

	test('a wildcard with many * still matches as IAM does', () => {
		assert.match(
			hover(`{"Statement": [{"Effect": "Allow", "Action": "support:${'*'.repeat(5_000)}Cases|", "Resource": "*"}]}`).value,
			/support:DescribeCases/,
		);
		assert.match(
			hover('{"Statement": [{"Effect": "Allow", "Action": "SUPPORT:describe?ases|", "Resource": "*"}]}').value,
			/matches 1 action/,
		);
	});

	test('simulating a Resource of 160,000 characters (a RegExp too large to compile)', () => {
		const text = `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "support:*", "Resource": "${'arn:aws:'.repeat(20_000)}"}, {"Effect": "Allow", "Action": "support:*", "Resource": "*"}]}`;
		const document = TextDocument.create('file:///policy.json', 'json', 1, text);
		const result = service.simulate(
			document,
			{ textDocument: { uri: document.uri }, actions: ['support:CreateCase'] },
			service.parsePolicyDocument(document),
		);
		assert.equal(result.results[0]?.decision, 'allowed');
	});

	test('code lens on a Resource whose RegExp overflows while matching', () => {
		const text = `{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": ["trustedadvisor:?*"], "Resource": "${'/*?'.repeat(12_000)}"}]}`;
		const document = TextDocument.create('file:///policy.json', 'json', 1, text);
		assert.equal(
			service
				.doCodeLens(document, service.parsePolicyDocument(document))
				.filter((lens) => lens.command?.command === 'iamSupport.simulate').length,
			1,
		);
	});

	test('code lens on a NotResource of 160,000 characters answers quickly (it took 7.5 s)', () => {
		const text = `{"Statement": {"Effect": "Deny", "NotAction": ["codewhisperer:9h"], "NotResource": ["arn:aws:s3:::${'arn:aws:'.repeat(20_000)}"]}}`;
		const document = TextDocument.create('file:///policy.json', 'json', 1, text);
		const start = performance.now();
		service.doCodeLens(document, service.parsePolicyDocument(document));
		assert.ok(performance.now() - start < 3000, `took ${Math.round(performance.now() - start)} ms`);
	});

	test('simulating a Resource of a thousand a* answers quickly (it took 8 s) and still matches', () => {
		for (const [resource, decision] of [
			['a*'.repeat(1000), 'implicitDeny'],
			[`arn:aws:trustedadvisor:*:*:checks/${'*'.repeat(10)}a`, 'allowed'],
		]) {
			const text = `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "trustedadvisor:RefreshCheck", "Resource": "${resource}"}]}`;
			const document = TextDocument.create('file:///policy.json', 'json', 1, text);
			const start = performance.now();
			const result = service.simulate(
				document,
				{
					textDocument: { uri: document.uri },
					actions: ['trustedadvisor:RefreshCheck'],
					resource: `arn:aws:trustedadvisor::123456789012:checks/cost/${'a'.repeat(300)}`,
				},
				service.parsePolicyDocument(document),
			);
			assert.ok(performance.now() - start < 3000, `took ${Math.round(performance.now() - start)} ms`);
			assert.equal(result.results[0]?.decision, decision, resource);
		}
	});

	test('a comment left open at the end: the nodes that reach past the text get ranges inside it', () => {
		// jsonc-parser gives the array opened on the last line a length one past the end of the text.
		const text = '{"Version": "2012-10-17", "Statement": [\n{"Effect": "Allow", "Action": "support:*", "Resource": "*"},\n[ /*';
		const document = TextDocument.create('file:///policy.json', 'json', 1, text);
		const diagnostics = service.doValidation(document, service.parsePolicyDocument(document));
		assert.ok(diagnostics.length > 0);
		const end = document.positionAt(text.length);
		for (const diagnostic of diagnostics) {
			const { line, character } = diagnostic.range.end;
			assert.ok(
				line < end.line || (line === end.line && character <= end.character),
				`${diagnostic.code} ends at ${line}:${character}, after the text`,
			);
		}
	});

	test('an action string with an escaped line break: its range ends where the string does', () => {
		// Found by `npm run fuzz -- --seed 1130`: jsonc-parser reads a backslash and the line break after it as
		// one (invalid) escape, so the string goes on to the next line; its range had been put on the first.
		for (const lineBreak of ['\n', '\r', '\r\n']) {
			const text = `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["\\${lineBreak}\t\tx"], "Resource": "*"}]}`;
			const document = TextDocument.create('file:///policy.json', 'json', 1, text);
			const diagnostics = service.doValidation(document, service.parsePolicyDocument(document));
			for (const { code, range } of diagnostics) {
				for (const position of [range.start, range.end]) {
					assert.deepEqual(
						document.positionAt(document.offsetAt(position)),
						position,
						`${code} at ${JSON.stringify(position)} with ${JSON.stringify(lineBreak)}: not a place in the document`,
					);
				}
			}
			if (lineBreak !== '\r\n') {
				// The escape takes the whole line break, and the string goes on; after \r alone, \n ends it.
				const finding = diagnostics.find((diagnostic) => diagnostic.code === 'invalid-action-format');
				assert.ok(finding, JSON.stringify(diagnostics.map((diagnostic) => diagnostic.code)));
				assert.deepEqual(
					finding.range,
					{ start: document.positionAt(text.indexOf('"\\')), end: document.positionAt(text.indexOf('x"') + 2) },
					JSON.stringify(lineBreak),
				);
			}
		}
	});

	test("a quick fix whose path a damaged document leads through an array (jsonc-parser's modify threw)", () => {
		// Found by `npm run fuzz -- --seed 2026`: a policy nested in arrays under a broken "Statement": :[.
		const text =
			'{\n\t"":\n\t[\n\t\t[\n\t\t\t[[ [\n\t\t\t\t\t\t{  "a":\n\t\t\t\t\t\t\t[\r\n{\u00a0"Properties":\u00a0[\u3000[\n\t\t\t\t\t\t\t\t\t\t\t/* } ] " */[\u00a0{"a":\n\t\t\t\t\t\t\t\t\t\t\t\t\t{\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t"Statement":\u3000[\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t"State\tent"\u2028:{"Properties":\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t{"Statement": :[{\r"Properties":{]\n"Statement":\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t{ "":[\r\n[\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t{\n"Properties":[{\t"Statement":[\u00a0{ "a":[\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t[{ "":[[\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t{ "Statement":\r[\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t[ [\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t[\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t{"":\n\n{"Statement": [\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t{\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t"Effect":\t"Allow",\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t"Action":\u3000[\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t"iotdeviceadvisor:\u00e9",\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t"shield",\u00a0"support-console:*GetCaseDraft"], "Resource":\r["a?{aws:username}:supportauthz:*:*:supportpermitrequest/*"\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t]\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t},{\n"Effect": "allow","Action": ["route53resolver:?"-/**/"s3express","support:SearchForCases"],"Resource": false, "notaction":false },\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t{\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t"Effect": "DENY", "Action":\u00a0"5U",\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t"Resource"\u3000:\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t[ "arn:aws:supportauthz:*:${aws:username}:supportpermit/${a**ws:username}", "arn::supportauthz:*?${aws:username}:${aws:username}:supportpermitrequest/*"\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\tm\t\t\t\t]\u2028}],\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t"Version":"2008-10,17"\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t}} ]],\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t]\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t ]\r\n} ]] } ]\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t]\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t}\r\n] }\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t]\n\n} ]] }\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t}} ] }} }}]} }  ]\t] ]}\r]}\u00a0]\n\t\t\t\t\t]]]\n\t\t\t]] }';
		const document = TextDocument.create('file:///policy.json', 'json', 1, text);
		const parsed = service.parsePolicyDocument(document);
		const diagnostics = service.doValidation(document, parsed);
		assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'invalid-version'));
		for (const diagnostic of diagnostics) {
			assert.ok(Array.isArray(service.doCodeActions(document, diagnostic.range, { diagnostics: [diagnostic] }, parsed)));
		}
	});
});

describe('fuzz regressions in templates', () => {
	const yaml = (text: string) => {
		const document = TextDocument.create('file:///fuzz/template.yaml', 'yaml', 1, text);
		return { document, parsed: service.parsePolicyDocument(document) };
	};

	test('a fix on a YAML template that does not parse is offered only when it breaks nothing more', () => {
		const { document, parsed } = yaml(
			'Resources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument: { /**/"Id": "}",\n\t"Statement":\r[{"Sid": "S", "Action":["support:*"], "Effect": "Allow"}]}\n',
		);
		assert.ok(parsed.templateSyntaxErrors.length > 0);
		for (const diagnostic of service.doValidation(document, parsed)) {
			for (const action of service.doCodeActions(document, diagnostic.range, { diagnostics: [diagnostic] }, parsed)) {
				const edits = (action.edit?.documentChanges?.[0] as { edits: never[] } | undefined)?.edits ?? [];
				const after = TextDocument.create(document.uri, 'yaml', 2, TextDocument.applyEdits(document, edits));
				assert.ok(
					service.parsePolicyDocument(after).templateSyntaxErrors.length <= parsed.templateSyntaxErrors.length,
					action.title,
				);
			}
		}
	});

	test('a YAML key whose text is two characters longer than its value is not taken for a JSON string on one line', () => {
		const { document, parsed } = yaml('Statement:\n  - :{\n      "Effect": Allow\n    Action: support:*\n');
		for (const diagnostic of service.doValidation(document, parsed)) {
			const { start, end } = diagnostic.range;
			assert.ok(
				end.character <=
					document.getText({ start: { line: end.line, character: 0 }, end: { line: end.line + 1, character: 0 } }).length,
			);
			assert.ok(start.line <= end.line);
		}
	});

	test('completion next to a lone carriage return stays on the cursor line', () => {
		const text =
			'Resources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument: {"Statement": [{"Resource": "*",\r"Effect": "allow", "Action": "support:*"}]}\n';
		const { document, parsed } = yaml(text);
		const offset = text.indexOf('\r');
		const position = document.positionAt(offset);
		for (const item of service.doComplete(document, position, parsed)?.items ?? []) {
			const range = (item.textEdit as { range: { start: { line: number }; end: { line: number } } }).range;
			assert.equal(range.start.line, position.line, item.label);
			assert.equal(range.end.line, position.line, item.label);
		}
	});
});
