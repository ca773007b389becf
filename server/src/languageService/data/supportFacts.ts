/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Hand-kept facts about the Support family that the Service Authorization Reference does not carry.
// Each list names the AWS page it comes from; check it again when AWS changes the service.

/**
 * The operations of each public API of the family, by prefix, with the base of their API reference pages.
 * An action is an API operation when an operation bears its name; an operation that bears no action's name
 * is authorized by the actions `operationActions` lists. `support-console`, `supportplans` and the
 * Elemental prefixes have only permission-only (console) actions, so they are absent here.
 */
export const apiReferences: Readonly<Record<string, { readonly baseUrl: string; readonly operations: readonly string[] }>> = {
	// AWS Support API Reference, "Actions": https://docs.aws.amazon.com/awssupport/latest/APIReference/API_Operations.html
	// (20 operations; the four attachment operations of the upload flow came on 2026-08-31).
	support: {
		baseUrl: 'https://docs.aws.amazon.com/awssupport/latest/APIReference/',
		operations: [
			'AddAttachmentsToSet',
			'AddCommunicationToCase',
			'CompleteAttachmentUpload',
			'CreateCase',
			'DescribeAttachment',
			'DescribeAttachmentUploadStatus',
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
			'GetAttachmentDownloadLink',
			'GetAttachmentUploadLinks',
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
	// AWS Support Authorization API Reference, "Actions":
	// https://docs.aws.amazon.com/supportauthz/latest/APIReference/API_Operations.html. Every supportauthz
	// action but RegisterKey, which is permission-only.
	supportauthz: {
		baseUrl: 'https://docs.aws.amazon.com/supportauthz/latest/APIReference/',
		operations: [
			'CreateSupportPermit',
			'DeleteSupportPermit',
			'GetAction',
			'GetSupportPermit',
			'ListActions',
			'ListSupportPermitRequests',
			'ListSupportPermits',
			'ListTagsForResource',
			'RejectSupportPermitRequest',
			'TagResource',
			'UntagResource',
		],
	},
};

/** An API operation that bears no action's name, and the actions that authorize it: a caller needs every one. */
export interface OperationActions {
	readonly operation: string;
	/** `prefix:Name`, each required. */
	readonly actions: readonly string[];
}

/**
 * The operations of `apiReferences` that no action of their name authorizes, by prefix. Service
 * Authorization Reference, "Actions, resources, and condition keys for AWS Support", its operations table
 * (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupport.html), and AWS Support
 * User Guide, "Required permissions for large attachments"
 * (https://docs.aws.amazon.com/awssupport/latest/user/large-attachments-permissions.html): "All listed
 * permissions are required for each operation."
 */
export const operationActions: Readonly<Record<string, readonly OperationActions[]>> = {
	support: [
		{ operation: 'GetAttachmentUploadLinks', actions: ['support:UploadAttachment', 'support:AddAttachmentsToSet'] },
		{ operation: 'CompleteAttachmentUpload', actions: ['support:UploadAttachment', 'support:AddAttachmentsToSet'] },
		{ operation: 'DescribeAttachmentUploadStatus', actions: ['support:UploadAttachment', 'support:AddAttachmentsToSet'] },
		{ operation: 'GetAttachmentDownloadLink', actions: ['support:DownloadAttachment', 'support:DescribeAttachment'] },
	],
};

/** The page that says which support plans an API needs, by prefix. */
export interface SupportPlanRequirement {
	/** Where AWS says it, and lists the plans that end. */
	readonly page: string;
}

/**
 * The support plans the AWS Support API and the Trusted Advisor API need. AWS Support User Guide, "About
 * the AWS Support API" and "Get started with the Trusted Advisor API": "You must have an AWS Business
 * Support+, AWS Enterprise Support, or AWS Unified Operations plan to use the AWS Support API" (the Trusted
 * Advisor API alike); each API operation page of the Support API adds: "If you're in an AWS Region that
 * doesn't offer one of these AWS Support plans, or if you haven't transitioned to one of these plans, you
 * can use the AWS Support API with a Business, Enterprise On-Ramp, or Enterprise Support plan." The same
 * pages: Developer Support, Business Support and Enterprise On-Ramp end on January 1, 2027, and "will remain
 * available in the AWS GovCloud (US) Region".
 */
export const supportPlanRequirements: Readonly<Record<string, SupportPlanRequirement>> = {
	support: { page: 'https://docs.aws.amazon.com/awssupport/latest/user/about-support-api.html' },
	trustedadvisor: { page: 'https://docs.aws.amazon.com/awssupport/latest/user/get-started-with-aws-trusted-advisor-api.html' },
};

/** When Developer Support, Business Support and Enterprise On-Ramp end (outside AWS GovCloud (US)). */
export const retiringSupportPlansEnd = '2027-01-01';

/**
 * Actions whose grant lets AWS operators act in the account: a support permit "defines the scope and
 * conditions under which AWS Support can access information about your services that might contain your
 * data during support case resolution", and "might be accessed from outside the AWS Region where your data
 * is stored". AWS Support User Guide, "Support authorization concepts"
 * (https://docs.aws.amazon.com/awssupport/latest/user/support-authorization-concepts.html) and "AWS Support
 * authorization"; the Service Authorization Reference lists no other action that creates or widens a permit
 * (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupportauthorization.html).
 */
export const supportPermitActions: readonly string[] = ['supportauthz:CreateSupportPermit'];

/**
 * Actions that change the support agreements of the account, the terms its support plan is billed under:
 * Service Authorization Reference, "Actions, resources, and condition keys for AWS Support Plans"
 * (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupportplans.html): "Grants
 * permission to accept a support agreement for this AWS account", and to cancel, create, reject and update
 * one. The reading ones (GetSupportAgreement, ListSupportAgreements, ListSupportAgreementRevisions) change
 * nothing.
 */
export const supportAgreementActions: readonly string[] = [
	'supportplans:AcceptSupportAgreement',
	'supportplans:CancelSupportAgreement',
	'supportplans:CreateSupportAgreement',
	'supportplans:RejectSupportAgreement',
	'supportplans:UpdateSupportAgreement',
];

/**
 * The support: actions the Support Center console calls. AWS Support User Guide, "Manage access to AWS
 * Support Center" (https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html): "Denying any
 * of the following actions in your IAM policies, might result in unintended behavior in Support Center when
 * creating or interacting with a support case."
 */
export const supportCenterActions: readonly string[] = [
	'support:AddAttachmentsToSet',
	'support:AddCommunicationToCase',
	'support:CreateCase',
	'support:DescribeAttachment',
	'support:DescribeCaseAttributes',
	'support:DescribeCases',
	'support:DescribeCommunication',
	'support:DescribeCommunications',
	'support:DescribeCreateCaseOptions',
	'support:DescribeIssueTypes',
	'support:DescribeServices',
	'support:DescribeSeverityLevels',
	'support:DescribeSupportedLanguages',
	'support:DescribeSupportLevel',
	'support:DescribeTrustedAdvisorCheckRefreshStatuses',
	'support:DescribeTrustedAdvisorCheckResult',
	'support:DescribeTrustedAdvisorChecks',
	'support:DescribeTrustedAdvisorCheckSummaries',
	'support:GetInteraction',
	'support:InitiateCallForCase',
	'support:ListInteractionEntries',
	'support:ListInteractions',
	'support:InitiateChatForCase',
	'support:PutCaseAttributes',
	'support:RateCaseCommunication',
	'support:RefreshTrustedAdvisorCheck',
	'support:ResolveCase',
	'support:ResolveInteraction',
	'support:SearchForCases',
	'support:StartInteraction',
	'support:UpdateInteraction',
];

/**
 * From this day the Support Center console's own operations need `support-console:` actions. AWS Support
 * User Guide, "Adding IAM policies for the Support Center Console API operations"
 * (https://docs.aws.amazon.com/awssupport/latest/user/support-console-access-control.html): "If you don't
 * create these policies by November 16, 2026, you will receive AccessDenied errors."
 */
export const supportConsoleActionsRequiredFrom = '2026-11-16';

/**
 * Prefixes of the family whose services have no resource-based policies: a resource-based policy that names
 * their actions grants and denies nothing through them. IAM User Guide, "AWS services that work with IAM"
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-services-that-work-with-iam.html):
 * "Resource-based policies: No" for AWS Support, AWS Support Console, AWS Support App in Slack, AWS Support
 * Plans and AWS Trusted Advisor. (Resource control policies are another matter: Organizations lists AWS
 * Support among the services RCPs apply to.)
 */
export const prefixesWithoutResourcePolicies: readonly string[] = [
	'support',
	'support-console',
	'supportapp',
	'supportplans',
	'trustedadvisor',
];

/**
 * Prefixes of the family that have no VPC endpoint, so that no VPC endpoint policy governs their actions.
 * AWS PrivateLink Guide, "AWS services that integrate with AWS PrivateLink"
 * (https://docs.aws.amazon.com/vpc/latest/privatelink/aws-services-privatelink-support.html) lists AWS
 * Trusted Advisor (com.amazonaws.region.trustedadvisor) and no AWS Support endpoint.
 */
export const prefixesWithoutVpcEndpoint: readonly string[] = ['support'];

/**
 * Trusted Advisor operations reachable both from the console (`trustedadvisor:`) and through the
 * AWS Support API (`support:`). AWS Support User Guide, "Manage access to AWS Support Center",
 * the "Important" note: a Deny on one of a pair does not stop the other.
 *
 * `referenceListsConsole`: the operations table of the Service Authorization Reference's page for AWS
 * Support (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupport.html) now
 * lists the console action among the actions that the Support API operation authorizes (with
 * `trustedadvisor:` actions of the newer API), while the Support guide ("Manage access to AWS Trusted
 * Advisor") still says the `trustedadvisor` namespace does not govern the Support API. Whether a Deny on
 * the console action now stops the API operation too, AWS does not say; denying both is safe either way.
 */
export const trustedAdvisorConsoleApiPairs: readonly {
	readonly console: string;
	readonly api: string;
	readonly referenceListsConsole?: boolean;
}[] = [
	{ console: 'trustedadvisor:DescribeChecks', api: 'support:DescribeTrustedAdvisorChecks', referenceListsConsole: true },
	{ console: 'trustedadvisor:DescribeCheckItems', api: 'support:DescribeTrustedAdvisorCheckResult', referenceListsConsole: true },
	{
		console: 'trustedadvisor:DescribeCheckSummaries',
		api: 'support:DescribeTrustedAdvisorCheckSummaries',
		referenceListsConsole: true,
	},
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
