// npm run lint: typescript-eslint's recommended rules over the sources, scripts and tests. Formatting is
// Prettier's alone (eslint-config-prettier turns off the rules that would disagree with it).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'node_modules/',
			'dist/',
			'out/',
			'.vscode-test/',
			'.cache/',
			'test-results/',
			'server/src/languageService/data/*.generated.ts',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node } },
		rules: {
			curly: 'error',
			eqeqeq: ['error', 'always', { null: 'ignore' }],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
			// Custom LSP messages are namespaces holding a method and its type, as in VS Code's own servers.
			'@typescript-eslint/no-namespace': 'off',
			'@typescript-eslint/naming-convention': ['error', { selector: 'typeLike', format: ['PascalCase'] }],
		},
	},
	{
		// TypeScript itself reports undefined names, with the types of each tsconfig's environment.
		files: ['**/*.ts'],
		rules: { 'no-undef': 'off' },
	},
	{
		// Functions these scripts pass to the browser (page.evaluate) run in the workbench's page.
		files: ['test/e2e/**/*.mjs'],
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
	},
	prettier,
);
