/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The language of the service's messages (#8). Messages are English source strings with {0}
// placeholders, looked up in l10n/bundle.l10n.ja.json: the same bundle that `vscode.l10n.t` reads in the
// client, so one file holds every Japanese string of the product. The bundle is imported rather than read
// from disk, so that esbuild puts it in a module of the product's (dist/japanese.js, beside
// dist/languageServer.js and dist/cli.js) and the pure service never touches the file system.
//
// @vscode/l10n keeps one bundle per process. That fits: the server talks to one client, whose locale
// comes with `initialize`, and the CLI runs once; tests that switch language run in their own process.

import * as l10n from '@vscode/l10n';

export type Language = 'en' | 'ja';

let current: Language = 'en';

/** The language a BCP 47 tag (`ja`, `ja-JP`) or POSIX locale (`ja_JP.UTF-8`) asks for; English for any other. */
export function languageOf(locale: string | undefined): Language {
	return locale && /^ja([-_.@]|$)/i.test(locale) ? 'ja' : 'en';
}

/** Sets the language of every message from now on; undefined or an unsupported locale means English. */
export function setLocale(locale: string | undefined): void {
	current = languageOf(locale);
	l10n.config({ contents: current === 'ja' ? japanese().messages : {} });
	templates.clear();
}

export function currentLanguage(): Language {
	return current;
}

type Japanese = typeof import('./data/japanese');
let loadedJapanese: Japanese | undefined;

/**
 * Every Japanese text: messages, action descriptions, access levels and global condition keys. Loaded
 * when first needed, from a file of its own in the bundles (#6): evaluating it took 1-2 % of each cold
 * start of the server, in English too.
 */
export function japanese(): Japanese {
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
	return (loadedJapanese ??= require('./data/japanese') as Japanese);
}

/** Translates an English message; `{0}`, `{1}`… are replaced by `args`, as `vscode.l10n.t` does. */
export function t(message: string, ...args: Array<string | number | boolean>): string {
	let template = templates.get(message);
	if (!template) {
		// Without arguments, l10n.t returns the translation with its placeholders.
		template = l10n.t(message).split(/\{(\d+)\}/);
		templates.set(message, template);
	}
	let result = template[0];
	for (let i = 1; i < template.length; i += 2) {
		const value = args[Number(template[i])];
		result += (value === undefined ? `{${template[i]}}` : String(value)) + template[i + 1];
	}
	return result;
}

/**
 * Each message's translation split at its placeholders (text, index, text, …), per language: a policy
 * of AWS's has thousands of findings, and formatting each with a regular expression showed in profiles.
 * The keys are the messages written in the source, so the map stays as small as the bundle.
 */
const templates = new Map<string, readonly string[]>();

/** An integer with the grouping of the current language (both write 6,144). */
export function formatCount(value: number): string {
	return value.toLocaleString(current === 'ja' ? 'ja-JP' : 'en-US');
}
