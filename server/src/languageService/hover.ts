/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import { arnFormatToPattern, completeArn, parseArn, patternsIntersect } from './catalog/arn';
import {
	authorizationReferenceUrl,
	globalConditionKey,
	isUndocumentedAction,
	removedAction,
	serviceConditionKey,
	serviceLabel,
	supportAction,
	supportService,
	unlistedPrefixSeenIn,
	type CatalogAction,
} from './catalog/catalog';
import { parseConditionOperator } from './catalog/conditionOperators';
import { nearestNames } from './catalog/nearest';
import { globalConditionKeyDescriptions } from './data/supportFacts';
import { accessLevelName, describeAction, escapeMarkdown, inlineCode } from './hoverContent';
import type { ServiceState } from './serviceState';
import { MarkupKind, Range, type Hover, type Position, type TextDocument } from './languageTypes';
import { getPolicyLocation } from './parser/policyLocation';
import type { JsonNode, PolicyDocument, Statement } from './parser/policyModel';

const maxListed = 25;

// Functions, not strings: the language is set after this module loads.
const elementDocs: Record<string, (t: ServiceState['t']) => string> = {
	Version: (t) =>
		t(
			'The policy language version. Use `2012-10-17`: with `2008-10-17` or none, policy variables such as `${aws:username}` are plain text.',
		),
	Id: (t) => t('An optional identifier for the policy.'),
	Statement: (t) => t('The statements of the policy: one object or an array of objects.'),
	Sid: (t) => t('An optional statement identifier. In IAM identity policies: letters and digits only, unique in the policy.'),
	Effect: (t) =>
		t('Whether the statement allows or denies: `Allow` or `Deny`, exactly so cased. An explicit Deny wins over every Allow.'),
	Action: (t) => t('The actions the statement applies to, `prefix:Name`, with `*` and `?` as wildcards. Names ignore case.'),
	NotAction: (t) => t('Every action except these. With `Allow` this grants every other action of every AWS service.'),
	Resource: (t) =>
		t(
			'The resources the statement applies to, as ARNs or `"*"`. AWS Support has no resource-level permissions: its actions need `"*"`.',
		),
	NotResource: (t) => t('Every resource except these. A `Deny` with `NotResource` applies to actions that are requested on `"*"`.'),
	Condition: (t) =>
		t('Conditions on the request: operator → key → values. Operators and keys are ANDed, the values of one key are ORed.'),
	Principal: (t) => t('Who the statement applies to; only in resource-based policies, not in identity policies.'),
	NotPrincipal: (t) => t('Everyone except these principals; only in resource-based policies.'),
};

export function doHover(state: ServiceState, document: TextDocument, position: Position, policyDocument: PolicyDocument): Hover | null {
	const text = document.getText();
	const offset = document.offsetAt(position);
	const location = getPolicyLocation(text, offset, policyDocument);
	const node = location?.node;
	if (!location || !node) {
		return null;
	}
	const path = location.statementPath ?? location.path;
	const isKey = node.parent?.type === 'property' && node.parent.children?.[0] === node;
	const contents = isKey
		? keyHover(state, location.statement ? 'statement' : 'policy', path)
		: valueHover(state, location.statement, path, node);
	if (!contents) {
		return null;
	}
	return {
		contents: { kind: MarkupKind.Markdown, value: contents },
		range: Range.create(document.positionAt(node.offset), document.positionAt(node.offset + node.length)),
	};
}

function keyHover(state: ServiceState, scope: 'statement' | 'policy', path: readonly (string | number)[]): string | undefined {
	const key = String(path[path.length - 1]);
	if (path.length === 1) {
		return Object.hasOwn(elementDocs, key) ? `**${key}**\n\n${elementDocs[key](state.t)}` : undefined;
	}
	if (scope === 'statement' && path[0] === 'Condition' && path.length === 2) {
		return operatorHover(state, key);
	}
	if (scope === 'statement' && path[0] === 'Condition' && path.length === 3) {
		return conditionKeyHover(state, key);
	}
	return undefined;
}

function valueHover(
	state: ServiceState,
	statement: Statement | undefined,
	path: readonly (string | number)[],
	node: JsonNode,
): string | undefined {
	if (node.type !== 'string') {
		return undefined;
	}
	const value = node.value as string;
	switch (path[0]) {
		case 'Version':
			return value === '2012-10-17'
				? state.t('**Version 2012-10-17**: the current policy language. Policy variables work.')
				: value === '2008-10-17'
					? state.t(
							'**Version 2008-10-17**: the old policy language. Policy variables such as `${aws:username}` are plain text; use `2012-10-17`.',
						)
					: undefined;
		case 'Effect':
			return elementDocs.Effect(state.t);
		case 'Action':
		case 'NotAction':
			return actionHover(state, value);
		case 'Resource':
		case 'NotResource':
			return statement ? resourceHover(state, value, statement) : undefined;
		default:
			return undefined;
	}
}

export function actionHover(state: ServiceState, value: string): string {
	if (value === '*') {
		return state.t('**`*`**: every action of every AWS service.');
	}
	const colon = value.indexOf(':');
	if (colon < 0) {
		const suggestions = nearestNames(value, state.catalog.allPrefixes());
		return suggestions.length
			? state.t(
					'**Not an action**: write `prefix:Name`, such as `support:DescribeCases`. Did you mean a prefix {0}?',
					suggestions.map((s) => `\`${s}:\``).join(', '),
				)
			: state.t('**Not an action**: write `prefix:Name`, such as `support:DescribeCases`.');
	}
	const prefix = value.slice(0, colon);
	const name = value.slice(colon + 1);
	if (/[*?]/.test(value)) {
		return wildcardHover(state, value);
	}
	const detailed = supportAction(value);
	if (detailed) {
		return describeAction(state, detailed);
	}
	const removed = removedAction(prefix, name);
	if (removed) {
		return state.t(
			'**{0}** was removed by AWS ({1}). It grants and denies nothing.',
			`${removed.prefix}:${removed.name}`,
			removed.removal.removed,
		);
	}
	if (!state.catalog.isKnownPrefix(prefix)) {
		const seenIn = unlistedPrefixSeenIn(prefix);
		if (seenIn) {
			return state.t(
				"**Unlisted service prefix** {0}: AWS's managed policy {1} names it, but the Service Authorization Reference no longer lists it.",
				inlineCode(prefix),
				seenIn,
			);
		}
		const suggestions = nearestNames(prefix, state.catalog.allPrefixes());
		return suggestions.length
			? state.t('**Unknown service prefix** {0}. Nearest: {1}.', inlineCode(prefix), suggestions.map((s) => `\`${s}\``).join(', '))
			: state.t('**Unknown service prefix** {0}.', inlineCode(prefix));
	}
	const canonical = state.catalog.canonicalActionName(prefix, name);
	if (canonical) {
		const service = state.catalog.serviceName(prefix) ?? prefix;
		const label = serviceLabel(state.catalog, state.t, prefix);
		const undocumented = isUndocumentedAction(prefix, name)
			? `\n\n${state.t('Not listed in the Service Authorization Reference, but AWS grants it in its own managed policies.')}`
			: '';
		return `**${prefix.toLowerCase()}:${canonical}** · ${label}${undocumented}\n\n[${state.t('Service Authorization Reference')}](${authorizationReferenceUrl(service)})`;
	}
	const suggestions = nearestNames(name, state.catalog.actionNames(prefix)).map(
		(candidate) => `\`${prefix.toLowerCase()}:${candidate}\``,
	);
	return suggestions.length
		? state.t(
				'**Unknown action** {0}: {1} has no such action. Nearest: {2}.',
				inlineCode(value),
				serviceLabel(state.catalog, state.t, prefix),
				suggestions.join(', '),
			)
		: state.t('**Unknown action** {0}: {1} has no such action.', inlineCode(value), serviceLabel(state.catalog, state.t, prefix));
}

function wildcardHover(state: ServiceState, pattern: string): string {
	const matches = state.catalog.matchActions(pattern);
	if (matches.length === 0) {
		return state.t('**{0}** matches no action.', inlineCode(pattern));
	}
	const lines = matches.slice(0, maxListed).map(({ prefix, name }) => {
		const action = supportAction(`${prefix}:${name}`);
		return `- \`${prefix}:${name}\`${action ? ` · ${accessLevelName(state, action)}` : ''}`;
	});
	if (matches.length > maxListed) {
		lines.push(state.t('- … and {0} more', matches.length - maxListed));
	}
	const heading =
		matches.length === 1
			? state.t('**{0}** matches {1} action:', inlineCode(pattern), matches.length)
			: state.t('**{0}** matches {1} actions:', inlineCode(pattern), matches.length);
	return `${heading}\n\n${lines.join('\n')}`;
}

/** The Support-family actions that a statement's Action names, wildcards expanded. */
function statementSupportActions(state: ServiceState, statement: Statement): CatalogAction[] {
	const actions = new Map<string, CatalogAction>();
	for (const entry of statement.action?.entries ?? []) {
		if (entry.type !== 'string') {
			continue;
		}
		for (const { prefix, name } of /[*?]/.test(entry.value)
			? state.catalog.matchActions(entry.value)
			: [{ prefix: entry.value.split(':')[0], name: entry.value.split(':')[1] ?? '' }]) {
			const action = supportAction(`${prefix}:${name}`);
			if (action) {
				actions.set(action.fullName, action);
			}
		}
	}
	return [...actions.values()];
}

function resourceHover(state: ServiceState, value: string, statement: Statement): string | undefined {
	if (value === '*') {
		return state.t(
			'**`*`**: every resource. Actions without resource types, such as every `support:` action, are requested on `"*"` and need it.',
		);
	}
	const completed = completeArn(value);
	const arn = completed === undefined ? undefined : parseArn(completed);
	if (!completed || !arn) {
		return state.t('**Not an ARN**: {0}. An ARN has six parts, `arn:partition:service:region:account:resource`.', inlineCode(value));
	}
	const lines = [
		'**ARN**',
		...(completed === value
			? []
			: [
					'',
					state.t(
						'Fewer than six parts: an identity-based policy completes it as {0}; a session policy rejects it.',
						inlineCode(completed),
					),
				]),
		'',
		`| ${state.t('part')} | ${state.t('value')} |`,
		`|---|---|`,
		`| ${state.t('partition')} | ${tableCell(arn.partition)} |`,
		`| ${state.t('service')} | ${tableCell(arn.service)} |`,
		`| ${state.t('region')} | ${tableCell(arn.region || state.t('(none)'))} |`,
		`| ${state.t('account')} | ${tableCell(arn.account || state.t('(none)'))} |`,
		`| ${state.t('resource')} | ${tableCell(arn.resource)} |`,
	];
	const types = (supportService(arn.service)?.resourceTypes ?? []).filter((type) =>
		patternsIntersect(completed, arnFormatToPattern(type.arnFormat)),
	);
	if (types.length) {
		lines.push('', state.t('Resource type: {0}', types.map((type) => `\`${type.name}\` (\`${type.arnFormat}\`)`).join(', ')));
	}
	const actions = statementSupportActions(state, statement);
	if (actions.length) {
		const applies = actions.filter((action) =>
			action.resourceTypes.some((type) => types.some((candidate) => candidate.name === type.name)),
		);
		const notApplies = actions.filter((action) => !applies.includes(action));
		if (applies.length) {
			lines.push('', state.t('Applies to: {0}', list(state, applies)));
		}
		if (notApplies.length) {
			lines.push(
				'',
				notApplies.every((action) => action.resourceTypes.length === 0)
					? state.t('Never applies to: {0} — they have no resource types and need `"*"`.', list(state, notApplies))
					: state.t('Never applies to: {0} — their resource types do not match.', list(state, notApplies)),
			);
		}
	}
	return lines.join('\n');
}

/** A code span in a Markdown table cell, where `|` must be escaped even inside code. */
function tableCell(text: string): string {
	return inlineCode(text).replace(/\|/g, '\\|');
}

function list(state: ServiceState, actions: CatalogAction[]): string {
	const shown = actions.slice(0, maxListed).map((action) => `\`${action.fullName}\``);
	return actions.length > maxListed ? state.t('{0} and {1} more', shown.join(', '), actions.length - maxListed) : shown.join(', ');
}

function operatorHover(state: ServiceState, operator: string): string {
	const parsed = parseConditionOperator(operator);
	if (!parsed) {
		return state.t('**Unknown condition operator** {0}.', inlineCode(operator));
	}
	const parts = [`**${operator}**`, '', parsed.base.describe(state.t)];
	if (parsed.ifExists) {
		parts.push('', state.t('`IfExists`: also true when the key is absent from the request.'));
	}
	if (parsed.setQualifier === 'ForAllValues') {
		parts.push(
			'',
			state.t(
				'`ForAllValues:` true when every value in the request matches; also true when the key is absent or empty, which is risky with `Allow`.',
			),
		);
	} else if (parsed.setQualifier === 'ForAnyValue') {
		parts.push('', state.t('`ForAnyValue:` true when at least one value in the request matches; false when the key is absent.'));
	}
	if (parsed.base.negated && !parsed.ifExists) {
		parts.push('', state.t('A negated operator: true when the key is absent from the request.'));
	}
	return parts.join('\n');
}

function conditionKeyHover(state: ServiceState, key: string): string {
	const global = globalConditionKey(key);
	if (global) {
		const description = (state.messages.japanese?.globalConditionKeyDescriptionsJa ?? globalConditionKeyDescriptions)[global.name];
		return `**${escapeMarkdown(key)}** · ${state.t('global condition key')} · ${global.type}${description ? `\n\n${description}` : ''}`;
	}
	const service = serviceConditionKey(key);
	if (service) {
		return `**${escapeMarkdown(key)}** · ${state.t('{0} condition key', service.prefix)} · ${service.type}\n\n${service.description}`;
	}
	return state.t('**{0}**: not a global condition key nor a key of the Support family.', escapeMarkdown(key));
}
