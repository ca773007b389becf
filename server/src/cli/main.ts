/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The `iam-support` command: one subcommand per job, each returning its exit code.

import * as fs from 'node:fs';
import { checkFiles, checkUsage, type CheckIo } from './checkCommand';

const usage = `Usage: iam-support <command> [options]

Commands:
  check    check IAM policy files and report what is wrong (iam-support check --help)`;

const commands: Record<string, { run: (args: readonly string[], io: CheckIo) => number; usage: string }> = {
	check: { run: checkFiles, usage: checkUsage },
};

export function main(argv: readonly string[], io: CheckIo): number {
	const [name, ...args] = argv;
	if (name === undefined || name === '--help' || name === '-h') {
		(name ? io.stdout : io.stderr)(`${usage}\n`);
		return name ? 0 : 2;
	}
	const command = commands[name];
	if (!command) {
		io.stderr(`iam-support: unknown command "${name}"\n\n${usage}\n`);
		return 2;
	}
	if (args.includes('--help') || args.includes('-h')) {
		io.stdout(`${command.usage}\n`);
		return 0;
	}
	return command.run(args, io);
}

if (require.main === module) {
	const io: CheckIo = {
		stdout: (text) => process.stdout.write(text),
		stderr: (text) => process.stderr.write(text),
		readStdin: () => fs.readFileSync(0, 'utf8'),
	};
	process.exitCode = main(process.argv.slice(2), io);
}
