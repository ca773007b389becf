/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { escapeCsvField, escapeMarkdownCell, exportResults, toCsv, toJson, toMarkdown } from '../../client/src/panel/common/exporters';
import { action, secondExample, statement } from './panelFixtures';

const hostileSid = 'a|b\n<script>alert(1)</script>';
const hostile = action('support:ResolveCase', 'explicitDeny', {
	resource: '=HYPERLINK("http://x")',
	decidingStatements: [statement({ effect: 'Deny', sid: hostileSid, policy: 'p,"q".json' })],
	missingContextKeys: ['aws:SourceIp'],
});

/** Splits a CSV document into records and fields, following RFC 4180, to read back what was written. */
function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let field = '';
	let record: string[] = [];
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') {
				quoted = false;
			} else {
				field += c;
			}
		} else if (c === '"') {
			quoted = true;
		} else if (c === ',') {
			record.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			record.push(field);
			records.push(record);
			record = [];
			field = '';
			i++;
		} else {
			field += c;
		}
	}
	return records;
}

describe('Markdown export', () => {
	test('one table row per action, in the given order', () => {
		const lines = toMarkdown({ documentLabel: 'policy.json', results: secondExample.results }).trimEnd().split('\n');
		assert.equal(lines[0], '# Simulation of policy.json');
		assert.equal(lines.length, 4 + secondExample.results.length);
		assert.match(
			lines[6],
			/^\| support:ResolveCase \| Write \| \\\* \| Explicitly denied \| policy\.json statement 2 \(NoResolve\): Deny \| {2}\|$/,
		);
	});

	test('hostile cells neither split the row nor become HTML', () => {
		const markdown = toMarkdown({ documentLabel: '<img src=x onerror=alert(1)>', results: [hostile] });
		const row = markdown.trimEnd().split('\n').at(-1)!;
		assert.equal(row.split(/(?<!\\)\|/).length, 8, 'six cells between seven unescaped pipes');
		assert.doesNotMatch(markdown, /<script|<img/);
		assert.match(row, /a\\\|b &lt;script&gt;alert\(1\)&lt;\/script&gt;/);
	});

	test('escapes every line break and the inline Markdown syntax', () => {
		assert.equal(escapeMarkdownCell('a\r\nb\u2028c'), 'a b c');
		assert.equal(escapeMarkdownCell('*x* _y_ `z` [l](u) \\'), '\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\\\');
	});
});

describe('CSV export', () => {
	test('hostile content reads back as the same text, with formulas defused', () => {
		const records = parseCsv(toCsv({ documentLabel: 'policy.json', results: [hostile] }));
		assert.equal(records.length, 2);
		assert.equal(records[1].length, records[0].length);
		assert.equal(records[1][3], '\'=HYPERLINK("http://x")');
		assert.equal(records[1][6], `p,"q".json statement 1 (${hostileSid}): Deny`);
	});

	test('quotes only what needs quoting', () => {
		assert.equal(escapeCsvField('support:CreateCase'), 'support:CreateCase');
		assert.equal(escapeCsvField('a,b'), '"a,b"');
		assert.equal(escapeCsvField('say "hi"'), '"say ""hi"""');
		assert.equal(escapeCsvField('line\nbreak'), '"line\nbreak"');
		assert.equal(escapeCsvField('@SUM(A1)'), '"\'@SUM(A1)"');
		assert.equal(escapeCsvField('-1'), '"\'-1"');
	});
});

describe('JSON export', () => {
	test("has the shape of the command line's JSON output", () => {
		const parsed = JSON.parse(toJson({ documentLabel: 'policy.json', results: [hostile] }));
		assert.deepEqual(parsed, {
			results: [
				{
					action: 'support:ResolveCase',
					resource: '=HYPERLINK("http://x")',
					decision: 'explicitDeny',
					matchedStatements: [{ file: 'file:///work/policy.json', index: 0, sid: hostileSid }],
					missingContextKeys: ['aws:SourceIp'],
				},
			],
		});
	});

	test('exports only the rows it is given', () => {
		const rows = secondExample.results.filter((result) => result.decision === 'explicitDeny');
		assert.equal(JSON.parse(exportResults('json', { documentLabel: 'p', results: rows })).results.length, 1);
		assert.equal(exportResults('csv', { documentLabel: 'p', results: rows }).trimEnd().split('\r\n').length, 2);
	});
});
