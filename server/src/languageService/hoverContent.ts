/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Markdown that explains catalog entries; shared by hover and completion documentation.

import { consoleApiCounterpart, resourceType, type CatalogAction } from './catalog/catalog';
import type { ServiceState } from './serviceState';

export function noResourceLevelPermissions(state: ServiceState): string {
	return state.t('Resource must be `"*"`: AWS Support has no resource-level permissions.');
}

/** The action's description in the current language; the Japanese ones are hand-kept data (#8). */
export function actionDescription(state: ServiceState, action: CatalogAction): string {
	const ja = state.messages.japanese?.actionDescriptionJa(action.fullName);
	return ja ?? `${action.description}.`.replace(/\.\.$/, '.');
}

export function accessLevelName(state: ServiceState, action: CatalogAction): string {
	return state.messages.japanese?.accessLevelNamesJa[action.accessLevel] ?? action.accessLevel;
}

/** Escapes text for Markdown so that a policy's content is never read as markup. */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, '\\$&');
}

/**
 * A Markdown code span that shows a policy's text literally: inside a code span nothing is markup or HTML,
 * and a fence longer than any run of backticks in the text keeps the text from closing it.
 */
export function inlineCode(text: string): string {
	const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
	const fence = '`'.repeat(longestRun + 1);
	const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
	return `${fence}${pad}${text.replace(/[\r\n]+/g, ' ')}${pad}${fence}`;
}

export function describeAction(state: ServiceState, action: CatalogAction): string {
	const lines: string[] = [];
	lines.push(`**${action.fullName}** · ${action.service.serviceName}`);
	lines.push('');
	lines.push(actionDescription(state, action));
	lines.push('');
	lines.push(
		action.apiOperation
			? state.t('Access level: **{0}**', accessLevelName(state, action))
			: state.t('Access level: **{0}** · permission only (console), not an API operation', accessLevelName(state, action)),
	);
	lines.push('');
	if (action.resourceTypes.length === 0) {
		lines.push(
			action.prefix === 'support'
				? noResourceLevelPermissions(state)
				: state.t('Resource must be `"*"`: this action has no resource types.'),
		);
	} else {
		lines.push(state.t('Resource types:'));
		for (const type of action.resourceTypes) {
			const format = resourceType(action.prefix, type.name)?.arnFormat;
			lines.push(`- \`${type.name}\`${type.required ? state.t(' (required)') : ''}${format ? `: \`${format}\`` : ''}`);
		}
	}
	const conditionKeys = [...new Set([...action.conditionKeys, ...action.resourceTypes.flatMap((type) => type.conditionKeys)])];
	lines.push('');
	lines.push(
		conditionKeys.length
			? state.t('Condition keys: {0}', conditionKeys.map((key) => `\`${key}\``).join(', '))
			: state.t('Condition keys: only the global `aws:` keys.'),
	);
	const counterpart = consoleApiCounterpart(action.fullName);
	if (counterpart) {
		lines.push('');
		lines.push(
			action.prefix === 'trustedadvisor'
				? state.t(
						'Console action. Through the AWS Support API the same operation is `{0}`: a Deny on one does not stop the other.',
						counterpart,
					)
				: state.t(
						'AWS Support API operation. In the console the same operation is `{0}`: a Deny on one does not stop the other.',
						counterpart,
					),
		);
	}
	lines.push('');
	const links = [`[${state.t('Service Authorization Reference')}](${action.authorizationReferenceUrl})`];
	if (action.apiReferenceUrl) {
		links.push(`[${state.t('API reference')}](${action.apiReferenceUrl})`);
	}
	lines.push(links.join(' · '));
	return lines.join('\n');
}
