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
import { globalConditionKeyDescriptions } from './data/supportFacts';
import { accessLevelName, describeAction, escapeMarkdown, inlineCode } from './hoverContent';
import { currentLanguage, japanese, t } from './l10n';
import { MarkupKind, Range, type Hover, type Position, type TextDocument } from './languageTypes';
import { getPolicyLocation } from './parser/policyLocation';
import type { JsonNode, PolicyDocument, Statement } from './parser/policyModel';

const maxListed = 25;

// Functions, not strings: the language is set after this module loads.
const elementDocs: Record<string, () => string> = {
	Version: () =>
		t(
			'The policy language version. Use `2012-10-17`: with `2008-10-17` or none, policy variables such as `${aws:username}` are plain text.',
		),
	Id: () => t('An optional identifier for the policy.'),
	Statement: () => t('The statements of the policy: one object or an array of objects.'),
	Sid: () => t('An optional statement identifier. In IAM identity policies: letters and digits only, unique in the policy.'),
	Effect: () => t('Whether the statement allows or denies: `Allow` or `Deny`, exactly so cased. An explicit Deny wins over every Allow.'),
	Action: () => t('The actions the statement applies to, `prefix:Name`, with `*` and `?` as wildcards. Names ignore case.'),
	NotAction: () => t('Every action except these. With `Allow` this grants every other action of every AWS service.'),
	Resource: () =>
		t(
			'The resources the statement applies to, as ARNs or `"*"`. AWS Support has no resource-level permissions: its actions need `"*"`.',
		),
	NotResource: () => t('Every resource except these. A `Deny` with `NotResource` applies to actions that are requested on `"*"`.'),
	Condition: () => t('Conditions on the request: operator → key → values. Operators and keys are ANDed, the values of one key are ORed.'),
	Principal: () => t('Who the statement applies to; only in resource-based policies, not in identity policies.'),
	NotPrincipal: () => t('Everyone except these principals; only in resource-based policies.'),
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
		return Object.hasOwn(elementDocs, key) ? `**${key}**\n\n${elementDocs[key]()}` : undefined;
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
				? t('**Version 2012-10-17**: the current policy language. Policy variables work.')
				: value === '2008-10-17'
					? t(
							'**Version 2008-10-17**: the old policy language. Policy variables such as `${aws:username}` are plain text; use `2012-10-17`.',
						)
					: undefined;
		case 'Effect':
			return elementDocs.Effect();
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
		return t('**`*`**: every action of every AWS service.');
	}
	const colon = value.indexOf(':');
	if (colon < 0) {
		const suggestions = nearestNames(value, allPrefixes());
		return suggestions.length
			? t(
					'**Not an action**: write `prefix:Name`, such as `support:DescribeCases`. Did you mean a prefix {0}?',
					suggestions.map((s) => `\`${s}:\``).join(', '),
				)
			: t('**Not an action**: write `prefix:Name`, such as `support:DescribeCases`.');
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
		return t(
			'**{0}** was removed by AWS ({1}). It grants and denies nothing.',
			`${removed.prefix}:${removed.name}`,
			removed.removal.removed,
		);
	}
	if (!isKnownPrefix(prefix)) {
		const suggestions = nearestNames(prefix, allPrefixes());
		return suggestions.length
			? t('**Unknown service prefix** {0}. Nearest: {1}.', inlineCode(prefix), suggestions.map((s) => `\`${s}\``).join(', '))
			: t('**Unknown service prefix** {0}.', inlineCode(prefix));
	}
	const canonical = canonicalActionName(prefix, name);
	if (canonical) {
		const service = serviceName(prefix) ?? prefix;
		const undocumented = isUndocumentedAction(prefix, name)
			? `\n\n${t('Not listed in the Service Authorization Reference, but AWS grants it in its own managed policies.')}`
			: '';
		return `**${prefix.toLowerCase()}:${canonical}** · ${service}${undocumented}\n\n[${t('Service Authorization Reference')}](${authorizationReferenceUrl(service)})`;
	}
	const suggestions = nearestNames(name, actionNames(prefix)).map((candidate) => `\`${prefix.toLowerCase()}:${candidate}\``);
	return suggestions.length
		? t(
				'**Unknown action** {0}: {1} has no such action. Nearest: {2}.',
				inlineCode(value),
				serviceName(prefix) ?? prefix,
				suggestions.join(', '),
			)
		: t('**Unknown action** {0}: {1} has no such action.', inlineCode(value), serviceName(prefix) ?? prefix);
}

function wildcardHover(pattern: string): string {
	const matches = matchActions(pattern);
	if (matches.length === 0) {
		return t('**{0}** matches no action.', inlineCode(pattern));
	}
	const lines = matches.slice(0, maxListed).map(({ prefix, name }) => {
		const action = supportAction(`${prefix}:${name}`);
		return `- \`${prefix}:${name}\`${action ? ` · ${accessLevelName(action)}` : ''}`;
	});
	if (matches.length > maxListed) {
		lines.push(t('- … and {0} more', matches.length - maxListed));
	}
	const heading =
		matches.length === 1
			? t('**{0}** matches {1} action:', inlineCode(pattern), matches.length)
			: t('**{0}** matches {1} actions:', inlineCode(pattern), matches.length);
	return `${heading}\n\n${lines.join('\n')}`;
}

/** The Support-family actions that a statement's Action names, wildcards expanded. */
function statementSupportActions(statement: Statement): CatalogAction[] {
	const actions = new Map<string, CatalogAction>();
	for (const entry of statement.action?.entries ?? []) {
		if (entry.type !== 'string') {
			continue;
		}
		for (const { prefix, name } of /[*?]/.test(entry.value)
			? matchActions(entry.value)
			: [{ prefix: entry.value.split(':')[0], name: entry.value.split(':')[1] ?? '' }]) {
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
		return t(
			'**`*`**: every resource. Actions without resource types, such as every `support:` action, are requested on `"*"` and need it.',
		);
	}
	const arn = parseArn(value);
	if (!arn) {
		return t('**Not an ARN**: {0}. An ARN has six parts, `arn:partition:service:region:account:resource`.', inlineCode(value));
	}
	const lines = [
		'**ARN**',
		'',
		`| ${t('part')} | ${t('value')} |`,
		`|---|---|`,
		`| ${t('partition')} | ${tableCell(arn.partition)} |`,
		`| ${t('service')} | ${tableCell(arn.service)} |`,
		`| ${t('region')} | ${tableCell(arn.region || t('(none)'))} |`,
		`| ${t('account')} | ${tableCell(arn.account || t('(none)'))} |`,
		`| ${t('resource')} | ${tableCell(arn.resource)} |`,
	];
	const types = (supportService(arn.service)?.resourceTypes ?? []).filter((type) =>
		patternsIntersect(value, arnFormatToPattern(type.arnFormat)),
	);
	if (types.length) {
		lines.push('', t('Resource type: {0}', types.map((type) => `\`${type.name}\` (\`${type.arnFormat}\`)`).join(', ')));
	}
	const actions = statementSupportActions(statement);
	if (actions.length) {
		const applies = actions.filter((action) =>
			action.resourceTypes.some((type) => types.some((candidate) => candidate.name === type.name)),
		);
		const notApplies = actions.filter((action) => !applies.includes(action));
		if (applies.length) {
			lines.push('', t('Applies to: {0}', list(applies)));
		}
		if (notApplies.length) {
			lines.push(
				'',
				notApplies.every((action) => action.resourceTypes.length === 0)
					? t('Never applies to: {0} — they have no resource types and need `"*"`.', list(notApplies))
					: t('Never applies to: {0} — their resource types do not match.', list(notApplies)),
			);
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
	return actions.length > maxListed ? t('{0} and {1} more', shown.join(', '), actions.length - maxListed) : shown.join(', ');
}

function operatorHover(operator: string): string {
	const parsed = parseConditionOperator(operator);
	if (!parsed) {
		return t('**Unknown condition operator** {0}.', inlineCode(operator));
	}
	const parts = [`**${operator}**`, '', parsed.base.description];
	if (parsed.ifExists) {
		parts.push('', t('`IfExists`: also true when the key is absent from the request.'));
	}
	if (parsed.setQualifier === 'ForAllValues') {
		parts.push(
			'',
			t(
				'`ForAllValues:` true when every value in the request matches; also true when the key is absent or empty, which is risky with `Allow`.',
			),
		);
	} else if (parsed.setQualifier === 'ForAnyValue') {
		parts.push('', t('`ForAnyValue:` true when at least one value in the request matches; false when the key is absent.'));
	}
	if (parsed.base.negated && !parsed.ifExists) {
		parts.push('', t('A negated operator: true when the key is absent from the request.'));
	}
	return parts.join('\n');
}

function conditionKeyHover(key: string): string {
	const global = globalConditionKey(key);
	if (global) {
		const description = (currentLanguage() === 'ja' ? japanese().globalConditionKeyDescriptionsJa : globalConditionKeyDescriptions)[
			global.name
		];
		return `**${escapeMarkdown(key)}** · ${t('global condition key')} · ${global.type}${description ? `\n\n${description}` : ''}`;
	}
	const service = serviceConditionKey(key);
	if (service) {
		return `**${escapeMarkdown(key)}** · ${t('{0} condition key', service.prefix)} · ${service.type}\n\n${service.description}`;
	}
	return t('**{0}**: not a global condition key nor a key of the Support family.', escapeMarkdown(key));
}
