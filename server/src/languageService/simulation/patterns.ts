/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Patterns of policy values: `*` and `?` wildcards, ARN segments, and policy variables (IAM User Guide,
// "IAM policy elements: Variables and tags"). A pattern is compiled once per policy version; only a
// pattern with variables is resolved again per request, and that resolution is cached.

export type PatternToken =
	| { readonly kind: 'text'; readonly text: string }
	| { readonly kind: 'star' }
	| { readonly kind: 'one' }
	| { readonly kind: 'variable'; readonly key: string; readonly fallback?: string };

export interface PatternOptions {
	/** `*` and `?` are wildcards (Like operators, Action, Resource); else they are plain characters. */
	readonly wildcards: boolean;
	readonly ignoreCase: boolean;
	/** `${...}` is a policy variable; only under Version 2012-10-17. */
	readonly variables: boolean;
	/** Wildcards stay inside one of the first five colon-separated ARN segments. */
	readonly arn?: boolean;
}

/** Answers the value of a single-valued context key (lower-cased name), or undefined when it has none. */
export type VariableLookup = (lowerKey: string) => string | undefined;

export type StringMatcher = (value: string) => boolean;

export interface CompiledPattern {
	readonly source: string;
	readonly tokens: readonly PatternToken[];
	readonly hasVariables: boolean;
	/**
	 * Whether the value matches. Undefined when a variable has no value and no default: AWS then treats
	 * the comparison as false, and the trace says why.
	 */
	test(value: string, lookup: VariableLookup): boolean | undefined;
	/** The pattern with its variables resolved, wildcards as `*` and `?`; undefined when a variable has no value. */
	resolve(lookup: VariableLookup): string | undefined;
}

const literalVariables: Record<string, string> = { '*': '*', '?': '?', $: '$' };
const variablePattern = /^\s*([^,\s]+)\s*(?:,\s*'([^']*)'\s*)?$/;

export function tokenize(source: string, options: PatternOptions): PatternToken[] {
	const tokens: PatternToken[] = [];
	let text = '';
	const flush = () => {
		if (text) {
			tokens.push({ kind: 'text', text });
			text = '';
		}
	};
	for (let i = 0; i < source.length; i++) {
		const c = source[i];
		if (options.variables && c === '$' && source[i + 1] === '{') {
			const end = source.indexOf('}', i + 2);
			const inner = end < 0 ? undefined : source.slice(i + 2, end);
			const literal = inner === undefined ? undefined : literalVariables[inner];
			const variable = inner === undefined || literal !== undefined ? undefined : variablePattern.exec(inner);
			if (literal !== undefined) {
				// `${*}` is a literal asterisk, never a wildcard.
				text += literal;
				i = end;
				continue;
			}
			if (variable) {
				flush();
				tokens.push({ kind: 'variable', key: variable[1].toLowerCase(), fallback: variable[2] });
				i = end;
				continue;
			}
		}
		if (options.wildcards && (c === '*' || c === '?')) {
			flush();
			tokens.push({ kind: c === '*' ? 'star' : 'one' });
			continue;
		}
		text += c;
	}
	flush();
	return tokens;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The fastest test for a pattern without variables: equality, a prefix, a suffix, or a regular expression. */
export function buildMatcher(tokens: readonly PatternToken[], options: PatternOptions): StringMatcher {
	const fold = options.ignoreCase ? (s: string) => s.toLowerCase() : (s: string) => s;
	if (tokens.length === 0) {
		return (value) => value === '';
	}
	// `"*"` alone matches every ARN too, across its colons.
	if (tokens.every((token) => token.kind === 'star')) {
		return () => true;
	}
	if (!options.arn) {
		if (tokens.length === 1 && tokens[0].kind === 'text') {
			const text = fold(tokens[0].text);
			return (value) => fold(value) === text;
		}
		if (tokens.length === 2 && tokens[0].kind === 'text' && tokens[1].kind === 'star') {
			const prefix = fold(tokens[0].text);
			return (value) => fold(value).startsWith(prefix);
		}
	}
	let source = '';
	let colons = 0;
	for (const token of tokens) {
		const inSegment = options.arn && colons < 5;
		if (token.kind === 'text') {
			source += escapeRegExp(token.text);
			colons += token.text.split(':').length - 1;
		} else if (token.kind === 'star') {
			source += inSegment ? '[^:]*' : '[\\s\\S]*';
		} else if (token.kind === 'one') {
			source += inSegment ? '[^:]' : '[\\s\\S]';
		}
	}
	// Each `*` multiplies a RegExp's backtracking: with many, `a*a*a*…` took seconds on one ARN (#7).
	if (tokens.filter((token) => token.kind === 'star').length > 8) {
		return tableMatcher(tokens, options);
	}
	let regExp: RegExp;
	try {
		regExp = new RegExp(`^${source}$`, options.ignoreCase ? 'i' : '');
	} catch {
		// A pattern of hundreds of thousands of characters is too large for a RegExp (#7).
		return tableMatcher(tokens, options);
	}
	// One that compiles may still overflow its backtracking stack on a value.
	let table: StringMatcher | undefined;
	return (value) => {
		try {
			return regExp.test(value);
		} catch {
			table ??= tableMatcher(tokens, options);
			return table(value);
		}
	};
}

/** The same test as buildMatcher's RegExp, by a table over the pattern's characters: slower, without a size limit. */
function tableMatcher(tokens: readonly PatternToken[], options: PatternOptions): StringMatcher {
	const fold = options.ignoreCase ? (s: string) => s.toLowerCase() : (s: string) => s;
	// One item per pattern character: a literal, or a wildcard that may be kept from crossing a colon.
	const items: { readonly kind: 'char' | 'star' | 'one'; readonly char: string; readonly stopsAtColon: boolean }[] = [];
	let colons = 0;
	for (const token of tokens) {
		const stopsAtColon = !!options.arn && colons < 5;
		if (token.kind === 'text') {
			for (const char of fold(token.text)) {
				items.push({ kind: 'char', char, stopsAtColon });
				colons += char === ':' ? 1 : 0;
			}
		} else if (token.kind === 'star' || token.kind === 'one') {
			items.push({ kind: token.kind, char: '', stopsAtColon });
		}
	}
	// Every item but `*` takes one character: a shorter value cannot match, whatever the pattern's size.
	const minLength = items.filter((item) => item.kind !== 'star').length;
	return (input) => {
		const value = fold(input);
		if (value.length < minLength) {
			return false;
		}
		// matches[j]: whether items[i..] match value[j..], for the current i, from the last item back.
		let next = new Uint8Array(value.length + 1);
		next[value.length] = 1;
		for (let i = items.length - 1; i >= 0; i--) {
			const item = items[i];
			const row = new Uint8Array(value.length + 1);
			for (let j = value.length; j >= 0; j--) {
				const c = value[j];
				const fits = j < value.length && !(item.stopsAtColon && c === ':');
				if (item.kind === 'star') {
					row[j] = next[j] || (fits && row[j + 1]) ? 1 : 0;
				} else if (item.kind === 'one') {
					row[j] = fits && next[j + 1] ? 1 : 0;
				} else {
					row[j] = j < value.length && c === item.char && next[j + 1] ? 1 : 0;
				}
			}
			next = row;
		}
		return next[0] === 1;
	};
}

function resolveTokens(tokens: readonly PatternToken[], lookup: VariableLookup): PatternToken[] | undefined {
	const resolved: PatternToken[] = [];
	for (const token of tokens) {
		if (token.kind !== 'variable') {
			resolved.push(token);
			continue;
		}
		const value = lookup(token.key) ?? token.fallback;
		if (value === undefined) {
			return undefined;
		}
		resolved.push({ kind: 'text', text: value });
	}
	return resolved;
}

function tokensToString(tokens: readonly PatternToken[]): string {
	return tokens
		.map((token) => (token.kind === 'text' ? token.text : token.kind === 'star' ? '*' : token.kind === 'one' ? '?' : ''))
		.join('');
}

export function compilePattern(source: string, options: PatternOptions): CompiledPattern {
	const tokens = tokenize(source, options);
	const hasVariables = tokens.some((token) => token.kind === 'variable');
	if (!hasVariables) {
		const matcher = buildMatcher(tokens, options);
		const text = tokensToString(tokens);
		return { source, tokens, hasVariables, test: (value) => matcher(value), resolve: () => text };
	}
	// A policy is evaluated against few distinct contexts, so a handful of resolved matchers suffice.
	const cache = new Map<string, StringMatcher>();
	const matcherFor = (lookup: VariableLookup): StringMatcher | undefined => {
		const resolved = resolveTokens(tokens, lookup);
		if (!resolved) {
			return undefined;
		}
		const key = JSON.stringify(resolved);
		let matcher = cache.get(key);
		if (!matcher) {
			if (cache.size > 32) {
				cache.clear();
			}
			matcher = buildMatcher(resolved, options);
			cache.set(key, matcher);
		}
		return matcher;
	};
	return {
		source,
		tokens,
		hasVariables,
		test: (value, lookup) => matcherFor(lookup)?.(value),
		resolve: (lookup) => {
			const resolved = resolveTokens(tokens, lookup);
			return resolved && tokensToString(resolved);
		},
	};
}

/** Whether the pattern is made of `*` alone: the only Resource that matches a request on `"*"`. */
export function isStarOnly(tokens: readonly PatternToken[]): boolean {
	return tokens.length > 0 && tokens.every((token) => token.kind === 'star');
}
