#!/usr/bin/env node
// Writes snippets/iam-policy.json, one JSON snippet per policy template, from templates/index.json and
// the template files, so that the snippets and the "New Policy from Template" command insert the same text.
//   node scripts/generate-snippets.mjs          write the snippets
//   node scripts/generate-snippets.mjs --check  exit 1 when the committed snippets differ
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'snippets', 'iam-policy.json');
const manifest = JSON.parse(readFileSync(join(root, 'templates', 'index.json'), 'utf8'));

const snippets = {};
for (const template of manifest) {
	const text = readFileSync(join(root, 'templates', template.file), 'utf8');
	snippets[template.label.en] = {
		prefix: template.snippetPrefix,
		// `$` starts a placeholder in snippet syntax; a policy variable such as ${aws:username} must stay text.
		body: text
			.replace(/\n$/, '')
			.split('\n')
			.map((line) => line.replace(/\$/g, '\\$')),
		description: template.description.en,
	};
}
const output = `${JSON.stringify(snippets, null, '\t')}\n`;

if (process.argv.includes('--check')) {
	let current = '';
	try {
		current = readFileSync(target, 'utf8');
	} catch {
		// A missing file is stale too.
	}
	if (current !== output) {
		console.error('snippets/iam-policy.json is stale: run node scripts/generate-snippets.mjs');
		process.exit(1);
	}
} else {
	writeFileSync(target, output);
}
