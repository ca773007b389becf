/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The CLI's language (#8): `--locale ja|en` wins, then the POSIX variables in their order of precedence,
// LC_ALL over LC_MESSAGES over LANG, so that `LANG=ja_JP.UTF-8 iam-support check .` speaks Japanese and
// `LC_ALL=C` forces English as it does for every other command-line tool.

export class LocaleError extends Error {}

export function cliLocale(
	argv: readonly string[],
	env: Readonly<Record<string, string | undefined>>,
): { locale: string | undefined; args: string[] } {
	const args: string[] = [];
	let locale: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		const argument = argv[i];
		if (argument === '--locale' || argument.startsWith('--locale=')) {
			const value = argument === '--locale' ? argv[++i] : argument.slice('--locale='.length);
			if (value !== 'ja' && value !== 'en') {
				throw new LocaleError(value === undefined ? '--locale needs a value: ja or en' : `--locale is ja or en, not ${value}`);
			}
			locale = value;
		} else {
			args.push(argument);
		}
	}
	return { locale: locale ?? (env.LC_ALL || env.LC_MESSAGES || env.LANG || undefined), args };
}
