/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The kind of each policy (#14): which grammar IAM, Organizations or the resource's service judges it
// by. Strongest first: the user's choice (a setting, `iam-support check --kind`), the place a template
// embeds it (a role's AssumeRolePolicyDocument is a trust policy), then its content. Content tells a
// policy with principals from one without, and a trust policy from other resource-based ones; it cannot
// tell an SCP, a permissions boundary or a session policy from an identity policy, which share a grammar.

import { findNodeAtLocation, type JSONPath } from 'jsonc-parser';
import type { Messages } from '../l10n';
import type { JsonNode, Statement, ValueListElement } from './policyModel';

export type PolicyKind = 'identity' | 'trust' | 'resource' | 'scp' | 'rcp' | 'boundary' | 'session' | 'vpcEndpoint';

/** Every kind, in the order a chooser lists them. */
export const policyKinds: readonly PolicyKind[] = ['identity', 'trust', 'resource', 'scp', 'rcp', 'boundary', 'session', 'vpcEndpoint'];

export function isPolicyKind(value: unknown): value is PolicyKind {
	return typeof value === 'string' && (policyKinds as readonly string[]).includes(value);
}

/** Where a policy's kind comes from: `setting` and `template` are facts; `content` is an inference. */
export type KindSource = 'setting' | 'template' | 'content';

export interface PolicyKindInfo {
	readonly kind: PolicyKind;
	readonly source: KindSource;
	/** For a resource-based policy known from its template: the service whose resource holds it (`s3`, `kms`). */
	readonly service?: string;
	/** Some statements name a principal and others do not: no kind's grammar allows that. */
	readonly mixed?: boolean;
}

/** Kinds whose every statement names who it applies to (`Principal` or, where allowed, `NotPrincipal`). */
export function namesPrincipals(kind: PolicyKind): boolean {
	return kind === 'trust' || kind === 'resource' || kind === 'rcp' || kind === 'vpcEndpoint';
}

/** Kinds read by IAM's own policy engine, with its grammar for `Sid` and its character quotas. */
export function isIamPolicy(kind: PolicyKind): boolean {
	return kind === 'identity' || kind === 'trust' || kind === 'boundary' || kind === 'session';
}

/** The actions a role's trust policy is evaluated for: those of STS whose resource is the role. */
export const trustPolicyActions: readonly string[] = [
	'sts:AssumeRole',
	'sts:AssumeRoleWithSAML',
	'sts:AssumeRoleWithWebIdentity',
	'sts:SetContext',
	'sts:SetSourceIdentity',
	'sts:TagSession',
];

const trustActionNames = new Set(trustPolicyActions.map((action) => action.toLowerCase()));

/** Whether an Action entry can only name actions of a trust policy (`sts:AssumeRole`, `sts:AssumeRole*`). */
export function isTrustAction(entry: string): boolean {
	const lower = entry.toLowerCase();
	if (trustActionNames.has(lower)) {
		return true;
	}
	const star = lower.indexOf('*');
	return star === lower.length - 1 && lower.startsWith('sts:assumerole');
}

/**
 * The kind of a policy a template embeds, by the keys around it: CloudFormation resources by their
 * `Type` and property, SAM functions' `Policies`, Terraform JSON resources by their type and argument.
 * Undefined when the place says nothing (a `Statement` found elsewhere in a JSON document).
 */
export function embeddedKind(root: JsonNode, path: JSONPath): Omit<PolicyKindInfo, 'source'> | undefined {
	const last = path[path.length - 1];
	// CloudFormation: Resources.<Id>.Properties.<Property>…
	if (path[0] === 'Resources' && path[2] === 'Properties' && typeof path[1] === 'string') {
		const type = stringAt(root, ['Resources', path[1], 'Type']);
		const property = path[3];
		if (property === 'AssumeRolePolicyDocument') {
			return { kind: 'trust' };
		}
		if (type === 'AWS::Organizations::Policy' && property === 'Content') {
			const policyType = stringAt(root, ['Resources', path[1], 'Properties', 'Type']);
			return policyType === 'RESOURCE_CONTROL_POLICY'
				? { kind: 'rcp' }
				: policyType === 'SERVICE_CONTROL_POLICY'
					? { kind: 'scp' }
					: undefined;
		}
		const resource = type ? cloudFormationResourcePolicies[type] : undefined;
		if (resource && resource.property === property) {
			return { kind: resource.kind, service: resource.service };
		}
		if (type && /^AWS::(IAM::(Role|User|Group|Policy|ManagedPolicy)|Serverless::(Function|StateMachine))$/.test(type)) {
			return { kind: 'identity' };
		}
		return undefined;
	}
	// Terraform JSON: resource.<type>.<name>.<argument>
	if (path[0] === 'resource' && typeof path[1] === 'string' && typeof path[2] === 'string') {
		const argument = path[3];
		if (path[1] === 'aws_iam_role' && argument === 'assume_role_policy') {
			return { kind: 'trust' };
		}
		if (path[1] === 'aws_organizations_policy' && argument === 'content') {
			const type = stringAt(root, ['resource', path[1], path[2], 'type']);
			return type === 'RESOURCE_CONTROL_POLICY'
				? { kind: 'rcp' }
				: type === 'SERVICE_CONTROL_POLICY' || type === undefined
					? { kind: 'scp' }
					: undefined;
		}
		const resource = terraformResourcePolicies[path[1]];
		if (resource && argument === resource.argument) {
			return { kind: resource.kind, service: resource.service };
		}
		if (/^aws_iam_(role_|user_|group_)?policy$/.test(path[1]) && argument === 'policy') {
			return { kind: 'identity' };
		}
	}
	return last === 'AssumeRolePolicyDocument' || last === 'assume_role_policy' ? { kind: 'trust' } : undefined;
}

interface EmbeddedPolicy {
	readonly kind: PolicyKind;
	readonly service?: string;
}

/** CloudFormation resources whose property holds a resource-based or VPC endpoint policy. */
const cloudFormationResourcePolicies: Readonly<Record<string, EmbeddedPolicy & { readonly property: string }>> = {
	'AWS::S3::BucketPolicy': { kind: 'resource', service: 's3', property: 'PolicyDocument' },
	'AWS::SQS::QueuePolicy': { kind: 'resource', service: 'sqs', property: 'PolicyDocument' },
	'AWS::SNS::TopicPolicy': { kind: 'resource', service: 'sns', property: 'PolicyDocument' },
	'AWS::KMS::Key': { kind: 'resource', service: 'kms', property: 'KeyPolicy' },
	'AWS::SecretsManager::ResourcePolicy': { kind: 'resource', service: 'secretsmanager', property: 'ResourcePolicy' },
	'AWS::ECR::Repository': { kind: 'resource', service: 'ecr', property: 'RepositoryPolicyText' },
	'AWS::Logs::ResourcePolicy': { kind: 'resource', service: 'logs', property: 'PolicyDocument' },
	'AWS::EC2::VPCEndpoint': { kind: 'vpcEndpoint', property: 'PolicyDocument' },
};

/** Terraform resources whose argument holds a resource-based or VPC endpoint policy. */
const terraformResourcePolicies: Readonly<Record<string, EmbeddedPolicy & { readonly argument: string }>> = {
	aws_s3_bucket_policy: { kind: 'resource', service: 's3', argument: 'policy' },
	aws_sqs_queue_policy: { kind: 'resource', service: 'sqs', argument: 'policy' },
	aws_sns_topic_policy: { kind: 'resource', service: 'sns', argument: 'policy' },
	aws_kms_key: { kind: 'resource', service: 'kms', argument: 'policy' },
	aws_secretsmanager_secret_policy: { kind: 'resource', service: 'secretsmanager', argument: 'policy' },
	aws_ecr_repository_policy: { kind: 'resource', service: 'ecr', argument: 'policy' },
	aws_vpc_endpoint: { kind: 'vpcEndpoint', argument: 'policy' },
	aws_vpc_endpoint_policy: { kind: 'vpcEndpoint', argument: 'policy' },
};

function stringAt(root: JsonNode, path: JSONPath): string | undefined {
	const node = findNodeAtLocation(root, path);
	return node?.type === 'string' ? node.value : undefined;
}

/**
 * What a policy's statements say of its kind. With a principal in every statement: a trust policy when
 * each names only the role's STS actions and no resource, else resource-based. With none: the identity
 * grammar, shared by boundaries, session policies and SCPs. A policy that mixes both is read as the kind
 * of the majority, and marked mixed: its other statements are wrong whatever its kind.
 */
export function contentKind(statements: readonly Statement[]): PolicyKindInfo {
	let withPrincipal = 0;
	for (const statement of statements) {
		if (statement.principal || statement.notPrincipal) {
			withPrincipal++;
		}
	}
	if (withPrincipal === 0) {
		return { kind: 'identity', source: 'content' };
	}
	const mixed = withPrincipal < statements.length;
	if (withPrincipal * 2 < statements.length) {
		return { kind: 'identity', source: 'content', mixed };
	}
	const trust = statements.every(
		(statement) =>
			!(statement.principal || statement.notPrincipal) ||
			(!statement.properties.some((property) => property.name === 'Resource' || property.name === 'NotResource') &&
				onlyTrustActions(statement.action)),
	);
	return { kind: trust ? 'trust' : 'resource', source: 'content', mixed };
}

function onlyTrustActions(list: ValueListElement | undefined): boolean {
	return !!list && list.entries.length > 0 && list.entries.every((entry) => entry.type === 'string' && isTrustAction(entry.value));
}

/** The kind's name in a sentence: "trust policy", "service control policy (SCP)". */
export function kindName(t: Messages['t'], kind: PolicyKind): string {
	switch (kind) {
		case 'identity':
			return t('identity policy');
		case 'trust':
			return t('role trust policy');
		case 'resource':
			return t('resource-based policy');
		case 'scp':
			return t('service control policy (SCP)');
		case 'rcp':
			return t('resource control policy (RCP)');
		case 'boundary':
			return t('permissions boundary');
		case 'session':
			return t('session policy');
		case 'vpcEndpoint':
			return t('VPC endpoint policy');
	}
}
