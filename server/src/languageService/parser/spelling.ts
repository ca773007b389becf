/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// How each syntax writes what completion and quick fixes insert: a value, a key with its value. The
// features say what to insert; the spelling says how the document's format writes it.

import type { PolicySyntax } from './sourceTree';

export interface Spelling {
	/** A string value; `quote` is the quote the user already typed, if any. */
	value(value: string, quote?: string): string;
	/** A list of string values, on one line. */
	list(values: readonly string[]): string;
	/** A key followed by a snippet of its value (`$1` placeholders), laid out for a new line of the document. */
	keySnippet(name: string, value: ElementValue): string;
	/** A key alone, when the value is already there. */
	key(name: string): string;
	/** What a key is called here, when not the IAM element's name (`actions` for Action in aws_iam_policy_document). */
	label?(name: string): string;
}

/** The shapes of a new element's value that completion offers. */
export type ElementValue = 'text' | 'effect' | 'list' | 'resource' | 'version' | 'condition' | 'operator' | 'statements';

/** Snippet syntax: `$`, `}` and `\` are special in a snippet's text. */
function escapeSnippet(value: string): string {
	return value.replace(/[$}\\]/g, '\\$&');
}

const jsonSpelling: Spelling = {
	value: (value) => JSON.stringify(value),
	list: (values) => `[${values.map((value) => JSON.stringify(value)).join(', ')}]`,
	key: (name) => JSON.stringify(name),
	keySnippet(name, value) {
		const key = JSON.stringify(escapeSnippet(name));
		switch (value) {
			case 'effect':
				return `${key}: "\${1|Allow,Deny|}"`;
			case 'list':
				return `${key}: [\n\t"$1"\n]`;
			case 'resource':
				return `${key}: "\${1:*}"`;
			case 'version':
				return `${key}: "2012-10-17"`;
			case 'condition':
				return `${key}: {\n\t"$1": {\n\t\t"$2": "$3"\n\t}\n}`;
			case 'operator':
				return `${key}: {\n\t"$1": "$2"\n}`;
			case 'statements':
				return `${key}: [\n\t{\n\t\t"Effect": "\${1|Allow,Deny|}",\n\t\t"Action": "$2",\n\t\t"Resource": "*"\n\t}\n]`;
			default:
				return `${key}: "$1"`;
		}
	},
};

/**
 * YAML's plain scalars cannot start with an indicator (`*` would be an alias, `!` a tag), hold `: ` or ` #`,
 * or read as another type (`true`, `1.5`, `null`); those are written in double quotes, which YAML reads
 * as JSON does.
 */
export function yamlScalar(value: string, quote?: string): string {
	if (quote === "'") {
		return `'${value.replace(/'/g, "''")}'`;
	}
	if (quote === '"' || needsYamlQuotes(value)) {
		return JSON.stringify(value);
	}
	return value;
}

function needsYamlQuotes(value: string): boolean {
	return (
		value === '' ||
		/^[-?:,[\]{}#&*!|>'"%@`\s]/.test(value) ||
		/: |\s#|:$|\s$/.test(value) ||
		/^(true|false|yes|no|on|off|null|~|y|n)$/i.test(value) ||
		/^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(value) ||
		/^0[xo]/i.test(value) ||
		/[\n\t]/.test(value)
	);
}

const yamlSpelling: Spelling = {
	value: (value, quote) => yamlScalar(value, quote),
	list: (values) => `[${values.map((value) => yamlScalar(value)).join(', ')}]`,
	key: (name) => yamlScalar(name),
	keySnippet(name, value) {
		const key = escapeSnippet(yamlScalar(name));
		switch (value) {
			case 'effect':
				return `${key}: \${1|Allow,Deny|}`;
			case 'list':
				return `${key}:\n  - $1`;
			case 'resource':
				return `${key}: \${1:'*'}`;
			case 'version':
				return `${key}: '2012-10-17'`;
			case 'condition':
				return `${key}:\n  $1:\n    $2: $3`;
			case 'operator':
				return `${key}:\n  $1: $2`;
			case 'statements':
				return `${key}:\n  - Effect: \${1|Allow,Deny|}\n    Action: $2\n    Resource: '*'`;
			default:
				return `${key}: $1`;
		}
	},
};

/** The arguments of an aws_iam_policy_document `statement` block, by the element each writes. */
const policyDocumentArguments: Readonly<Record<string, string>> = {
	Sid: 'sid',
	Effect: 'effect',
	Action: 'actions',
	NotAction: 'not_actions',
	Resource: 'resources',
	NotResource: 'not_resources',
	Principal: 'principals',
	NotPrincipal: 'not_principals',
	Condition: 'condition',
};

/** The element an aws_iam_policy_document argument writes (`actions` → Action). */
export function policyDocumentElement(argument: string): string | undefined {
	return Object.keys(policyDocumentArguments).find((name) => policyDocumentArguments[name] === argument);
}

/** An aws_iam_policy_document `statement` block: arguments in snake case, lists always, conditions as blocks. */
export const terraformBlockSpelling: Spelling = {
	...jsonSpelling,
	label: (name) => policyDocumentArguments[name] ?? name,
	key: (name) => policyDocumentArguments[name] ?? name,
	keySnippet(name, value) {
		const argument = policyDocumentArguments[name] ?? name;
		switch (value) {
			case 'effect':
				return `${argument} = "\${1|Allow,Deny|}"`;
			case 'list':
				return `${argument} = ["$1"]`;
			case 'resource':
				return `${argument} = ["\${1:*}"]`;
			case 'condition':
				return `${argument} {\n  test     = "$1"\n  variable = "$2"\n  values   = ["$3"]\n}`;
			default:
				return `${argument} = "$1"`;
		}
	},
};

/** A statement object in jsonencode(): IAM's element names, HCL's `=`. */
export const terraformObjectSpelling: Spelling = {
	...jsonSpelling,
	key: (name) => name,
	keySnippet(name, value) {
		switch (value) {
			case 'effect':
				return `${name} = "\${1|Allow,Deny|}"`;
			case 'list':
				return `${name} = ["$1"]`;
			case 'resource':
				return `${name} = "\${1:*}"`;
			case 'condition':
				return `${name} = {\n  $1 = {\n    "$2" = "$3"\n  }\n}`;
			case 'operator':
				return `${name} = {\n  "$1" = "$2"\n}`;
			case 'version':
				return `${name} = "2012-10-17"`;
			default:
				return `${name} = "$1"`;
		}
	},
};

export function spellingOf(syntax: PolicySyntax): Spelling {
	// Terraform's strings are JSON's, in jsonencode() objects and in aws_iam_policy_document alike.
	return syntax === 'yaml' ? yamlSpelling : jsonSpelling;
}
