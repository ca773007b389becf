/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The simulation panel's strings (#8). The page runs in a webview without the vscode API, so the host
// hands it `vscode.l10n.bundle` in the page's data and the page translates with this module; the host's
// own copy of the pure modules gets the same bundle at activation. Keys are the English messages with
// {0} placeholders, exactly as `vscode.l10n.t` takes them, so one bundle file serves both.

export type L10nBundle = Readonly<Record<string, string | { readonly message: string }>>;

let bundle: L10nBundle = {};

/** Sets the translations; an empty bundle or none means English. */
export function setL10nBundle(contents: L10nBundle | undefined): void {
	bundle = contents && typeof contents === 'object' ? contents : {};
}

/** Whether `value` has the shape of a bundle: data from the page's attribute is checked before use. */
export function isL10nBundle(value: unknown): value is L10nBundle {
	return (
		!!value &&
		typeof value === 'object' &&
		!Array.isArray(value) &&
		Object.values(value).every(
			(entry) =>
				typeof entry === 'string' ||
				(!!entry && typeof entry === 'object' && typeof (entry as { message?: unknown }).message === 'string'),
		)
	);
}

/** Translates an English message; `{0}`, `{1}`… are replaced by `args`. */
export function t(message: string, ...args: Array<string | number | boolean>): string {
	const entry = Object.prototype.hasOwnProperty.call(bundle, message) ? bundle[message] : undefined;
	const template = typeof entry === 'string' ? entry : (entry?.message ?? message);
	return template.replace(/\{(\d+)\}/g, (match, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : match));
}
