/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import type { PolicySyntax } from '../parser/sourceTree';
import { jsonEditWriter, type EditWriter } from './textEdits';
import { yamlEditWriter } from './yamlEdits';

/**
 * Terraform's policies are JSON strings, jsonencode() objects or aws_iam_policy_document blocks: values and
 * lists are written as in JSON; what would add keys or statements is not offered there.
 */
const terraformEditWriter: EditWriter = {
	...jsonEditWriter,
	insertAfter: (text, node, values) =>
		values.every((value) => typeof value === 'string') ? jsonEditWriter.insertAfter(text, node, values) : undefined,
	addProperty: () => undefined,
};

export function editWriterOf(syntax: PolicySyntax): EditWriter {
	return syntax === 'yaml' ? yamlEditWriter : syntax === 'terraform' ? terraformEditWriter : jsonEditWriter;
}
