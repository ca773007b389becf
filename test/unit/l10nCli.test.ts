/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';
import { cliLocale, LocaleError } from '../../server/src/cli/locale';

const repo = path.resolve(__dirname, '../../..');
const cli = path.join(repo, 'dist/cli.js');
const denyOnArn =
	'{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "support:ResolveCase", "Resource": "arn:aws:support::123456789012:case/1"}]}';
const japaneseFinding =
	'<stdin>:1:105 error resource-never-matches この Deny は support:ResolveCase には適用されません。リソースタイプがないため、"*" にのみ一致します (AWS Support にはリソースレベルのアクセス許可がありません)。\n';

function run(args: string[], env: Record<string, string>, input?: string) {
	const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(LANG|LC_ALL|LC_MESSAGES)$/.test(name)));
	const result = spawnSync(process.execPath, [cli, ...args], { cwd: repo, input, encoding: 'utf8', env: { ...clean, ...env } });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('LANG=ja_JP.UTF-8: iam-support check prints Japanese findings, with the same location, severity and code', () => {
	const result = run(['check', '-'], { LANG: 'ja_JP.UTF-8' }, denyOnArn);
	assert.equal(result.stdout, japaneseFinding);
	assert.equal(result.code, 1);
});

test('LC_ALL overrides LANG, and --locale overrides both', () => {
	assert.match(
		run(['check', '-'], { LANG: 'ja_JP.UTF-8', LC_ALL: 'C' }, denyOnArn).stdout,
		/error resource-never-matches This Deny never applies to support:ResolveCase/,
	);
	assert.equal(run(['check', '--locale', 'ja', '-'], { LC_ALL: 'C' }, denyOnArn).stdout, japaneseFinding);
	assert.match(run(['check', '--locale=en', '-'], { LANG: 'ja_JP.UTF-8' }, denyOnArn).stdout, /This Deny never applies/);
});

test('iam-support simulate in Japanese: the deciding statement and the summary', () => {
	const result = run(['simulate', 'templates/support-read-only.json', '--action', 'support:DescribeCases'], {
		LC_MESSAGES: 'ja_JP.UTF-8',
	});
	assert.match(result.stdout, /^allowed\s+support:DescribeCases\s+\*\s+判定: /m);
	assert.match(result.stdout, /許可 1、明示的な拒否 0、暗黙的な拒否 0\n$/);
	assert.equal(result.code, 0);
});

test('a wrong --locale is a usage error (exit 2)', () => {
	const result = run(['check', '--locale', 'fr', '-'], {}, denyOnArn);
	assert.equal(result.code, 2);
	assert.match(result.stderr, /--locale is ja or en, not fr/);
});

test('cliLocale: the option is taken out of the arguments; the environment decides without it', () => {
	assert.deepEqual(cliLocale(['check', '--locale', 'ja', 'a.json'], {}), { locale: 'ja', args: ['check', 'a.json'] });
	assert.deepEqual(cliLocale(['check'], { LANG: 'ja_JP.UTF-8', LC_MESSAGES: 'en_US.UTF-8' }), { locale: 'en_US.UTF-8', args: ['check'] });
	assert.deepEqual(cliLocale(['check'], { LC_ALL: '', LANG: 'ja_JP.UTF-8' }), { locale: 'ja_JP.UTF-8', args: ['check'] });
	assert.throws(() => cliLocale(['--locale'], {}), LocaleError);
});
