/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Tokenizes policy lines with the JSON grammar VS Code uses and our injection, as the editor does.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';

const root = path.join(__dirname, '..', '..', '..');
const injectionPath = path.join(root, 'syntaxes', 'iam-policy.injection.tmLanguage.json');
const injectionScope = 'source.iam-policy.injection';

async function loadGrammar(scopeName: 'source.json' | 'source.json.comments'): Promise<IGrammar> {
	const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
	await oniguruma.loadWASM(wasm).catch(() => undefined);
	const registry = new Registry({
		onigLib: Promise.resolve({
			createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
			createOnigString: (text) => new oniguruma.OnigString(text),
		}),
		loadGrammar: async (scope) => {
			const file =
				scope === injectionScope
					? injectionPath
					: require.resolve(`tm-grammars/grammars/${scope === 'source.json' ? 'json' : 'jsonc'}.json`);
			return parseRawGrammar(readFileSync(file, 'utf8'), file);
		},
		getInjections: (scope) => (scope === 'source.json' || scope === 'source.json.comments' ? [injectionScope] : undefined),
	});
	const grammar = await registry.loadGrammar(scopeName);
	assert.ok(grammar);
	return grammar;
}

/** The scopes of each token of one line, keyed by the token's text. */
function scopesOf(grammar: IGrammar, line: string): Map<string, string[]> {
	const { tokens } = grammar.tokenizeLine(line, INITIAL);
	return new Map(tokens.map((token) => [line.slice(token.startIndex, token.endIndex), token.scopes]));
}

function assertScope(scopes: Map<string, string[]>, text: string, scope: string) {
	const found = scopes.get(text);
	assert.ok(found?.includes(scope), `"${text}" has ${scope}; it has ${JSON.stringify(found)}`);
}

for (const language of ['source.json', 'source.json.comments'] as const) {
	describe(`injection grammar in ${language}`, () => {
		let grammar: IGrammar;
		before(async () => {
			grammar = await loadGrammar(language);
		});

		test('an action: prefix and name', () => {
			const scopes = scopesOf(grammar, '"Action": ["support:DescribeCases", "trustedadvisor:Describe*"]');
			assertScope(scopes, 'support', 'entity.name.namespace.service.iam-policy');
			assertScope(scopes, 'DescribeCases', 'entity.name.function.action.iam-policy');
			assertScope(scopes, 'Describe*', 'entity.name.function.action.iam-policy');
		});

		test('Effect values', () => {
			assertScope(scopesOf(grammar, '"Effect": "Deny",'), 'Deny', 'keyword.control.effect.iam-policy');
			assertScope(scopesOf(grammar, '"Effect":"Allow",'), 'Allow', 'keyword.control.effect.iam-policy');
			const elsewhere = scopesOf(grammar, '"Sid": "Allow",');
			assert.ok(!elsewhere.get('Allow')?.includes('keyword.control.effect.iam-policy'), 'Allow as a Sid is not an Effect');
		});

		test('an ARN and its parts', () => {
			const scopes = scopesOf(grammar, '"Resource": "arn:aws:trustedadvisor:*:111122223333:checks/cost/Qch7DwouX1"');
			assertScope(scopes, 'trustedadvisor', 'entity.name.namespace.service.iam-policy');
			assertScope(scopes, '111122223333', 'constant.numeric.account.iam-policy');
			assertScope(scopes, 'checks/cost/Qch7DwouX1', 'variable.other.resource.iam-policy');
		});

		test('condition operators', () => {
			const scopes = scopesOf(grammar, '"ForAllValues:StringLikeIfExists": {');
			assertScope(scopes, 'ForAllValues', 'storage.modifier.set-qualifier.iam-policy');
			assertScope(scopes, 'StringLike', 'keyword.operator.condition.iam-policy');
			assertScope(scopes, 'IfExists', 'storage.modifier.if-exists.iam-policy');
			assertScope(
				scopesOf(grammar, '"Bool": {"aws:MultiFactorAuthPresent": "true"}'),
				'Bool',
				'keyword.operator.condition.iam-policy',
			);
		});

		test('ordinary JSON keeps its own scopes', () => {
			const scopes = scopesOf(grammar, '"name": "my-package"');
			assert.deepEqual(
				scopes.get('my-package')?.filter((scope) => scope.endsWith('.iam-policy')),
				[],
			);
		});
	});
}
