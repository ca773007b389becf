#!/usr/bin/env node
// Writes what the rules table (server/src/languageService/diagnostics/rules.ts) decides everywhere else,
// so that adding a rule is its entry, its validator, its fix, its docs section and its test:
// - the `iamSupport.rules` setting's properties in package.json, one per rule with its default;
// - their descriptions in package.nls.json and package.nls.ja.json (the Japanese from l10n/bundle.l10n.ja.json);
// - the index tables at the top of docs/rules.md and docs/rules.ja.md.
//   node scripts/generate-rules.mjs          write them
//   node scripts/generate-rules.mjs --check  exit 1 when a committed file differs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (file) => readFileSync(join(root, file), 'utf8');

/** The rules table, compiled from its TypeScript source as the product's bundles compile it. */
function loadRules() {
	const { outputFiles } = buildSync({
		entryPoints: [join(root, 'server/src/languageService/diagnostics/rules.ts')],
		bundle: true,
		platform: 'node',
		format: 'cjs',
		write: false,
		logLevel: 'silent',
	});
	const module = { exports: {} };
	new Function('module', 'exports', 'require', outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
	return module.exports.rules;
}

const rules = loadRules();
const japanese = JSON.parse(read('l10n/bundle.l10n.ja.json'));
const repository = 'https://github.com/iam-support/iam-support-policies/blob/main';
const severities = ['off', 'hint', 'information', 'warning', 'error'];
const groupsJa = { structure: '構造', actions: 'アクション', resources: 'リソース', conditions: '条件', support: 'Support 固有' };

function japaneseOf(rule) {
	const text = japanese[rule.description];
	if (typeof text !== 'string') {
		throw new Error(`l10n/bundle.l10n.ja.json has no Japanese for the description of ${rule.code}: "${rule.description}"`);
	}
	return text;
}

function manifest() {
	const text = read('package.json');
	const json = JSON.parse(text);
	const setting = json.contributes.configuration.properties['iamSupport.rules'];
	setting.properties = Object.fromEntries(
		rules.map((rule) => [
			rule.code,
			{ type: 'string', enum: severities, default: rule.severity, markdownDescription: `%config.rules.${rule.code}%` },
		]),
	);
	return `${JSON.stringify(json, null, 2)}\n`;
}

/** The manifest's texts with the rules' entries replaced, right after the setting's own description, in table order. */
function manifestTexts(file, describe, docs, linkText) {
	const texts = JSON.parse(read(file));
	const entries = Object.entries(texts).filter(([key]) => !key.startsWith('config.rules.') || key === 'config.rules.description');
	const at = entries.findIndex(([key]) => key === 'config.rules.description') + 1;
	const ruleEntries = rules.map((rule) => [
		`config.rules.${rule.code}`,
		`${describe(rule)} [${linkText}](${repository}/docs/${docs}#${rule.code})`,
	]);
	entries.splice(at, 0, ...ruleEntries);
	return `${JSON.stringify(Object.fromEntries(entries), null, '\t')}\n`;
}

/** A docs page with its index table (from its header row to the first blank line after it) written anew. */
function docsIndex(file, header, row) {
	const text = read(file);
	const start = text.indexOf(header);
	if (start < 0) {
		throw new Error(`${file} has no index table starting with "${header}"`);
	}
	const end = text.indexOf('\n\n', start);
	const table = [header, '|---|---|---|---|', ...rules.map(row)].join('\n');
	return text.slice(0, start) + table + text.slice(end);
}

const cell = (text) => text.replace(/\|/g, '\\|');
const outputs = {
	'package.json': manifest(),
	'package.nls.json': manifestTexts('package.nls.json', (rule) => rule.description, 'rules.md', 'Rule docs'),
	'package.nls.ja.json': manifestTexts('package.nls.ja.json', japaneseOf, 'rules.ja.md', 'ルールの説明'),
	'docs/rules.md': docsIndex(
		'docs/rules.md',
		'| code | group | default | catches |',
		(rule) => `| [\`${rule.code}\`](#${rule.code}) | ${rule.group} | ${rule.severity} | ${cell(rule.description)} |`,
	),
	'docs/rules.ja.md': docsIndex(
		'docs/rules.ja.md',
		'| コード | グループ | 既定 | 検出する内容 |',
		(rule) => `| [\`${rule.code}\`](#${rule.code}) | ${groupsJa[rule.group]} | ${rule.severity} | ${cell(japaneseOf(rule))} |`,
	),
};

if (process.argv.includes('--check')) {
	const stale = Object.entries(outputs)
		.filter(([file, text]) => read(file) !== text)
		.map(([file]) => file);
	if (stale.length) {
		console.error(`Stale against the rules table: ${stale.join(', ')}. Run node scripts/generate-rules.mjs`);
		process.exit(1);
	}
} else {
	for (const [file, text] of Object.entries(outputs)) {
		writeFileSync(join(root, file), text);
	}
}
