/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The panel's HTML shell. The page is built by its script from data, never from HTML strings, so the
// only values interpolated here are the CSP's sources, the nonce, two URIs and one escaped attribute.

import { t } from './l10n';
import { randomBytes } from 'crypto';

export interface PanelHtmlInput {
	/** `webview.cspSource`. */
	readonly cspSource: string;
	readonly nonce: string;
	readonly scriptUri: string;
	readonly styleUri: string;
	/** The last view, so a page that reloads draws at once instead of waiting for the host. */
	readonly initialState?: unknown;
	/** `vscode.l10n.bundle`: the page has no vscode API, so it gets its translations as data (#8). */
	readonly l10nBundle?: Readonly<Record<string, unknown>>;
	/** `vscode.env.language`, for the page's `lang`; English when not given. */
	readonly language?: string;
}

/** A fresh nonce per page load, from a cryptographic source: a guessable one would let injected script run. */
export function createNonce(): string {
	return randomBytes(18).toString('base64');
}

export function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
	// VS Code's cspSource is a list, `'self' https://*.vscode-cdn.net`: the one keyword it uses is
	// let through; anything else that could end the directive or the attribute would widen the policy.
	const sources = cspSource.split(' ');
	if (!sources.every((source) => source === `'self'` || /^[^;,'"\s<>]+$/.test(source)) || !/^[A-Za-z0-9+/=]+$/.test(nonce)) {
		throw new Error('Refusing an unsafe CSP source or nonce');
	}
	return [
		`default-src 'none'`,
		`style-src ${cspSource}`,
		`font-src ${cspSource}`,
		`img-src ${cspSource}`,
		`script-src 'nonce-${nonce}'`,
		`form-action 'none'`,
		`base-uri 'none'`,
	].join('; ');
}

export function buildPanelHtml(input: PanelHtmlInput): string {
	const csp = contentSecurityPolicy(input.cspSource, input.nonce);
	const state = input.initialState === undefined ? '' : JSON.stringify(input.initialState);
	const bundle = JSON.stringify(input.l10nBundle ?? {});
	const language = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(input.language ?? '') ? input.language! : 'en';
	return `<!DOCTYPE html>
<html lang="${escapeAttribute(language)}">
<head>
	<meta charset="UTF-8">
	<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
	<meta name="viewport" content="width=device-width, initial-scale=1.0">
	<link rel="stylesheet" href="${escapeAttribute(input.styleUri)}">
	<title>${escapeAttribute(t('Policy simulation'))}</title>
</head>
<body>
	<main id="app" data-initial-state="${escapeAttribute(state)}" data-l10n="${escapeAttribute(bundle)}"></main>
	<script nonce="${escapeAttribute(input.nonce)}" src="${escapeAttribute(input.scriptUri)}"></script>
</body>
</html>
`;
}
