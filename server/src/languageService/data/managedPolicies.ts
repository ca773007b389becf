/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// A few AWS managed policies that grant Support-family access, bundled so that a policy can be compared
// against them offline (`managed:AWSSupportAccess`). Copied verbatim from test/fixtures/aws-managed/
// (iann0036/iam-dataset, MIT licence; test/fixtures/aws-managed/README.md names each version and where a
// newer one was taken from AWS's Managed Policy Reference); refresh them when AWS publishes new versions.
//
// Checked against the AWS Managed Policy Reference (https://docs.aws.amazon.com/aws-managed-policy/latest/reference/)
// for #14: AWSSupportPlansFullAccess is version 4 of 2026-08-24 (the support agreement actions, and the
// service-linked role of AWS Support Plans). AWSSupportPlansReadOnlyAccess stays version 2: the AWS Support
// User Guide's change log says the agreement actions were added to it on 2026-08-27 too, but the reference
// page still shows version 2 with three actions; take version 3 when the page does. The others are AWS's
// current versions.

export interface ManagedPolicy {
	readonly name: string;
	readonly arn: string;
	/** The policy document as AWS publishes it. */
	readonly text: string;
}

export const managedPolicies: readonly ManagedPolicy[] = [
	{
		name: 'AWSSupportAccess',
		arn: 'arn:aws:iam::aws:policy/AWSSupportAccess',
		text: '{\n  "Statement": [\n    {\n      "Action": [\n        "support:*",\n        "support-console:*"\n      ],\n      "Effect": "Allow",\n      "Resource": "*"\n    }\n  ],\n  "Version": "2012-10-17"\n}\n',
	},
	{
		name: 'AWSSupportAppReadOnlyAccess',
		arn: 'arn:aws:iam::aws:policy/AWSSupportAppReadOnlyAccess',
		text: '{\n  "Statement": [\n    {\n      "Action": [\n        "support:DescribeCases",\n        "support:DescribeCommunications"\n      ],\n      "Effect": "Allow",\n      "Resource": "*"\n    }\n  ],\n  "Version": "2012-10-17"\n}\n',
	},
	{
		name: 'AWSSupportAppFullAccess',
		arn: 'arn:aws:iam::aws:policy/AWSSupportAppFullAccess',
		text: '{\n  "Statement": [\n    {\n      "Action": [\n        "servicequotas:GetRequestedServiceQuotaChange",\n        "servicequotas:GetServiceQuota",\n        "servicequotas:RequestServiceQuotaIncrease",\n        "support:AddAttachmentsToSet",\n        "support:AddCommunicationToCase",\n        "support:CreateCase",\n        "support:DescribeCases",\n        "support:DescribeCommunications",\n        "support:DescribeSeverityLevels",\n        "support:InitiateChatForCase",\n        "support:ResolveCase"\n      ],\n      "Effect": "Allow",\n      "Resource": "*"\n    },\n    {\n      "Action": [\n        "iam:CreateServiceLinkedRole"\n      ],\n      "Condition": {\n        "StringEquals": {\n          "iam:AWSServiceName": "servicequotas.amazonaws.com"\n        }\n      },\n      "Effect": "Allow",\n      "Resource": "*"\n    }\n  ],\n  "Version": "2012-10-17"\n}\n',
	},
	{
		name: 'AWSSupportPlansReadOnlyAccess',
		arn: 'arn:aws:iam::aws:policy/AWSSupportPlansReadOnlyAccess',
		text: '{\n  "Statement": [\n    {\n      "Action": [\n        "supportplans:GetSupportPlan",\n        "supportplans:GetSupportPlanUpdateStatus",\n        "supportplans:ListSupportPlanModifiers"\n      ],\n      "Effect": "Allow",\n      "Resource": "*"\n    }\n  ],\n  "Version": "2012-10-17"\n}\n',
	},
	{
		name: 'AWSSupportPlansFullAccess',
		arn: 'arn:aws:iam::aws:policy/AWSSupportPlansFullAccess',
		text: '{\n  "Statement": [\n    {\n      "Action": [\n        "supportplans:GetSupportPlan",\n        "supportplans:GetSupportPlanUpdateStatus",\n        "supportplans:ListSupportPlanModifiers",\n        "supportplans:StartSupportPlanUpdate",\n        "supportplans:CreateSupportPlanSchedule",\n        "supportplans:AcceptSupportAgreement",\n        "supportplans:CancelSupportAgreement",\n        "supportplans:CreateSupportAgreement",\n        "supportplans:GetSupportAgreement",\n        "supportplans:ListSupportAgreements",\n        "supportplans:ListSupportAgreementRevisions",\n        "supportplans:RejectSupportAgreement",\n        "supportplans:UpdateSupportAgreement"\n      ],\n      "Effect": "Allow",\n      "Resource": "*"\n    },\n    {\n      "Action": "iam:CreateServiceLinkedRole",\n      "Condition": {\n        "StringEquals": {\n          "iam:AWSServiceName": "supportplans.amazonaws.com"\n        }\n      },\n      "Effect": "Allow",\n      "Resource": "arn:aws:iam::*:role/aws-service-role/supportplans.amazonaws.com/AWSServiceRoleForSupportPlans"\n    },\n    {\n      "Action": "iam:GetRole",\n      "Effect": "Allow",\n      "Resource": "arn:aws:iam::*:role/aws-service-role/supportplans.amazonaws.com/AWSServiceRoleForSupportPlans"\n    }\n  ],\n  "Version": "2012-10-17"\n}\n',
	},
	{
		name: 'AWSTrustedAdvisorPriorityReadOnlyAccess',
		arn: 'arn:aws:iam::aws:policy/AWSTrustedAdvisorPriorityReadOnlyAccess',
		text: '{\n  "Statement": [\n    {\n      "Action": [\n        "trustedadvisor:DescribeAccount*",\n        "trustedadvisor:DescribeOrganization",\n        "trustedadvisor:DescribeRisk*",\n        "trustedadvisor:DownloadRisk",\n        "trustedadvisor:DescribeNotificationConfigurations"\n      ],\n      "Effect": "Allow",\n      "Resource": "*"\n    },\n    {\n      "Action": [\n        "organizations:DescribeOrganization",\n        "organizations:ListAWSServiceAccessForOrganization"\n      ],\n      "Effect": "Allow",\n      "Resource": "*"\n    },\n    {\n      "Action": [\n        "organizations:ListDelegatedAdministrators"\n      ],\n      "Condition": {\n        "StringEquals": {\n          "organizations:ServicePrincipal": [\n            "reporting.trustedadvisor.amazonaws.com"\n          ]\n        }\n      },\n      "Effect": "Allow",\n      "Resource": "*"\n    }\n  ],\n  "Version": "2012-10-17"\n}\n',
	},
	{
		name: 'ElementalSupportCenterFullAccess',
		arn: 'arn:aws:iam::aws:policy/ElementalSupportCenterFullAccess',
		text: '{\n  "Statement": [\n    {\n      "Action": [\n        "elemental-support-cases:*",\n        "elemental-support-content:*",\n        "elemental-activations:CompleteAccountRegistration"\n      ],\n      "Effect": "Allow",\n      "Resource": "*"\n    }\n  ],\n  "Version": "2012-10-17"\n}\n',
	},
];

/** A bundled managed policy by name, ignoring case; `managed:` in front of the name is allowed. */
export function managedPolicy(name: string): ManagedPolicy | undefined {
	const key = name.replace(/^managed:/i, '').toLowerCase();
	return managedPolicies.find((policy) => policy.name.toLowerCase() === key);
}
