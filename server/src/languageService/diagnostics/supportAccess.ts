/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// What a Support-family grant or denial does beyond its own action (#14): the attachment operations of the
// AWS Support API that need two actions, support permits that let AWS operators act in the account,
// support agreements that bind it, Support actions in kinds of policy where they do nothing, and the
// Support Center console hidden by an SCP or a boundary. The facts and their pages are in supportFacts.ts.

import { wildcardMatches } from '../catalog/arn';
import { supportAction, supportActions, type CatalogAction } from '../catalog/catalog';
import {
	operationActions,
	prefixesWithoutResourcePolicies,
	prefixesWithoutVpcEndpoint,
	supportAgreementActions,
	supportCenterActions,
	supportConsoleActionsRequiredFrom,
	supportPermitActions,
} from '../data/supportFacts';
import { DiagnosticSeverity } from '../languageTypes';
import { namesPrincipals } from '../parser/policyKinds';
import type { JsonNode, Policy, Statement, ValueEntry } from '../parser/policyModel';
import { effectOf, isAllResources, type ValidationContext } from './context';
import { kindName } from '../parser/policyKinds';
import { kindPhrase } from './kinds';

const permitActions = new Set(supportPermitActions.map((name) => name.toLowerCase()));
const agreementActions = new Set(supportAgreementActions.map((name) => name.toLowerCase()));
const centerActions = new Set(supportCenterActions.map((name) => name.toLowerCase()));
const withoutResourcePolicies = new Set(prefixesWithoutResourcePolicies);
const withoutVpcEndpoint = new Set(prefixesWithoutVpcEndpoint);
/** The prefixes of the actions support-permit-grant and support-agreement-grant look for. */
const grantPrefixes: readonly string[] = [
	...new Set([...supportPermitActions, ...supportAgreementActions].map((name) => name.slice(0, name.indexOf(':')))),
];

/** The rules of one statement: they read the statement and its policy's kind, nothing else. */
export function validateStatementSupportAccess(context: ValidationContext, policy: Policy, statement: Statement): void {
	const kind = policy.kind.kind;
	if (kind === 'resource' || kind === 'vpcEndpoint') {
		validateSupportInResourcePolicy(context, policy, statement);
		return;
	}
	if (namesPrincipals(kind)) {
		return;
	}
	const effect = effectOf(statement);
	if (effect === 'Allow' && kind === 'identity') {
		validateGrants(context, statement);
	} else if (effect === 'Deny' && (kind === 'scp' || kind === 'boundary')) {
		validateSupportCenterDenied(context, policy, statement);
	}
}

/** The Support-family actions an Action entry names, when it names nothing else (a broad `*` is not a grant of these). */
function familyActionsOf(context: ValidationContext, entry: ValueEntry): readonly CatalogAction[] {
	if (entry.type !== 'string') {
		return [];
	}
	const resolved = context.resolveAction(entry.value);
	return resolved.matchesOtherServices ? [] : resolved.familyActions;
}

/**
 * support-permit-grant and support-agreement-grant: what an identity's Allow commits the account to. One
 * finding per statement, on the first entry that grants such an action, naming every one it grants.
 */
function validateGrants(context: ValidationContext, statement: Statement): void {
	const permits = new Set<string>();
	const agreements = new Set<string>();
	let permitEntry: ValueEntry | undefined;
	let agreementEntry: ValueEntry | undefined;
	for (const entry of statement.action?.entries ?? []) {
		if (entry.type !== 'string' || !mayNamePrefix(entry.value, grantPrefixes)) {
			continue;
		}
		for (const action of familyActionsOf(context, entry)) {
			const lower = action.fullName.toLowerCase();
			if (permitActions.has(lower)) {
				permits.add(action.fullName);
				permitEntry ??= entry;
			} else if (agreementActions.has(lower)) {
				agreements.add(action.fullName);
				agreementEntry ??= entry;
			}
		}
	}
	if (permitEntry) {
		context.report(
			'support-permit-grant',
			context.rangeOf(permitEntry.node),
			context.t(
				"This statement allows {0}: creating support permits. A permit lets AWS Support operators take the actions it lists on the resources it names, which may hold your data, while they work on a support case, possibly from outside the resources' Region. Grant it only to those who decide what AWS Support may access.",
				sortedNames(permits),
			),
		);
	}
	if (agreementEntry) {
		context.report(
			'support-agreement-grant',
			context.rangeOf(agreementEntry.node),
			context.t(
				'This statement allows {0}: accepting, creating, updating, cancelling or rejecting the support agreements of the AWS account, which hold the terms of its support plan. Grant it only to those who may agree to terms for the account.',
				sortedNames(agreements),
			),
		);
	}
}

/** Action names in alphabetical order, whatever order the entries named them in. */
function sortedNames(names: ReadonlySet<string>): string {
	return [...names].sort().join(', ');
}

/** support-in-resource-policy: AWS Support has no resource-based policies and no VPC endpoint. */
function validateSupportInResourcePolicy(context: ValidationContext, policy: Policy, statement: Statement): void {
	const endpoint = policy.kind.kind === 'vpcEndpoint';
	for (const list of [statement.action, statement.notAction]) {
		for (const entry of list?.entries ?? []) {
			if (entry.type !== 'string') {
				continue;
			}
			const colon = entry.value.indexOf(':');
			const prefix = colon > 0 ? entry.value.slice(0, colon).toLowerCase() : '';
			if (!(endpoint ? withoutVpcEndpoint : withoutResourcePolicies).has(prefix)) {
				continue;
			}
			const serviceName = supportActions(prefix)[0]?.service.serviceName ?? prefix;
			context.report(
				'support-in-resource-policy',
				context.rangeOf(entry.node),
				endpoint
					? context.t(
							'"{0}" does nothing in a {1}: {2} has no VPC endpoint (Trusted Advisor has one), so no request for it passes through one. Grant and limit this access in identity policies, SCPs or permissions boundaries.',
							entry.value,
							kindPhrase(context, policy),
							serviceName,
						)
					: context.t(
							'"{0}" does nothing in a {1}: {2} has no resource-based policies, so no request for it is judged by one. Grant and limit this access in identity policies, SCPs or permissions boundaries.',
							entry.value,
							kindPhrase(context, policy),
							serviceName,
						),
			);
		}
	}
}

/** The actions the Support Center console needs: the support: ones it calls, and its own support-console: ones. */
const supportCenterCandidates: readonly CatalogAction[] = [
	...supportActions('support').filter((action) => centerActions.has(action.fullName.toLowerCase())),
	...supportActions('support-console'),
];
const supportCenterCandidateSet: ReadonlySet<CatalogAction> = new Set(supportCenterCandidates);

/** How many denied actions a finding names before it counts the rest. */
const listedActions = 5;

/** support-center-denied: a Deny of an SCP or a boundary that takes the Support Center console away. */
function validateSupportCenterDenied(context: ValidationContext, policy: Policy, statement: Statement): void {
	// A Deny on ARNs never applies to these actions, which have no resource types (resource-never-matches says so).
	if (statement.resource && !statement.resource.entries.some((entry) => entry.type === 'string' && isAllResources(entry.value))) {
		return;
	}
	let denied: readonly CatalogAction[] = [];
	let anchor: JsonNode | undefined;
	if (statement.action) {
		const found = new Set<CatalogAction>();
		for (const entry of statement.action.entries) {
			const matched = deniedBy(context, entry);
			if (matched.length > 0) {
				anchor ??= entry.node;
				matched.forEach((action) => found.add(action));
			}
		}
		denied = supportCenterCandidates.filter((action) => found.has(action));
	} else if (statement.notAction) {
		const excepted = statement.notAction.entries.filter((entry) => entry.type === 'string').map((entry) => entry.value.toLowerCase());
		denied = supportCenterCandidates.filter(
			(action) => !excepted.some((pattern) => wildcardMatches(action.fullName.toLowerCase(), pattern)),
		);
		anchor = statement.notAction.property.keyNode;
	}
	if (denied.length === 0 || !anchor) {
		return;
	}
	const center = denied.filter((action) => action.prefix === 'support');
	const consoleActions = denied.filter((action) => action.prefix === 'support-console');
	const kind = kindName(context.t, policy.kind.kind);
	const sentences: string[] = [];
	if (center.length > 0) {
		sentences.push(
			center.length === supportCenterActions.length
				? context.t(
						'This Deny in a {0} covers every support: action that the Support Center console calls: the people it applies to may be unable to open, read or answer support cases there, account and billing cases included.',
						kind,
					)
				: context.t(
						'This Deny in a {0} covers {1}, which the Support Center console calls: the people it applies to may be unable to open, read or answer support cases there, account and billing cases included.',
						kind,
						actionList(context, center),
					),
		);
		sentences.push(
			consoleActions.length > 0
				? context.t('It covers support-console: actions too, which the console needs from {0}.', supportConsoleActionsRequiredFrom)
				: context.t('From {0} the console also needs support-console: actions.', supportConsoleActionsRequiredFrom),
		);
	} else {
		sentences.push(
			consoleActions.length === supportActions('support-console').length
				? context.t(
						'This Deny in a {0} covers every support-console: action: from {1} the Support Center console needs them for its own operations (case drafts, account state, contact forms), so the people it applies to may be unable to use it.',
						kind,
						supportConsoleActionsRequiredFrom,
					)
				: context.t(
						'This Deny in a {0} covers {1}: from {2} the Support Center console needs these actions for its own operations (case drafts, account state, contact forms), so the people it applies to may be unable to use it.',
						kind,
						actionList(context, consoleActions),
						supportConsoleActionsRequiredFrom,
					),
		);
	}
	if (statement.condition) {
		sentences.push(context.t('This applies when its Condition holds.'));
	}
	sentences.push(context.t("AWS's Contact Us page stays open for billing and account questions."));
	context.report('support-center-denied', context.rangeOf(anchor), sentences.join(' '));
}

/** The actions of the Support Center console an Action entry of a Deny matches: `*` alone matches them all. */
function deniedBy(context: ValidationContext, entry: ValueEntry): readonly CatalogAction[] {
	if (entry.type !== 'string') {
		return [];
	}
	if (/^\*+$/.test(entry.value)) {
		return supportCenterCandidates;
	}
	return context.resolveAction(entry.value).familyActions.filter((action) => supportCenterCandidateSet.has(action));
}

function actionList(context: ValidationContext, actions: readonly CatalogAction[]): string {
	const names = actions.map((action) => action.fullName);
	return names.length <= listedActions
		? names.join(', ')
		: context.t(
				'{0} and {1} more',
				names.slice(0, listedActions).join(', '),
				context.messages.formatCount(names.length - listedActions),
			);
}

/** The groups of actions that an API operation needs together (supportFacts.ts, `operationActions`), each with its operations. */
interface ActionGroup {
	readonly actions: readonly CatalogAction[];
	readonly operations: readonly string[];
}

const actionGroups: readonly ActionGroup[] = (() => {
	const byActions = new Map<string, { actions: CatalogAction[]; operations: string[] }>();
	for (const entries of Object.values(operationActions)) {
		for (const { operation, actions } of entries) {
			const key = actions.join(' ');
			const group = byActions.get(key) ?? { actions: actions.map((name) => supportAction(name)!).filter(Boolean), operations: [] };
			group.operations.push(operation);
			byActions.set(key, group);
		}
	}
	return [...byActions.values()];
})();

const groupedActions = new Set(actionGroups.flatMap((group) => group.actions));

/**
 * Whether an Action entry may match an action of one of the prefixes: its prefix is one of them in any case,
 * or has a wildcard. A cheap test before the catalog: AWS's largest policies have thousands of entries of
 * other services.
 */
function mayNamePrefix(text: string, prefixes: readonly string[]): boolean {
	const colon = text.indexOf(':');
	const end = colon < 0 ? text.length : colon;
	for (let i = 0; i < end; i++) {
		const code = text.charCodeAt(i);
		if (code === 0x2a || code === 0x3f) {
			return true;
		}
	}
	return prefixes.some((prefix) => prefix.length === end && text.slice(0, end).toLowerCase() === prefix);
}

const supportPrefix: readonly string[] = ['support'];

/**
 * attachment-action-pair: an Allow that gives one of the actions an attachment operation needs without the
 * other. Across the policy: the two may be granted in different statements.
 */
export function validateAttachmentActions(context: ValidationContext, policy: Policy): void {
	if (namesPrincipals(policy.kind.kind)) {
		return;
	}
	// Which grouped actions the policy allows, and the Action entries that allow each.
	const granted = new Set<CatalogAction>();
	const grantingEntries = new Map<CatalogAction, { entry: ValueEntry; statement: Statement }[]>();
	for (const statement of policy.statements) {
		if (effectOf(statement) !== 'Allow') {
			continue;
		}
		if (statement.notAction) {
			const excepted = statement.notAction.entries
				.filter((entry) => entry.type === 'string')
				.map((entry) => entry.value.toLowerCase());
			for (const action of groupedActions) {
				if (!excepted.some((pattern) => wildcardMatches(action.fullName.toLowerCase(), pattern))) {
					granted.add(action);
				}
			}
			continue;
		}
		for (const entry of statement.action?.entries ?? []) {
			if (entry.type !== 'string' || !mayNamePrefix(entry.value, supportPrefix)) {
				continue;
			}
			const actions = /^\*+$/.test(entry.value) ? [...groupedActions] : context.resolveAction(entry.value).familyActions;
			for (const action of actions) {
				if (groupedActions.has(action)) {
					granted.add(action);
					grantingEntries.set(action, [...(grantingEntries.get(action) ?? []), { entry, statement }]);
				}
			}
		}
	}
	if (granted.size === 0) {
		return;
	}
	for (const group of actionGroups) {
		const missing = group.actions.filter((action) => !granted.has(action));
		if (missing.length === 0 || missing.length === group.actions.length) {
			continue;
		}
		const missingNames = missing.map((action) => action.fullName);
		const operations = group.operations.join(', ');
		for (const action of group.actions.filter((member) => granted.has(member))) {
			for (const { entry } of grantingEntries.get(action) ?? []) {
				// An action of its own operation still works alone; one that only authorizes the group's operations does nothing.
				const alone = action.apiOperation;
				context.report(
					'attachment-action-pair',
					context.rangeOf(entry.node),
					alone
						? context.t(
								'{0} alone allows only the AWS Support API operation of its name: {1}, which large attachments need, also require {2}, which this policy does not allow.',
								action.fullName,
								operations,
								missingNames.join(', '),
							)
						: context.t(
								'{0} authorizes nothing without {1}: the AWS Support API operations {2} need both actions. Allow {1} too.',
								action.fullName,
								missingNames.join(', '),
								operations,
							),
					{ addActions: missingNames },
					alone ? DiagnosticSeverity.Information : undefined,
				);
			}
		}
	}
}
