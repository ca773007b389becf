/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The language service in Japanese, and services of both languages side by side in one process: each
// service owns its language, so creating one never changes another.

import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { getLanguageService, languageOf, TextDocument, type LanguageService } from '../../server/src/languageService';
import { globalConditionKeyDescriptionsJa } from '../../server/src/languageService/data/globalConditionKeys.ja';
import { globalConditionKeyDescriptions } from '../../server/src/languageService/data/supportFacts';
import { hover } from './testUtil';

const resolveCase = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "support:Resolve|Case", "Resource": "*"}]}';

const english = getLanguageService({ locale: 'en' });
const japanese = getLanguageService({ locale: 'ja_JP.UTF-8' });

function validate(text: string, service: LanguageService) {
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
	const { value } = hover(resolveCase, undefined, japanese);
	assert.match(value, /\*\*support:ResolveCase\*\*/);
	assert.match(value, /AWS Support ケースを解決する権限を付与します。/);
	assert.match(value, /アクセスレベル: \*\*書き込み\*\*/);
	assert.match(value, /Resource は `"\*"` である必要があります: AWS Support にはリソースレベルのアクセス許可がありません。/);
	assert.match(value, /\[サービス認可リファレンス\]\(https:/);
	assert.doesNotMatch(value, /Grants permission|Access level/);
});

test('the same hover in English when the locale is not Japanese', () => {
	const { value } = hover(resolveCase, undefined, getLanguageService({ locale: 'fr' }));
	assert.match(value, /Grants permission to resolve an AWS Support case/);
	assert.match(value, /Access level: \*\*Write\*\*/);
});

test('a diagnostic in Japanese, with the same code, range and severity as in English', () => {
	const text =
		'{"Version": "2012-10-17", "Statement": [{"Effect": "allow", "Action": "support:ResolveCase", "Resource": "arn:aws:support::123456789012:case/1"}]}';
	const inEnglish = validate(text, english);
	const ja = validate(text, japanese);
	assert.deepEqual(
		ja.map((d) => [d.code, d.range, d.severity]),
		inEnglish.map((d) => [d.code, d.range, d.severity]),
	);
	const effect = ja.find((d) => d.code === 'invalid-effect');
	assert.equal(effect?.message, '"allow" は Effect ではありません。IAM はここで大文字と小文字を区別し、"Allow" のみを受け付けます。');
	assert.match(String(effect?.codeDescription?.href), /docs\/rules\.ja\.md#invalid-effect$/);
	assert.match(String(inEnglish.find((d) => d.code === 'invalid-effect')?.codeDescription?.href), /docs\/rules\.md#invalid-effect$/);
	const arn = ja.find((d) => d.code === 'resource-never-matches');
	assert.equal(
		arn?.message,
		'この ARN は support:ResolveCase に対して何も許可しません。リソースタイプがないため、"*" にのみ一致します (AWS Support にはリソースレベルのアクセス許可がありません)。',
	);
});

test('an English and a Japanese service side by side: each keeps its language, though both read the same entries', () => {
	const text =
		'{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["support:describecases", "support:DescribeCasez", "ec2:NoSuch*"], "Resource": "*"}]}';
	const messages = (service: LanguageService) =>
		validate(text, service)
			.filter((d) => ['non-canonical-case', 'unknown-action', 'wildcard-matches-nothing'].includes(String(d.code)))
			.map((d) => d.message);
	const inEnglish = messages(english);
	assert.equal(inEnglish.length, 3);
	inEnglish.forEach((message) => assert.doesNotMatch(message, /[\u3040-\u30ff]/));
	const ja = messages(japanese);
	assert.equal(ja.length, 3);
	ja.forEach((message) => assert.match(message, /[\u3040-\u30ff]/));
	// Alternating, as two clients of one process would: neither service's findings change.
	assert.deepEqual(messages(english), inEnglish);
	assert.deepEqual(messages(japanese), ja);
	const hovers = [english, japanese, english].map((service) => hover(resolveCase, undefined, service).value);
	assert.match(hovers[0], /Access level: \*\*Write\*\*/);
	assert.match(hovers[1], /アクセスレベル: \*\*書き込み\*\*/);
	assert.equal(hovers[2], hovers[0]);
	// A service created later in another language leaves the earlier ones as they were.
	getLanguageService({ locale: 'ja' });
	assert.deepEqual(messages(english), inEnglish);
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
		['IAM: アイデンティティベースのポリシー (推定)', `シミュレーション · 許可 1 · 明示的に拒否 0 · 未許可 ${familyCount - 1}`],
	);
});

test("a condition operator's hover and completion documentation in Japanese", () => {
	const { value } = hover(
		'{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "support:*", "Resource": "*", "Condition": {"StringEquals|IfExists": {"aws:username": "a"}}}]}',
		undefined,
		japanese,
	);
	assert.match(value, /完全一致 \(大文字と小文字を区別\)。/);
	assert.match(value, /`IfExists`: リクエストにキーが存在しない場合も true になります。/);
});

test('every global condition key described in English has a Japanese description, and the hover shows it', () => {
	assert.deepEqual(Object.keys(globalConditionKeyDescriptionsJa).sort(), Object.keys(globalConditionKeyDescriptions).sort());
	const { value } = hover(
		'{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "support:*", "Resource": "*", "Condition": {"Bool": {"aws:MultiFactor|AuthPresent": "true"}}}]}',
		undefined,
		japanese,
	);
	assert.match(value, /グローバル条件キー · Bool/);
	assert.match(value, /リクエストが、MFA で検証された認証情報で署名されたかどうか。/);
});
