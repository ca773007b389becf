/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The language of the command line's own texts (usage, errors, summaries). A run has one language, chosen
// from --locale or the environment before anything is written; the language service it creates gets the
// same locale, so that findings and the CLI's texts agree.

import { createMessages, type Language, type Messages } from '../languageService';

let messages: Messages = createMessages(undefined);

/** Sets the language of this run: called by `main` before any text is written. */
export function useLocale(locale: string | undefined): void {
	messages = createMessages(locale);
}

/** The locale this run chose, to create language services in it. */
export function currentLocale(): Language {
	return messages.language;
}

/** Translates an English message of the command line, as `t` does in the service. */
export function t(message: string, ...args: Array<string | number | boolean>): string {
	return messages.t(message, ...args);
}
