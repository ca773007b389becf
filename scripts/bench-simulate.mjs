#!/usr/bin/env node
// Measures the simulator (#6): whole Support-family simulation of the largest AWS managed policy, and
// single decisions per second for AWS's "everything but ResolveCase" example.
//   npm run compile-tests && node scripts/bench-simulate.mjs
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { getLanguageService, TextDocument } = require('../out/server/src/languageService/index.js');
const { buildLevels } = require('../out/server/src/languageService/simulation/simulate.js');
const { evaluateRequest } = require('../out/server/src/languageService/simulation/evaluate.js');
const { planRequests } = require('../out/server/src/languageService/simulation/requestedActions.js');
const { buildRequestContext } = require('../out/server/src/languageService/simulation/requestContext.js');

const service = getLanguageService();
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

function timeSimulation(file) {
	const text = readFileSync(file, 'utf8');
	const document = TextDocument.create(`file:///${file}`, 'json', 1, text);
	let start = performance.now();
	const parse = service.parsePolicyDocument(document);
	const parseMs = performance.now() - start;
	start = performance.now();
	service.simulate(document, { textDocument: { uri: document.uri } }, parse);
	const firstMs = performance.now() - start;
	const runs = [];
	for (let i = 0; i < 200; i++) {
		start = performance.now();
		service.simulate(document, { textDocument: { uri: document.uri } }, parse);
		runs.push(performance.now() - start);
	}
	// A new document version: parse again, then compile and simulate, warm.
	const versions = [];
	for (let i = 0; i < 20; i++) {
		const fresh = service.parsePolicyDocument(document);
		start = performance.now();
		service.simulate(document, { textDocument: { uri: document.uri } }, fresh);
		versions.push(performance.now() - start);
	}
	console.log(`  compile + simulate of a new version, warm, median of 20: ${median(versions).toFixed(2)} ms`);
	console.log(`${file} (${(text.length / 1024).toFixed(0)} KB): parse ${parseMs.toFixed(2)} ms; first simulation (compiles) ${firstMs.toFixed(2)} ms; cached simulation, median of 200: ${median(runs).toFixed(3)} ms`);
}

function decisionsPerSecond() {
	const text = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'support:*', Resource: '*' }, { Effect: 'Deny', Action: 'support:ResolveCase', Resource: '*' }] });
	const document = TextDocument.create('file:///bench/policy.json', 'json', 1, text);
	const levels = buildLevels({ label: 'policy.json', uri: document.uri, textDocument: document, policyDocument: service.parsePolicyDocument(document) }, undefined, {});
	const { requests } = planRequests(['support:*'], undefined);
	const { context } = buildRequestContext({});
	const n = 3_000_000;
	let allowed = 0;
	const start = performance.now();
	for (let i = 0; i < n; i++) {
		if (evaluateRequest(levels, requests[i % requests.length], context, { trace: false }).decision === 'allowed') {
			allowed++;
		}
	}
	const seconds = (performance.now() - start) / 1000;
	console.log(`"everything but ResolveCase": ${(n / seconds / 1e6).toFixed(2)} million decisions per second (${allowed} allowed of ${n})`);
}

timeSimulation('test/fixtures/aws-managed/AWSSupportServiceRolePolicy.json');
timeSimulation('test/fixtures/aws-managed/ReadOnlyAccess.json');
decisionsPerSecond();
