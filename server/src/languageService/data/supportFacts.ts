/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Hand-kept facts about the Support family that the Service Authorization Reference does not carry.
// Each list names the AWS page it comes from; check it again when AWS changes the service.

/**
 * Actions that are operations of a public API, by prefix, with the base of their API reference pages.
 * `support-console`, `supportplans`, `supportauthz` and the Elemental prefixes have only permission-only
 * (console) actions, so they are absent here.
 */
export const apiReferences: Readonly<Record<string, { readonly baseUrl: string; readonly operations: readonly string[] }>> = {
	// AWS Support API Reference, "Actions".
	support: {
		baseUrl: 'https://docs.aws.amazon.com/awssupport/latest/APIReference/',
		operations: [
			'AddAttachmentsToSet',
			'AddCommunicationToCase',
			'CreateCase',
			'DescribeAttachment',
			'DescribeCases',
			'DescribeCommunications',
			'DescribeCreateCaseOptions',
			'DescribeServices',
			'DescribeSeverityLevels',
			'DescribeSupportedLanguages',
			'DescribeTrustedAdvisorCheckRefreshStatuses',
			'DescribeTrustedAdvisorCheckResult',
			'DescribeTrustedAdvisorCheckSummaries',
			'DescribeTrustedAdvisorChecks',
			'RefreshTrustedAdvisorCheck',
			'ResolveCase',
		],
	},
	// AWS Trusted Advisor API Reference, "Actions" (the newer recommendations API).
	trustedadvisor: {
		baseUrl: 'https://docs.aws.amazon.com/trustedadvisor/latest/APIReference/',
		operations: [
			'BatchUpdateRecommendationResourceExclusion',
			'GetOrganizationRecommendation',
			'GetRecommendation',
			'ListChecks',
			'ListOrganizationRecommendationAccounts',
			'ListOrganizationRecommendationResources',
			'ListOrganizationRecommendations',
			'ListRecommendationResources',
			'ListRecommendations',
			'UpdateOrganizationRecommendationLifecycle',
			'UpdateRecommendationLifecycle',
		],
	},
	// AWS Support App in Slack API Reference, "Actions".
	supportapp: {
		baseUrl: 'https://docs.aws.amazon.com/supportapp/latest/APIReference/',
		operations: [
			'CreateSlackChannelConfiguration',
			'DeleteAccountAlias',
			'DeleteSlackChannelConfiguration',
			'DeleteSlackWorkspaceConfiguration',
			'GetAccountAlias',
			'ListSlackChannelConfigurations',
			'ListSlackWorkspaceConfigurations',
			'PutAccountAlias',
			'RegisterSlackWorkspaceForOrganization',
			'UpdateSlackChannelConfiguration',
		],
	},
};

/**
 * Trusted Advisor operations reachable both from the console (`trustedadvisor:`) and through the
 * AWS Support API (`support:`). AWS Support User Guide, "Manage access to AWS Support Center",
 * the "Important" note: a Deny on one of a pair does not stop the other.
 */
export const trustedAdvisorConsoleApiPairs: readonly { readonly console: string; readonly api: string }[] = [
	{ console: 'trustedadvisor:DescribeChecks', api: 'support:DescribeTrustedAdvisorChecks' },
	{ console: 'trustedadvisor:DescribeCheckItems', api: 'support:DescribeTrustedAdvisorCheckResult' },
	{ console: 'trustedadvisor:DescribeCheckSummaries', api: 'support:DescribeTrustedAdvisorCheckSummaries' },
	{ console: 'trustedadvisor:DescribeCheckRefreshStatuses', api: 'support:DescribeTrustedAdvisorCheckRefreshStatuses' },
	{ console: 'trustedadvisor:RefreshCheck', api: 'support:RefreshTrustedAdvisorCheck' },
];

export interface RemovedActionsData {
	readonly prefix: string;
	readonly names: readonly string[];
	/** When AWS removed them, in the user's words. */
	readonly removed: string;
}

/**
 * Actions that the Service Authorization Reference once listed and no longer does. A policy that still
 * names them grants or denies nothing through them.
 */
export const removedActions: readonly RemovedActionsData[] = [
	{
		prefix: 'supportrecommendations',
		names: ['GetSupportTroubleshootingResponse', 'StartSupportTroubleshooting'],
		removed: 'listed in 2024, removed from the Service Authorization Reference in 2025',
	},
	{
		// Trusted Advisor Engage (preview).
		prefix: 'trustedadvisor',
		names: [
			'CreateEngagement',
			'CreateEngagementAttachment',
			'CreateEngagementCommunication',
			'GetEngagement',
			'GetEngagementAttachment',
			'GetEngagementType',
			'ListEngagementCommunications',
			'ListEngagementTypes',
			'ListEngagements',
			'UpdateEngagement',
			'UpdateEngagementStatus',
		],
		removed: 'Trusted Advisor Engage actions, listed in late 2025, removed from the Service Authorization Reference in 2026',
	},
];

/** Short explanations of the global condition keys that Support policies use most; the others show their type only. */
export const globalConditionKeyDescriptions: Readonly<Record<string, string>> = {
	'aws:MultiFactorAuthPresent': 'Whether the request was signed with credentials that were validated with MFA.',
	'aws:MultiFactorAuthAge': 'Seconds since the requester was validated with MFA.',
	'aws:SourceIp': 'The IP address of the requester (IPv4 or IPv6).',
	'aws:CurrentTime': 'The date and time of the request.',
	'aws:EpochTime': 'The date and time of the request in epoch or UNIX time.',
	'aws:RequestedRegion': 'The AWS Region that the request was made to.',
	'aws:PrincipalTag/tag-key': 'A tag attached to the principal that makes the request.',
	'aws:PrincipalArn': 'The ARN of the principal that makes the request.',
	'aws:PrincipalAccount': 'The account of the principal that makes the request.',
	'aws:PrincipalOrgID': "The AWS Organizations ID of the principal's organization.",
	'aws:PrincipalType': 'The type of principal: Account, User, FederatedUser, AssumedRole or Anonymous.',
	'aws:username': 'The friendly name of the IAM user who makes the request.',
	'aws:userid': 'The unique ID of the principal who makes the request.',
	'aws:SecureTransport': 'Whether the request was sent over TLS.',
	'aws:ResourceTag/tag-key':
		'A tag on the resource of the request. Never present for actions that have no resource types, such as every support: action.',
	'aws:RequestTag/tag-key': 'A tag passed in the request.',
	'aws:TagKeys': 'The tag keys passed in the request.',
	'aws:CalledVia': "The services that made the request on the principal's behalf.",
	'aws:ViaAWSService': "Whether an AWS service made the request on the principal's behalf.",
	'aws:SourceVpc': 'The VPC that the request came through.',
	'aws:SourceVpce': 'The VPC endpoint that the request came through.',
	'aws:TokenIssueTime': 'When the temporary security credentials were issued.',
	'aws:UserAgent': "The requester's client application.",
	'aws:referer': 'The HTTP referer of the request.',
};
