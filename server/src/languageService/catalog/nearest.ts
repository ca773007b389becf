/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

/** Edit distance between two strings, ignoring case, cut off once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Number.MAX_SAFE_INTEGER): number {
	// Before lowering the case: a 10 MB input against each of hundreds of names must cost nothing (#7).
	if (Math.abs(a.length - b.length) > limit) {
		return limit + 1;
	}
	const x = a.toLowerCase();
	const y = b.toLowerCase();
	let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
	for (let i = 1; i <= x.length; i++) {
		const current = [i];
		let rowMinimum = i;
		for (let j = 1; j <= y.length; j++) {
			const cost = x[i - 1] === y[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
			rowMinimum = Math.min(rowMinimum, current[j]);
		}
		if (rowMinimum > limit) {
			return limit + 1;
		}
		previous = current;
	}
	return previous[y.length];
}

/**
 * The candidates closest to the input, best first, at most `max`; only those close enough to be what the
 * user meant (within a third of the input's length, and at least 2 edits allowed).
 */
export function nearestNames(input: string, candidates: Iterable<string>, max = 3): string[] {
	const limit = Math.max(2, Math.floor(input.length / 3));
	const scored: [string, number][] = [];
	const lowerInput = input.toLowerCase();
	for (const candidate of candidates) {
		const lower = candidate.toLowerCase();
		// A name that the input starts or ends (DescribeCase → DescribeCases) is a strong hint too.
		let distance = editDistance(input, candidate, limit);
		if (distance > limit && lowerInput.length >= 4 && (lower.startsWith(lowerInput) || lowerInput.startsWith(lower))) {
			distance = limit;
		}
		if (distance <= limit) {
			scored.push([candidate, distance]);
		}
	}
	scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
	return scored.slice(0, max).map(([candidate]) => candidate);
}
