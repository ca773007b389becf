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

/** A resource type's ARN format (`...:checks/${CategoryCode}/${CheckId}`) as a pattern with `*` for each variable. */
export function arnFormatToPattern(arnFormat: string): string {
	return arnFormat.replace(/\$\{[^}]*\}/g, '*');
}

/**
 * Whether some string matches both patterns, where `*` is any run of characters and `?` any one character,
 * case-sensitively. It tells whether a policy's ARN can ever name a resource of a given type.
 */
export function patternsIntersect(a: string, b: string): boolean {
	const memo = new Map<number, boolean>();
	const width = b.length + 1;
	const visit = (i: number, j: number): boolean => {
		const key = i * width + j;
		const known = memo.get(key);
		if (known !== undefined) {
			return known;
		}
		let result: boolean;
		if (i === a.length && j === b.length) {
			result = true;
		} else if (i < a.length && a[i] === '*') {
			result = visit(i + 1, j) || (j < b.length && visit(i, j + 1));
		} else if (j < b.length && b[j] === '*') {
			result = visit(i, j + 1) || (i < a.length && visit(i + 1, j));
		} else if (i === a.length || j === b.length) {
			result = false;
		} else {
			result = (a[i] === '?' || b[j] === '?' || a[i] === b[j]) && visit(i + 1, j + 1);
		}
		memo.set(key, result);
		return result;
	};
	return visit(0, 0);
}
