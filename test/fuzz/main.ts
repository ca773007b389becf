/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// `npm run fuzz -- [--seed N] [--iterations N] [--seconds N] [--bound MS]`: a long fuzz run. Without a
// seed it picks one and prints it first, so that any failure can be run again.
import { features } from './features';
import { formatFailure, runFuzz, type FuzzStats } from './runner';

function flag(name: string): number | undefined {
	const index = process.argv.indexOf(`--${name}`);
	if (index < 0) {
		return undefined;
	}
	const value = Number(process.argv[index + 1]);
	if (!Number.isFinite(value) || value < 0) {
		console.error(`--${name} takes a number, not ${JSON.stringify(process.argv[index + 1])}`);
		process.exit(2);
	}
	return value;
}

function summary(stats: FuzzStats, elapsedMs: number): string {
	return `seed ${stats.seed}: ${stats.documents} documents, ${stats.requests} requests (${stats.answered} answered) in ${(elapsedMs / 1000).toFixed(1)} s; slowest request ${stats.slowestMs.toFixed(1)} ms (${stats.slowest})`;
}

const seed = flag('seed') ?? Math.floor(Math.random() * 2 ** 32);
const iterations = flag('iterations');
const seconds = flag('seconds') ?? (iterations === undefined ? 60 : undefined);
const start = Date.now();
console.log(
	`Fuzzing with seed ${seed}${iterations !== undefined ? `, ${iterations} documents` : ''}${seconds !== undefined ? `, for at most ${seconds} s` : ''}`,
);
const stats = runFuzz({
	seed,
	iterations,
	seconds,
	requestBoundMs: flag('bound'),
	features,
	onProgress: (progress) => console.log(summary(progress, Date.now() - start)),
});
console.log(summary(stats, Date.now() - start));
if (stats.failure) {
	console.error(formatFailure(stats.failure));
	process.exitCode = 1;
} else {
	console.log('No failure.');
}
