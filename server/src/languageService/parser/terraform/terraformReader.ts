/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The reader of Terraform's native syntax (.tf): tree-sitter's HCL grammar, run by web-tree-sitter
// from WebAssembly the host hands over, so that the service needs neither a native module nor the file
// system. `.tf.json` files are JSON and never come here.

import { Language, Parser, type Node as SyntaxNode, type Tree } from 'web-tree-sitter';
import type { FileReference, SourceReader, SourceTree, TemplateSyntaxError, WasmLoader } from '../sourceTree';
import { configTree } from './configTree';
import { childOfType, childrenOfType, sourceText, type Reading } from './expressions';
import { templateBody, templateString } from './templates';

/** The files a host's WasmLoader is asked for: web-tree-sitter's runtime and the HCL grammar, as their packages name them. */
export const terraformWasmFiles = { runtime: 'web-tree-sitter.wasm', grammar: 'tree-sitter-hcl.wasm' } as const;

/**
 * How long one parse may take before it is stopped. A generated 1 MB .tf reads in about a second on a
 * busy two-core machine (npm run bench), real configurations in milliseconds; 180 KB of random
 * punctuation, which keeps the parser's error recovery busy, took a second too. A text that takes
 * longer is not analysed, and the server goes on answering.
 */
export const defaultParseTimeLimitMs = 5000;

export interface TerraformReaderOptions {
	/** Milliseconds one parse may take; defaultParseTimeLimitMs if not given. */
	readonly parseTimeLimitMs?: number;
}

/**
 * Loads the HCL grammar and returns the reader. web-tree-sitter keeps one WebAssembly instance per
 * process, made by the first call: call this once and share the reader, not concurrently.
 */
export async function loadTerraformReader(loadWasm: WasmLoader, options: TerraformReaderOptions = {}): Promise<SourceReader> {
	const [runtime, grammar] = await Promise.all([loadWasm(terraformWasmFiles.runtime), loadWasm(terraformWasmFiles.grammar)]);
	await Parser.init({ wasmBinary: runtime });
	const parser = new Parser();
	parser.setLanguage(await Language.load(grammar));
	const limit = options.parseTimeLimitMs ?? defaultParseTimeLimitMs;
	return (text) => read(parser, text, limit);
}

function read(parser: Parser, text: string, limitMs: number): SourceTree {
	let tree: Tree | null = null;
	try {
		const deadline = performance.now() + limitMs;
		tree = parser.parse(text, null, { progressCallback: () => performance.now() > deadline });
		if (!tree) {
			// A stopped parse would otherwise be resumed by the next one.
			parser.reset();
			return failed(`Reading the Terraform file took more than ${limitMs} ms and was stopped`);
		}
		const reading: Reading = { text, syntaxErrors: [] };
		const root = configTree(reading, tree.rootNode);
		const syntaxErrors = [...treeErrors(reading, tree.rootNode), ...reading.syntaxErrors].sort((a, b) => a.offset - b.offset);
		const interpolations = new Set(
			tree.rootNode.descendantsOfType('template_interpolation').map((node) => text.slice(node.startIndex, node.endIndex)),
		);
		return { root, syntaxErrors, fileReferences: fileReferences(reading, tree.rootNode), interpolations };
	} catch (error) {
		parser.reset();
		return failed(`The Terraform parser failed: ${error instanceof Error ? error.message : String(error)}`);
	} finally {
		tree?.delete();
	}
}

function failed(message: string): SourceTree {
	return { root: undefined, syntaxErrors: [{ offset: 0, length: 0, message }], fileReferences: [] };
}

/** What a MISSING node stands for, in words. */
const missingNames: Readonly<Record<string, string>> = {
	block_end: '"}"',
	object_end: '"}"',
	tuple_end: '"]"',
	quoted_template_end: 'the closing quote',
	template_interpolation_end: '"}"',
	heredoc_identifier: "the heredoc's closing marker",
	identifier: 'a name',
	expression: 'a value',
};

/** tree-sitter's ERROR nodes (text it could not fit) and MISSING ones (a token it had to assume). */
function treeErrors(reading: Reading, root: SyntaxNode): TemplateSyntaxError[] {
	const errors: TemplateSyntaxError[] = [];
	if (!root.hasError) {
		return errors;
	}
	const stack = [root];
	while (stack.length) {
		const node = stack.pop()!;
		if (node.isMissing) {
			const name = missingNames[node.type] ?? `"${node.type}"`;
			errors.push({ offset: node.startIndex, length: 0, message: `Missing ${name}` });
		} else if (node.isError) {
			const line = sourceText(reading, node).split(/\r?\n/)[0].trim();
			const shown = line.length > 30 ? `${line.slice(0, 30)}…` : line;
			errors.push({
				offset: node.startIndex,
				length: node.endIndex - node.startIndex,
				message: shown ? `Unexpected "${shown}" in Terraform syntax` : 'Unexpected text in Terraform syntax',
			});
		} else if (node.hasError) {
			for (const child of node.children) {
				stack.push(child);
			}
		}
	}
	return errors;
}

/** Every `file("…")` and `templatefile("…", …)` whose path is written as a string. */
function fileReferences(reading: Reading, root: SyntaxNode): FileReference[] {
	const references: FileReference[] = [];
	for (const node of root.descendantsOfType('function_call')) {
		const name = childOfType(node, 'identifier');
		const call = name && sourceText(reading, name);
		if (call !== 'file' && call !== 'templatefile') {
			continue;
		}
		const argumentList = childOfType(node, 'function_arguments');
		const path = argumentList && childrenOfType(argumentList, 'expression')[0];
		const term = path?.childCount === 1 ? path.firstChild : undefined;
		const string = term?.type === 'literal_value' || term?.type === 'template_expr' ? term.firstChild : undefined;
		if (string && string.type !== 'heredoc_template') {
			references.push({
				path: templateString(reading.text, templateBody(reading.text, string)),
				offset: string.startIndex,
				length: string.endIndex - string.startIndex,
				call,
			});
		}
	}
	return references.sort((a, b) => a.offset - b.offset);
}
