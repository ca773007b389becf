/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// `iam-support check` and `simulate` on templates, through the bundled command (`npm run build` first).

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';

const repo = path.resolve(__dirname, '../../..');
const cli = path.join(repo, 'dist/cli.js');

function run(args: string[], cwd = repo) {
	const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function folder(files: Record<string, string>): string {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-support-formats-'));
	for (const [name, text] of Object.entries(files)) {
		fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
		fs.writeFileSync(path.join(root, name), text);
	}
	return root;
}

const terraform = `resource "aws_iam_role_policy" "cases" {
  role = aws_iam_role.ops.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Alow"
      Action   = ["support:CreateCase"]
      Resource = "*"
    }]
  })
}
`;

describe('iam-support check on templates', () => {
	test('a folder: templates are found by content, every other YAML file is left alone', () => {
		const root = folder({
			'stacks/support.yaml': fs.readFileSync(path.join(repo, 'test/fixtures/templates/serverless.yml'), 'utf8'),
			'k8s/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: [broken\n',
			'infra/main.tf': terraform,
			'infra/variables.tf': 'variable "region" {\n  type = string\n}\n',
		});
		const result = run(['check', '--format', 'json', '.'], root);
		assert.equal(result.code, 1, result.stderr);
		const files = JSON.parse(result.stdout) as { file: string; diagnostics: { code: string; range: { start: { line: number } } }[] }[];
		const found = files
			.filter((file) => file.diagnostics.length)
			.map((file) => [file.file, file.diagnostics.map((diagnostic) => `${diagnostic.range.start.line + 1} ${diagnostic.code}`)]);
		assert.deepEqual(found, [
			[path.join('infra', 'main.tf'), ['6 invalid-effect']],
			[path.join('stacks', 'support.yaml'), ['13 invalid-effect', '22 resource-never-matches']],
		]);
		assert.doesNotMatch(result.stdout + result.stderr, /deployment\.yaml.*(error|warning)/);
	});

	test('SARIF points into the template', () => {
		const root = folder({ 'main.tf': terraform });
		const result = run(['check', '--format', 'sarif', 'main.tf'], root);
		const sarif = JSON.parse(result.stdout) as {
			runs: {
				results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }[];
			}[];
		};
		const region = sarif.runs[0].results.find((entry) => entry.ruleId === 'invalid-effect')!.locations[0].physicalLocation.region;
		assert.deepEqual([region.startLine, region.startColumn], [6, 18]);
	});

	test('a template named on the command line that holds no policy says so', () => {
		const root = folder({ 'ci.yml': 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n' });
		const result = run(['check', 'ci.yml'], root);
		assert.equal(result.code, 1);
		assert.match(result.stdout, /missing-statement/);
	});
});

describe('iam-support simulate --policy', () => {
	const template = path.join(repo, 'test/fixtures/templates/support-roles.yaml');

	test('one policy of a template, by its name; results name the statement by the policy too', () => {
		const result = run(['simulate', template, '--policy', 'ReadOnlyPolicy', '--action', 'support:DescribeCases', '--format', 'json']);
		assert.equal(result.code, 0, result.stderr);
		const json = JSON.parse(result.stdout) as { policy: string; results: { decision: string }[] };
		assert.equal(json.policy, 'ReadOnlyPolicy');
		// Its only statement allows support:DescribeCasez, which is no action: nothing is allowed.
		assert.equal(json.results[0].decision, 'implicitDeny');
		const allowed = run(['simulate', template, '--policy', 'SupportRole (SupportCases)', '--action', 'trustedadvisor:DescribeChecks']);
		assert.match(
			allowed.stdout,
			/^allowed\s+trustedadvisor:DescribeChecks .*support-roles\.yaml · SupportRole \(SupportCases\) statement 2/m,
		);
	});

	test('a resource with several policies, or a name that is none, lists the names', () => {
		const several = run(['simulate', template, '--policy', 'SupportRole']);
		assert.equal(several.code, 2);
		assert.match(
			several.stderr,
			/SupportRole holds several policies: name one of SupportRole \(AssumeRolePolicyDocument\), SupportRole \(SupportCases\)/,
		);
		const unknown = run(['simulate', template, '--policy', 'ReadOnlyPolcy']);
		assert.equal(unknown.code, 2);
		assert.match(unknown.stderr, /no policy named ReadOnlyPolcy: .*did you mean ReadOnlyPolicy/);
	});

	test('a Terraform policy by its resource address', () => {
		const root = folder({ 'main.tf': terraform.replace('"Alow"', '"Allow"') });
		const result = run(['simulate', 'main.tf', '--policy', 'aws_iam_role_policy.cases', '--action', 'support:CreateCase'], root);
		assert.equal(result.code, 0, result.stderr);
		assert.match(result.stdout, /^allowed\s+support:CreateCase/m);
	});
});
