/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import { arnFormatToPattern, parseArn, patternsIntersect } from './catalog/arn';
import {
	actionNames,
	allPrefixes,
	authorizationReferenceUrl,
	canonicalActionName,
	globalConditionKey,
	isKnownPrefix,
	isUndocumentedAction,
	matchActions,
	removedAction,
	serviceConditionKey,
	serviceName,
	supportAction,
	supportService,
	type CatalogAction,
} from './catalog/catalog';
import { parseConditionOperator } from './catalog/conditionOperators';
import { nearestNames } from './catalog/nearest';
import { globalConditionKeyDescriptions } from '../data/supportFacts';
import { describeAction, escapeMarkdown, inlineCode } from './hoverContent';
import { MarkupKind, Range, type Hover, type Position, type TextDocument } from './languageTypes';
import { getPolicyLocation } from './parser/policyLocation';
import type { JsonNode, PolicyDocument, Statement } from './parser/policyModel';

const maxListed = 25;

const elementDocs: Record<string, string> = {
	Version: 'The policy language version. Use `2012-10-17`: with `2008-10-17` or none, policy variables such as `${aws:username}` are plain text.',
	Id: 'An optional identifier for the policy.',
	Statement: 'The statements of the policy: one object or an array of objects.',
	Sid: 'An optional statement identifier. In IAM identity policies: letters and digits only, unique in the policy.',
	Effect: 'Whether the statement allows or denies: `Allow` or `Deny`, exactly so cased. An explicit Deny wins over every Allow.',
	Action: 'The actions the statement applies to, `prefix:Name`, with `*` and `?` as wildcards. Names ignore case.',
	NotAction: 'Every action except these. With `Allow` this grants every other action of every AWS service.',
	Resource: 'The resources the statement applies to, as ARNs or `"*"`. AWS Support has no resource-level permissions: its actions need `"*"`.',
	NotResource: 'Every resource except these. A `Deny` with `NotResource` applies to actions that are requested on `"*"`.',
	Condition: 'Conditions on the request: operator → key → values. Operators and keys are ANDed, the values of one key are ORed.',
	Principal: 'Who the statement applies to; only in resource-based policies, not in identity policies.',
	NotPrincipal: 'Everyone except these principals; only in resource-based policies.',
};

export function doHover(document: TextDocument, position: Position, policyDocument: PolicyDocument): Hover | null {
	const text = document.getText();
	const offset = document.offsetAt(position);
	const location = getPolicyLocation(text, offset, policyDocument);
	const node = location?.node;
	if (!location || !node) {
		return null;
	}
	const path = location.statementPath ?? location.path;
	const isKey = node.parent?.type === 'property' && node.parent.children?.[0] === node;
	const contents = isKey ? keyHover(location.statement ? 'statement' : 'policy', path) : valueHover(location.statement, path, node);
	if (!contents) {
		return null;
	}
	return {
		contents: { kind: MarkupKind.Markdown, value: contents },
		range: Range.create(document.positionAt(node.offset), document.positionAt(node.offset + node.length)),
	};
}

function keyHover(scope: 'statement' | 'policy', path: readonly (string | number)[]): string | undefined {
	const key = String(path[path.length - 1]);
	if (path.length === 1) {
		return elementDocs[key] ? `**${key}**\n\n${elementDocs[key]}` : undefined;
	}
	if (scope === 'statement' && path[0] === 'Condition' && path.length === 2) {
		return operatorHover(key);
	}
	if (scope === 'statement' && path[0] === 'Condition' && path.length === 3) {
		return conditionKeyHover(key);
	}
	return undefined;
}

function valueHover(statement: Statement | undefined, path: readonly (string | number)[], node: JsonNode): string | undefined {
	if (node.type !== 'string') {
		return undefined;
	}
	const value = node.value as string;
	switch (path[0]) {
		case 'Version':
			return value === '2012-10-17'
				? '**Version 2012-10-17**: the current policy language. Policy variables work.'
				: value === '2008-10-17'
					? '**Version 2008-10-17**: the old policy language. Policy variables such as `${aws:username}` are plain text; use `2012-10-17`.'
					: undefined;
		case 'Effect':
			return elementDocs.Effect;
		case 'Action':
		case 'NotAction':
			return actionHover(value);
		case 'Resource':
		case 'NotResource':
			return statement ? resourceHover(value, statement) : undefined;
		default:
			return undefined;
	}
}

export function actionHover(value: string): string {
	if (value === '*') {
		return '**`*`**: every action of every AWS service.';
	}
	const colon = value.indexOf(':');
	if (colon < 0) {
		const suggestions = nearestNames(value, allPrefixes());
		return `**Not an action**: write \`prefix:Name\`, such as \`support:DescribeCases\`.${suggestions.length ? ` Did you mean a prefix ${suggestions.map((s) => `\`${s}:\``).join(', ')}?` : ''}`;
	}
	const prefix = value.slice(0, colon);
	const name = value.slice(colon + 1);
	if (/[*?]/.test(value)) {
		return wildcardHover(value);
	}
	const detailed = supportAction(value);
	if (detailed) {
		return describeAction(detailed);
	}
	const removed = removedAction(prefix, name);
	if (removed) {
		return `**${removed.prefix}:${removed.name}** was removed by AWS (${removed.removal.removed}). It grants and denies nothing.`;
	}
	if (!isKnownPrefix(prefix)) {
		const suggestions = nearestNames(prefix, allPrefixes());
		return `**Unknown service prefix** ${inlineCode(prefix)}.${suggestions.length ? ` Nearest: ${suggestions.map((s) => `\`${s}\``).join(', ')}.` : ''}`;
	}
	const canonical = canonicalActionName(prefix, name);
	if (canonical) {
		const service = serviceName(prefix) ?? prefix;
		const undocumented = isUndocumentedAction(prefix, name)
			? '\n\nNot listed in the Service Authorization Reference, but AWS grants it in its own managed policies.'
			: '';
		return `**${prefix.toLowerCase()}:${canonical}** · ${service}${undocumented}\n\n[Service Authorization Reference](${authorizationReferenceUrl(service)})`;
	}
	const suggestions = nearestNames(name, actionNames(prefix)).map((candidate) => `\`${prefix.toLowerCase()}:${candidate}\``);
	return `**Unknown action** ${inlineCode(value)}: ${serviceName(prefix)} has no such action.${suggestions.length ? ` Nearest: ${suggestions.join(', ')}.` : ''}`;
}

function wildcardHover(pattern: string): string {
	const matches = matchActions(pattern);
	if (matches.length === 0) {
		return `**${inlineCode(pattern)}** matches no action.`;
	}
	const lines = matches.slice(0, maxListed).map(({ prefix, name }) => {
		const action = supportAction(`${prefix}:${name}`);
		return `- \`${prefix}:${name}\`${action ? ` · ${action.accessLevel}` : ''}`;
	});
	if (matches.length > maxListed) {
		lines.push(`- … and ${matches.length - maxListed} more`);
	}
	return `**${inlineCode(pattern)}** matches ${matches.length} action${matches.length === 1 ? '' : 's'}:\n\n${lines.join('\n')}`;
}

/** The Support-family actions that a statement's Action names, wildcards expanded. */
function statementSupportActions(statement: Statement): CatalogAction[] {
	const actions = new Map<string, CatalogAction>();
	for (const entry of statement.action?.entries ?? []) {
		if (entry.type !== 'string') {
			continue;
		}
		for (const { prefix, name } of /[*?]/.test(entry.value) ? matchActions(entry.value) : [{ prefix: entry.value.split(':')[0], name: entry.value.split(':')[1] ?? '' }]) {
			const action = supportAction(`${prefix}:${name}`);
			if (action) {
				actions.set(action.fullName, action);
			}
		}
	}
	return [...actions.values()];
}

function resourceHover(value: string, statement: Statement): string | undefined {
	if (value === '*') {
		return '**`*`**: every resource. Actions without resource types, such as every `support:` action, are requested on `"*"` and need it.';
	}
	const arn = parseArn(value);
	if (!arn) {
		return `**Not an ARN**: ${inlineCode(value)}. An ARN has six parts, \`arn:partition:service:region:account:resource\`.`;
	}
	const lines = [
		'**ARN**',
		'',
		`| part | value |`,
		`|---|---|`,
		`| partition | ${tableCell(arn.partition)} |`,
		`| service | ${tableCell(arn.service)} |`,
		`| region | ${tableCell(arn.region || '(none)')} |`,
		`| account | ${tableCell(arn.account || '(none)')} |`,
		`| resource | ${tableCell(arn.resource)} |`,
	];
	const types = (supportService(arn.service)?.resourceTypes ?? []).filter((type) => patternsIntersect(value, arnFormatToPattern(type.arnFormat)));
	if (types.length) {
		lines.push('', `Resource type: ${types.map((type) => `\`${type.name}\` (\`${type.arnFormat}\`)`).join(', ')}`);
	}
	const actions = statementSupportActions(statement);
	if (actions.length) {
		const applies = actions.filter((action) => action.resourceTypes.some((type) => types.some((candidate) => candidate.name === type.name)));
		const notApplies = actions.filter((action) => !applies.includes(action));
		if (applies.length) {
			lines.push('', `Applies to: ${list(applies)}`);
		}
		if (notApplies.length) {
			lines.push('', `Never applies to: ${list(notApplies)} — ${notApplies.every((action) => action.resourceTypes.length === 0) ? 'they have no resource types and need `"*"`' : 'their resource types do not match'}.`);
		}
	}
	return lines.join('\n');
}

/** A code span in a Markdown table cell, where `|` must be escaped even inside code. */
function tableCell(text: string): string {
	return inlineCode(text).replace(/\|/g, '\\|');
}

function list(actions: CatalogAction[]): string {
	const shown = actions.slice(0, maxListed).map((action) => `\`${action.fullName}\``);
	return actions.length > maxListed ? `${shown.join(', ')} and ${actions.length - maxListed} more` : shown.join(', ');
}

function operatorHover(operator: string): string {
	const parsed = parseConditionOperator(operator);
	if (!parsed) {
		return `**Unknown condition operator** ${inlineCode(operator)}.`;
	}
	const parts = [`**${operator}**`, '', parsed.base.description];
	if (parsed.ifExists) {
		parts.push('', '`IfExists`: also true when the key is absent from the request.');
	}
	if (parsed.setQualifier === 'ForAllValues') {
		parts.push('', '`ForAllValues:` true when every value in the request matches; also true when the key is absent or empty, which is risky with `Allow`.');
	} else if (parsed.setQualifier === 'ForAnyValue') {
		parts.push('', '`ForAnyValue:` true when at least one value in the request matches; false when the key is absent.');
	}
	if (parsed.base.negated && !parsed.ifExists) {
		parts.push('', 'A negated operator: true when the key is absent from the request.');
	}
	return parts.join('\n');
}

function conditionKeyHover(key: string): string {
	const global = globalConditionKey(key);
	if (global) {
		const description = globalConditionKeyDescriptions[global.name];
		return `**${escapeMarkdown(key)}** · global condition key · ${global.type}${description ? `\n\n${description}` : ''}`;
	}
	const service = serviceConditionKey(key);
	if (service) {
		return `**${escapeMarkdown(key)}** · ${service.prefix} condition key · ${service.type}\n\n${service.description}`;
	}
	return `**${escapeMarkdown(key)}**: not a global condition key nor a key of the Support family.`;
}
