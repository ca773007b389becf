import { getLanguageService, type LanguageService } from '../../server/src/languageService';
/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allSupportActions } from '../../server/src/languageService/catalog/catalog';
import { hover } from './testUtil';

const statement = (body: string) => `{"Version": "2012-10-17", "Statement": [${body}]}`;

describe('hover on actions', () => {
	test('a support action: what it grants, access level, "*" resource, links', () => {
		const { value, result } = hover(statement('{"Effect": "Allow", "Action": "support:Resolve|Case", "Resource": "*"}'));
		assert.match(value, /support:ResolveCase/);
		assert.match(value, /Grants permission to resolve an AWS Support case/);
		assert.match(value, /Access level: \*\*Write\*\*/);
		assert.match(value, /Resource must be `"\*"`: AWS Support has no resource-level permissions/);
		assert.match(value, /list_awssupport\.html/);
		assert.match(value, /APIReference\/API_ResolveCase\.html/);
		assert.ok(result?.range, 'the hover names the range of the string');
	});

	test('every Support-family action states its access level and description', () => {
		for (const action of allSupportActions()) {
			const { value } = hover(statement(`{"Effect": "Allow", "Action": "${action.fullName}|"}`));
			assert.ok(value.includes(`Access level: **${action.accessLevel}**`), action.fullName);
			assert.ok(value.includes(action.description.slice(0, 30)), action.fullName);
		}
	});

	test('a Trusted Advisor check action: its resource type and ARN format, and the console/API note', () => {
		const { value } = hover(statement('{"Effect": "Deny", "Action": "trustedadvisor:RefreshCh|eck"}'));
		assert.match(
			value,
			/`checks` \(required\): `arn:\$\{Partition\}:trustedadvisor:\$\{Region\}:\$\{Account\}:checks\/\$\{CategoryCode\}\/\$\{CheckId\}`/,
		);
		assert.match(value, /support:RefreshTrustedAdvisorCheck/);
	});

	test('a console-only action says it is not an API operation', () => {
		assert.match(hover(statement('{"Effect": "Allow", "Action": "support-console:GetBan|ner"}')).value, /permission only \(console\)/);
	});

	test('case does not matter', () => {
		assert.match(
			hover(statement('{"Effect": "Allow", "Action": "trustedadvisor:getRecommendati|on"}')).value,
			/\*\*trustedadvisor:GetRecommendation\*\*/,
		);
	});

	test('a wildcard lists what it matches', () => {
		const { value } = hover(statement('{"Effect": "Allow", "Action": "support:Describe|*"}'));
		assert.match(value, /matches 17 actions/);
		assert.match(value, /`support:DescribeCases` · Read/);
	});

	test('a long wildcard list is cut with a count', () => {
		const { value } = hover(statement('{"Effect": "Allow", "Action": "ec2:Describe|*"}'));
		assert.match(value, /… and \d+ more/);
	});

	test('an unknown action names the nearest real ones', () => {
		const { value } = hover(statement('{"Effect": "Allow", "Action": "support:DescribeCase|"}'));
		assert.match(value, /Unknown action/);
		assert.match(value, /`support:DescribeCases`/);
	});

	test('an unknown prefix names the nearest prefixes', () => {
		assert.match(hover(statement('{"Effect": "Allow", "Action": "suport:Describe|Cases"}')).value, /Unknown service prefix.*`support`/);
	});

	test('a removed action says so', () => {
		assert.match(hover(statement('{"Effect": "Allow", "Action": "trustedadvisor:ListEngage|ments"}')).value, /removed by AWS/);
	});

	test('an action of another service', () => {
		assert.match(hover(statement('{"Effect": "Allow", "Action": "s3:GetOb|ject"}')).value, /\*\*s3:GetObject\*\* · Amazon S3/);
	});

	test('hostile text in an unknown action stays inside a code span', () => {
		const { value } = hover(statement('{"Effect": "Allow", "Action": "support:<img src=x onerror=alert(1)>|"}'));
		const outsideCode = value.replace(/`[^`]*`/g, '');
		assert.ok(value.includes('`support:<img src=x onerror=alert(1)>`'), value);
		assert.ok(!outsideCode.includes('<'), outsideCode);
	});

	test('backticks in a policy cannot close the code span', () => {
		const { value } = hover(statement('{"Effect": "Allow", "Action": "support:a`b**c**|"}'));
		assert.ok(value.includes('``support:a`b**c**``'), value);
	});
});

describe('hover on resources', () => {
	test('an ARN: its parts, its resource type, which actions it applies to and which it never does', () => {
		const { value } = hover(
			statement(
				'{"Effect": "Allow", "Action": ["trustedadvisor:RefreshCheck", "support:ResolveCase"], "Resource": "arn:aws:trustedadvisor:*:111122223333:checks/|*"}',
			),
		);
		assert.match(value, /\| service \| `trustedadvisor` \|/);
		assert.match(value, /Resource type: `checks`/);
		assert.match(value, /Applies to: `trustedadvisor:RefreshCheck`/);
		assert.match(value, /Never applies to: `support:ResolveCase`.*no resource types/);
	});

	test('"*"', () => {
		assert.match(hover(statement('{"Effect": "Allow", "Action": "support:*", "Resource": "|*"}')).value, /every resource/);
	});
});

describe('hover on elements, operators and keys', () => {
	test('Effect value and key', () => {
		assert.match(hover(statement('{"Effect": "Al|low"}')).value, /Allow.*Deny/);
		assert.match(hover(statement('{"Eff|ect": "Allow"}')).value, /\*\*Effect\*\*/);
	});

	test('Version', () => {
		assert.match(hover('{"Version": "2008-10-|17", "Statement": []}').value, /policy variables/i);
	});

	test('a condition operator and a condition key', () => {
		const document = statement('{"Effect": "Allow", "Condition": {"ForAllValues:StringL|ike": {"aws:TagKeys": ["a"]}}}');
		assert.match(hover(document).value, /ForAllValues:.*absent/);
		assert.match(
			hover(statement('{"Effect": "Allow", "Condition": {"Bool": {"aws:MultiFactor|AuthPresent": "true"}}}')).value,
			/global condition key · Bool/,
		);
		assert.match(
			hover(statement('{"Effect": "Allow", "Condition": {"StringEquals": {"aws:PrincipalTag/te|am": "x"}}}')).value,
			/global condition key · String/,
		);
	});

	test('nothing outside policies', () => {
		assert.equal(hover('{"name": "x", "Action": "support:Create|Case"}', 'file:///work/package.json').result, null);
	});
});

describe('hover on an incomplete ARN (#14)', () => {
	test('shows the ARN IAM completes it to, not "Not an ARN"', () => {
		const { value } = hover(
			statement('{"Effect": "Allow", "Action": "trustedadvisor:RefreshCheck", "Resource": "arn:aws:trusted|advisor:*"}'),
		);
		assert.doesNotMatch(value, /Not an ARN/);
		assert.match(value, /completes it as `arn:aws:trustedadvisor:\*:\*:\*`/);
		assert.match(value, /Resource type: `checks`/);
		assert.match(hover(statement('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:a|ws"}')).value, /Not an ARN/);
	});
});

describe('hover names shared prefixes and unlisted ones (#14)', () => {
	test('aws-marketplace is several services; iotroborunner is named by a managed policy', () => {
		const shared = hover(statement('{"Effect": "Allow", "Action": "aws-marketplace:ViewSub|scriptions", "Resource": "*"}')).value;
		assert.match(shared, /aws-marketplace \(several AWS Marketplace services\)/);
		const unlisted = hover(statement('{"Effect": "Allow", "Action": "iotrobo|runner:ListSites", "Resource": "*"}')).value;
		assert.match(unlisted, /Unlisted service prefix.*AWSIotRoboRunnerFullAccess/);
		assert.doesNotMatch(unlisted, /Nearest/);
	});
});

describe('hover on the Support APIs: plans and the operations an action authorizes (#14)', () => {
	const japanese = getLanguageService({ locale: 'ja' });
	const on = (action: string, by?: LanguageService) =>
		hover(statement(`{"Effect": "Allow", "Action": "${action.replace(/^(.*:..)/, '$1|')}", "Resource": "*"}`), undefined, by).value;

	test('an AWS Support API operation says which plans the API needs, when the old plans end, and links the page', () => {
		const value = on('support:DescribeCases');
		assert.match(value, /Support plan: the AWS Support API needs Business Support\+, Enterprise Support or Unified Operations/);
		assert.match(value, /until you transition, or where these are not offered: Business, Enterprise On-Ramp or Enterprise/);
		assert.match(value, /Developer, Business and Enterprise On-Ramp end on 2027-01-01, except in AWS GovCloud \(US\)/);
		assert.match(value, /\(https:\/\/docs\.aws\.amazon\.com\/awssupport\/latest\/user\/about-support-api\.html\)/);
	});

	test('a Trusted Advisor API operation says the same of the Trusted Advisor API', () => {
		const value = on('trustedadvisor:ListRecommendations');
		assert.match(value, /Support plan: the Trusted Advisor API needs/);
		assert.match(value, /get-started-with-aws-trusted-advisor-api\.html/);
	});

	test('console actions and other APIs carry no plan note', () => {
		for (const action of [
			'support-console:GetBanner',
			'trustedadvisor:DescribeChecks',
			'supportapp:GetAccountAlias',
			'supportauthz:CreateSupportPermit',
		]) {
			assert.doesNotMatch(on(action), /Support plan/, action);
		}
	});

	test('UploadAttachment and DownloadAttachment authorize the attachment operations with their partners', () => {
		const upload = on('support:UploadAttachment');
		assert.doesNotMatch(upload, /permission only/);
		assert.match(
			upload,
			/Authorizes the API operations \[`GetAttachmentUploadLinks`\]\(https:\/\/docs\.aws\.amazon\.com\/awssupport\/latest\/APIReference\/API_GetAttachmentUploadLinks\.html\), \[`CompleteAttachmentUpload`\]/,
		);
		assert.match(upload, /together with `support:AddAttachmentsToSet`: each of them needs both actions/);
		assert.match(upload, /Support plan: the AWS Support API/);
		assert.match(on('support:DownloadAttachment'), /\[`GetAttachmentDownloadLink`\].*together with `support:DescribeAttachment`/);
		const add = on('support:AddAttachmentsToSet');
		assert.match(add, /Also authorizes the API operations \[`GetAttachmentUploadLinks`\].*together with `support:UploadAttachment`/);
		assert.match(add, /APIReference\/API_AddAttachmentsToSet\.html/);
	});

	test('supportauthz has an API: its operations link their reference, RegisterKey is permission-only', () => {
		assert.match(
			on('supportauthz:CreateSupportPermit'),
			/\(https:\/\/docs\.aws\.amazon\.com\/supportauthz\/latest\/APIReference\/API_CreateSupportPermit\.html\)/,
		);
		assert.doesNotMatch(on('supportauthz:CreateSupportPermit'), /permission only/);
		assert.match(on('supportauthz:RegisterKey'), /permission only \(console\), not an API operation/);
	});

	test('in Japanese: the plan note and the operations, with the Japanese page', () => {
		const plan = on('support:DescribeCases', japanese);
		assert.match(plan, /サポートプラン: AWS Support API を使用するには/);
		assert.match(plan, /2027-01-01 に終了します/);
		assert.match(plan, /\(https:\/\/docs\.aws\.amazon\.com\/ja_jp\/awssupport\/latest\/user\/about-support-api\.html\)/);
		assert.match(on('support:UploadAttachment', japanese), /`support:AddAttachmentsToSet` と合わせて、API オペレーション/);
	});
});

describe('hover on a Trusted Advisor console/API pair the Service Authorization Reference joins', () => {
	test('both halves of a read pair say so; the Refresh pair does not', () => {
		const line =
			/now also lists `trustedadvisor:DescribeCheckItems` among the actions of the Support API operation `DescribeTrustedAdvisorCheckResult`/;
		assert.match(hover(statement('{"Effect": "Deny", "Action": "trustedadvisor:DescribeCheck|Items"}')).value, line);
		assert.match(hover(statement('{"Effect": "Deny", "Action": "support:DescribeTrustedAdvisorCheck|Result"}')).value, line);
		assert.doesNotMatch(
			hover(statement('{"Effect": "Deny", "Action": "trustedadvisor:RefreshCh|eck"}')).value,
			/Service Authorization Reference now/,
		);
	});
});
