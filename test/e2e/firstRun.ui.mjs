/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// What a new user sees in the workbench (#16): the status bar item of the language server with the AWS
// data in its tooltip, and a rule's link, clicked in the Problems panel and in a squiggle's hover, that
// opens the rule rendered, scrolled to its heading. Every step waits for the element it needs.

import { quickInputFocused } from './quickInput.mjs';

const file = 'policy-with-mistakes.json';

/** Opens `name` of the workbench's folder with Quick Open and waits until its editor has the keyboard. */
async function openFile(page, name) {
	await page.keyboard.press('Control+P');
	await quickInputFocused(page, '');
	await page.keyboard.type(name);
	await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
	await page.keyboard.press('Enter');
	await page.locator('.tabs-container .tab.active', { hasText: name }).first().waitFor();
	await page.waitForFunction(() => document.activeElement?.closest('.editor-instance .monaco-editor') != null);
}

/**
 * Waits until the Markdown preview shows the heading of `code` at its top. The preview renders in a
 * webview's frame, and a fragment makes it load again into a new frame (VS Code swaps a webview's
 * frames on each load), so no frame can be held on to: each check asks every frame of the page, as a
 * locator would, until the deadline.
 */
async function waitForRuleInPreview(page, code, ms = 20_000) {
	await page.locator('.tabs-container .tab.active', { hasText: 'rules.md' }).first().waitFor();
	const deadline = Date.now() + ms;
	for (;;) {
		for (const frame of page.frames()) {
			// At the top of the preview: at least partly in view, and starting within the first fifth of its height.
			const atTop = await frame
				.evaluate((id) => {
					const heading = document.getElementById(id);
					const box = heading?.tagName === 'H2' ? heading.getBoundingClientRect() : undefined;
					return box !== undefined && box.bottom > 0 && box.top < window.innerHeight / 5;
				}, code)
				.catch(() => false);
			if (atTop) {
				return;
			}
		}
		if (Date.now() > deadline) {
			throw new Error(`The Markdown preview did not show the heading of ${code} at its top within ${ms / 1000} s`);
		}
		// The interval between two looks, as Playwright's own locators poll.
		await page.waitForTimeout(100);
	}
}

export async function runStatusBarTest(page, { url }) {
	page.setDefaultTimeout(20_000);
	await page.goto(url);
	// The workbench restores what earlier tests left (the side bar may be closed): the status bar is always there.
	await page.locator('.monaco-workbench .part.statusbar').waitFor();
	await openFile(page, file);
	// The item of this extension (its id ends in the item's id), ready once its icon is the shield.
	const item = page.locator('.statusbar-item[id$="iamSupport.status"]');
	await item.locator('.codicon-shield').waitFor();
	const text = (await item.innerText()).trim();
	if (text !== 'IAM Support') {
		throw new Error(`The status bar item reads ${JSON.stringify(text)}, not "IAM Support"`);
	}
	await item.hover();
	await page.locator('.monaco-hover, .workbench-hover', { hasText: 'Service Authorization Reference of' }).first().waitFor();
	await page
		.locator('.monaco-hover, .workbench-hover', { hasText: /Language server: ready \(started in [\d.]+ s\)/ })
		.first()
		.waitFor();
}

export async function runRuleLinkTest(page, { url }) {
	page.setDefaultTimeout(20_000);
	await page.goto(url);
	await page.locator('.monaco-workbench .part.statusbar').waitFor();
	await openFile(page, file);
	await page.locator('.editor-instance .monaco-editor .squiggly-warning').first().waitFor();

	// The Problems panel (focused from the command palette: its key toggles it) and its code link of a rule.
	await page.keyboard.press('Control+Shift+P');
	await quickInputFocused(page, '>');
	await page.keyboard.type('Problems: Focus on Problems View');
	await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Focus on Problems View' }).first().waitFor();
	await page.keyboard.press('Enter');
	const link = page.locator('.markers-panel a.monaco-link', { hasText: 'resource-never-matches' }).first();
	await link.waitFor();
	await link.click();
	await waitForRuleInPreview(page, 'resource-never-matches');

	// A squiggle's hover: the misspelt action's link, as a person reaches it, with the mouse over the
	// squiggle, then into the hover (a hover opened from the keyboard follows the mouse elsewhere).
	await page.locator('.tabs-container .tab', { hasText: file }).first().click();
	const misspelt = page.locator('.editor-instance .monaco-editor .view-line span', { hasText: 'DescibeCases' }).last();
	await misspelt.hover();
	const hoverLink = page.locator('.monaco-hover a.code-link', { hasText: 'unknown-action' }).first();
	await hoverLink.waitFor();
	await hoverLink.click();
	await waitForRuleInPreview(page, 'unknown-action');
}
