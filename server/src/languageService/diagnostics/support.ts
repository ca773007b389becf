/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// What is particular to Support policies, and the limits every policy has.

import { wildcardMatches } from '../catalog/arn';
import {
	consoleApiCounterpart,
	globalConditionKey,
	isSupportFamily,
	nearestGlobalConditionKeys,
	referenceJoinsCounterparts,
	serviceConditionKey,
} from '../catalog/catalog';
import { stringValue, type Policy, type ValueEntry } from '../parser/policyModel';
import { effectOf, isTemplateExpression, type ValidationContext } from './context';

/** An IAM policy variable (`${aws:username}`, `${aws:PrincipalTag/team, 'none'}`); template expressions have no `prefix:key` form. */
export const policyVariable = /\$\{[A-Za-z0-9.-]+:[A-Za-z0-9_/.-]+(\s*,\s*'[^']*')?\}/;

/** The Action and NotAction patterns of a policy's Deny statements, lower-cased once. */
interface DenyPatterns {
	readonly actions: readonly string[];
	readonly notActions: readonly (readonly string[])[];
}

function denyPatterns(policy: Policy): DenyPatterns {
	const actions: string[] = [];
	const notActions: string[][] = [];
	// The counterparts asked about are all support: or trustedadvisor: actions: no other entry can deny one.
	const lowerCased = (entries: readonly ValueEntry[]) =>
		entries
			.filter((entry) => entry.type === 'string' && mayNameSupportOrTrustedAdvisor(entry.value))
			.map((entry) => entry.value.toLowerCase());
	for (const statement of policy.statements) {
		if (effectOf(statement) !== 'Deny') {
			continue;
		}
		if (statement.action) {
			actions.push(...lowerCased(statement.action.entries));
		} else if (statement.notAction) {
			notActions.push(lowerCased(statement.notAction.entries));
		}
	}
	return { actions, notActions };
}

function denies(patterns: DenyPatterns, action: string): boolean {
	const lower = action.toLowerCase();
	return (
		patterns.actions.some((pattern) => wildcardMatches(lower, pattern)) ||
		patterns.notActions.some((excepted) => !excepted.some((pattern) => wildcardMatches(lower, pattern)))
	);
}

/**
 * AWS Support User Guide, "Manage access to AWS Support Center", Important: the console checks
 * `trustedadvisor:` actions and the AWS Support API checks `support:` ones, so a Deny on one half of a
 * pair leaves the other half open.
 */
export function validateTrustedAdvisorGap(context: ValidationContext, policy: Policy): void {
	// Whether the policy denies a counterpart, asked once per counterpart: there are ten of them, and a
	// policy may have thousands of entries that name one.
	const denied = new Map<string, boolean>();
	let patterns: DenyPatterns | undefined;
	const isDenied = (action: string) => {
		let result = denied.get(action);
		if (result === undefined) {
			patterns ??= denyPatterns(policy);
			result = denies(patterns, action);
			denied.set(action, result);
		}
		return result;
	};
	for (const statement of policy.statements) {
		if (effectOf(statement) !== 'Deny' || !statement.action) {
			continue;
		}
		for (const entry of statement.action.entries) {
			if (entry.type !== 'string' || !mayNameSupportOrTrustedAdvisor(entry.value)) {
				continue;
			}
			const missing = new Set<string>();
			for (const action of context.resolveAction(entry.value).familyActions) {
				const counterpart = consoleApiCounterpart(action.fullName);
				if (counterpart && !isDenied(counterpart)) {
					missing.add(counterpart);
				}
			}
			if (missing.size > 0) {
				const names = [...missing];
				const api = names[0].startsWith('support:');
				let message = gapMessage(context, entry.value, names, api);
				if (api && names.some(referenceJoinsCounterparts)) {
					// The Service Authorization Reference lists the console action for these API operations too (supportFacts.ts).
					message += ` ${context.t("The Service Authorization Reference now also lists trustedadvisor: actions for the Support API's Trusted Advisor read operations, but the AWS Support User Guide still says the namespaces are separate: deny both to be sure.")}`;
				}
				context.report('trustedadvisor-api-gap', context.rangeOf(entry.node), message, {
					addActions: names,
				});
			}
		}
	}
}

/**
 * Whether an entry may match a `support:` or `trustedadvisor:` action, the only ones with a counterpart:
 * its prefix is one of the two, in any case, or has a wildcard. A cheap test before the catalog: a
 * policy's Deny statements may list thousands of actions of other services.
 */
function mayNameSupportOrTrustedAdvisor(text: string): boolean {
	const colon = text.indexOf(':');
	const prefixEnd = colon < 0 ? text.length : colon;
	if (prefixEnd === 'support'.length || prefixEnd === 'trustedadvisor'.length) {
		const prefix = text.slice(0, prefixEnd).toLowerCase();
		if (prefix === 'support' || prefix === 'trustedadvisor') {
			return true;
		}
	}
	const star = text.indexOf('*');
	const question = text.indexOf('?');
	return (star >= 0 && star < prefixEnd) || (question >= 0 && question < prefixEnd);
}

function gapMessage(context: ValidationContext, denied: string, names: readonly string[], api: boolean): string {
	const list = names.join(', ');
	if (api) {
		return names.length === 1
			? context.t(
					'Denying {0} does not deny {1}: the AWS Support API checks that action instead, so the same operation stays open there. Deny both.',
					denied,
					list,
				)
			: context.t(
					'Denying {0} does not deny {1}: the AWS Support API checks those actions instead, so the same operation stays open there. Deny both.',
					denied,
					list,
				);
	}
	return names.length === 1
		? context.t(
				'Denying {0} does not deny {1}: the Trusted Advisor console checks that action instead, so the same operation stays open there. Deny both.',
				denied,
				list,
			)
		: context.t(
				'Denying {0} does not deny {1}: the Trusted Advisor console checks those actions instead, so the same operation stays open there. Deny both.',
				denied,
				list,
			);
}

export function validateVariables(context: ValidationContext, policy: Policy): void {
	const version = stringValue(policy.version);
	if (version === '2012-10-17') {
		validateVariableNames(context, policy);
		return;
	}
	if (policy.version && version === undefined) {
		return;
	}
	for (const statement of policy.statements) {
		const values = [
			...(statement.resource?.entries ?? []),
			...(statement.notResource?.entries ?? []),
			...(statement.condition?.operators.flatMap((block) => block.entries.flatMap((entry) => entry.values)) ?? []),
		];
		for (const value of values) {
			const match = value.type === 'string' ? policyVariable.exec(value.value) : null;
			if (match && !isTemplateExpression(match[0], policy)) {
				context.report(
					'variable-without-version',
					context.rangeOf(value.node),
					version
						? context.t(
								'{0} is plain text here: policy variables need "Version": "2012-10-17", and this policy has {1}.',
								match[0],
								version,
							)
						: context.t(
								'{0} is plain text here: policy variables need "Version": "2012-10-17", and this policy has no Version.',
								match[0],
							),
				);
			}
		}
	}
}

/** Every `${...}` of a value: a variable, a literal (`${*}`, `${?}`, `${$}`) or, in a template, the template's own. */
const variableReferences = /\$\{([^}]*)\}/g;
/** A variable's name and its default (`${aws:PrincipalTag/team, 'none'}`). */
const variableWithDefault = /^([^,]*?)(\s*,\s*'[^']*')?$/;

/**
 * IAM User Guide, "Policy variables": a variable names a single-valued condition key, global or of a
 * service; one that names no key never has a value, so the ARN that holds it matches no resource and the
 * condition value no value (a negated operator is then true). Only the keys the catalog knows in full are
 * checked: global keys and the Support family's; AWS's sample SCPs write placeholders such as ${Account},
 * hence a warning.
 */
function validateVariableNames(context: ValidationContext, policy: Policy): void {
	for (const statement of policy.statements) {
		const values = [
			...(statement.resource?.entries ?? []),
			...(statement.notResource?.entries ?? []),
			...(statement.condition?.operators.flatMap((block) => block.entries.flatMap((entry) => entry.values)) ?? []),
		];
		for (const value of values) {
			if (value.type !== 'string' || !value.value.includes('${')) {
				continue;
			}
			for (const reference of value.value.matchAll(variableReferences)) {
				const [text, inner] = reference;
				if (inner === '*' || inner === '?' || inner === '$' || isTemplateExpression(text, policy)) {
					continue;
				}
				const [, name, fallback = ''] = variableWithDefault.exec(inner) ?? [undefined, inner];
				const finding = variableProblem(context, text, name);
				if (finding) {
					context.report(
						'unknown-policy-variable',
						context.rangeOf(value.node),
						finding.message,
						finding.candidate
							? { replacements: [value.value.replace(text, `\${${finding.candidate}${fallback}}`)] }
							: undefined,
					);
				}
			}
		}
	}
}

function variableProblem(
	context: ValidationContext,
	text: string,
	name: string,
): { readonly message: string; readonly candidate?: string } | undefined {
	const colon = name.indexOf(':');
	const prefix = colon > 0 ? name.slice(0, colon).toLowerCase() : '';
	if (!prefix) {
		return {
			message: context.t(
				'{0} is not a policy variable: a variable names a condition key, prefix:name (${aws:username}), so IAM never gives this one a value and the text that holds it matches nothing. Replace a placeholder before you use the policy.',
				text,
			),
		};
	}
	let type: string | undefined;
	if (prefix === 'aws') {
		const known = globalConditionKey(name);
		if (!known) {
			const candidate = nearestGlobalConditionKeys(name, 1)[0];
			return {
				message: candidate
					? context.t(
							'{0} names no global condition key, so it never has a value: the ARN or condition value that holds it matches nothing (a negated operator is then true). Did you mean ${{1}}?',
							text,
							candidate,
						)
					: context.t(
							'{0} names no global condition key, so it never has a value: the ARN or condition value that holds it matches nothing (a negated operator is then true).',
							text,
						),
				candidate,
			};
		}
		type = known.type;
	} else if (isSupportFamily(prefix)) {
		const known = serviceConditionKey(name);
		if (!known) {
			return {
				message: context.t(
					'{0}: {1} has no such condition key, so the variable never has a value and the text that holds it matches nothing (a negated operator is then true).',
					text,
					prefix,
				),
			};
		}
		type = known.type;
	}
	if (type?.startsWith('ArrayOf')) {
		return {
			message: context.t('{0} names a multivalued condition key ({1}); only single-valued keys can be policy variables.', text, type),
		};
	}
	return undefined;
}
