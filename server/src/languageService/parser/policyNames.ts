/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The name a template gives each of its policies, for CodeLenses, the panel's title and
// `iam-support simulate --policy NAME`: a CloudFormation resource's logical id, a Terraform resource's
// address, the path of anything else. A resource that holds several policies (a role's trust policy and
// its inline policies) qualifies each: `SupportRole (SupportCases)`, `aws_iam_role.support (assume_role_policy)`.

import { findNodeAtLocation, type JSONPath } from 'jsonc-parser';
import type { JsonNode } from './policyModel';

export function policyNames(root: JsonNode, paths: readonly JSONPath[]): (string | undefined)[] {
	const owners = paths.map(ownerOf);
	const counts = new Map<string, number>();
	for (const owner of owners) {
		if (owner) {
			counts.set(owner.name, (counts.get(owner.name) ?? 0) + 1);
		}
	}
	return paths.map((path, index) => {
		const owner = owners[index];
		if (!owner) {
			return path.length ? path.join('.') : undefined;
		}
		if ((counts.get(owner.name) ?? 0) < 2) {
			return owner.name;
		}
		return `${owner.name} (${qualifier(root, path, owner.depth)})`;
	});
}

/** The resource a policy belongs to, and how deep in the path its own part starts. */
function ownerOf(path: JSONPath): { name: string; depth: number } | undefined {
	if (path[0] === 'Resources' && typeof path[1] === 'string') {
		return { name: path[1], depth: 3 };
	}
	if (path[0] === 'resource' && typeof path[1] === 'string' && typeof path[2] === 'string') {
		return { name: `${path[1]}.${path[2]}`, depth: 3 };
	}
	if (path[0] === 'data' && typeof path[1] === 'string' && typeof path[2] === 'string') {
		return { name: `data.${path[1]}.${path[2]}`, depth: 3 };
	}
	return undefined;
}

/** What tells a resource's policies apart: an inline policy's PolicyName, else the property and its index. */
function qualifier(root: JsonNode, path: JSONPath, depth: number): string {
	const own = path.slice(depth);
	if (own[0] === 'Policies' && typeof own[1] === 'number') {
		const name = findNodeAtLocation(root, [...path.slice(0, depth), 'Policies', own[1], 'PolicyName']);
		if (name?.type === 'string' && name.value) {
			return name.value as string;
		}
	}
	return own
		.map((part) => (typeof part === 'number' ? `[${part}]` : part))
		.join('.')
		.replace(/\.\[/g, '[');
}
