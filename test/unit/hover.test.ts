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
