/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

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
