/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// A project's guardrails (#17): grants-forbidden-action and missing-required-condition, judged by the
// evaluator. Each case has a trigger and a near miss; then the .iam-support.json reader, and the CLI's
// --must-not-grant and nearest-file lookup.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import type { Guardrails, LanguageSettings } from '../../server/src/languageService';
import { checkFiles } from '../../server/src/cli/checkCommand';
import { findGuardrailsFile, GuardrailsError, parseGuardrails } from '../../server/src/utils/guardrailsConfig';
import { GuardrailsFiles } from '../../server/src/utils/guardrailsFiles';
import { assertDiagnostic, assertNoDiagnostic, policy, validate } from './diagnosticsUtil';

const english = (message: string, ...args: Array<string | number>) =>
	message.replace(/\{(\d+)\}/g, (_, index: string) => String(args[Number(index)]));

const forbid = (...mustNotGrant: string[]): LanguageSettings => ({ guardrails: { mustNotGrant } });
const requireKeys = (pattern: string, ...keys: string[]): LanguageSettings => ({ guardrails: { requireConditions: { [pattern]: keys } } });
const mfa = '"Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}';

describe('grants-forbidden-action', () => {
	test('a literal Allow of the action, in every context', () => {
		const found = assertDiagnostic(
			'grants-forbidden-action',
			policy('{"Effect": "Allow", "Action": [|"support:ResolveCase"], "Resource": "*"}'),
			forbid('support:ResolveCase'),
		);
		assert.equal(found.severity, 1);
		assert.match(
			found.message,
			/grants support:ResolveCase, which the guardrail "support:ResolveCase" of the command line forbids: it is allowed in every request context/,
		);
	});

	test('a wildcard that matches it, on the wildcard entry', () => {
		const found = assertDiagnostic(
			'grants-forbidden-action',
			policy('{"Effect": "Allow", "Action": ["support:Describe*", |"support:*Case"], "Resource": "*"}'),
			forbid('support:ResolveCase'),
		);
		assert.match(found.message, /support:ResolveCase/);
	});

	test('a NotAction that does not except it, on NotAction; a guardrail wildcard lists the actions', () => {
		const found = assertDiagnostic(
			'grants-forbidden-action',
			policy('{"Effect": "Allow", |"NotAction": "iam:*", "Resource": "*"}'),
			forbid('supportauthz:*'),
		);
		assert.match(found.message, /grants supportauthz:\w+, supportauthz:\w+, supportauthz:\w+ and \d+ more/);
		assertNoDiagnostic(
			'grants-forbidden-action',
			policy('{"Effect": "Allow", "NotAction": ["iam:*", "supportauthz:*"], "Resource": "*"}'),
			forbid('supportauthz:*'),
		);
	});

	test('a condition: the message names the context that opens it; a Deny that always wins is no grant', () => {
		const found = assertDiagnostic(
			'grants-forbidden-action',
			policy(`{"Effect": "Allow", "Action": |"support:*", "Resource": "*", ${mfa}}`),
			forbid('support:ResolveCase'),
		);
		assert.match(
			found.message,
			/in the request context MFA present \(aws:MultiFactorAuthPresent=true, aws:MultiFactorAuthAge=300\)\.$/,
		);
		assertNoDiagnostic(
			'grants-forbidden-action',
			policy(
				'{"Effect": "Allow", "Action": "support:*", "Resource": "*"}',
				'{"Effect": "Deny", "Action": "support:ResolveCase", "Resource": "*"}',
			),
			forbid('support:ResolveCase'),
		);
	});

	test('an action of another service granted on some resources; a Deny policy, an SCP and no guardrail raise nothing', () => {
		assertDiagnostic(
			'grants-forbidden-action',
			policy('{"Effect": "Allow", "Action": |"s3:GetObject", "Resource": "arn:aws:s3:::reports/*"}'),
			forbid('s3:Get*'),
		);
		assertNoDiagnostic(
			'grants-forbidden-action',
			policy('{"Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"}'),
			forbid('s3:Get*'),
		);
		assertNoDiagnostic('grants-forbidden-action', policy('{"Effect": "Allow", "Action": "support:*", "Resource": "*"}'), {
			...forbid('support:ResolveCase'),
			policyKind: 'scp',
		});
		assertNoDiagnostic('grants-forbidden-action', policy('{"Effect": "Allow", "Action": "support:*", "Resource": "*"}'));
	});

	test('related information points at the guardrail entry of .iam-support.json', () => {
		const range = { start: { line: 2, character: 20 }, end: { line: 2, character: 41 } };
		const guardrails: Guardrails = {
			mustNotGrant: ['support:ResolveCase'],
			source: { uri: 'file:///project/.iam-support.json', mustNotGrant: { 'support:ResolveCase': range } },
		};
		const found = assertDiagnostic('grants-forbidden-action', policy('{"Effect": "Allow", "Action": |"support:*", "Resource": "*"}'), {
			guardrails,
		});
		assert.match(found.message, /of \.iam-support\.json forbids/);
		assert.deepEqual(found.relatedInformation, [
			{
				location: { uri: 'file:///project/.iam-support.json', range },
				message: 'The guardrail "support:ResolveCase" of .iam-support.json',
			},
		]);
	});
});

describe('missing-required-condition', () => {
	test('an Allow without the key', () => {
		const found = assertDiagnostic(
			'missing-required-condition',
			policy('{"Effect": "Allow", "Action": |"support:*", "Resource": "*"}'),
			requireKeys('support:*', 'aws:MultiFactorAuthPresent'),
		);
		assert.match(
			found.message,
			/allows support:\w+, .* without aws:MultiFactorAuthPresent, which the guardrail "support:\*" of the command line requires/,
		);
	});

	test('a condition on the key satisfies it; IfExists, a condition on another key and a negated operator do not', () => {
		const required = requireKeys('support:*', 'aws:MultiFactorAuthPresent');
		assertNoDiagnostic(
			'missing-required-condition',
			policy(`{"Effect": "Allow", "Action": "support:*", "Resource": "*", ${mfa}}`),
			required,
		);
		assertDiagnostic(
			'missing-required-condition',
			policy(
				'{"Effect": "Allow", "Action": |"support:*", "Resource": "*", "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "true"}}}',
			),
			required,
		);
		const otherKey = assertDiagnostic(
			'missing-required-condition',
			policy(
				'{"Effect": "Allow", "Action": |"support:*", "Resource": "*", "Condition": {"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}}',
			),
			required,
		);
		assert.match(otherKey.message, /in the request context aws:SourceIp=203\.0\.113\.10\.$/);
		assertDiagnostic(
			'missing-required-condition',
			policy(
				'{"Effect": "Allow", "Action": |"support:*", "Resource": "*", "Condition": {"StringNotEquals": {"aws:MultiFactorAuthPresent": "false"}}}',
			),
			required,
		);
	});

	test('only the actions of the pattern: other actions of the statement need no key', () => {
		const required = requireKeys('support:ResolveCase', 'aws:MultiFactorAuthPresent');
		assertNoDiagnostic(
			'missing-required-condition',
			policy('{"Effect": "Allow", "Action": "support:Describe*", "Resource": "*"}'),
			required,
		);
		assertDiagnostic(
			'missing-required-condition',
			policy('{"Effect": "Allow", "Action": ["support:Describe*", |"support:Resolve*"], "Resource": "*"}'),
			required,
		);
	});

	test('the corpus of AWS managed policies raises nothing without guardrails', () => {
		const { diagnostics } = validate(
			fs.readFileSync(path.join(__dirname, '../../../test/fixtures/aws-managed/AWSSupportAccess.json'), 'utf8'),
		);
		assert.deepEqual(
			diagnostics.filter((diagnostic) => /guardrail|forbidden|required/.test(String(diagnostic.code))),
			[],
		);
	});
});

const folders: string[] = [];
after(() => folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-support-guardrails-'));
	folders.push(folder);
	for (const [name, content] of Object.entries(files)) {
		fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
		fs.writeFileSync(path.join(folder, name), content);
	}
	return folder;
}

const config = `{
	// Comments are allowed, as in VS Code's own settings files.
	"guardrails": {
		"mustNotGrant": ["support:ResolveCase", "supportauthz:*"],
		"requireConditions": { "support:*": ["aws:MultiFactorAuthPresent"] }
	}
}`;

describe('.iam-support.json', () => {
	test('read with the range of each entry', () => {
		const guardrails = parseGuardrails('file:///p/.iam-support.json', config, english);
		assert.deepEqual(guardrails.mustNotGrant, ['support:ResolveCase', 'supportauthz:*']);
		assert.deepEqual(guardrails.requireConditions, { 'support:*': ['aws:MultiFactorAuthPresent'] });
		assert.deepEqual(guardrails.source?.mustNotGrant?.['supportauthz:*'], {
			start: { line: 3, character: 42 },
			end: { line: 3, character: 58 },
		});
		assert.equal(guardrails.source?.requireConditions?.['support:*']?.start.line, 4);
		assert.deepEqual(parseGuardrails('file:///p/.iam-support.json', '{"other": 1}', english), {});
	});

	test('a file of the wrong shape is refused with its reason', () => {
		for (const [text, reason] of [
			['[]', /not a JSON object/],
			['{"guardrails": []}', /"guardrails" must be an object/],
			['{"guardrails": {"mustNotGrant": "support:*"}}', /"mustNotGrant" must be a list/],
			['{"guardrails": {"mustNotGrant": [1]}}', /"mustNotGrant" must be a list/],
			['{"guardrails": {"requireConditions": ["aws:MultiFactorAuthPresent"]}}', /"requireConditions" must map/],
		] as const) {
			assert.throws(
				() => parseGuardrails('file:///p/.iam-support.json', text, english),
				(error: Error) => error instanceof GuardrailsError && reason.test(error.message),
			);
		}
	});

	test('the nearest file up the folder tree applies', () => {
		const folder = project({ '.iam-support.json': config, 'a/b/p.json': '{}', 'c/.iam-support.json': '{}', 'c/p.json': '{}' });
		assert.equal(findGuardrailsFile(path.join(folder, 'a/b')), path.join(folder, '.iam-support.json'));
		assert.equal(findGuardrailsFile(path.join(folder, 'c')), path.join(folder, 'c/.iam-support.json'));
	});

	test("the server's cache: read once per folder, read again once cleared, none for a document that is no file", () => {
		const folder = project({ '.iam-support.json': config, 'p.json': '{}' });
		const logged: string[] = [];
		const files = new GuardrailsFiles(
			() => english,
			(message) => logged.push(message),
		);
		const uri = `file://${path.join(folder, 'p.json')}`;
		assert.deepEqual(files.forDocument(uri)?.mustNotGrant, ['support:ResolveCase', 'supportauthz:*']);
		fs.writeFileSync(path.join(folder, '.iam-support.json'), '{"guardrails": {"mustNotGrant": ["support:CreateCase"]}}');
		assert.deepEqual(files.forDocument(uri)?.mustNotGrant, ['support:ResolveCase', 'supportauthz:*']);
		assert.ok(GuardrailsFiles.isGuardrailsFile(`file://${path.join(folder, '.iam-support.json')}`));
		files.clear();
		assert.deepEqual(files.forDocument(uri)?.mustNotGrant, ['support:CreateCase']);
		assert.equal(files.forDocument('untitled:Untitled-1'), undefined);
		fs.writeFileSync(path.join(folder, '.iam-support.json'), '[]');
		files.clear();
		assert.equal(files.forDocument(uri), undefined);
		assert.match(logged.join('\n'), /not a JSON object/);
	});
});

async function check(args: string[], cwd: string) {
	let stdout = '';
	let stderr = '';
	const previous = process.cwd();
	process.chdir(cwd);
	try {
		const code = await checkFiles(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), readStdin: () => '' });
		return { code, stdout, stderr };
	} finally {
		process.chdir(previous);
	}
}

describe('iam-support check with guardrails', () => {
	const allowAll = policy('{"Effect": "Allow", "Action": "support:*", "Resource": "*"}');

	test('--must-not-grant: an error, exit code 1; a policy that grants nothing forbidden passes', async () => {
		const folder = project({
			'p.json': allowAll,
			'q.json': policy('{"Effect": "Allow", "Action": "support:Describe*", "Resource": "*"}'),
		});
		const result = await check(['--must-not-grant', 'support:ResolveCase,supportauthz:*', 'p.json'], folder);
		assert.equal(result.code, 1);
		assert.match(result.stdout, /^p\.json:1:\d+ error grants-forbidden-action This statement grants support:ResolveCase/m);
		assert.equal((await check(['--must-not-grant', 'support:ResolveCase', 'q.json'], folder)).code, 0);
		assert.equal((await check(['--must-not-grant', ',', 'q.json'], folder)).code, 2);
	});

	test('the nearest .iam-support.json applies to each file; a broken one stops the run', async () => {
		const folder = project({
			'team/.iam-support.json': config,
			'team/p.json': allowAll,
			'other/p.json': allowAll,
			'bad/.iam-support.json': '[]',
			'bad/p.json': allowAll,
		});
		const result = await check(['--format', 'json', 'team', 'other'], folder);
		// The guardrails file itself is a JSON file without a policy, which check lists with no finding.
		const codes = (JSON.parse(result.stdout) as { file: string; diagnostics: { code: string }[] }[])
			.filter(({ file }) => file.endsWith('p.json'))
			.map(({ file, diagnostics }) => [file, [...new Set(diagnostics.map((diagnostic) => diagnostic.code))].sort()]);
		assert.deepEqual(codes, [
			[path.join('team', 'p.json'), ['grants-forbidden-action', 'missing-required-condition']],
			[path.join('other', 'p.json'), []],
		]);
		const broken = await check(['bad/p.json'], folder);
		assert.equal(broken.code, 2);
		assert.match(broken.stderr, /\.iam-support\.json: not a JSON object/);
	});
});
