/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// HCL strings and heredocs: their text as Terraform reads it, and the JSON policies written inside them
// (`policy = <<EOF {...} EOF`, `policy = "{\"Version\": …}"`), read by jsonc-parser with every offset
// moved back into the .tf text.

import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { Node as SyntaxNode } from 'web-tree-sitter';
import type { TemplateSyntaxError } from '../sourceTree';
import { unknownNode, type TreeNode } from './jsonNodes';

/** A `${…}` or `%{…}` of a template: Terraform fills it in, so its text is not the string's. */
interface Hole {
	readonly start: number;
	readonly end: number;
	/** The expression inside `${…}`; for a directive, its whole text. */
	readonly expression: string;
	readonly directive: boolean;
}

/** The characters a template's text is made of, and the offset in the .tf text each came from. */
interface Decoded {
	readonly value: string;
	/** One entry per character of `value`, plus one for its end. */
	readonly sourceOffsets: readonly number[];
}

/** Where a template's characters are: between the quotes, or between a heredoc's marker lines. */
interface TemplateBody {
	readonly start: number;
	readonly end: number;
	readonly quoted: boolean;
	readonly holes: readonly Hole[];
}

export function templateBody(text: string, node: SyntaxNode): TemplateBody {
	const holes: Hole[] = [];
	for (const child of node.children) {
		if (child.type === 'template_interpolation') {
			const expression = child.children.find((part) => part.type === 'expression');
			holes.push({
				start: child.startIndex,
				end: child.endIndex,
				expression: expression ? text.slice(expression.startIndex, expression.endIndex) : '',
				directive: false,
			});
		} else if (child.type === 'template_directive') {
			holes.push({
				start: child.startIndex,
				end: child.endIndex,
				expression: text.slice(child.startIndex, child.endIndex),
				directive: true,
			});
		}
	}
	if (node.type === 'heredoc_template') {
		const markers = node.children.filter((child) => child.type === 'heredoc_identifier');
		const opening = markers[0]?.endIndex ?? node.startIndex;
		const lineBreak = text.indexOf('\n', opening);
		const start = lineBreak < 0 || lineBreak >= node.endIndex ? opening : lineBreak + 1;
		// The closing marker's line, its indentation included, is not part of the text.
		let end = markers.length > 1 ? markers[markers.length - 1].startIndex : node.endIndex;
		while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) {
			end--;
		}
		return { start, end: Math.max(start, end), quoted: false, holes };
	}
	const open = node.children.find((child) => child.type === 'quoted_template_start');
	const close = node.children.find((child) => child.type === 'quoted_template_end' && child.endIndex > child.startIndex);
	const start = open?.endIndex ?? node.startIndex;
	return { start, end: Math.max(start, close?.startIndex ?? node.endIndex), quoted: true, holes };
}

const simpleEscapes: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/**
 * A template's text with HCL's escapes read (in quoted strings `\n \r \t \" \\ \uNNNN \UNNNNNNNN`; in
 * both `$${` and `%%{`, which write `${` and `%{`), and each hole replaced by `fill(hole)`, which must
 * be as long as the hole's text so that the hole's characters keep their own offsets.
 */
function decode(text: string, body: TemplateBody, fill: (hole: Hole) => string): Decoded {
	let value = '';
	const sourceOffsets: number[] = [];
	let holeIndex = 0;
	let i = body.start;
	while (i < body.end) {
		const hole = body.holes[holeIndex];
		if (hole && i >= hole.start) {
			value += fill(hole);
			for (let offset = hole.start; offset < hole.end; offset++) {
				sourceOffsets.push(offset);
			}
			i = hole.end;
			holeIndex++;
			continue;
		}
		const char = text[i];
		let consumed = 1;
		let produced = char;
		if ((char === '$' || char === '%') && text[i + 1] === char && text[i + 2] === '{') {
			consumed = 2;
		} else if (char === '\\' && body.quoted) {
			const next = text[i + 1];
			const hex = next === 'u' ? 4 : next === 'U' ? 8 : 0;
			if (next !== undefined && simpleEscapes[next] !== undefined) {
				consumed = 2;
				produced = simpleEscapes[next];
			} else if (hex && /^[0-9a-fA-F]+$/.test(text.slice(i + 2, i + 2 + hex)) && i + 2 + hex <= body.end) {
				const codePoint = parseInt(text.slice(i + 2, i + 2 + hex), 16);
				if (codePoint <= 0x10ffff) {
					consumed = 2 + hex;
					produced = String.fromCodePoint(codePoint);
				}
			}
		}
		value += produced;
		for (let k = 0; k < produced.length; k++) {
			sourceOffsets.push(i);
		}
		i += consumed;
	}
	sourceOffsets.push(body.end);
	return { value, sourceOffsets };
}

/**
 * The string a template makes, its holes kept as written (`arn:aws:s3:::${var.bucket}/*`): the service
 * reads `${…}` in an embedded policy as a value it cannot know (diagnostics/context.ts,
 * isTemplateExpression).
 */
export function templateString(text: string, body: TemplateBody): string {
	return decode(text, body, (hole) => text.slice(hole.start, hole.end)).value;
}

/** What embeddedJson found: a JSON tree, a template whose JSON cannot be known, or no JSON at all. */
export type EmbeddedJson = { readonly root: TreeNode } | 'unknowable' | undefined;

/**
 * The JSON value a string or heredoc holds, when its text starts with `{`. Each `${…}` outside a JSON
 * string stands for a value: it is read as a number of its own length, so that the JSON around it
 * parses and keeps its offsets, then becomes a node the service reads as unknown (`{"Ref": …}`). A
 * JSON string with a `${…}` inside keeps it in its value. A template with `%{…}` directives may make
 * any JSON at all: it is 'unknowable'. `errors` receives jsonc-parser's errors, moved into the .tf
 * text; without it, text that is not JSON without error is not JSON at all.
 */
export function embeddedJson(text: string, body: TemplateBody, errors?: TemplateSyntaxError[]): EmbeddedJson {
	const firstCharacter = /\S/g;
	firstCharacter.lastIndex = body.start;
	const first = firstCharacter.exec(text);
	if (!first || first.index >= body.end || first[0] !== '{') {
		return undefined;
	}
	if (body.holes.some((hole) => hole.directive)) {
		return 'unknowable';
	}
	const placeholder = (hole: Hole) => '1'.padEnd(hole.end - hole.start, '0');
	const decoded = decode(text, body, placeholder);
	const parseErrors: ParseError[] = [];
	let root: JsonNode | undefined;
	try {
		root = parseTree(decoded.value, parseErrors, { allowTrailingComma: false, disallowComments: true });
	} catch (error) {
		// jsonc-parser recurses once per level of nesting: JSON nested thousands deep is not read.
		if (error instanceof RangeError) {
			return 'unknowable';
		}
		throw error;
	}
	if (!root || (parseErrors.length && !errors)) {
		return undefined;
	}
	const at = decoded.sourceOffsets;
	for (const error of parseErrors) {
		const offset = at[error.offset];
		errors?.push({ offset, length: at[error.offset + error.length] - offset, message: jsonErrorMessage(error) });
	}
	moveIntoSource(root as TreeNode, decoded, body.holes.length ? holesIn(text, body, decoded) : undefined);
	return { root: root as TreeNode };
}

/** jsonc-parser's error code as a sentence: `CommaExpected` → "Comma expected in the JSON". */
function jsonErrorMessage(error: ParseError): string {
	const words = printParseErrorCode(error.error)
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.toLowerCase();
	return `${words[0].toUpperCase()}${words.slice(1)} in the JSON`;
}

interface HolesInDecoded {
	/** The hole whose placeholder starts at a decoded offset. */
	readonly byStart: ReadonlyMap<number, Hole>;
	/** How many characters before each decoded offset belong to holes. */
	readonly before: Int32Array;
	/** The decoded text with each hole's own text instead of its placeholder. */
	readonly withHoles: string;
}

function holesIn(text: string, body: TemplateBody, decoded: Decoded): HolesInDecoded {
	const byStart = new Map<number, Hole>();
	const before = new Int32Array(decoded.value.length + 1);
	let holeIndex = 0;
	for (let k = 0; k < decoded.value.length; k++) {
		const offset = decoded.sourceOffsets[k];
		while (holeIndex < body.holes.length && body.holes[holeIndex].end <= offset) {
			holeIndex++;
		}
		const hole = body.holes[holeIndex];
		const inHole = hole !== undefined && offset >= hole.start && offset < hole.end;
		if (inHole && offset === hole.start) {
			byStart.set(k, hole);
		}
		before[k + 1] = before[k] + (inHole ? 1 : 0);
	}
	return { byStart, before, withHoles: decode(text, body, (hole) => text.slice(hole.start, hole.end)).value };
}

/** Moves every node of jsonc-parser's tree from the decoded text to the .tf text, and puts the holes back. */
function moveIntoSource(root: TreeNode, decoded: Decoded, holes: HolesInDecoded | undefined): void {
	const at = decoded.sourceOffsets;
	const stack: TreeNode[] = [root];
	while (stack.length) {
		const node = stack.pop()!;
		const start = node.offset;
		const end = node.offset + node.length;
		const hole = holes && node.type === 'number' ? holes.byStart.get(start) : undefined;
		if (hole && hole.end === at[end]) {
			// The placeholder of a `${…}`: the node becomes the unknown value, already placed in the .tf text.
			const unknown = unknownNode(hole.expression, hole.start, hole.end - hole.start);
			Object.assign(node, {
				type: 'object',
				value: undefined,
				offset: unknown.offset,
				length: unknown.length,
				children: unknown.children,
			});
			(unknown.children![0] as TreeNode).parent = node;
			continue;
		}
		if (holes && node.type === 'string' && holes.before[end] > holes.before[start]) {
			node.value = holes.withHoles.slice(start + 1, Math.max(start + 1, end - 1));
		}
		node.offset = at[start];
		node.length = at[end] - node.offset;
		if (node.colonOffset !== undefined) {
			node.colonOffset = at[node.colonOffset];
		}
		for (const child of node.children ?? []) {
			stack.push(child);
		}
	}
}
