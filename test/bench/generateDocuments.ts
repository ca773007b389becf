/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import { stringify } from 'yaml';
import { Catalog } from '../../server/src/languageService/catalog/catalog';

const catalog = new Catalog();

/**
 * A policy of about `targetBytes`, made of many statements with long action lists, wildcards, ARNs and
 * conditions, like a large generated CloudFormation policy. Deterministic: the same size gives the same text.
 */
export function generatePolicy(targetBytes: number): string {
	const prefixes = catalog.allPrefixes();
	const statements: string[] = [];
	let size = 0;
	let index = 0;
	while (size < targetBytes) {
		const prefix = prefixes[index % prefixes.length];
		const names = catalog.actionNames(prefix).slice(0, 40);
		const actions = [...names.map((name) => `"${prefix}:${name}"`), `"${prefix}:Describe*"`, '"support:DescribeCases"'];
		const statement = [
			'\t\t{',
			`\t\t\t"Sid": "Statement${index}",`,
			`\t\t\t"Effect": "${index % 7 === 0 ? 'Deny' : 'Allow'}",`,
			`\t\t\t"Action": [\n\t\t\t\t${actions.join(',\n\t\t\t\t')}\n\t\t\t],`,
			index % 3 === 0
				? `\t\t\t"Resource": ["arn:aws:${prefix}:us-east-1:111122223333:thing/${index}/*", "*"],`
				: '\t\t\t"Resource": "*",',
			`\t\t\t"Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}, "IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32"]}, "StringLike": {"aws:PrincipalTag/team": "support-${index}-*"}}`,
			'\t\t}',
		].join('\n');
		statements.push(statement);
		size += statement.length + 2;
		index++;
	}
	return `{\n\t"Version": "2012-10-17",\n\t"Statement": [\n${statements.join(',\n')}\n\t]\n}\n`;
}

/**
 * A Terraform configuration of about `targetBytes`: `aws_iam_policy_document` data sources, each of a few
 * statements with action lists, ARNs, principals and conditions, as a large module of policies writes
 * them. Deterministic, like generatePolicy.
 */
export function generateTerraform(targetBytes: number): string {
	const prefixes = catalog.allPrefixes();
	const blocks: string[] = [];
	let size = 0;
	let index = 0;
	while (size < targetBytes) {
		const statements: string[] = [];
		for (let k = 0; k < 3; k++) {
			const prefix = prefixes[(index * 3 + k) % prefixes.length];
			const actions = catalog
				.actionNames(prefix)
				.slice(0, 12)
				.map((name) => `"${prefix}:${name}"`);
			statements.push(
				[
					'  statement {',
					`    sid       = "Statement${index}x${k}"`,
					k === 2 ? '    effect    = "Deny"' : '',
					`    actions   = [\n      ${actions.join(',\n      ')},\n    ]`,
					`    resources = ["arn:aws:${prefix}:us-east-1:111122223333:thing/${index}/*", "\${var.resource_prefix}-${index}"]`,
					k === 1
						? '    principals {\n      type        = "AWS"\n      identifiers = ["arn:aws:iam::111122223333:root", aws_iam_role.support.arn]\n    }'
						: '',
					'    condition {\n      test     = "Bool"\n      variable = "aws:MultiFactorAuthPresent"\n      values   = ["true"]\n    }',
					`    condition {\n      test     = "StringLike"\n      variable = "aws:PrincipalTag/team"\n      values   = ["support-${index}-*"]\n    }`,
					'  }',
				]
					.filter(Boolean)
					.join('\n'),
			);
		}
		const block = `data "aws_iam_policy_document" "policy_${index}" {\n${statements.join('\n\n')}\n}\n`;
		blocks.push(block);
		size += block.length + 1;
		index++;
	}
	return `variable "resource_prefix" {\n  type = string\n}\n\n${blocks.join('\n')}`;
}

/**
 * A CloudFormation template of about `targetBytes` in YAML: managed policies of the statements
 * generatePolicy writes, ten to a policy, with a !Sub ARN in some, as a large stack of policies writes
 * them. Deterministic, like generatePolicy.
 */
export function generateCloudFormation(targetBytes: number): string {
	const { Statement: statements } = JSON.parse(generatePolicy(targetBytes)) as { Statement: Record<string, unknown>[] };
	const resources: Record<string, unknown> = {};
	for (let start = 0; start < statements.length; start += 10) {
		resources[`Policy${start / 10}`] = {
			Type: 'AWS::IAM::ManagedPolicy',
			Properties: { PolicyDocument: { Version: '2012-10-17', Statement: statements.slice(start, start + 10) } },
		};
	}
	const text = stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: resources }, { lineWidth: 0 });
	// A short form on some resources, as templates write them: arn:aws:…:111122223333 → !Sub …:${AWS::AccountId}.
	return text.replace(
		/- arn:aws:([a-z0-9-]+):us-east-1:111122223333:thing\/(\d+)\/\*/g,
		'- !Sub arn:aws:$1:${AWS::Region}:${AWS::AccountId}:thing/$2/*',
	);
}
