/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The language service in Japanese. @vscode/l10n holds one bundle per process, and node --test runs each
// file in its own process, so switching the language here leaves the English tests alone.

import * as assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { getLanguageService, languageOf, setLocale, TextDocument } from '../../server/src/languageService';
import { globalConditionKeyDescriptionsJa } from '../../server/src/data/globalConditionKeys.ja';
import { globalConditionKeyDescriptions } from '../../server/src/data/supportFacts';
import { hover } from './testUtil';

const resolveCase = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "support:Resolve|Case", "Resource": "*"}]}';

afterEach(() => setLocale('en'));

function validate(text: string) {
	const service = getLanguageService();
	const document = TextDocument.create('file:///policy.json', 'json', 1, text);
	return service.doValidation(document, service.parsePolicyDocument(document));
}

test('locales: BCP 47 tags and POSIX locales of Japanese, English for the rest', () => {
	assert.equal(languageOf('ja'), 'ja');
	assert.equal(languageOf('ja-JP'), 'ja');
	assert.equal(languageOf('ja_JP.UTF-8'), 'ja');
	assert.equal(languageOf('en-US'), 'en');
	assert.equal(languageOf('jam'), 'en');
	assert.equal(languageOf(undefined), 'en');
});

test('hover on support:ResolveCase in Japanese: the Japanese description, access level and resource note', () => {
	getLanguageService({ locale: 'ja' });
	const { value } = hover(resolveCase);
	assert.match(value, /\*\*support:ResolveCase\*\*/);
	assert.match(value, /AWS Support ケースを解決する権限を付与します。/);
	assert.match(value, /アクセスレベル: \*\*書き込み\*\*/);
	assert.match(value, /Resource は `"\*"` である必要があります: AWS Support にはリソースレベルのアクセス許可がありません。/);
	assert.match(value, /\[サービス認可リファレンス\]\(https:/);
	assert.doesNotMatch(value, /Grants permission|Access level/);
});

test('the same hover in English when the locale is not Japanese', () => {
	getLanguageService({ locale: 'fr' });
	const { value } = hover(resolveCase);
	assert.match(value, /Grants permission to resolve an AWS Support case/);
	assert.match(value, /Access level: \*\*Write\*\*/);
});

test('a diagnostic in Japanese, with the same code, range and severity as in English', () => {
	const text =
		'{"Version": "2012-10-17", "Statement": [{"Effect": "allow", "Action": "support:ResolveCase", "Resource": "arn:aws:support::123456789012:case/1"}]}';
	setLocale('en');
	const english = validate(text);
	setLocale('ja_JP.UTF-8');
	const ja = validate(text);
	assert.deepEqual(
		ja.map((d) => [d.code, d.range, d.severity]),
		english.map((d) => [d.code, d.range, d.severity]),
	);
	const effect = ja.find((d) => d.code === 'invalid-effect');
	assert.equal(effect?.message, '"allow" は Effect ではありません。IAM はここで大文字と小文字を区別し、"Allow" のみを受け付けます。');
	assert.match(String(effect?.codeDescription?.href), /docs\/rules\.ja\.md#invalid-effect$/);
	assert.match(String(english.find((d) => d.code === 'invalid-effect')?.codeDescription?.href), /docs\/rules\.md#invalid-effect$/);
	const arn = ja.find((d) => d.code === 'resource-never-matches');
	assert.equal(
		arn?.message,
		'この ARN は support:ResolveCase に対して何も許可しません。リソースタイプがないため、"*" にのみ一致します (AWS Support にはリソースレベルのアクセス許可がありません)。',
	);
});

test('action findings follow a change of language, though what is found in an entry is kept by its text', () => {
	const text =
		'{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["support:describecases", "support:DescribeCasez", "ec2:NoSuch*"], "Resource": "*"}]}';
	const messages = () =>
		validate(text)
			.filter((d) => ['non-canonical-case', 'unknown-action', 'wildcard-matches-nothing'].includes(String(d.code)))
			.map((d) => d.message);
	setLocale('en');
	const english = messages();
	assert.equal(english.length, 3);
	english.forEach((message) => assert.doesNotMatch(message, /[\u3040-\u30ff]/));
	setLocale('ja');
	const ja = messages();
	assert.equal(ja.length, 3);
	ja.forEach((message) => assert.match(message, /[\u3040-\u30ff]/));
	setLocale('en');
	assert.deepEqual(messages(), english);
});

test('code action titles and the CodeLens in Japanese', () => {
	const service = getLanguageService({ locale: 'ja' });
	const document = TextDocument.create(
		'file:///policy.json',
		'json',
		1,
		'{"Statement": [{"Effect": "Allow", "Action": "support:ResolveCase", "Resource": "*"}]}',
	);
	const parsed = service.parsePolicyDocument(document);
	const diagnostics = service.doValidation(document, parsed);
	const version = diagnostics.find((d) => d.code === 'missing-version')!;
	const titles = service.doCodeActions(document, version.range, { diagnostics: [version] }, parsed).map((action) => action.title);
	assert.ok(titles.includes('"Version": "2012-10-17" を追加'), titles.join(' | '));
	const familyCount = service.simulate(document, { textDocument: { uri: document.uri } }, parsed).results.length;
	assert.deepEqual(
		service.doCodeLens(document, parsed).map((lens) => lens.command?.title),
		[`シミュレーション · 許可 1 · 明示的に拒否 0 · 未許可 ${familyCount - 1}`],
	);
});

test("a condition operator's hover and completion documentation in Japanese", () => {
	getLanguageService({ locale: 'ja' });
	const { value } = hover(
		'{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "support:*", "Resource": "*", "Condition": {"StringEquals|IfExists": {"aws:username": "a"}}}]}',
	);
	assert.match(value, /完全一致 \(大文字と小文字を区別\)。/);
	assert.match(value, /`IfExists`: リクエストにキーが存在しない場合も true になります。/);
});

test('every global condition key described in English has a Japanese description, and the hover shows it', () => {
	assert.deepEqual(Object.keys(globalConditionKeyDescriptionsJa).sort(), Object.keys(globalConditionKeyDescriptions).sort());
	getLanguageService({ locale: 'ja' });
	const { value } = hover(
		'{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "support:*", "Resource": "*", "Condition": {"Bool": {"aws:MultiFactor|AuthPresent": "true"}}}]}',
	);
	assert.match(value, /グローバル条件キー · Bool/);
	assert.match(value, /リクエストが、MFA で検証された認証情報で署名されたかどうか。/);
});
