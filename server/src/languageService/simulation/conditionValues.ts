/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Typed values of condition operators and request context keys (IAM User Guide, "IAM JSON policy
// elements: Condition operators"): numbers, dates in ISO 8601 or epoch seconds, booleans, base64, and
// IPv4/IPv6 addresses and CIDR ranges. A value that does not parse compares as false, never as text.

const numberPattern = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const epochPattern = /^-?\d+(\.\d+)?$/;
const isoDatePattern = /^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/;

export function parseNumber(text: string): number | undefined {
	const trimmed = text.trim();
	return numberPattern.test(trimmed) ? Number(trimmed) : undefined;
}

/** Milliseconds since the epoch; AWS accepts ISO 8601 dates and epoch seconds alike. */
export function parseDate(text: string): number | undefined {
	const trimmed = text.trim();
	if (epochPattern.test(trimmed)) {
		return Number(trimmed) * 1000;
	}
	if (!isoDatePattern.test(trimmed)) {
		return undefined;
	}
	// A date without a zone is UTC, as AWS reads it; Date.parse would read a date-time as local time.
	const zoned = /T\d{2}:\d{2}/i.test(trimmed) && !/([Zz]|[+-]\d{2}:?\d{2})$/.test(trimmed) ? `${trimmed}Z` : trimmed;
	const time = Date.parse(zoned.replace(' ', 'T'));
	return Number.isNaN(time) ? undefined : time;
}

export function parseBool(text: string): boolean | undefined {
	const lower = text.trim().toLowerCase();
	return lower === 'true' ? true : lower === 'false' ? false : undefined;
}

/** The bytes of a base64 value as a string of code units, so that equal bytes compare equal. */
export function parseBinary(text: string): string | undefined {
	const compact = text.replace(/\s+/g, '');
	if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) {
		return undefined;
	}
	try {
		return atob(compact);
	} catch {
		return undefined;
	}
}

export interface IpAddress {
	readonly version: 4 | 6;
	readonly value: bigint;
}

export interface IpRange extends IpAddress {
	readonly prefixLength: number;
}

function parseIpv4(text: string): bigint | undefined {
	const parts = text.split('.');
	if (parts.length !== 4) {
		return undefined;
	}
	let value = 0n;
	for (const part of parts) {
		if (!/^\d{1,3}$/.test(part) || Number(part) > 255) {
			return undefined;
		}
		value = (value << 8n) | BigInt(Number(part));
	}
	return value;
}

function parseIpv6(text: string): bigint | undefined {
	let body = text;
	// An IPv4 tail (`::ffff:192.0.2.1`) stands for the last two groups.
	const lastColon = body.lastIndexOf(':');
	if (body.includes('.')) {
		const v4 = parseIpv4(body.slice(lastColon + 1));
		if (v4 === undefined) {
			return undefined;
		}
		body = `${body.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
	}
	const halves = body.split('::');
	if (halves.length > 2) {
		return undefined;
	}
	const parse = (part: string) => (part === '' ? [] : part.split(':'));
	const head = parse(halves[0]);
	const rest = halves.length === 2 ? parse(halves[1]) : [];
	if (![...head, ...rest].every((group) => /^[0-9a-fA-F]{1,4}$/.test(group))) {
		return undefined;
	}
	const total = head.length + rest.length;
	if (halves.length === 1 ? total !== 8 : total > 7) {
		return undefined;
	}
	const groups = [...head, ...new Array<string>(8 - total).fill('0'), ...rest];
	return groups.reduce((value, group) => (value << 16n) | BigInt(`0x${group}`), 0n);
}

export function parseIpAddress(text: string): IpAddress | undefined {
	const trimmed = text.trim();
	if (trimmed.includes(':')) {
		const value = parseIpv6(trimmed);
		return value === undefined ? undefined : { version: 6, value };
	}
	const value = parseIpv4(trimmed);
	return value === undefined ? undefined : { version: 4, value };
}

/** A CIDR range (`203.0.113.0/24`, `2001:db8::/32`); a bare address is a range of one. */
export function parseIpRange(text: string): IpRange | undefined {
	const [address, prefix, extra] = text.trim().split('/');
	const ip = parseIpAddress(address);
	if (!ip || extra !== undefined) {
		return undefined;
	}
	const bits = ip.version === 4 ? 32 : 128;
	const prefixLength = prefix === undefined ? bits : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
	if (!(prefixLength >= 0 && prefixLength <= bits)) {
		return undefined;
	}
	return { ...ip, prefixLength };
}

export function ipInRange(ip: IpAddress, range: IpRange): boolean {
	if (ip.version !== range.version) {
		return false;
	}
	const shift = BigInt((ip.version === 4 ? 32 : 128) - range.prefixLength);
	return ip.value >> shift === range.value >> shift;
}
