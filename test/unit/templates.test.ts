/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import {
	bundledTemplateFiles,
	findTemplate,
	policyTemplates,
	templateChoices,
	templateText,
	type PolicyTemplate,
} from '../../shared/templates';
import { allSupportActions, Catalog, isSupportFamily } from '../../server/src/languageService/catalog/catalog';

const catalog = new Catalog();
import { getLanguageService, TextDocument } from '../../server/src/languageService';

const root = path.join(__dirname, '..', '..', '..');
const templatesDir = path.join(root, 'templates');
const fixturesDir = path.join(root, 'test', 'fixtures', 'aws-managed');

interface StatementJson {
	Sid?: string;
	Effect: string;
	Action?: string | string[];
	NotAction?: unknown;
	Resource?: string | string[];
	NotResource?: unknown;
	Condition?: unknown;
}

const statementsOf = (template: PolicyTemplate) => (template.document as { Statement: StatementJson[] }).Statement;
const list = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const fullNames = (pattern: string) =>
	catalog
		.matchActions(pattern)
		.filter((action) => isSupportFamily(action.prefix))
		.map((action) => `${action.prefix}:${action.name}`);
const byAccessLevel = (prefix: string, levels: readonly string[]) =>
	allSupportActions()
		.filter((action) => action.prefix === prefix && levels.includes(action.accessLevel))
		.map((action) => action.fullName);
const notReadOrList = (action: { accessLevel: string }) => action.accessLevel !== 'Read' && action.accessLevel !== 'List';

/**
 * The Support-family actions that a template's Allow statements match, minus those its Deny statements match.
 * This is deliberately not the IAM evaluator: it holds only for templates whose statements all name `"*"` as
 * Resource and use Action (checked below); an Allow with a Condition grants nothing here, since it may not apply.
 */
/** The Support-family actions the template allows, by the policy simulator (every action requested on "*"). */
function effectiveActions(template: PolicyTemplate): Set<string> {
	const service = getLanguageService();
	const document = TextDocument.create(`untitled:${template.file}`, 'json', 1, templateText(template));
	const result = service.simulate(document, { textDocument: { uri: document.uri } }, service.parsePolicyDocument(document));
	return new Set(result.results.filter((entry) => entry.decision === 'allowed').map((entry) => entry.action));
}

/** What each template's name promises, as actions that must and must not be granted. */
const promises: Readonly<Record<string, { must: () => string[]; mustNot: () => string[] }>> = {
	'aws-support-access': {
		must: () => [...fullNames('support:*'), ...fullNames('support-console:*')],
		mustNot: () => [...fullNames('trustedadvisor:*'), ...fullNames('supportplans:*'), ...fullNames('supportapp:*')],
	},
	'support-all-but-resolve-case': {
		must: () => fullNames('support:*').filter((name) => name !== 'support:ResolveCase'),
		mustNot: () => ['support:ResolveCase', ...fullNames('trustedadvisor:*')],
	},
	'support-read-only': {
		must: () => [
			'support:DescribeCases',
			'support:SearchForCases',
			'support:DescribeCommunications',
			'support:DescribeCommunication',
			'support:DescribeAttachment',
		],
		mustNot: () => [
			...allSupportActions()
				.filter(notReadOrList)
				.map((action) => action.fullName),
			...fullNames('support:*TrustedAdvisor*'),
		],
	},
	'support-api-trusted-advisor': {
		must: () => fullNames('support:*TrustedAdvisor*'),
		mustNot: () => [...fullNames('trustedadvisor:*'), ...fullNames('support:*').filter((name) => !/TrustedAdvisor/.test(name))],
	},
	'trusted-advisor-console-read-only': {
		must: () => byAccessLevel('trustedadvisor', ['List', 'Read']),
		mustNot: () => [
			...byAccessLevel('trustedadvisor', ['Write', 'Permissions management', 'Tagging', 'Tagging, Write']),
			...fullNames('support:*'),
		],
	},
	'support-app-slack-full-access': {
		must: () => [
			'support:CreateCase',
			'support:AddCommunicationToCase',
			'support:DescribeCases',
			'support:ResolveCase',
			'support:InitiateChatForCase',
		],
		mustNot: () => [...fullNames('supportapp:*'), ...fullNames('trustedadvisor:*'), ...fullNames('support:*TrustedAdvisor*')],
	},
	'support-app-slack-configuration': {
		must: () => [
			'supportapp:GetSlackOauthParameters',
			'supportapp:RedeemSlackOauthCode',
			'supportapp:CreateSlackChannelConfiguration',
			'supportapp:UpdateSlackChannelConfiguration',
			'supportapp:DeleteSlackChannelConfiguration',
		],
		mustNot: () => [...fullNames('support:*'), ...fullNames('support-console:*'), ...fullNames('trustedadvisor:*')],
	},
	'support-app-slack-read-only': {
		must: () => ['support:DescribeCases', 'support:DescribeCommunications'],
		mustNot: () =>
			allSupportActions()
				.filter(notReadOrList)
				.map((action) => action.fullName),
	},
	'support-plans-read-only': {
		must: () => ['supportplans:GetSupportPlan', 'supportplans:GetSupportPlanUpdateStatus', 'supportplans:ListSupportPlanModifiers'],
		mustNot: () =>
			allSupportActions()
				.filter(notReadOrList)
				.map((action) => action.fullName),
	},
};

test('the manifest and the bundled documents name the same template files, and so does templates/', () => {
	const onDisk = readdirSync(templatesDir)
		.filter((file) => file.endsWith('.json') && file !== 'index.json')
		.sort();
	assert.deepEqual(policyTemplates.map((template) => template.file).sort(), onDisk);
	assert.deepEqual([...bundledTemplateFiles].sort(), onDisk);
	assert.equal(new Set(policyTemplates.map((template) => template.id)).size, policyTemplates.length, 'template ids are unique');
});

test('every template has a promise in this test', () => {
	assert.deepEqual(policyTemplates.map((template) => template.id).sort(), Object.keys(promises).sort());
});

for (const template of policyTemplates) {
	test(`${template.id}: the file is the document the command opens, in the project's layout`, () => {
		const text = readFileSync(path.join(templatesDir, template.file), 'utf8');
		assert.deepEqual(JSON.parse(text), template.document);
		assert.equal(text, templateText(template));
	});

	test(`${template.id}: parses as exactly one policy with its statements`, () => {
		const service = getLanguageService();
		const document = TextDocument.create(`untitled:${template.file}`, 'json', 1, templateText(template));
		const parsed = service.parsePolicyDocument(document);
		assert.deepEqual(parsed.syntaxErrors, []);
		assert.equal(parsed.policies.length, 1);
		assert.equal(parsed.policies[0].isDocumentRoot, true);
		assert.equal(parsed.policies[0].statements.length, statementsOf(template).length);
	});

	test(`${template.id}: Version 2012-10-17, valid Sids, Action and "Resource": "*" only`, () => {
		assert.equal((template.document as { Version: string }).Version, '2012-10-17');
		const sids = statementsOf(template)
			.map((statement) => statement.Sid)
			.filter((sid): sid is string => sid !== undefined);
		sids.forEach((sid) => assert.match(sid, /^[A-Za-z0-9]+$/));
		assert.equal(new Set(sids).size, sids.length, 'Sids are unique');
		for (const statement of statementsOf(template)) {
			assert.ok(statement.Effect === 'Allow' || statement.Effect === 'Deny');
			assert.equal(statement.NotAction, undefined);
			assert.equal(statement.NotResource, undefined);
			assert.ok(list(statement.Action).length > 0);
			// The Support family has no resource types but Trusted Advisor checks; "*" is what every action accepts.
			assert.deepEqual(list(statement.Resource), ['*']);
		}
	});

	test(`${template.id}: every action is a real action in AWS's case, every wildcard matches one`, () => {
		for (const action of statementsOf(template).flatMap((statement) => list(statement.Action))) {
			const [prefix, name] = action.split(':');
			if (/[*?]/.test(action)) {
				assert.ok(catalog.matchActions(action).length > 0, `${action} matches no action`);
			} else {
				assert.equal(catalog.canonicalActionName(prefix, name ?? ''), name, `${action} is not an action of the catalog`);
			}
		}
	});

	test(`${template.id}: grants what its name promises`, () => {
		const granted = effectiveActions(template);
		const promise = promises[template.id];
		const must = promise.must();
		const mustNot = promise.mustNot();
		assert.ok(must.length > 0 && mustNot.length > 0, 'the promise names actions');
		assert.deepEqual(
			must.filter((name) => !granted.has(name)),
			[],
			'actions the template should grant',
		);
		assert.deepEqual(
			mustNot.filter((name) => granted.has(name)),
			[],
			'actions the template must not grant',
		);
	});

	if (template.managedPolicy) {
		test(`${template.id}: is ${template.managedPolicy} as AWS publishes it`, () => {
			const published = JSON.parse(readFileSync(path.join(fixturesDir, `${template.managedPolicy}.json`), 'utf8'));
			assert.deepEqual(template.document, published);
		});
	}
}

test('the picker shows every template in the UI language', () => {
	for (const [locale, language] of [
		['ja', 'ja'],
		['ja-JP', 'ja'],
		['en', 'en'],
		['de', 'en'],
	] as const) {
		const choices = templateChoices(locale);
		assert.deepEqual(
			choices.map((choice) => choice.id),
			policyTemplates.map((template) => template.id),
		);
		choices.forEach((choice) => assert.equal(choice.label, findTemplate(choice.id)?.label[language]));
	}
	const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
	for (const template of policyTemplates) {
		assert.match(template.label.ja + template.description.ja, japanese, `${template.id} has no Japanese text`);
		assert.doesNotMatch(template.label.en + template.description.en, japanese, `${template.id} has Japanese in its English text`);
	}
});
