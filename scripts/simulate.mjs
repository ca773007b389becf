#!/usr/bin/env node
// Runs `iam-support simulate` from the compiled tests' output until the CLI dispatcher wires it in:
//   npm run compile-tests && node scripts/simulate.mjs POLICY [options]
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { runSimulateCommand } = require('../out/server/src/cli/simulateCommand.js');

process.exitCode = await runSimulateCommand(process.argv.slice(2), {
	stdout: (s) => process.stdout.write(s),
	stderr: (s) => process.stderr.write(s),
	readFile: (p) => readFile(p, 'utf8'),
});
