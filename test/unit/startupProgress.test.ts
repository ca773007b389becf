/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The start's progress (#16) shows only for what takes longer than a second, says what it waits for,
// and ends when told, once. Timers are node:test's mock timers: the test sets the clock, nothing waits.

import * as assert from 'node:assert/strict';
import { beforeEach, afterEach, describe, mock, test } from 'node:test';
import { startupProgress, type ShowProgress } from '../../client/src/status/startupProgress';

interface Shown {
	title: string;
	messages: string[];
	settled: boolean;
}

function fakeWindow(): { show: ShowProgress; shown: Shown[] } {
	const shown: Shown[] = [];
	return {
		shown,
		show: (title, task) => {
			const entry: Shown = { title, messages: [], settled: false };
			shown.push(entry);
			void task({ report: ({ message }) => message !== undefined && entry.messages.push(message) }).then(
				() => (entry.settled = true),
			);
		},
	};
}

/** Lets the promise callbacks that settling queued run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('startup progress', () => {
	beforeEach(() => mock.timers.enable({ apis: ['setTimeout'] }));
	afterEach(() => mock.timers.reset());

	test('a start quicker than the delay shows nothing', () => {
		const window = fakeWindow();
		const progress = startupProgress('IAM Support', window.show, 1000);
		progress.report('starting the language server');
		mock.timers.tick(999);
		progress.done();
		mock.timers.tick(10_000);
		assert.deepEqual(window.shown, []);
	});

	test('a slower one shows, with the latest message, then each new one, and ends when done', async () => {
		const window = fakeWindow();
		const progress = startupProgress('IAM Support', window.show, 1000);
		progress.report('starting the language server');
		mock.timers.tick(1000);
		assert.equal(window.shown.length, 1);
		assert.equal(window.shown[0].title, 'IAM Support');
		assert.deepEqual(window.shown[0].messages, ['starting the language server']);
		progress.report('checking the policy');
		assert.deepEqual(window.shown[0].messages, ['starting the language server', 'checking the policy']);
		await settle();
		assert.equal(window.shown[0].settled, false);
		progress.done();
		progress.done();
		await settle();
		assert.equal(window.shown[0].settled, true);
		assert.equal(window.shown.length, 1);
	});
});
