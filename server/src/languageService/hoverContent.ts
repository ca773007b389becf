/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Markdown that explains catalog entries; shared by hover and completion documentation.

import {
	consoleApiCounterpart,
	referenceJoinsCounterparts,
	resourceType,
	type AuthorizedOperation,
	type CatalogAction,
} from './catalog/catalog';
import { retiringSupportPlansEnd, supportPlanRequirements } from './data/supportFacts';
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
		action.apiOperation || action.authorizedOperations.length > 0
			? state.t('Access level: **{0}**', accessLevelName(state, action))
			: state.t('Access level: **{0}** · permission only (console), not an API operation', accessLevelName(state, action)),
	);
	const authorized = authorizedOperationsText(state, action);
	if (authorized) {
		lines.push('');
		lines.push(authorized);
	}
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
		if (referenceJoinsCounterparts(action.fullName)) {
			const [consoleAction, apiAction] =
				action.prefix === 'trustedadvisor' ? [action.fullName, counterpart] : [counterpart, action.fullName];
			lines.push('');
			lines.push(
				state.t(
					'The Service Authorization Reference now also lists `{0}` among the actions of the Support API operation `{1}`, but the AWS Support User Guide still says the namespaces are separate: deny both to be sure.',
					consoleAction,
					apiAction.slice(apiAction.indexOf(':') + 1),
				),
			);
		}
	}
	const plan = supportPlanText(state, action);
	if (plan) {
		lines.push('');
		lines.push(plan);
	}
	lines.push('');
	const links = [`[${state.t('Service Authorization Reference')}](${action.authorizationReferenceUrl})`];
	if (action.apiReferenceUrl) {
		links.push(`[${state.t('API reference')}](${action.apiReferenceUrl})`);
	}
	lines.push(links.join(' · '));
	return lines.join('\n');
}

/**
 * The operations of other names an action authorizes, grouped by the actions they need: the attachment
 * operations of the AWS Support API need two actions each (supportFacts.ts, `operationActions`).
 */
function authorizedOperationsText(state: ServiceState, action: CatalogAction): string | undefined {
	const groups = new Map<string, AuthorizedOperation[]>();
	for (const operation of action.authorizedOperations) {
		const key = operation.actions.join(' ');
		groups.set(key, [...(groups.get(key) ?? []), operation]);
	}
	const paragraphs: string[] = [];
	for (const operations of groups.values()) {
		const others = operations[0].actions.filter((name) => name !== action.fullName);
		const names = operations.map((operation) => `[\`${operation.operation}\`](${operation.apiReferenceUrl})`).join(', ');
		const partners = others.map((name) => `\`${name}\``).join(', ');
		paragraphs.push(
			action.apiOperation
				? state.t('Also authorizes the API operations {0}, together with {1}: each of them needs both actions.', names, partners)
				: state.t('Authorizes the API operations {0}, together with {1}: each of them needs both actions.', names, partners),
		);
	}
	return paragraphs.length ? paragraphs.join('\n\n') : undefined;
}

/** A page of AWS's documentation in the service's language: AWS publishes each in Japanese under /ja_jp/. */
export function awsDocumentationUrl(state: ServiceState, url: string): string {
	return state.messages.language === 'ja' ? url.replace('https://docs.aws.amazon.com/', 'https://docs.aws.amazon.com/ja_jp/') : url;
}

/** What support plan the AWS Support API or the Trusted Advisor API needs, on the actions that call them. */
function supportPlanText(state: ServiceState, action: CatalogAction): string | undefined {
	const requirement = supportPlanRequirements[action.prefix];
	if (!requirement || (!action.apiOperation && action.authorizedOperations.length === 0)) {
		return undefined;
	}
	const page = awsDocumentationUrl(state, requirement.page);
	return action.prefix === 'support'
		? state.t(
				'Support plan: the AWS Support API needs Business Support+, Enterprise Support or Unified Operations (until you transition, or where these are not offered: Business, Enterprise On-Ramp or Enterprise). Developer, Business and Enterprise On-Ramp end on {0}, except in AWS GovCloud (US). [About the AWS Support API]({1})',
				retiringSupportPlansEnd,
				page,
			)
		: state.t(
				'Support plan: the Trusted Advisor API needs Business Support+, Enterprise Support or Unified Operations. Developer, Business and Enterprise On-Ramp end on {0}, except in AWS GovCloud (US). [Get started with the Trusted Advisor API]({1})',
				retiringSupportPlansEnd,
				page,
			);
}
