/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DiagnosticSeverity, type LanguageSettings } from '../../server/src/languageService';
import { assertDiagnostic, assertNoDiagnostic, policy, validate } from './diagnosticsUtil';

const allow = (action: string, resource = '"*"') => policy(`{"Effect": "Allow", "Action": ${action}, "Resource": ${resource}}`);
const deny = (action: string, resource = '"*"') => `{"Effect": "Deny", "Action": ${action}, "Resource": ${resource}}`;

const actionCases: [string, string, string][] = [
	['invalid-action-format', allow('|"support DescribeCases"'), allow('"support:DescribeCases"')],
	['unknown-service', allow('|"suport:DescribeCases"'), allow('"support:DescribeCases"')],
	['unknown-action', allow('|"support:DescribeCase"'), allow('"support:DescribeCases"')],
	['removed-action', allow('|"trustedadvisor:CreateEngagement"'), allow('"trustedadvisor:ListRecommendations"')],
	['wildcard-matches-nothing', allow('|"support:Zz*"'), allow('"support:Describe*"')],
	['non-canonical-case', allow('|"support:describecases"'), allow('"support:DescribeCases"')],
	['redundant-action', allow('["support:*", |"support:CreateCase"]'), allow('["support:DescribeCases", "support:CreateCase"]')],
	[
		'allow-notaction',
		policy('{"Effect": "Allow", |"NotAction": "iam:*", "Resource": "*"}'),
		policy('{"Effect": "Deny", "NotAction": "iam:*", "Resource": "*"}'),
	],
	['resource-never-matches', allow('"support:ResolveCase"', '|"arn:aws:support::123456789012:case/1"'), allow('"support:ResolveCase"')],
	[
		'resource-mismatch',
		allow('"trustedadvisor:RefreshCheck"', '|"arn:aws:s3:::bucket"'),
		allow('"trustedadvisor:RefreshCheck"', '"arn:aws:trustedadvisor:*:123456789012:checks/*"'),
	],
	['invalid-arn', allow('"s3:GetObject"', '|"arn:aws:*:::bucket"'), allow('"s3:GetObject"', '"arn:aws:s3:::bucket/*"')],
	[
		'trustedadvisor-api-gap',
		policy(deny('|"trustedadvisor:RefreshCheck"')),
		policy(deny('["trustedadvisor:RefreshCheck", "support:RefreshTrustedAdvisorCheck"]')),
	],
	[
		'allow-notresource',
		policy('{"Effect": "Allow", "Action": "s3:*", |"NotResource": "arn:aws:s3:::hr-bucket/*"}'),
		policy('{"Effect": "Deny", "Action": "s3:*", "NotResource": "arn:aws:s3:::hr-bucket/*"}'),
	],
	[
		'variable-without-version',
		'{"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": |"arn:aws:s3:::home/${aws:username}/*"}]}',
		policy('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::home/${aws:username}/*"}'),
	],
];

describe('action and resource rules', () => {
	test('redundant-action: entries longer than any cache keeps are compared too, whatever their case', () => {
		// Such entries are worked out again for each list instead of being kept (#6); a list must still see its repeats.
		const long = `ec2:${'Describe'.repeat(200)}*`;
		assertDiagnostic('redundant-action', allow(`["${long}", |"${long}"]`));
		assertDiagnostic('redundant-action', allow(`["${long}", |"${long.toUpperCase()}"]`));
		assertNoDiagnostic('redundant-action', allow(`["${long}", "ec2:${'Describe'.repeat(199)}Get*"]`));
	});

	for (const [code, trigger, nearMiss] of actionCases) {
		test(`${code}: reported where it applies`, () => {
			assertDiagnostic(code, trigger);
		});
		test(`${code}: not reported on the near miss`, () => assertNoDiagnostic(code, nearMiss));
	}

	test('resource-never-matches: an Allow grants nothing (warning), a Deny never applies (error)', () => {
		const allowed = assertDiagnostic(
			'resource-never-matches',
			allow('"support:ResolveCase"', '|"arn:aws:support::123456789012:case/1"'),
		);
		assert.equal(allowed.severity, DiagnosticSeverity.Warning);
		assert.match(allowed.message, /grants nothing for support:ResolveCase/);
		const denied = assertDiagnostic(
			'resource-never-matches',
			policy(deny('"support:ResolveCase"', '|"arn:aws:support::123456789012:case/1"')),
		);
		assert.equal(denied.severity, DiagnosticSeverity.Error);
		assert.match(denied.message, /this Deny never applies to support:ResolveCase/i);
	});

	test('resource-never-matches expands wildcards to the Support family, but not "*" which reaches other services', () => {
		assertDiagnostic('resource-never-matches', allow('"support:*"', '|"arn:aws:support::123456789012:case/1"'));
		assertNoDiagnostic('resource-never-matches', policy(deny('"*"', '"arn:aws:s3:::bucket"')));
		assertNoDiagnostic(
			'resource-never-matches',
			allow('"trustedadvisor:Refresh*"', '"arn:aws:trustedadvisor:*:123456789012:checks/*"'),
		);
	});

	test('resource-mismatch: a Trusted Advisor ARN that is not checks/${CategoryCode}/${CheckId}', () => {
		assertDiagnostic(
			'resource-mismatch',
			allow('"trustedadvisor:RefreshCheck"', '|"arn:aws:trustedadvisor:us-east-1:123456789012:recommendation/x"'),
		);
	});

	test('invalid-arn: not an ARN, and an unknown partition', () => {
		assertDiagnostic('invalid-arn', allow('"s3:GetObject"', '|"bucket"'));
		assertDiagnostic('invalid-arn', allow('"s3:GetObject"', '|"arn:amazon:s3:::bucket"'));
	});

	test('scopable-resource is off by default and reports "*" for check actions when on', () => {
		const content = allow('"trustedadvisor:RefreshCheck"', '|"*"');
		assertNoDiagnostic('scopable-resource', content.replace('|', ''));
		assertDiagnostic('scopable-resource', content, { rules: { 'scopable-resource': 'hint' } });
		assertNoDiagnostic('scopable-resource', allow('"support:*"'), { rules: { 'scopable-resource': 'hint' } });
	});

	test('trustedadvisor-api-gap works the other way round and through wildcards', () => {
		assertDiagnostic('trustedadvisor-api-gap', policy(deny('|"support:RefreshTrustedAdvisorCheck"')));
		assertNoDiagnostic('trustedadvisor-api-gap', policy(deny('"trustedadvisor:*"'), deny('"support:*"')));
		assertDiagnostic('trustedadvisor-api-gap', policy(deny('|"support:*"'), deny('"trustedadvisor:RefreshCheck"')));
	});

	test('trustedadvisor-api-gap sees the counterpart through a wildcard in the prefix and in any case', () => {
		// Only entries whose prefix is support or trustedadvisor, or has a wildcard, can deny a counterpart (support.ts).
		assertNoDiagnostic('trustedadvisor-api-gap', policy(deny('["trustedadvisor:RefreshCheck", "s*:RefreshTrustedAdvisorCheck"]')));
		assertNoDiagnostic('trustedadvisor-api-gap', policy(deny('["trustedadvisor:RefreshCheck", "*"]')));
		assertNoDiagnostic('trustedadvisor-api-gap', policy(deny('["trustedadvisor:RefreshCheck", "SUPPORT:refreshtrustedadvisorcheck"]')));
		assertNoDiagnostic('trustedadvisor-api-gap', policy(deny('["TrustedAdvisor:RefreshCheck", "sup?ort:RefreshTrustedAdvisorCheck"]')));
		assertDiagnostic('trustedadvisor-api-gap', policy(deny('[|"TrustedAdvisor:RefreshCheck", "s3:RefreshTrustedAdvisorCheck"]')));
		assertDiagnostic('trustedadvisor-api-gap', policy(deny('|"t*:RefreshCheck"')));
	});

	test('removed-action says when AWS removed it', () => {
		assert.match(assertDiagnostic('removed-action', allow('|"supportrecommendations:StartSupportTroubleshooting"')).message, /2025/);
	});

	test('unknown-action offers the nearest names', () => {
		const diagnostic = assertDiagnostic('unknown-action', allow('|"support:DescribeCase"'));
		assert.deepEqual((diagnostic.data as { replacements: string[] }).replacements[0], 'support:DescribeCases');
	});

	test('policy-too-large counts characters without white space against the chosen quota', () => {
		const actions = Array.from({ length: 120 }, (_, i) => `"support:DescribeCases${i}"`).join(',\n    ');
		const content = `{"Version": "2012-10-17", |"Statement": [{"Effect": "Allow", "Action": [${actions}], "Resource": "*"}]}`;
		assertDiagnostic('policy-too-large', content, { policySizeQuota: 'userInline' });
		assertNoDiagnostic('policy-too-large', content.replace('|', ''), { policySizeQuota: 'roleInline' });
		assertNoDiagnostic('policy-too-large', content.replace('|', ''));
		const size = content.replace('|', '').replace(/\s+/g, '').length;
		assert.ok(size > 2048 && size < 5120, `size ${size}`);
	});

	test('the diagnostics of a clean Support policy are none at all', () => {
		const clean = policy(
			'{"Sid": "SupportAccess", "Effect": "Allow", "Action": ["support:*", "support-console:*"], "Resource": "*"}',
			'{"Sid": "NoResolve", "Effect": "Deny", "Action": "support:ResolveCase", "Resource": "*"}',
			'{"Sid": "Checks", "Effect": "Allow", "Action": "trustedadvisor:RefreshCheck", "Resource": "arn:aws:trustedadvisor:*:123456789012:checks/*", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}',
		);
		assert.deepEqual(validate(clean).diagnostics, []);
	});
});

describe('incomplete ARNs (#14)', () => {
	const cloudfront = (resource: string) => allow('["cloudfront:GetDistribution", "cloudfront:ListDistributions"]', resource);

	test('invalid-arn: a trailing "*" matches past the colons, so arn:aws:cloudfront:* is valid', () => {
		// AWS's troubleshooting page ("A resource is defined without an applicable action") writes it in its corrected policy.
		const { diagnostics } = validate(cloudfront('["arn:aws:cloudfront:*", "arn:aws:s3:::amzn-s3-demo-bucket"]'));
		assert.deepEqual(
			diagnostics.filter((diagnostic) => diagnostic.code === 'invalid-arn'),
			[],
		);
		assertNoDiagnostic('invalid-arn', cloudfront('"arn:aws:cloudfront:*"'), { policyKind: 'boundary' });
		assertNoDiagnostic('invalid-arn', cloudfront('"arn:aws:cloudfront::123456789012:*"'), { policyKind: 'scp' });
	});

	test('invalid-arn: a session policy rejects incomplete ARNs, and the fix writes the six parts', () => {
		const diagnostic = assertDiagnostic('invalid-arn', cloudfront('|"arn:aws:cloudfront:*"'), { policyKind: 'session' });
		assert.equal(diagnostic.severity, DiagnosticSeverity.Error);
		assert.match(diagnostic.message, /session policy does not support incomplete ARNs/);
		assert.deepEqual((diagnostic.data as { replacements: string[] }).replacements, ['arn:aws:cloudfront:*:*:*']);
		assertNoDiagnostic('invalid-arn', cloudfront('"arn:aws:cloudfront:*:*:*"'), { policyKind: 'session' });
	});

	test('invalid-arn: a short ARN without a trailing "*" is completed in an identity policy, and said so in a warning', () => {
		const diagnostic = assertDiagnostic('invalid-arn', allow('"s3:GetObject"', '|"arn:aws:s3::amzn-s3-demo-bucket"'));
		assert.equal(diagnostic.severity, DiagnosticSeverity.Warning);
		assert.match(diagnostic.message, /completes it as arn:aws:s3::amzn-s3-demo-bucket:\*/);
		assert.match(
			assertDiagnostic('invalid-arn', allow('"sqs:SendMessage"', '|"arn:aws:sqs"'), { policyKind: 'scp' }).message,
			/only in identity-based policies, and a service control policy \(SCP\) may reject it/,
		);
	});

	test('invalid-arn: a wildcard in the service segment stays an error, however short the ARN', () => {
		for (const arn of ['arn:aws:*', 'arn:aws:s3*', 'arn:aws:*:us-east-1:*']) {
			assert.equal(assertDiagnostic('invalid-arn', allow('"s3:GetObject"', `|"${arn}"`)).severity, DiagnosticSeverity.Error, arn);
		}
		assert.equal(assertDiagnostic('invalid-arn', allow('"s3:GetObject"', '|"arn:aws"')).severity, DiagnosticSeverity.Error);
	});

	test('resource-never-matches and resource-mismatch read an incomplete ARN as IAM completes it', () => {
		assertDiagnostic('resource-never-matches', allow('"support:DescribeCases"', '|"arn:aws:cloudfront:*"'));
		assertNoDiagnostic('resource-mismatch', allow('"trustedadvisor:RefreshCheck"', '"arn:aws:trustedadvisor:*"'));
	});
});

describe('resource-never-matches on wildcards that mix scoped and resource-less actions (#14)', () => {
	const checks = '"arn:aws:trustedadvisor:*:123456789012:checks/*"';

	test('reports the actions of trustedadvisor:Describe* that only match "*", naming Trusted Advisor', () => {
		const diagnostic = assertDiagnostic('resource-never-matches', allow('"trustedadvisor:Describe*"', `|${checks}`));
		assert.equal(diagnostic.severity, DiagnosticSeverity.Warning);
		assert.match(
			diagnostic.message,
			/^This ARN grants nothing for trustedadvisor:DescribeAccount, .*, which trustedadvisor:Describe\* also matches: they have no resource types/,
		);
		assert.match(diagnostic.message, /trustedadvisor:DescribeAccount/);
		assert.doesNotMatch(diagnostic.message, /DescribeCheckItems|AWS Support/);
		assert.match(diagnostic.message, /AWS Trusted Advisor has resource types for other actions only/);
		const names = (diagnostic.data as { addStatementActions: string[] }).addStatementActions;
		assert.ok(names.includes('trustedadvisor:DescribeAccount') && !names.includes('trustedadvisor:DescribeCheckItems'), names.join());
	});

	test('a Deny on such a wildcard does not apply to them, a warning: it applies to the check actions', () => {
		const diagnostic = assertDiagnostic('resource-never-matches', policy(deny('"trustedadvisor:Describe*"', `|${checks}`)));
		assert.equal(diagnostic.severity, DiagnosticSeverity.Warning);
		assert.match(
			diagnostic.message,
			/^This Deny does not apply to trustedadvisor:DescribeAccount, .*, which trustedadvisor:Describe\* also matches/,
		);
	});

	test('the message names the service of the actions: Trusted Advisor, not AWS Support', () => {
		const ta = assertDiagnostic(
			'resource-never-matches',
			allow('"trustedadvisor:ListRecommendations"', '|"arn:aws:trustedadvisor:*:123456789012:checks/*"'),
		);
		assert.match(ta.message, /\(AWS Trusted Advisor has resource types for other actions only\)\.$/);
		assert.doesNotMatch(ta.message, /AWS Support/);
		const both = assertDiagnostic(
			'resource-never-matches',
			allow('["support:DescribeCases", "trustedadvisor:ListRecommendations"]', '|"arn:aws:support::123456789012:case/1"'),
		);
		assert.match(
			both.message,
			/AWS Support has no resource-level permissions, and AWS Trusted Advisor has resource types for other actions only/,
		);
	});
});

describe('allow-notresource (#14)', () => {
	const statement = (action: string, notResource = '"arn:aws:s3:::hr-bucket/*"') =>
		policy(`{"Effect": "Allow", ${action}, |"NotResource": ${notResource}}`);

	test('a warning, stronger with "Action": "*" or NotAction', () => {
		const plain = assertDiagnostic('allow-notresource', statement('"Action": "s3:GetObject"'));
		assert.equal(plain.severity, DiagnosticSeverity.Warning);
		assert.match(plain.message, /allows these actions on every resource but those listed/);
		assert.match(
			assertDiagnostic('allow-notresource', statement('"Action": "*"')).message,
			/every action of every AWS service.*very dangerous/,
		);
		assert.match(
			assertDiagnostic('allow-notresource', statement('"NotAction": "iam:*"')).message,
			/"NotAction" and "NotResource" allows every other action/,
		);
	});

	test('support actions have no resource types, so NotResource excludes nothing for them', () => {
		const diagnostic = assertDiagnostic(
			'allow-notresource',
			statement('"Action": ["support:*", "s3:GetObject"]', '"arn:aws:support::123456789012:case/1"'),
		);
		assert.match(
			diagnostic.message,
			/support:\* has no resource types: a request for it names "\*", which no ARN in "NotResource" excludes/,
		);
	});

	test('not with Deny, and not when NotResource lists "*" (the statement then allows nothing)', () => {
		assertNoDiagnostic('allow-notresource', policy('{"Effect": "Deny", "Action": "support:*", "NotResource": "arn:aws:s3:::b"}'));
		assertNoDiagnostic('allow-notresource', policy('{"Effect": "Allow", "Action": "support:*", "NotResource": "*"}'));
	});
});

describe('service names, removed actions and retired prefixes (#14)', () => {
	test('a prefix that several services share is named as the prefix, not as one of its services', () => {
		const marketplace = assertDiagnostic('unknown-action', allow('|"aws-marketplace:CreatePrivateMarketplace"'));
		assert.match(marketplace.message, /^aws-marketplace \(several AWS Marketplace services\) has no action "CreatePrivateMarketplace"/);
		assert.doesNotMatch(marketplace.message, /AWS Marketplace Catalog/);
		assert.match(
			assertDiagnostic('unknown-action', allow('|"lex:RecognizeTextt"')).message,
			/^lex \(Amazon Lex and Amazon Lex V2\) has no action/,
		);
		assert.match(
			assertDiagnostic('wildcard-matches-nothing', allow('|"ses:Zz*"')).message,
			/matches no action of ses \(several Amazon SES and Amazon Pinpoint Email services\), [\d,]+ actions in all:/,
		);
		assert.match(assertDiagnostic('unknown-action', allow('|"s3:GetObjectt"')).message, /^Amazon S3 has no action/);
	});

	test('removed-action: the Q Apps actions AWS deprecated on 2025-05-22, with what replaces them', () => {
		for (const name of ['ImportDocumentToQApp', 'ImportDocumentToQAppSession', 'CreatePresignedUrl']) {
			const diagnostic = assertDiagnostic('removed-action', allow(`|"qapps:${name}"`));
			assert.match(diagnostic.message, /deprecated by AWS on 2025-05-22; use qapps:ImportDocument/);
		}
		assertNoDiagnostic('unknown-action', allow('"qapps:ImportDocumentToQApp"'));
		assertNoDiagnostic('removed-action', allow('"qapps:ImportDocument"'));
	});

	test('a prefix that AWS\'s managed policies name but the reference no longer lists gets no "did you mean"', () => {
		for (const [prefix, policyName] of [
			['iotroborunner', 'AWSIotRoboRunnerFullAccess'],
			['datazonecontrol', 'AmazonDataZonePortalFullAccessPolicy'],
			['ec2-reports', 'AmazonEC2ReportsAccess'],
			['sagemaker-groundtruth-synthetic', 'GroundTruthSyntheticConsoleFullAccess'],
		]) {
			const diagnostic = assertDiagnostic('unknown-service', allow(`|"${prefix}:List*"`));
			assert.doesNotMatch(diagnostic.message, /did you mean/, prefix);
			assert.match(
				diagnostic.message,
				new RegExp(`managed policy ${policyName} names but the Service Authorization Reference no longer lists`),
			);
			assert.equal(diagnostic.data, undefined, prefix);
		}
		assert.match(assertDiagnostic('unknown-service', allow('|"suport:Describe*"')).message, /did you mean "support"/);
	});
});

// What Support-family grants and denials do beyond their own action (#14): diagnostics/supportAccess.ts.
const scp: LanguageSettings = { policyKind: 'scp' };
const regionDeny = (notAction: string) =>
	policy(
		`{"Effect": "Deny", |"NotAction": ${notAction}, "Resource": "*", "Condition": {"StringNotEquals": {"aws:RequestedRegion": ["eu-west-1"]}}}`,
	);
const toSupport = (action: string) =>
	policy(`{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:role/Support"}, "Action": ${action}, "Resource": "*"}`);

/** [rule, a document that triggers it at `|`, a near miss that must not, the settings of both]. */
const supportAccessCases: [string, string, string, LanguageSettings?][] = [
	[
		'attachment-action-pair',
		allow('["support:CreateCase", |"support:UploadAttachment"]'),
		allow('["support:CreateCase", "support:UploadAttachment", "support:AddAttachmentsToSet"]'),
	],
	['support-permit-grant', allow('|"supportauthz:*"'), allow('["supportauthz:GetSupportPermit", "supportauthz:ListSupportPermits"]')],
	[
		'support-agreement-grant',
		allow('|"supportplans:AcceptSupportAgreement"'),
		allow('["supportplans:GetSupportAgreement", "supportplans:ListSupportAgreements"]'),
	],
	['support-in-resource-policy', toSupport('|"support:*"'), toSupport('"s3:GetObject"')],
	[
		'support-center-denied',
		regionDeny('["iam:*", "organizations:*"]'),
		regionDeny('["iam:*", "support:*", "support-console:*"]').replace('|', ''),
		scp,
	],
	[
		'grants-forbidden-action',
		allow('|"support:*"'),
		allow('"support:Describe*"'),
		{ guardrails: { mustNotGrant: ['support:ResolveCase'] } },
	],
	[
		'missing-required-condition',
		allow('|"support:*"'),
		allow('"support-console:*"'),
		{ guardrails: { requireConditions: { 'support:*': ['aws:MultiFactorAuthPresent'] } } },
	],
];

describe('what Support-family grants and denials do', () => {
	for (const [code, trigger, nearMiss, settings] of supportAccessCases) {
		test(`${code}: reported where it applies`, () => {
			assertDiagnostic(code, trigger, settings);
		});
		test(`${code}: not reported on the near miss`, () => assertNoDiagnostic(code, nearMiss, settings));
	}

	test('attachment-action-pair: a lone UploadAttachment or DownloadAttachment grants nothing (warning)', () => {
		const upload = assertDiagnostic('attachment-action-pair', allow('|"support:UploadAttachment"'));
		assert.equal(upload.severity, DiagnosticSeverity.Warning);
		assert.match(upload.message, /support:UploadAttachment authorizes nothing without support:AddAttachmentsToSet/);
		assert.match(upload.message, /GetAttachmentUploadLinks, CompleteAttachmentUpload, DescribeAttachmentUploadStatus/);
		assert.deepEqual(upload.data, { addActions: ['support:AddAttachmentsToSet'] });
		const download = assertDiagnostic('attachment-action-pair', allow('|"support:DownloadAttachment"'));
		assert.match(download.message, /without support:DescribeAttachment: the AWS Support API operations GetAttachmentDownloadLink/);
	});

	test('attachment-action-pair: a lone AddAttachmentsToSet or DescribeAttachment still works for its own operation (information)', () => {
		const add = assertDiagnostic('attachment-action-pair', allow('["support:CreateCase", |"support:AddAttachmentsToSet"]'));
		assert.equal(add.severity, DiagnosticSeverity.Information);
		assert.match(add.message, /also require support:UploadAttachment/);
		// Through a wildcard: support:Describe* grants DescribeAttachment and not DownloadAttachment.
		const describe = assertDiagnostic('attachment-action-pair', allow('|"support:Describe*"'));
		assert.match(describe.message, /^support:DescribeAttachment alone/);
	});

	test('attachment-action-pair: the pair may be split across statements, and "*" grants both', () => {
		const split = policy(
			'{"Effect": "Allow", "Action": "support:UploadAttachment", "Resource": "*"}',
			'{"Effect": "Allow", "Action": "support:AddAttachmentsToSet", "Resource": "*"}',
		);
		assertNoDiagnostic('attachment-action-pair', split);
		assertNoDiagnostic('attachment-action-pair', allow('["*", "support:UploadAttachment"]'));
		assertNoDiagnostic('attachment-action-pair', allow('["support:*", "support-console:*"]'));
		assertNoDiagnostic('attachment-action-pair', policy('{"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}'));
		// An Allow with NotAction grants the other action of the pair.
		assertNoDiagnostic(
			'attachment-action-pair',
			policy(
				'{"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}',
				'{"Effect": "Allow", "Action": "support:UploadAttachment", "Resource": "*"}',
			),
		);
		assertDiagnostic(
			'attachment-action-pair',
			policy(
				'{"Effect": "Allow", "NotAction": ["iam:*", "support:Add*"], "Resource": "*"}',
				'{"Effect": "Allow", "Action": |"support:UploadAttachment", "Resource": "*"}',
			),
		);
		// A Deny takes nothing away from what the Allows grant together: no finding.
		assertNoDiagnostic(
			'attachment-action-pair',
			policy(
				'{"Effect": "Allow", "Action": "support:*", "Resource": "*"}',
				'{"Effect": "Deny", "Action": "support:AddAttachmentsToSet", "Resource": "*"}',
			),
		);
		assertNoDiagnostic('attachment-action-pair', toSupport('"support:UploadAttachment"'));
	});

	test('support-permit-grant: by name or wildcard, never through "*", and only where an Allow grants', () => {
		const named = assertDiagnostic('support-permit-grant', allow('|"supportauthz:CreateSupportPermit"'));
		assert.equal(named.severity, DiagnosticSeverity.Information);
		assert.match(named.message, /AWS Support operators/);
		assert.match(named.message, /outside the resources' Region/);
		// Prefixes ignore case, and a wildcard may stand in the prefix.
		assertDiagnostic('support-permit-grant', allow('|"SupportAuthz:createsupportpermit"'));
		assertDiagnostic('support-permit-grant', allow('|"supportauth?:Create*"'));
		assertDiagnostic('attachment-action-pair', allow('|"SUPPORT:UploadAttachment"'));
		assertNoDiagnostic('support-permit-grant', allow('"*"'));
		assertNoDiagnostic('support-permit-grant', allow('"*:*"'));
		assertNoDiagnostic('support-permit-grant', allow('"supportauthz:RegisterKey"'));
		assertNoDiagnostic('support-permit-grant', policy('{"Effect": "Deny", "Action": "supportauthz:*", "Resource": "*"}'));
		assertNoDiagnostic('support-permit-grant', allow('"supportauthz:*"'), scp);
	});

	test('support-agreement-grant: names the agreement actions an entry grants, not the reading ones', () => {
		const all = assertDiagnostic('support-agreement-grant', allow('|"supportplans:*"'));
		assert.match(
			all.message,
			/supportplans:AcceptSupportAgreement, supportplans:CancelSupportAgreement, supportplans:CreateSupportAgreement, supportplans:RejectSupportAgreement, supportplans:UpdateSupportAgreement:/,
		);
		assertNoDiagnostic('support-agreement-grant', allow('["supportplans:Get*", "supportplans:List*"]'));
		// One finding per statement, on its first such entry.
		const statement = '[|"supportplans:UpdateSupportAgreement", "supportplans:GetSupportPlan", "supportplans:AcceptSupportAgreement"]';
		const first = assertDiagnostic('support-agreement-grant', allow(statement));
		assert.match(first.message, /^This statement allows supportplans:AcceptSupportAgreement, supportplans:UpdateSupportAgreement:/);
		assert.equal(validate(allow(statement.replace('|', ''))).diagnostics.filter((d) => d.code === 'support-agreement-grant').length, 1);
	});

	test('support-in-resource-policy: resource-based and VPC endpoint policies, never an RCP', () => {
		const inferred = assertDiagnostic('support-in-resource-policy', toSupport('|"support:*"'));
		assert.match(inferred.message, /AWS Support has no resource-based policies/);
		assert.match(inferred.message, /as its statements suggest/);
		assertDiagnostic('support-in-resource-policy', toSupport('|"trustedadvisor:Describe*"'));
		// AWS lists AWS Support among the services RCPs apply to.
		const rcp = policy('{"Effect": "Deny", "Principal": "*", "Action": "support:*", "Resource": "*"}');
		assertNoDiagnostic('support-in-resource-policy', rcp, { policyKind: 'rcp' });
		// AWS Support has no VPC endpoint; Trusted Advisor has one.
		const endpoint = policy('{"Effect": "Allow", "Principal": "*", "Action": [|"support:*", "trustedadvisor:*"], "Resource": "*"}');
		const found = assertDiagnostic('support-in-resource-policy', endpoint, { policyKind: 'vpcEndpoint' });
		assert.match(found.message, /AWS Support has no VPC endpoint/);
		assert.equal(
			validate(endpoint.replace('|', ''), { policyKind: 'vpcEndpoint' }).diagnostics.filter(
				(d) => d.code === 'support-in-resource-policy',
			).length,
			1,
		);
		// Not in an identity policy, where support: actions belong.
		assertNoDiagnostic('support-in-resource-policy', allow('"support:*"'));
	});

	test('support-center-denied: what an SCP or a boundary takes away, and from when the console needs support-console:', () => {
		const denyAll = assertDiagnostic('support-center-denied', policy('{"Effect": "Deny", "Action": |"support:*", "Resource": "*"}'), {
			policyKind: 'boundary',
		});
		assert.match(
			denyAll.message,
			/This Deny in a permissions boundary covers every support: action that the Support Center console calls/,
		);
		assert.match(denyAll.message, /From 2026-11-16 the console also needs support-console: actions/);
		assert.match(denyAll.message, /Contact Us/);
		const some = assertDiagnostic(
			'support-center-denied',
			policy('{"Effect": "Deny", "Action": |"support:CreateCase", "Resource": "*"}'),
			scp,
		);
		assert.match(some.message, /covers support:CreateCase, which the Support Center console calls/);
		const consoleOnly = assertDiagnostic(
			'support-center-denied',
			policy('{"Effect": "Deny", "Action": |"support-console:*", "Resource": "*"}'),
			scp,
		);
		assert.match(consoleOnly.message, /covers every support-console: action: from 2026-11-16/);
		const everything = assertDiagnostic('support-center-denied', policy('{"Effect": "Deny", "Action": |"*", "Resource": "*"}'), scp);
		assert.match(everything.message, /It covers support-console: actions too/);
		const region = assertDiagnostic('support-center-denied', regionDeny('["iam:*", "support:*"]'), scp);
		assert.match(region.message, /^This Deny in a service control policy \(SCP\) covers every support-console: action/);
		assert.match(region.message, /This applies when its Condition holds/);
		// A Deny on ARNs never applies to these actions; an identity policy's own Deny is the user's choice.
		assertNoDiagnostic(
			'support-center-denied',
			policy('{"Effect": "Deny", "Action": "support:*", "Resource": "arn:aws:support::123456789012:case/1"}'),
			scp,
		);
		assertNoDiagnostic('support-center-denied', policy('{"Effect": "Deny", "Action": "support:*", "Resource": "*"}'));
		assertNoDiagnostic(
			'support-center-denied',
			policy('{"Effect": "Deny", "Action": "support:DescribeRelatedItems", "Resource": "*"}'),
			scp,
		);
	});
});

describe('trustedadvisor-api-gap where the Service Authorization Reference joins the namespaces', () => {
	test('a Deny on a Trusted Advisor read action says the reference now lists it for the Support API operation too', () => {
		const hedged = assertDiagnostic('trustedadvisor-api-gap', policy(deny('|"trustedadvisor:DescribeCheckItems"')));
		assert.match(hedged.message, /^Denying trustedadvisor:DescribeCheckItems does not deny support:DescribeTrustedAdvisorCheckResult/);
		assert.match(hedged.message, /Service Authorization Reference now also lists trustedadvisor: actions/);
		// Refresh is checked by the support: action alone; and the console checks only trustedadvisor: actions.
		assert.doesNotMatch(
			assertDiagnostic('trustedadvisor-api-gap', policy(deny('|"trustedadvisor:RefreshCheck"'))).message,
			/Service Authorization Reference/,
		);
		assert.doesNotMatch(
			assertDiagnostic('trustedadvisor-api-gap', policy(deny('|"support:DescribeTrustedAdvisorCheckResult"'))).message,
			/Service Authorization Reference/,
		);
	});
});
