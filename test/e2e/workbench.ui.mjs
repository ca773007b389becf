/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Drives the workbench as a person would: opens an example policy, types the start of an
// action, picks it from the suggest widget, reads the line back and shows the hover. Every step
// waits for the element it needs (Playwright's locators retry until their deadline).

import * as path from 'node:path';
import { quickInputFocused } from './quickInput.mjs';

const file = 'support-api-trusted-advisor.json';
// The line `"Action": [` of that example; the new action goes on a line of its own below it.
const actionLine = 7;
// What is typed is in lower case: accepting must also give the action in AWS's case. The expected
// action is the one the widget focuses first, because the editor asks the providers again, and
// focuses the first row again, whenever a completion provider registers while the widget is open
// (a language server that starts late); a row chosen with the arrow keys could then be lost
// between the check and the Enter.
const typed = '"support:desc';
const expected = 'support:DescribeAttachment';

export async function runWorkbenchTest(page, { url, screenshots }) {
	page.setDefaultTimeout(20_000);
	await page.goto(url);
	await page.locator('.monaco-workbench .explorer-folders-view').waitFor();

	await page.keyboard.press('Control+P');
	await quickInputFocused(page, '');
	await page.keyboard.type(file);
	await page.locator('.quick-input-list .monaco-list-row', { hasText: file }).first().waitFor();
	await page.keyboard.press('Enter');
	const editor = page.locator('.editor-instance .monaco-editor').first();
	await editor.locator('.view-line', { hasText: '"Action": [' }).waitFor();

	const actionLineText = await lineText(page, actionLine);
	if (actionLineText.trim() !== '"Action": [') {
		throw new Error(`Line ${actionLine} of ${file} is ${JSON.stringify(actionLineText)}, not "Action": [`);
	}
	await page.keyboard.press('Control+G');
	await quickInputFocused(page, ':');
	await page.keyboard.type(String(actionLine));
	await page.keyboard.press('Enter');
	await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
	await page.keyboard.press('End');
	await page.keyboard.press('Enter');
	// The editor closes the quote itself, so the text typed ends up inside a string.
	await page.keyboard.type(typed);

	const row = page.locator('.suggest-widget.visible .monaco-list-row', { hasText: expected });
	await openSuggestionsUntil(page, row);
	// Finished animations: the suggest widget and the hover fade in.
	await page.screenshot({ path: path.join(screenshots, 'completion.png'), animations: 'disabled' });

	// Accept it as a person would, with Enter.
	await page.locator('.suggest-widget.visible .monaco-list-row.focused', { hasText: expected }).waitFor();
	await page.keyboard.press('Enter');
	await page.locator('.suggest-widget.visible').waitFor({ state: 'hidden' });

	const accepted = (await lineText(page, actionLine + 1)).trim();
	if (accepted !== `"${expected}"`) {
		throw new Error(`After accepting the suggestion the line reads ${JSON.stringify(accepted)}, not "${expected}"`);
	}

	// The comma keeps the JSON valid for the hover screenshot; then back into the action name
	// and the keyboard's "Show Hover" (Ctrl+K Ctrl+I).
	await page.keyboard.press('End');
	await page.keyboard.type(',');
	for (let i = 0; i < 4; i++) {
		await page.keyboard.press('ArrowLeft');
	}
	await page.keyboard.press('Control+K');
	await page.keyboard.press('Control+I');
	await page.locator('.monaco-hover:not(.hidden)', { hasText: 'Read' }).filter({ hasText: 'DescribeAttachment' }).first().waitFor();
	await page.screenshot({ path: path.join(screenshots, 'hover.png'), animations: 'disabled' });
}

/**
 * Opens the suggest widget and waits for `row`. The first request may be answered before the
 * language server is up (with the editor's word-based suggestions only), so a widget without
 * the row is closed and opened again, at most three times.
 */
async function openSuggestionsUntil(page, row) {
	let lastError;
	for (let attempt = 0; attempt < 3; attempt++) {
		await page.keyboard.press('Control+Space');
		try {
			await row.first().waitFor({ timeout: 10_000 });
			return;
		} catch (error) {
			lastError = error;
			await page.keyboard.press('Escape');
		}
	}
	throw lastError;
}

/** The text of a line of the active editor, as rendered (1-based line number). */
async function lineText(page, lineNumber) {
	// The editor renders only visible lines, absolutely positioned; the line numbers gutter has
	// the same `top` as its line.
	return page.evaluate((wanted) => {
		const editorNode = document.querySelector('.editor-instance .monaco-editor');
		if (!editorNode) {
			throw new Error('No editor');
		}
		const numbers = [...editorNode.querySelectorAll('.line-numbers')];
		const number = numbers.find((node) => node.textContent?.trim() === String(wanted));
		if (!number) {
			throw new Error(`Line ${wanted} is not rendered`);
		}
		const top = number.parentElement?.style.top;
		const line = [...editorNode.querySelectorAll('.view-line')].find((node) => node.style.top === top);
		return (line?.textContent ?? '').replace(/\u00a0/g, ' ');
	}, lineNumber);
}
