/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Resource entries against the resource types of the statement's actions (Service Authorization Reference:
// "If there is no value for this column, you must specify all resources ("*")").

import { arnFormatToPattern, completeArn, patternsIntersect } from '../catalog/arn';
import { resourceType, type CatalogAction } from '../catalog/catalog';
import { DiagnosticSeverity } from '../languageTypes';
import type { Policy, Statement, ValueEntry } from '../parser/policyModel';
import { onlyResourcelessActions } from '../catalog/actionFacts';
import { effectOf, isAllResources, isTemplateExpression, type ValidationContext } from './context';
import { kindName } from '../parser/policyKinds';

const partitions = new Set(['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc']);

export function validateStatementResources(context: ValidationContext, policy: Policy, statement: Statement): void {
	const list = statement.resource ?? statement.notResource;
	if (!list) {
		return;
	}
	const arns: Arn[] = [];
	let opaque = list.invalidNodes.length > 0;
	const templateArns: Arn[] = [];
	for (const entry of list.entries) {
		if (entry.type !== 'string' || entry.value === '' || isAllResources(entry.value)) {
			continue;
		}
		if (isTemplateExpression(entry.value, policy)) {
			// `!Sub arn:aws:support::${AWS::AccountId}:case/*` is still an ARN, whatever the deployment puts in
			// it; a value that starts with an expression may be anything, "*" included.
			const pattern = templateArnPattern(entry.value);
			if (pattern === undefined) {
				opaque = true;
			} else {
				templateArns.push({ entry, pattern });
			}
		} else {
			const pattern = checkArn(context, policy, entry);
			if (pattern !== undefined) {
				arns.push({ entry, pattern });
			}
		}
	}
	const everything = list.entries.some((entry) => entry.type === 'string' && isAllResources(entry.value));
	if (statement.resource && !opaque && !everything && arns.length + templateArns.length > 0) {
		checkNeverMatches(context, statement, [...arns, ...templateArns]);
		if (templateArns.length === 0) {
			checkMismatch(context, statement, arns);
		}
	}
	if (statement.resource && everything) {
		checkScopable(context, statement);
	}
	if (statement.notResource && !everything && effectOf(statement) === 'Allow') {
		checkAllowNotResource(context, statement);
	}
}

/** A template value that begins as an ARN, with each expression read as a wildcard; undefined for any other. */
function templateArnPattern(value: string): string | undefined {
	return /^arn:[^$]/.test(value) ? value.replace(/\$\{[^}]*\}/g, '*') : undefined;
}

/**
 * IAM User Guide, "NotResource": with Allow it allows the actions on every resource not listed, "including
 * resources created later"; with `"Action": "*"` AWS calls it very dangerous. Actions without resource types
 * (every support: action) are requested on "*", which no ARN in the list excludes: they are allowed whatever
 * the list says.
 */
function checkAllowNotResource(context: ValidationContext, statement: Statement): void {
	const actions = statement.action?.entries ?? [];
	const everyAction = !!statement.notAction || actions.some((entry) => entry.type === 'string' && /^\*+$/.test(entry.value));
	const resourceless = actions
		.filter((entry) => entry.type === 'string' && onlyResourcelessActions(context.resolveAction(entry.value)))
		.map((entry) => entry.value);
	const what = everyAction
		? statement.notAction
			? context.t(
					'"Allow" with "NotAction" and "NotResource" allows every other action of every AWS service on every resource but those listed, which AWS calls very dangerous. List the actions and the resources to allow.',
				)
			: context.t(
					'"Allow" with "Action": "*" and "NotResource" allows every action of every AWS service on every resource but those listed, which AWS calls very dangerous. List the actions and the resources to allow.',
				)
		: context.t(
				'"Allow" with "NotResource" allows these actions on every resource but those listed, including resources created later. List the resources to allow in "Resource" instead.',
			);
	const message =
		resourceless.length === 0 || everyAction
			? what
			: resourceless.length === 1
				? context.t(
						'{0} {1} has no resource types: a request for it names "*", which no ARN in "NotResource" excludes, so this statement allows it whatever the list says.',
						what,
						resourceless[0],
					)
				: context.t(
						'{0} {1} have no resource types: a request for them names "*", which no ARN in "NotResource" excludes, so this statement allows them whatever the list says.',
						what,
						describeActions(context, resourceless),
					);
	context.report('allow-notresource', context.rangeOf(statement.notResource!.property.keyNode), message);
}

/** A Resource entry that is an ARN, with the pattern it matches (an incomplete ARN completed as IAM completes it). */
interface Arn {
	readonly entry: ValueEntry;
	readonly pattern: string;
}

/**
 * Reports a malformed ARN; returns the pattern of an entry that the other rules can reason about. IAM
 * User Guide, "Resource": a `*` that ends a segment matches past the colons, so `arn:aws:cloudfront:*` is
 * every CloudFront resource; "Grammar of the IAM JSON policy language": an identity-based policy's ARN
 * with fewer than six parts is completed with `*` (`arn:aws:sqs` is `arn:aws:sqs:*:*:*`), and a session
 * policy with one is rejected.
 */
function checkArn(context: ValidationContext, policy: Policy, entry: ValueEntry): string | undefined {
	const text = entry.value;
	const range = context.rangeOf(entry.node);
	const completed = completeArn(text);
	if (completed === undefined) {
		context.report(
			'invalid-arn',
			range,
			text.startsWith('arn:')
				? context.t('"{0}" is not a complete ARN: it needs six parts, arn:partition:service:region:account:resource.', text)
				: context.t('"{0}" is neither "*" nor an ARN (arn:partition:service:region:account:resource).', text),
		);
		return undefined;
	}
	const [, partition, service] = text.split(':');
	if (/[*?]/.test(service)) {
		context.report(
			'invalid-arn',
			range,
			context.t(
				'"{0}" has a wildcard in its service segment, which IAM does not allow: name the service, or use "*" for every resource.',
				text,
			),
		);
		return undefined;
	}
	if (!/[*?$]/.test(partition) && !partitions.has(partition)) {
		context.report('invalid-arn', range, context.t('"{0}" is not an AWS partition (aws, aws-cn, aws-us-gov...).', partition), {
			replacements: [text.replace(/^arn:[^:]*/, 'arn:aws')],
		});
		return undefined;
	}
	if (completed === text) {
		return text;
	}
	const kind = policy.kind.kind;
	if (kind === 'session') {
		context.report(
			'invalid-arn',
			range,
			context.t(
				'"{0}" has fewer than the six parts of an ARN: a session policy does not support incomplete ARNs, and AWS STS rejects it. Write {1}.',
				text,
				completed,
			),
			{ replacements: [completed] },
		);
		return undefined;
	}
	if (text.endsWith('*')) {
		return completed;
	}
	// Valid, but rarely meant: arn:aws:s3::bucket (a colon short) is completed as arn:aws:s3::bucket:*, the account "bucket".
	context.report(
		'invalid-arn',
		range,
		kind === 'identity' || kind === 'boundary'
			? context.t(
					'"{0}" has fewer than the six parts of an ARN: IAM completes it as {1}. Write the six parts if that is not what you mean.',
					text,
					completed,
				)
			: context.t(
					'"{0}" has fewer than the six parts of an ARN: IAM completes it with "*" ({1}) only in identity-based policies, and a {2} may reject it.',
					text,
					completed,
					kindName(context.t, kind),
				),
		{ replacements: [completed] },
		DiagnosticSeverity.Warning,
	);
	return completed;
}

function describeActions(context: ValidationContext, names: readonly string[]): string {
	return names.length <= 3 ? names.join(', ') : context.t('{0} and {1} more', names.slice(0, 3).join(', '), names.length - 3);
}

/**
 * Why actions without resource types match only `"*"`, naming their services: AWS Support has no resource
 * types at all, while Trusted Advisor scopes some actions (its checks) and not these.
 */
function resourcelessReason(context: ValidationContext, actions: readonly CatalogAction[], one: boolean): string {
	const services = [...new Map(actions.map((action) => [action.prefix, action.service])).values()];
	const clauses = services
		.map((service) =>
			service.resourceTypes.length === 0
				? context.t('{0} has no resource-level permissions', service.serviceName)
				: context.t('{0} has resource types for other actions only', service.serviceName),
		)
		.reduce((first, second) => context.t('{0}, and {1}', first, second));
	return one
		? context.t('it has no resource types, so only "*" matches ({0}).', clauses)
		: context.t('they have no resource types, so only "*" matches ({0}).', clauses);
}

function checkNeverMatches(context: ValidationContext, statement: Statement, arns: readonly Arn[]): void {
	// Entries whose every action needs "*", and wildcards of the Support family that match some such actions
	// among others that take an ARN (trustedadvisor:Describe* is DescribeCheckItems, but also DescribeAccount).
	const whole: { readonly entry: ValueEntry; readonly actions: readonly CatalogAction[] }[] = [];
	const partial: { readonly entry: ValueEntry; readonly actions: readonly CatalogAction[]; readonly scoped: readonly string[] }[] = [];
	for (const entry of statement.action?.entries ?? []) {
		if (entry.type !== 'string') {
			continue;
		}
		const resolved = context.resolveAction(entry.value);
		if (onlyResourcelessActions(resolved)) {
			whole.push({ entry, actions: resolved.familyActions });
		} else if (!resolved.matchesOtherServices) {
			const resourceless = resolved.familyActions.filter((action) => action.resourceTypes.length === 0);
			if (resourceless.length > 0) {
				const scoped = resolved.familyActions.filter((action) => action.resourceTypes.length > 0).map((action) => action.fullName);
				partial.push({ entry, actions: resourceless, scoped });
			}
		}
	}
	const deny = effectOf(statement) === 'Deny';
	if (whole.length > 0) {
		const names = whole.map(({ entry }) => entry.value);
		const others = (statement.action?.entries.length ?? 0) > whole.length;
		const why = resourcelessReason(
			context,
			whole.flatMap(({ actions }) => actions),
			names.length === 1,
		);
		for (const arn of arns) {
			context.report(
				'resource-never-matches',
				context.rangeOf(arn.entry.node),
				deny
					? context.t('This Deny never applies to {0}: {1}', describeActions(context, names), why)
					: context.t('This ARN grants nothing for {0}: {1}', describeActions(context, names), why),
				{ replacements: ['*'], splitActions: others ? names : undefined },
				deny ? DiagnosticSeverity.Error : undefined,
			);
		}
	}
	if (partial.length > 0) {
		// A warning even in a Deny: the Deny applies to the entry's other actions, which is what the ARN is for.
		const wildcards = partial.map(({ entry }) => entry.value);
		const actions = [...new Map(partial.flatMap(({ actions }) => actions).map((action) => [action.fullName, action])).values()];
		const names = actions.map((action) => action.fullName);
		const why = resourcelessReason(context, actions, names.length === 1);
		for (const arn of arns) {
			context.report(
				'resource-never-matches',
				context.rangeOf(arn.entry.node),
				deny
					? context.t(
							'This Deny does not apply to {0}, which {1} also matches: {2}',
							describeActions(context, names),
							wildcards.join(', '),
							why,
						)
					: context.t(
							'This ARN grants nothing for {0}, which {1} also matches: {2}',
							describeActions(context, names),
							wildcards.join(', '),
							why,
						),
				{
					narrowWildcards: partial.map(({ entry, scoped }) => ({ entry: entry.value, scoped })),
					addStatementActions: names,
				},
			);
		}
	}
}

function checkMismatch(context: ValidationContext, statement: Statement, arns: readonly Arn[]): void {
	const typed = new Map<string, CatalogAction>();
	for (const entry of statement.action?.entries ?? []) {
		const resolved = context.resolveAction(entry.value);
		if (entry.type !== 'string' || resolved.matchesOtherServices || resolved.familyActions.length === 0) {
			return;
		}
		for (const action of resolved.familyActions) {
			if (action.resourceTypes.length > 0) {
				typed.set(action.fullName, action);
			}
		}
	}
	if (typed.size === 0) {
		return;
	}
	const formats = new Set<string>();
	for (const action of typed.values()) {
		for (const type of action.resourceTypes) {
			const format = resourceType(action.prefix, type.name)?.arnFormat;
			if (format) {
				formats.add(format);
			}
		}
	}
	const names = [...typed.keys()];
	for (const arn of arns) {
		const pattern = arn.pattern.replace(/\$\{[^}]*\}/g, '*');
		if (![...formats].some((format) => patternsIntersect(pattern, arnFormatToPattern(format)))) {
			context.report(
				'resource-mismatch',
				context.rangeOf(arn.entry.node),
				names.length === 1
					? context.t(
							'This ARN matches no resource of {0}, which takes {1}.',
							describeActions(context, names),
							[...formats].join(context.t(' or ')),
						)
					: context.t(
							'This ARN matches no resource of {0}, which take {1}.',
							describeActions(context, names),
							[...formats].join(context.t(' or ')),
						),
			);
		}
	}
}

function checkScopable(context: ValidationContext, statement: Statement): void {
	if (effectOf(statement) !== 'Allow') {
		return;
	}
	const actions: CatalogAction[] = [];
	for (const entry of statement.action?.entries ?? []) {
		const resolved = context.resolveAction(entry.value);
		if (
			entry.type !== 'string' ||
			resolved.matchesOtherServices ||
			resolved.familyActions.length === 0 ||
			resolved.familyActions.some((action) => !action.resourceTypes.some((type) => type.required))
		) {
			return;
		}
		actions.push(...resolved.familyActions);
	}
	const star = statement.resource?.entries.find((entry) => entry.type === 'string' && isAllResources(entry.value));
	if (star && actions.length > 0) {
		const format = resourceType(actions[0].prefix, actions[0].resourceTypes[0].name)?.arnFormat ?? '';
		context.report(
			'scopable-resource',
			context.rangeOf(star.node),
			context.t('Every action here can be limited to specific resources ({0}); "*" grants them on all of them.', format),
		);
	}
}
