/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

/**
 * Waits until the keyboard goes to the quick input and it holds `value` (`>` for the command palette, `:`
 * for Go to Line): the widget's element stays in the page between uses, so its mere presence says nothing,
 * and keys typed before it has the focus land in the editor.
 */
export async function quickInputFocused(page, value) {
	await page.waitForFunction((expected) => {
		const input = document.activeElement;
		return input instanceof HTMLInputElement && input.closest('.quick-input-widget') !== null && input.value === expected;
	}, value);
}
