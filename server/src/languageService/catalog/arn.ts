/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// ARNs and the patterns that policies write for them (IAM User Guide, "IAM identifiers", "Resource").

export interface ArnParts {
	readonly partition: string;
	readonly service: string;
	readonly region: string;
	readonly account: string;
	/** Everything after the fifth colon; it may itself contain colons and slashes. */
	readonly resource: string;
}

/** Splits `arn:partition:service:region:account:resource`; undefined when it does not have six parts. */
export function parseArn(text: string): ArnParts | undefined {
	const parts = text.split(':');
	if (parts.length < 6 || parts[0] !== 'arn') {
		return undefined;
	}
	return { partition: parts[1], service: parts[2], region: parts[3], account: parts[4], resource: parts.slice(5).join(':') };
}

/**
 * An ARN with fewer than six parts completed as IAM completes it in identity-based policies, with `*` for each
 * missing part (`arn:aws:sqs` is `arn:aws:sqs:*:*:*`); a six-part ARN as it is; undefined when the text has no
 * service part (IAM User Guide, "Grammar of the IAM JSON policy language", `resource_string`).
 */
export function completeArn(text: string): string | undefined {
	const parts = text.split(':');
	if (parts[0] !== 'arn' || parts.length < 3) {
		return undefined;
	}
	return parts.length >= 6 ? text : [...parts, ...Array.from({ length: 6 - parts.length }, () => '*')].join(':');
}

/** A resource type's ARN format (`...:checks/${CategoryCode}/${CheckId}`) as a pattern with `*` for each variable. */
export function arnFormatToPattern(arnFormat: string): string {
	return arnFormat.replace(/\$\{[^}]*\}/g, '*');
}

/**
 * Whether some string matches both patterns, where `*` is any run of characters and `?` any one character,
 * case-sensitively. It tells whether a policy's ARN can ever name a resource of a given type.
 */
export function patternsIntersect(a: string, b: string): boolean {
	const isLiteral = (pattern: string) => !/[*?]/.test(pattern);
	if (isLiteral(a)) {
		return wildcardMatches(a, b);
	}
	if (isLiteral(b)) {
		return wildcardMatches(b, a);
	}
	// Row by row from the ends, keeping two rows: a recursive search overflowed the stack on long ARNs (#7),
	// and this takes time proportional to the product of the lengths and memory proportional to `b`.
	const width = b.length + 1;
	let next = new Uint8Array(width);
	let row = new Uint8Array(width);
	for (let i = a.length; i >= 0; i--) {
		for (let j = b.length; j >= 0; j--) {
			let result: boolean;
			if (i === a.length && j === b.length) {
				result = true;
			} else if (i < a.length && a[i] === '*') {
				result = next[j] === 1 || (j < b.length && row[j + 1] === 1);
			} else if (j < b.length && b[j] === '*') {
				result = row[j + 1] === 1 || (i < a.length && next[j] === 1);
			} else if (i === a.length || j === b.length) {
				result = false;
			} else {
				result = (a[i] === '?' || b[j] === '?' || a[i] === b[j]) && next[j + 1] === 1;
			}
			row[j] = result ? 1 : 0;
		}
		[next, row] = [row, next];
	}
	return next[0] === 1;
}

/**
 * Whether a string without wildcards matches a pattern, case-sensitively: the greedy search that backs up
 * to the last `*`, which takes about linear time for the catalog's ARN formats and action names, even on a
 * 10 MB string (#7).
 */
export function wildcardMatches(text: string, pattern: string): boolean {
	let t = 0;
	let p = 0;
	let star = -1;
	let mark = 0;
	while (t < text.length) {
		if (p < pattern.length && (pattern[p] === '?' || pattern[p] === text[t])) {
			t++;
			p++;
		} else if (p < pattern.length && pattern[p] === '*') {
			star = p++;
			mark = t;
		} else if (star >= 0) {
			p = star + 1;
			t = ++mark;
		} else {
			return false;
		}
	}
	while (p < pattern.length && pattern[p] === '*') {
		p++;
	}
	return p === pattern.length;
}
