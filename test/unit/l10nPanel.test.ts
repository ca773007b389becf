/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The simulation panel in Japanese: the host hands the page vscode.l10n.bundle, and the pure modules
// that both sides share translate with it.

import * as assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import type { ActionResult } from '../../shared/simulation';
import { parseContextInput, parseExtraContext } from '../../client/src/panel/common/context';
import { exportResults } from '../../client/src/panel/common/exporters';
import { buildPanelHtml } from '../../client/src/panel/common/html';
import { isL10nBundle, setL10nBundle, t } from '../../client/src/panel/common/l10n';
import { accessLevelLabel, decisionLabel } from '../../client/src/panel/common/viewModel';
import { readJson } from './l10nSources';

const ja = readJson('l10n/bundle.l10n.ja.json') as Record<string, string>;

afterEach(() => setL10nBundle(undefined));

test('without a bundle the panel speaks English, placeholders filled', () => {
	assert.equal(decisionLabel('explicitDeny'), 'Explicitly denied');
	assert.equal(t('Simulation of {0}', 'policy.json'), 'Simulation of policy.json');
	assert.equal(t('Line {0}: {1}', 2), 'Line 2: {1}', 'a placeholder without an argument stays as written');
});

test("with the Japanese bundle: decisions, access levels and the form's errors", () => {
	setL10nBundle(ja);
	assert.equal(decisionLabel('explicitDeny'), '明示的に拒否');
	assert.equal(accessLevelLabel('Write'), '書き込み');
	assert.equal(accessLevelLabel('Unheard of'), 'Unheard of');
	assert.deepEqual(parseContextInput('number', 'ten'), { error: '数値を入力してください。' });
	assert.deepEqual(parseExtraContext('nonsense').errors, [
		'1 行目: aws:PrincipalTag/team のようなキーを使い、KEY=VALUE の形式で記述してください。',
	]);
	assert.equal(t('Simulation of {0}', 'policy.json'), 'policy.json のシミュレーション');
});

test('the page gets the bundle and the language as escaped data, and its title in that language', () => {
	setL10nBundle(ja);
	const html = buildPanelHtml({
		cspSource: 'vscode-webview:',
		nonce: 'abc123',
		scriptUri: 'x.js',
		styleUri: 'x.css',
		l10nBundle: { Request: '<リクエスト>' },
		language: 'ja',
	});
	assert.match(html, /<html lang="ja">/);
	assert.match(html, /<title>ポリシーのシミュレーション<\/title>/);
	assert.match(html, /data-l10n="\{&quot;Request&quot;:&quot;&lt;リクエスト&gt;&quot;\}"/);
	const hostile = buildPanelHtml({
		cspSource: 'vscode-webview:',
		nonce: 'abc123',
		scriptUri: 'x.js',
		styleUri: 'x.css',
		language: 'ja" onload="x',
	});
	assert.match(hostile, /<html lang="en">/);
});

test('the page accepts only a bundle-shaped value', () => {
	assert.ok(isL10nBundle({ a: 'b', c: { message: 'd', comment: ['e'] } }));
	assert.ok(!isL10nBundle(['a']));
	assert.ok(!isL10nBundle({ a: 1 }));
	assert.ok(!isL10nBundle(null));
});

test('the Markdown export in Japanese; CSV keeps the values that scripts read', () => {
	setL10nBundle(ja);
	const result = {
		action: 'support:ResolveCase',
		prefix: 'support',
		accessLevel: 'Write',
		resource: '*',
		decision: 'explicitDeny',
		variesByResource: false,
		decidingStatements: [{ policy: 'policy.json', statementIndex: 1, effect: 'Deny' }],
		missingContextKeys: [],
		trace: [],
	} as unknown as ActionResult;
	const markdown = exportResults('markdown', { documentLabel: 'policy.json', results: [result] });
	assert.match(markdown, /^# policy\.json のシミュレーション\n/);
	assert.match(
		markdown,
		/\| アクション \| アクセスレベル \| リソース \| 判定 \| 判定を決めたステートメント \| 不足しているコンテキストキー \|/,
	);
	assert.match(markdown, /\| support:ResolveCase \| 書き込み \| \\\* \| 明示的に拒否 \| policy\.json のステートメント 2: Deny \|/);
	assert.match(
		exportResults('csv', { documentLabel: 'policy.json', results: [result] }),
		/^action,prefix,accessLevel[^\n]*\r\nsupport:ResolveCase,support,Write,\*,explicitDeny,/,
	);
});
