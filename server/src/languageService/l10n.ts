/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The language of the service's messages (#8). Messages are English source strings with {0}
// placeholders, looked up in l10n/bundle.l10n.ja.json: the same bundle that `vscode.l10n.t` reads in the
// client, so one file holds every Japanese string of the product. The bundle is imported rather than read
// from disk, so that esbuild puts it in a module of the product's (dist/japanese.js, beside
// dist/languageServer.js and dist/cli.js) and the pure service never touches the file system.
//
// Each service has its own `Messages`: an English and a Japanese service live side by side in one
// process (@vscode/l10n, which keeps one bundle per process, could not allow that).

export type Language = 'en' | 'ja';

type Japanese = typeof import('./data/japanese');

/** The texts of one language, owned by one language service. */
export interface Messages {
	readonly language: Language;
	/** Translates an English message; `{0}`, `{1}`… are replaced by `args`, as `vscode.l10n.t` does. */
	readonly t: (message: string, ...args: Array<string | number | boolean>) => string;
	/** An integer with the grouping of the language (both write 6,144). */
	readonly formatCount: (value: number) => string;
	/** Every Japanese text (action descriptions, access levels, global condition keys); undefined in English. */
	readonly japanese: Japanese | undefined;
}

/** The language a BCP 47 tag (`ja`, `ja-JP`) or POSIX locale (`ja_JP.UTF-8`) asks for; English for any other. */
export function languageOf(locale: string | undefined): Language {
	return locale && /^ja([-_.@]|$)/i.test(locale) ? 'ja' : 'en';
}

/** The messages of a locale; undefined or an unsupported locale means English. */
export function createMessages(locale: string | undefined): Messages {
	const language = languageOf(locale);
	const japanese = language === 'ja' ? loadJapanese() : undefined;
	const translations: Readonly<Record<string, string>> = japanese?.messages ?? {};
	// Each message's translation split at its placeholders (text, index, text, …): a policy of AWS's has
	// thousands of findings, and formatting each with a regular expression showed in profiles. The keys are
	// the messages written in the source, so the map stays as small as the bundle.
	const templates = new Map<string, readonly string[]>();
	const t = (message: string, ...args: Array<string | number | boolean>): string => {
		let template = templates.get(message);
		if (!template) {
			const translated = Object.prototype.hasOwnProperty.call(translations, message) ? translations[message] : message;
			template = translated.split(/\{(\d+)\}/);
			templates.set(message, template);
		}
		let result = template[0];
		for (let i = 1; i < template.length; i += 2) {
			const value = args[Number(template[i])];
			result += (value === undefined ? `{${template[i]}}` : String(value)) + template[i + 1];
		}
		return result;
	};
	// Made on the first count, not with the service: the first Intl.NumberFormat of a process loads ICU's
	// data, about 19 ms here, which every server start paid before it answered `initialize`.
	let numbers: Intl.NumberFormat | undefined;
	const formatCount = (value: number) => (numbers ??= new Intl.NumberFormat(language === 'ja' ? 'ja-JP' : 'en-US')).format(value);
	return { language, t, formatCount, japanese };
}

/**
 * Every Japanese text: messages, action descriptions, access levels and global condition keys. Loaded
 * when a Japanese service is created, from a file of its own in the bundles (#6): evaluating it took
 * 1-2 % of each cold start of the server, in English too. Node keeps the module once loaded.
 */
function loadJapanese(): Japanese {
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
	return require('./data/japanese') as Japanese;
}
