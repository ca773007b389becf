/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The simulation panel in the workbench, through its page: the table, a click that reveals the
// deciding statement in the editor, and a policy full of script and HTML payloads that must stay
// text, run nothing and fetch nothing. Every step waits for the element it needs.

import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { quickInputFocused } from './quickInput.mjs';

/** Opens `file` of the workbench's folder with Quick Open and waits for its text. */
export async function openFile(page, file, lineText) {
	await page.keyboard.press('Control+P');
	await quickInputFocused(page, '');
	await page.keyboard.type(file);
	await page.locator('.quick-input-list .monaco-list-row', { hasText: file }).first().waitFor();
	await page.keyboard.press('Enter');
	// The restored workbench may show another policy with the same line (and the panel of an earlier run):
	// wait until this file's tab is the active one with the keyboard in its editor, so that the command
	// palette offers the commands of a JSON editor.
	await page.locator('.tabs-container .tab.active', { hasText: file }).first().waitFor();
	await page.waitForFunction(() => document.activeElement?.closest('.editor-instance .monaco-editor') != null);
	await page.locator('.editor-instance .monaco-editor .view-line', { hasText: lineText }).first().waitFor();
}

/** Runs "IAM Support: Simulate This Policy" from the command palette, as a person would. */
export async function simulate(page) {
	await page.keyboard.press('Control+Shift+P');
	await quickInputFocused(page, '>');
	await page.keyboard.type('IAM Support: Simulate This Policy');
	await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Simulate This Policy' }).first().waitFor();
	await page.keyboard.press('Enter');
}

/**
 * The panel's page: VS Code puts a webview in an iframe (its host shell) that holds the page in an
 * inner iframe. Resolves once the page's table is there.
 */
export async function panelFrame(page) {
	const table = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame').locator('table.results');
	try {
		await table.waitFor();
	} catch (error) {
		// Headless code-server now and then leaves a new webview's frame empty, its page never loaded
		// (seen in the layout test after other pages of the same browser): the workbench's own command
		// loads it again, once. A page that loads and then fails to draw still fails the test.
		console.log(
			`    the panel's frame stayed empty (${error instanceof Error ? error.message.split('\n')[0] : error}); reloading the webviews once`,
		);
		await page.keyboard.press('Control+Shift+P');
		await quickInputFocused(page, '>');
		await page.keyboard.type('Developer: Reload Webviews');
		await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Reload Webviews' }).first().waitFor();
		await page.keyboard.press('Enter');
		await table.waitFor();
	}
	for (const candidate of page.frames()) {
		if (
			await candidate
				.locator('main#app table.results')
				.count()
				.catch(() => 0)
		) {
			return candidate;
		}
	}
	throw new Error("The panel's table is drawn, but no frame holds it");
}

/** Opens the workbench at `url`, `file` in an editor (once `lineText` shows) and the panel on it; resolves with the panel's frame. */
export async function openPanelOn(page, url, file, lineText) {
	await page.goto(url);
	await page.locator('.monaco-workbench .explorer-folders-view').waitFor();
	await openFile(page, file, lineText);
	await simulate(page);
	return panelFrame(page);
}

export function rowOf(frame, action) {
	return frame.locator('table.results tr').filter({ has: frame.locator(`button.action[data-action="${action}"]`) });
}

/** The 1-based line and column of the active editor's cursor, from the status bar. */
async function cursorPosition(page) {
	const text = await page.locator('.statusbar-item[id="status.editor.selection"]').innerText();
	const match = /Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/.exec(text);
	if (!match) {
		throw new Error(`The status bar shows no cursor position: ${JSON.stringify(text)}`);
	}
	return { line: Number(match[1]), column: Number(match[2]), selected: Number(match[3] ?? 0) };
}

/**
 * Opens the panel on AWS's "everything but ResolveCase" example, checks the table, saves the
 * README's screenshot, and clicks ResolveCase's deciding statement to reveal it in the editor.
 */
export async function runPanelTest(page, { url, folder, screenshots }) {
	const file = 'support-all-but-resolve-case.json';
	const lines = readFileSync(path.join(folder, file), 'utf8').split('\n');
	// The Deny statement: from the `{` above its Sid to the `}` that closes it (1-based lines).
	const sidLine = lines.findIndex((line) => line.includes('"Sid": "DenyResolvingCases"'));
	const firstLine = sidLine;
	const lastLine = lines.findIndex((line, index) => index > sidLine && /^\t\t\}/.test(line)) + 1;
	if (sidLine < 0 || lastLine <= firstLine) {
		throw new Error(`${file} has no DenyResolvingCases statement where the test expects it`);
	}

	page.setDefaultTimeout(20_000);
	// Set before the workbench loads: a workbench restored for a folder that an earlier page had open
	// does not follow a later resize of its window.
	await page.setViewportSize({ width: 1600, height: 900 });
	const frame = await openPanelOn(page, url, file, '"DenyResolvingCases"');

	await rowOf(frame, 'support:ResolveCase').locator('td.decision.explicitDeny').waitFor();
	await rowOf(frame, 'support:CreateCase').locator('td.decision.allowed').waitFor();
	const denied = await frame.locator('td.decision.explicitDeny').count();
	if (denied !== 1) {
		throw new Error(`${denied} rows are explicitly denied; only support:ResolveCase should be`);
	}
	const tab = page.locator('.tabs-container .tab', { hasText: `Simulate ${file}` });
	await tab.waitFor();
	// Read while the editor has the focus: the status bar shows no cursor for a focused webview.
	const before = await cursorPosition(page);
	if (before.line >= firstLine && before.line <= lastLine) {
		throw new Error(`The cursor is already in the Deny statement (line ${before.line}) before the click`);
	}

	// For the README: the results come first, with the request form folded into its one-line summary;
	// once filtered, the actions on cases, ResolveCase among them, fill the first screen of the panel, wide
	// enough for a row a line in this window.
	await page.keyboard.press('Control+B');
	await page.locator('.part.sidebar').waitFor({ state: 'hidden' });
	await frame.waitForFunction(() => getComputedStyle(document.querySelector('table.results > thead > tr')).display === 'table-row');
	await frame.locator('details.request:not([open]) > summary', { hasText: 'no context keys' }).waitFor();
	await frame.locator('input[type="search"]').fill('Case');
	await frame.locator('button.action[data-action="support:DescribeAttachment"]').waitFor({ state: 'detached' });
	await frame.evaluate(() => window.scrollTo(0, 0));
	await page.mouse.move(1, 1);
	await page.screenshot({ path: path.join(screenshots, 'panel.png'), animations: 'disabled' });

	await rowOf(frame, 'support:ResolveCase').locator('button.link').click();
	// The reveal selects the whole statement and leaves the cursor at its end.
	await page
		.locator('.statusbar-item[id="status.editor.selection"]', { hasText: new RegExp(`Ln ${lastLine}, Col \\d+ \\(\\d+ selected\\)`) })
		.waitFor();
	const after = await cursorPosition(page);
	const statementLength = lines
		.slice(firstLine - 1, lastLine)
		.join('\n')
		.trim().length;
	if (after.selected !== statementLength) {
		throw new Error(`After the click ${after.selected} characters are selected, not the Deny statement's ${statementLength}`);
	}
	// The workbench keeps its layout for the folder, and the next test's page opens the same one.
	await page.keyboard.press('Control+B');
	await page.locator('.part.sidebar').waitFor();
}

// Each payload writes a marker somewhere a test can see it, or loads a URL with "pwned" in it.
const payloads = {
	img: '<img src="https://pwned.example/img.png" onerror="window.__pwned=\'img\'">',
	script: "<script>window.__pwned='script'</script>",
	svg: '"><svg onload="window.__pwned=\'svg\'">',
	javascriptUrl: "javascript:window.__pwned='url'",
	link: '<a href="javascript:alert(\'pwned\')">click</a>',
	iframe: '<iframe src="https://pwned.example/frame"></iframe>',
	style: '<style>@import url(https://pwned.example/style.css)</style>',
	alert: '<img src=x onerror=alert(document.domain)>',
};

const hostileFile = 'hostile-payloads.json';

function hostilePolicy() {
	return {
		Version: '2012-10-17',
		Statement: [
			{
				Sid: payloads.img,
				Effect: 'Allow',
				Action: ['support:DescribeCases', `support:${payloads.script}`],
				Resource: '*',
				Condition: {
					StringEquals: { 'aws:username': [payloads.svg, payloads.javascriptUrl, payloads.link] },
					StringLike: { [`aws:PrincipalTag/${payloads.iframe}`]: payloads.style },
				},
			},
			{
				Sid: payloads.svg,
				Effect: 'Deny',
				Action: 'support:ResolveCase',
				Resource: '*',
			},
			{
				Sid: payloads.script,
				Effect: 'Allow',
				Action: 'support:CreateCase',
				Resource: [`arn:aws:support::111122223333:case/${payloads.alert}`, payloads.javascriptUrl],
			},
		],
	};
}

/** Whether `url` is one the panel may load: the workbench's own webview shell, or the extension's page files. */
function allowedPanelRequest(url, serverOrigin, extensionPath) {
	const parsed = new URL(url);
	if (parsed.origin === serverOrigin) {
		return parsed.pathname.includes('/static/out/vs/workbench/contrib/webview/browser/pre/');
	}
	// asWebviewUri: a host that the webview's service worker answers from the extension's folder.
	return (
		parsed.protocol === 'https:' &&
		parsed.hostname.endsWith('.vscode-resource.vscode-cdn.net') &&
		decodeURIComponent(parsed.pathname).startsWith(path.join(extensionPath, 'dist', 'webview') + '/')
	);
}

/**
 * Opens the panel on a policy whose Sids, actions, ARNs, condition keys and values are script and
 * HTML payloads. They must show as text; nothing may run, and the page may fetch nothing but its
 * own files.
 */
export async function runHostilePanelTest(page, { url, folder, serverOrigin, extensionPath }) {
	writeFileSync(path.join(folder, hostileFile), `${JSON.stringify(hostilePolicy(), undefined, '\t')}\n`);
	const dialogs = [];
	const requests = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	const context = page.context();
	const onRequest = (request) => {
		let frameUrl = '(service worker)';
		try {
			frameUrl = request.frame().url();
		} catch {
			// Requests of a service worker have no frame.
		}
		requests.push({ url: request.url(), frameUrl });
	};
	context.on('request', onRequest);
	try {
		page.setDefaultTimeout(20_000);
		await page.goto(url);
		// Not the explorer: the sidebar may be hidden if an earlier test failed before showing it again.
		await page.locator('.monaco-workbench .part.editor').waitFor();
		await openFile(page, hostileFile, '"Version"');
		const opened = requests.length;
		await simulate(page);
		const frame = await panelFrame(page);

		// Open the traces that show the Sids, condition keys, values and resources.
		for (const action of ['support:DescribeCases', 'support:CreateCase', 'support:ResolveCase']) {
			await frame.locator(`button.action[data-action="${action}"]`).click();
			await frame.locator(`button.action[data-action="${action}"][aria-expanded="true"]`).waitFor();
		}
		await frame.locator('table.conditions').first().waitFor();

		const text = await frame.locator('main#app').innerText();
		const shown = [payloads.img, payloads.svg, payloads.script, payloads.javascriptUrl, payloads.link, payloads.style, payloads.iframe];
		const missing = shown.filter((payload) => !text.includes(payload));
		const injected = await frame.evaluate(() => ({
			pwned: window.__pwned,
			elements: [...document.querySelectorAll('img, svg, iframe, a, object, embed, form, link:not([rel="stylesheet"])')].map(
				(node) => node.outerHTML,
			),
			// VS Code adds a style and a script of its own to every webview; a payload's would mention "pwned".
			scripts: [...document.querySelectorAll('script, style')].map((node) => node.outerHTML).filter((html) => /pwned/i.test(html)),
			sources: [...document.querySelectorAll('script[src]')].map((node) => node.getAttribute('src')),
			handlers: [...document.querySelectorAll('*')].flatMap((node) =>
				[...node.attributes]
					.filter((attribute) => /^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value))
					.map((attribute) => `${node.tagName} ${attribute.name}=${attribute.value}`),
			),
		}));
		const pwnedElsewhere = await Promise.all(page.frames().map((other) => other.evaluate(() => window.__pwned).catch(() => undefined)));
		// Every check is made before failing, so that a failure shows which defences gave way.
		const problems = [];
		if (missing.length) {
			problems.push(`these payloads do not appear as text in the panel:\n${missing.join('\n')}\nThe panel reads:\n${text}`);
		}
		if (injected.pwned !== undefined || pwnedElsewhere.some((value) => value !== undefined)) {
			problems.push(
				`a payload ran: window.__pwned is ${JSON.stringify(injected.pwned ?? pwnedElsewhere.find((value) => value !== undefined))}`,
			);
		}
		if (injected.elements.length) {
			problems.push(`the page holds elements it never creates itself: ${injected.elements.join(', ')}`);
		}
		if (injected.scripts.length) {
			problems.push(`payloads became scripts or styles: ${injected.scripts.join(', ')}`);
		}
		if (injected.sources.length !== 1 || !injected.sources[0].endsWith('/dist/webview/panel.js')) {
			problems.push(`the page loads other scripts than its own: ${injected.sources.join(', ')}`);
		}
		if (injected.handlers.length) {
			problems.push(`attributes that run script: ${injected.handlers.join(', ')}`);
		}
		if (dialogs.length) {
			problems.push(`dialogs opened: ${dialogs.join(', ')}`);
		}
		const panelRequests = requests
			.slice(opened)
			.filter(
				({ frameUrl }) =>
					frameUrl.includes('/webview/browser/pre/') || frameUrl === '(service worker)' || frameUrl.includes('vscode-cdn.net'),
			);
		const refused = [
			...panelRequests.filter(({ url: requested }) => !allowedPanelRequest(requested, serverOrigin, extensionPath)),
			...requests.filter(({ url: requested }) => /pwned/i.test(requested)),
		];
		if (refused.length) {
			problems.push(
				`requests the panel must not make:\n${refused.map(({ url: requested, frameUrl }) => `  ${requested} (from ${frameUrl})`).join('\n')}`,
			);
		}
		if (!panelRequests.some(({ url: requested }) => requested.endsWith('/dist/webview/panel.js'))) {
			problems.push(
				`the panel's own script was not among the requests seen, so the request log cannot be trusted:\n${panelRequests.map(({ url: requested }) => `  ${requested}`).join('\n')}`,
			);
		}
		if (problems.length) {
			throw new Error(problems.join('\n'));
		}
	} finally {
		context.off('request', onRequest);
	}
}
