/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The simulation panel as a person sees it, at 360, 600 and 1,200 px and in VS Code's light, dark and
// high contrast themes: measured in the real page, then photographed for docs/images/panel-layout/.
// At each size and theme: no header taller than two lines or broken inside a word, no action name
// broken anywhere but after its prefix's colon, nothing wider than the panel, the results on the
// first screen, decision text at 4.5:1 against what is behind it and, with the request form open,
// every field's border at 3:1. Every step waits for the element or the state it needs.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { openPanelOn, rowOf } from './panel.ui.mjs';
import { quickInputFocused } from './quickInput.mjs';

const file = 'mfa-and-trusted-advisor.json';

// Every decision, missing context keys, Sids, and the longest action names of the Support family.
const policy = {
	Version: '2012-10-17',
	Statement: [
		{
			Sid: 'SupportCasesWithMfa',
			Effect: 'Allow',
			Action: 'support:*',
			Resource: '*',
			Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
		},
		{
			Sid: 'TrustedAdvisorReadOnly',
			Effect: 'Allow',
			Action: ['trustedadvisor:Describe*', 'trustedadvisor:List*', 'trustedadvisor:Get*', 'support:DescribeSeverityLevels'],
			Resource: '*',
		},
		{
			Sid: 'NoOrganizationWideChanges',
			Effect: 'Deny',
			Action: [
				'trustedadvisor:DeleteNotificationConfigurationForDelegatedAdmin',
				'trustedadvisor:BatchUpdateRecommendationResourceExclusion',
				'trustedadvisor:UpdateOrganizationRecommendationLifecycle',
				'support:ResolveCase',
			],
			Resource: '*',
		},
	],
};

/**
 * The policy's last commit: no Trusted Advisor statement, and a Deny without ResolveCase. The change then
 * grants (Trusted Advisor reads), revokes (ResolveCase with MFA) and changes (ResolveCase now explicitly
 * denied without MFA), so the comparison with HEAD has a row of each kind.
 */
const committedPolicy = {
	...policy,
	Statement: [
		policy.Statement[0],
		{ ...policy.Statement[2], Action: policy.Statement[2].Action.filter((action) => action !== 'support:ResolveCase') },
	],
};

/** The themes, by the `workbench.colorTheme` value, the workbench's class for it and the webview body's. */
const themes = [
	{ name: 'light', setting: 'Default Light Modern', workbench: 'vs', body: 'vscode-light' },
	{ name: 'dark', setting: 'Default Dark Modern', workbench: 'vs-dark', body: 'vscode-dark' },
	{
		name: 'high-contrast',
		setting: 'Default High Contrast',
		workbench: 'hc-black',
		body: 'vscode-high-contrast',
		notBody: 'vscode-high-contrast-light',
	},
	{ name: 'high-contrast-light', setting: 'Default High Contrast Light', workbench: 'hc-light', body: 'vscode-high-contrast-light' },
];

const widths = [360, 600, 1200];

/**
 * Switches the theme through the folder's settings, as a person editing .vscode/settings.json would
 * (code-server notices changes to that file, not to the user settings file it was started with), and
 * waits until the workbench and the panel's page wear it.
 */
async function setTheme(page, frame, folder, theme) {
	writeFileSync(
		path.join(folder, '.vscode', 'settings.json'),
		`${JSON.stringify({ 'workbench.colorTheme': theme.setting }, undefined, '\t')}\n`,
	);
	await page.locator(`.monaco-workbench.${theme.workbench}`).waitFor();
	await frame.waitForFunction(
		({ body, notBody }) => document.body.classList.contains(body) && !(notBody && document.body.classList.contains(notBody)),
		theme,
	);
}

/**
 * Resizes the window until the panel's webview is `width` px wide: the editor groups share the window
 * in proportion, so each step moves the window by twice what the panel misses, then waits for the
 * workbench's layout to follow.
 */
async function setPanelWidth(page, frame, width) {
	const webviewWidth = () => page.evaluate(() => document.querySelector('iframe.webview')?.getBoundingClientRect().width ?? 0);
	for (let step = 0; step < 6; step++) {
		const current = await webviewWidth();
		if (Math.abs(current - width) < 1) {
			await frame.waitForFunction((wanted) => Math.abs(window.innerWidth - wanted) < 1, width);
			return;
		}
		const viewport = page.viewportSize();
		await page.setViewportSize({ width: Math.round(viewport.width + 2 * (width - current)), height: viewport.height });
		await page.waitForFunction(
			(previous) => Math.abs((document.querySelector('iframe.webview')?.getBoundingClientRect().width ?? 0) - previous) >= 1,
			current,
		);
	}
	throw new Error(`The panel is ${await webviewWidth()} px wide, not ${width} px, after resizing the window six times`);
}

/**
 * Runs in the panel's page: what a person would see, measured from the layout and the computed styles.
 * Returns the problems found, each in words.
 */
function measurePage({ checkInputs, revision }) {
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = 1;
	const context = canvas.getContext('2d', { willReadFrequently: true });
	/** Any CSS colour (color-mix and color() included) as [r, g, b, alpha], read back from a pixel. */
	const rgba = (css) => {
		context.clearRect(0, 0, 1, 1);
		context.fillStyle = 'transparent';
		context.fillStyle = css;
		context.fillRect(0, 0, 1, 1);
		const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
		return [r, g, b, a / 255];
	};
	const over = (top, bottom) => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1);
	/** What is painted behind an element: its own background and its ancestors', composed. */
	const backgroundOf = (element) => {
		const layers = [];
		for (let node = element; node; node = node.parentElement) {
			const color = rgba(getComputedStyle(node).backgroundColor);
			if (color[3] > 0) {
				layers.push(color);
				if (color[3] === 1) {
					break;
				}
			}
		}
		return layers.reverse().reduce((below, layer) => over(layer, below), [255, 255, 255, 1]);
	};
	const luminance = (color) => {
		const [r, g, b] = color.slice(0, 3).map((value) => {
			const c = value / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	};
	const contrast = (a, b) => {
		const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
		return (high + 0.05) / (low + 0.05);
	};
	const visible = (element) => {
		const rect = element.getBoundingClientRect();
		return rect.width > 1 && rect.height > 1;
	};
	const lineTops = (rects) => {
		const tops = [...rects].filter((rect) => rect.width > 0).map((rect) => rect.top);
		return tops.sort((a, b) => a - b).filter((top, index) => index === 0 || top - tops[index - 1] > 2).length;
	};
	const textNodes = (element) => {
		const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
		const nodes = [];
		while (walker.nextNode()) {
			nodes.push(walker.currentNode);
		}
		return nodes;
	};
	const problems = [];
	const range = document.createRange();

	// Headers: the tables' column headers and the groups' headers, as far as they are drawn.
	for (const header of document.querySelectorAll('th[scope="col"], th[scope="rowgroup"]')) {
		if (!visible(header)) {
			continue;
		}
		range.selectNodeContents(header);
		const lines = lineTops(range.getClientRects());
		if (lines > 2) {
			problems.push(`the header "${header.textContent}" takes ${lines} lines`);
		}
		for (const node of textNodes(header)) {
			for (const word of node.data.matchAll(/\S+/g)) {
				range.setStart(node, word.index);
				range.setEnd(node, word.index + word[0].length);
				if (lineTops(range.getClientRects()) > 1) {
					problems.push(`the header "${header.textContent}" breaks inside "${word[0]}"`);
				}
			}
		}
	}

	// Action names: the prefix with its colon and the name, each on one line; in the comparison with a revision too.
	const actions = document.querySelectorAll('table.results > tbody > tr > th[scope="row"], .revision-diff .diff-action');
	if (!actions.length) {
		problems.push('the page shows no action');
	}
	for (const action of actions) {
		const parts = action.querySelectorAll('.prefix, .name');
		if (parts.length !== 2) {
			problems.push(`the action "${action.textContent}" is not drawn as its prefix and its name`);
		}
		for (const part of parts) {
			if (part.getClientRects().length !== 1) {
				problems.push(`the action "${action.textContent}" breaks inside "${part.textContent}"`);
			}
		}
	}

	// Nothing wider than the panel: no horizontal scrolling of the page or of the table.
	const scroller = document.querySelector('.results-container');
	if (document.documentElement.scrollWidth > window.innerWidth + 1 || (scroller && scroller.scrollWidth > scroller.clientWidth + 1)) {
		problems.push(
			`something is wider than the ${window.innerWidth} px panel (page ${document.documentElement.scrollWidth} px, table ${scroller?.scrollWidth} px)`,
		);
	}

	// The results come first: with the request form folded, the first action is on the first screen.
	if (revision && !document.querySelector('.revision-diff ul.diff-rows > li')) {
		problems.push('the comparison with the revision shows no row');
	}
	if (!checkInputs && actions.length && actions[0].getBoundingClientRect().bottom > window.innerHeight) {
		problems.push(`the first action is below the first screen (at ${Math.round(actions[0].getBoundingClientRect().top)} px)`);
	}

	// Decisions: a symbol and a word, not colour alone, and text at 4.5:1 against its background.
	const seen = new Set();
	for (const cell of document.querySelectorAll('td.decision, .revision-diff span.decision')) {
		if (!/^[✓✕○]\s?\p{L}/u.test(cell.textContent)) {
			problems.push(`the decision "${cell.textContent}" has no symbol and word`);
		}
		const background = backgroundOf(cell);
		const color = over(rgba(getComputedStyle(cell).color), background);
		const key = `${cell.className} ${color} ${background}`;
		if (seen.has(key)) {
			continue;
		}
		seen.add(key);
		const ratio = contrast(color, background);
		if (ratio < 4.5) {
			problems.push(
				`"${cell.textContent}" has a contrast of ${ratio.toFixed(2)}:1 (rgb ${color.slice(0, 3)} on ${background.slice(0, 3)})`,
			);
		}
	}

	// The request form's fields: a border of at least 1 px at 3:1 against the form's background, and
	// placeholders that say they are examples.
	if (checkInputs) {
		const fields = [...document.querySelectorAll('details.request input, details.request select, details.request textarea')].filter(
			visible,
		);
		if (fields.length < 10) {
			problems.push(`only ${fields.length} fields of the request form are visible`);
		}
		for (const field of fields) {
			const style = getComputedStyle(field);
			const background = backgroundOf(field.parentElement);
			const border = over(rgba(style.borderTopColor), background);
			const ratio = contrast(border, background);
			const label = field.labels?.[0]?.textContent ?? field.tagName;
			if (parseFloat(style.borderTopWidth) < 1 || ratio < 3) {
				problems.push(`the field "${label}" has a ${style.borderTopWidth} border at ${ratio.toFixed(2)}:1`);
			}
			if (field.placeholder && !field.placeholder.startsWith('e.g. ')) {
				problems.push(`the field "${label}" has a placeholder that reads like a value: ${field.placeholder}`);
			}
		}
	}
	return problems;
}

/**
 * Opens the panel on a policy with every kind of row and checks it, and photographs it, at each width
 * in each theme. `folder` is an empty folder the workbench opens (`url`).
 */
export async function runPanelLayoutTest(page, { url, folder, screenshots }) {
	mkdirSync(path.join(folder, '.vscode'), { recursive: true });
	// A repository before the workbench opens the folder, so that the Git extension finds it as it starts.
	const git = (...args) =>
		execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], {
			cwd: folder,
			stdio: 'pipe',
		});
	git('init', '-q');
	writeFileSync(path.join(folder, file), `${JSON.stringify(committedPolicy, undefined, '\t')}\n`);
	git('add', file);
	git('commit', '-q', '-m', 'Support cases with MFA');
	writeFileSync(path.join(folder, file), `${JSON.stringify(policy, undefined, '\t')}\n`);
	const pictures = path.join(screenshots, 'panel-layout');
	mkdirSync(pictures, { recursive: true });

	page.setDefaultTimeout(20_000);
	const frame = await openPanelOn(page, url, file, '"SupportCasesWithMfa"');
	await rowOf(frame, 'support:ResolveCase').locator('td.decision.explicitDeny').waitFor();
	// The panel opens with its request form folded.
	await frame.locator('details.request:not([open])').waitFor();
	// A trace, for its table of conditions and its headers.
	await frame.locator('button.action[data-action="support:CreateCase"]').click();
	await frame.locator('table.conditions').waitFor();
	await page.keyboard.press('Control+B');
	await page.locator('.part.sidebar').waitFor({ state: 'hidden' });

	const problems = [];
	for (const theme of themes) {
		await setTheme(page, frame, folder, theme);
		for (const width of widths) {
			await setPanelWidth(page, frame, width);
			// No hover: the pointer rests on the activity bar.
			await page.mouse.move(1, 1);
			await frame.evaluate(() => window.scrollTo(0, 0));
			const where = `${theme.name}, ${width} px`;
			problems.push(...(await frame.evaluate(measurePage, { checkInputs: false })).map((problem) => `${where}: ${problem}`));
			const clip = await page.locator('iframe.webview').boundingBox();
			await page.screenshot({ path: path.join(pictures, `${theme.name}-${width}.png`), clip, animations: 'disabled' });
			if (width === 600) {
				await frame.locator('details.request > summary').click();
				await frame.locator('details.request[open] input').first().waitFor();
				problems.push(
					...(await frame.evaluate(measurePage, { checkInputs: true })).map((problem) => `${where}, form open: ${problem}`),
				);
				await page.screenshot({ path: path.join(pictures, `${theme.name}-${width}-request.png`), clip, animations: 'disabled' });
				await frame.locator('details.request > summary').click();
				await frame.locator('details.request:not([open])').waitFor();
			}
		}
	}

	// The comparison with HEAD, from the command palette with the policy's editor active, at the narrow widths.
	// A click in the policy's text gives its editor the keyboard, so that the palette offers a JSON editor's commands.
	await page.locator('.editor-instance .monaco-editor .view-line', { hasText: '"SupportCasesWithMfa"' }).first().click();
	await page.waitForFunction(() => document.activeElement?.closest('.editor-instance .monaco-editor') != null);
	await page.keyboard.press('Control+Shift+P');
	await quickInputFocused(page, '>');
	await page.keyboard.type('IAM Support: What Does This Change Grant?');
	await page.locator('.quick-input-list .monaco-list-row', { hasText: 'What Does This Change Grant?' }).first().waitFor();
	await page.keyboard.press('Enter');
	for (const group of ['granted', 'revoked', 'changed']) {
		await frame.locator(`.revision-diff ul.diff-rows.${group} > li`).first().waitFor();
	}
	for (const width of [360, 600]) {
		await setPanelWidth(page, frame, width);
		await page.mouse.move(1, 1);
		await frame.evaluate(() => window.scrollTo(0, 0));
		problems.push(
			...(await frame.evaluate(measurePage, { checkInputs: false, revision: true })).map(
				(problem) => `comparison with HEAD, ${width} px: ${problem}`,
			),
		);
		const clip = await page.locator('iframe.webview').boundingBox();
		await page.screenshot({ path: path.join(pictures, `revision-${width}.png`), clip, animations: 'disabled' });
	}
	if (problems.length) {
		throw new Error(`The panel reads badly:\n${problems.join('\n')}`);
	}
}
