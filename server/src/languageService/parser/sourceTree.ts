/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// What every format's reader gives the policy model: one tree shaped like JSON (jsonc-parser's nodes),
// whose offsets are in the document's own text. A YAML template's tree is the JSON CloudFormation would
// read; a Terraform file's is the Terraform JSON syntax of the same configuration. So the policy finder,
// the kinds and every feature read one shape, and no feature learns a format.

import type { Node as JsonNode } from 'jsonc-parser';

export type { PolicySyntax } from '../../../../shared/policySyntax';

/** A place the format's parser could not read. `message` is the parser's own English, shown after a translated sentence. */
export interface TemplateSyntaxError {
	readonly offset: number;
	readonly length: number;
	readonly message: string;
}

/** A Terraform `file("policy.json")` or `templatefile(…)` call: its path argument, as written, and where it is. */
export interface FileReference {
	readonly path: string;
	readonly offset: number;
	readonly length: number;
	readonly call: 'file' | 'templatefile';
}

export interface SourceTree {
	readonly root: JsonNode | undefined;
	readonly syntaxErrors: readonly TemplateSyntaxError[];
	readonly fileReferences: readonly FileReference[];
	/**
	 * The `${…}` the format itself fills in, as written: the expressions of a `!Sub` or of a Terraform
	 * template. Any other `${…}` is text the policy holds (a placeholder, a policy variable): the rules
	 * judge it as IAM will see it.
	 */
	readonly interpolations?: ReadonlySet<string>;
}

/** Reads a format's text into its tree; never throws. */
export type SourceReader = (text: string) => SourceTree;

/** The bytes of a file shipped beside the bundles (a parser's WebAssembly); the host reads them, the service never touches the file system. */
export type WasmLoader = (fileName: string) => Promise<Uint8Array>;
