/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// `npm run bench`: the language service's speed on real and generated policies, each time the median of
// many runs after warm-up, with its spread, and a ratio to a baseline measured in the same run.
//   --quick        a few iterations only (CI's smoke run: it checks the benchmark still works, not the figures)
//   --node=PATH    also measure the server's cold start under that Node (say, the Node of VS Code's Electron)
//   --only=TEXT    only the documents whose name contains TEXT (`templates`: YAML and Terraform), and no process figures
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { parseTree } from 'jsonc-parser';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { getLanguageService, TextDocument, type PolicyDocument, type ValidationMemo } from '../../server/src/languageService';
import { evaluateRequest } from '../../server/src/languageService/simulation/evaluate';
import { planRequests } from '../../server/src/languageService/simulation/requestedActions';
import { buildRequestContext } from '../../server/src/languageService/simulation/requestContext';
import { buildLevels } from '../../server/src/languageService/simulation/simulate';
import { createServiceState } from '../../server/src/languageService/serviceState';
import { nodeWasmLoader } from '../../server/src/node/nodeWasmLoader';
import { Language, Parser } from 'web-tree-sitter';
import { parseDocument as parseYaml } from 'yaml';
import { generateCloudFormation, generatePolicy, generateTerraform } from './generateDocuments';

const quick = process.argv.includes('--quick');
const otherNodes = process.argv.filter((arg) => arg.startsWith('--node=')).map((arg) => arg.slice('--node='.length));
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const root = path.join(__dirname, '..', '..', '..');
const corpus = path.join(root, 'test', 'fixtures', 'aws-managed');
const serverPath = path.join(root, 'dist', 'server.js');
const service = getLanguageService({ loadWasm: nodeWasmLoader() });

interface Figure {
	readonly median: number;
	readonly p10: number;
	readonly p90: number;
	readonly runs: number;
	/** With `against`: the median of the ratios of each run to the baseline run just before it. */
	readonly ratio?: number;
}

/**
 * Runs `fn` after warm-up until both a minimum count and a minimum time are reached; milliseconds.
 * `setup` runs before each run, untimed, and its result is passed to `fn`. With `against`, each run
 * follows a run of that baseline, and the figure's ratio is the median of the pairs' ratios: the speed
 * of these shared machines drifts by half within a minute, and a ratio of two figures measured one
 * after the other took the drift for a difference.
 */
function measure<T = void>(
	fn: (input: T) => unknown,
	options: { minRuns?: number; minMs?: number; setup?: () => T; against?: () => unknown } = {},
): Figure {
	const minRuns = quick ? 3 : (options.minRuns ?? 30);
	const minMs = quick ? 0 : (options.minMs ?? 300);
	const setup = options.setup ?? (() => undefined as T);
	const time = (run: () => unknown) => {
		const start = process.hrtime.bigint();
		run();
		return Number(process.hrtime.bigint() - start) / 1e6;
	};
	// The garbage of the previous figure is collected first, not during this one (`npm run bench` passes --expose-gc).
	(globalThis as { gc?: () => void }).gc?.();
	for (let i = 0; i < (quick ? 1 : 3); i++) {
		options.against?.();
		fn(setup());
	}
	const times: number[] = [];
	const ratios: number[] = [];
	const started = performance.now();
	while (times.length < minRuns || performance.now() - started < minMs) {
		const baseline = options.against ? time(options.against) : 0;
		const input = setup();
		const elapsed = time(() => fn(input));
		times.push(elapsed);
		if (options.against) {
			ratios.push(elapsed / baseline);
		}
		if (times.length >= 100_000) {
			break;
		}
	}
	times.sort((a, b) => a - b);
	ratios.sort((a, b) => a - b);
	const at = (values: number[], q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))];
	return {
		median: at(times, 0.5),
		p10: at(times, 0.1),
		p90: at(times, 0.9),
		runs: times.length,
		ratio: ratios.length ? at(ratios, 0.5) : undefined,
	};
}

function ms(value: number): string {
	return value < 0.01
		? `${(value * 1000).toFixed(2)} µs`
		: value < 1
			? `${(value * 1000).toFixed(0)} µs`
			: `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

function cell(figure: Figure): string {
	const ratio = figure.ratio !== undefined ? ` (${figure.ratio.toFixed(2)}×)` : '';
	return `${ms(figure.median)}${ratio} [${ms(figure.p10)}–${ms(figure.p90)}]`;
}

interface BenchDocument {
	readonly name: string;
	readonly text: string;
}

function documents(): BenchDocument[] {
	const fromCorpus = ['AWSSupportAccess', 'SupportUser', 'ReadOnlyAccess', 'AWSSupportServiceRolePolicy'].map((name) => ({
		name,
		text: readFileSync(path.join(corpus, `${name}.json`), 'utf8'),
	}));
	const sizes = quick ? [100_000, 1_000_000] : [100_000, 1_000_000, 10_000_000];
	return [...fromCorpus, ...sizes.map((size) => ({ name: `generated ${size / 1_000_000} MB`, text: generatePolicy(size) }))];
}

/** An offset inside the first action string of the document (after `prefix:` and two characters). */
function actionOffset(text: string): number {
	const match = /"Action"\s*:\s*\[?\s*"([a-z0-9-]+:)/.exec(text);
	if (!match) {
		throw new Error('no Action in the document');
	}
	return match.index + match[0].length + 2;
}

function benchDocument({ name, text }: BenchDocument): string {
	const document = TextDocument.create(`file:///bench/${name}.json`, 'json', 1, text);
	const bareParse = () => parseTree(text, [], { allowTrailingComma: true });
	const baseline = measure(bareParse);
	const parse = measure(() => service.parsePolicyDocument(document), { against: bareParse });
	const parsed: PolicyDocument = service.parsePolicyDocument(document);
	const position = document.positionAt(actionOffset(text));
	// Full diagnostics of a version: the parse into the policy model plus every rule, as the server does.
	const diagnostics = measure(() => service.doValidation(document, service.parsePolicyDocument(document)), { against: bareParse });
	const completion = measure(() => service.doComplete(document, position, parsed), { minRuns: 200 });
	const hover = measure(() => service.doHover(document, position, parsed), { minRuns: 200 });
	let version = 1;
	// The server keeps, per open document, what the last validation found in each statement.
	const memo: ValidationMemo = {};
	service.doValidation(document, parsed, {}, memo);
	const edit = measure(
		() => {
			// One keystroke, then the fresh parse that every feature of the new version shares, and its diagnostics.
			const edited = TextDocument.update(document, [{ range: { start: position, end: position }, text: 'x' }], ++version);
			service.doValidation(edited, service.parsePolicyDocument(edited), {}, memo);
		},
		{ against: bareParse },
	);
	const params = { textDocument: { uri: document.uri } };
	// A new version compiles its policies once; later requests on the same version reuse them.
	const simulateNewVersion = measure((fresh: PolicyDocument) => service.simulate(document, params, fresh), {
		setup: () => service.parsePolicyDocument(document),
		minRuns: 10,
	});
	const simulateCached = measure(() => service.simulate(document, params, parsed), { minRuns: 50 });
	const size = text.length >= 1_000_000 ? `${(text.length / 1_000_000).toFixed(1)} MB` : `${(text.length / 1000).toFixed(1)} KB`;
	return `| ${name} | ${size} | ${cell(baseline)} | ${cell(parse)} | ${cell(diagnostics)} | ${cell(completion)} | ${cell(hover)} | ${cell(edit)} | ${cell(simulateNewVersion)} | ${cell(simulateCached)} |`;
}

async function timeToInitialize(node: string, script: string): Promise<number> {
	const started = performance.now();
	const server = spawn(node, [script, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
	const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
	connection.listen();
	await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
	const elapsed = performance.now() - started;
	connection.dispose();
	server.kill();
	await new Promise((resolve) => server.once('exit', resolve));
	return elapsed;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

/**
 * The least a Node language server can be: vscode-languageserver answering `initialize`, bundled and
 * minified as dist/languageServer.js is, and started by the same dist/server.js (which turns on Node's
 * compile cache). The gap between it and a bare `node -e ''` is the library's; the gap between it and
 * our server is ours.
 */
function buildMinimalServer(): string {
	const folder = mkdtempSync(path.join(os.tmpdir(), 'iam-support-bench-'));
	buildSync({
		stdin: {
			contents:
				"import { createConnection } from 'vscode-languageserver/node';\nconst connection = createConnection();\nconnection.onInitialize(() => ({ capabilities: {} }));\nconnection.listen();\n",
			resolveDir: root,
			loader: 'ts',
		},
		bundle: true,
		platform: 'node',
		format: 'cjs',
		target: 'node18',
		mainFields: ['module', 'main'],
		minify: true,
		outfile: path.join(folder, 'languageServer.js'),
		logLevel: 'warning',
	});
	const entry = path.join(folder, 'server.js');
	copyFileSync(serverPath, entry);
	return entry;
}

async function coldStart(node: string): Promise<string> {
	const runs = quick ? 2 : 25;
	const probe = spawnSync(node, ['--version'], { encoding: 'utf8' });
	if (probe.error || probe.status !== 0) {
		throw new Error(`cannot run ${node}: ${probe.error?.message ?? probe.stderr.trim()}`);
	}
	const version = probe.stdout.trim();
	const minimal = buildMinimalServer();
	const bare: number[] = [];
	const library: number[] = [];
	const server: number[] = [];
	const toBare: number[] = [];
	const toLibrary: number[] = [];
	// The first start of each writes Node's compile cache (Node 22.1 and later); the figures are of the starts after it.
	await timeToInitialize(node, minimal);
	await timeToInitialize(node, serverPath);
	// Interleaved, so that a slow moment of the machine weighs on all three alike.
	for (let i = 0; i < runs; i++) {
		const started = performance.now();
		spawnSync(node, ['-e', '']);
		bare.push(performance.now() - started);
		library.push(await timeToInitialize(node, minimal));
		server.push(await timeToInitialize(node, serverPath));
		toBare.push(server[i] / bare[i]);
		toLibrary.push(server[i] / library[i]);
	}
	rmSync(path.dirname(minimal), { recursive: true, force: true });
	// As for the documents, each ratio is the median of the ratios of each start to the baselines started just before it.
	return `| server cold start (spawn → initialize response), Node ${version} | ${ms(median(server))}: ${median(toBare).toFixed(2)}× a bare \`node -e ''\` (${ms(median(bare))}), ${median(toLibrary).toFixed(2)}× a minimal vscode-languageserver server bundled and started the same way (${ms(median(library))}) |`;
}

async function serverMemory(text: string): Promise<string> {
	const server = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
	const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
	connection.listen();
	await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
	await connection.sendNotification('initialized', {});
	const uri = 'file:///bench/large-policy.json';
	// Measured once the server has published the document's diagnostics: parse, model and findings all held.
	const published = new Promise<void>((resolve, reject) => {
		const guard = setTimeout(
			() => reject(new Error('the server published no diagnostics for the large policy within 2 minutes')),
			120_000,
		);
		connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) => {
			if (params.uri === uri) {
				clearTimeout(guard);
				resolve();
			}
		});
	});
	await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });
	await published;
	const document = TextDocument.create(uri, 'json', 1, text);
	await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: document.positionAt(actionOffset(text)) });
	const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
	const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
	connection.dispose();
	server.kill();
	await new Promise((resolve) => server.once('exit', resolve));
	return `| server memory with a ${(text.length / 1_000_000).toFixed(0)} MB policy open, its diagnostics published | ${rss.toFixed(0)} MB resident |`;
}

function sizes(): string[] {
	const dist = path.join(root, 'dist');
	const files = readdirSync(dist).filter((file) => !file.endsWith('.map'));
	const total = files.reduce((sum, file) => sum + statSync(path.join(dist, file)).size, 0);
	const lines = [
		`| \`dist/\` (without source maps) | ${(total / 1024).toFixed(0)} KB: ${files.map((file) => `${file} ${(statSync(path.join(dist, file)).size / 1024).toFixed(0)} KB`).join(', ')} |`,
	];
	const vsix = readdirSync(root).filter((file) => file.endsWith('.vsix'));
	for (const file of vsix) {
		lines.push(`| \`${file}\` | ${(statSync(path.join(root, file)).size / 1024).toFixed(0)} KB |`);
	}
	return lines;
}

/** Single decisions for AWS's "everything but ResolveCase" policy, compiled once, on one core. */
function decisionsPerSecond(): string {
	const text = JSON.stringify({
		Version: '2012-10-17',
		Statement: [
			{ Effect: 'Allow', Action: 'support:*', Resource: '*' },
			{ Effect: 'Deny', Action: 'support:ResolveCase', Resource: '*' },
		],
	});
	const document = TextDocument.create('file:///bench/everything-but-resolve-case.json', 'json', 1, text);
	const state = createServiceState();
	const levels = buildLevels(
		state,
		{ label: 'policy.json', uri: document.uri, textDocument: document, policyDocument: service.parsePolicyDocument(document) },
		undefined,
		{},
	);
	const { requests } = planRequests(state, ['support:*'], undefined);
	const { context } = buildRequestContext(state, {});
	const count = quick ? 100_000 : 3_000_000;
	const rates: number[] = [];
	for (let round = 0; round < (quick ? 1 : 5); round++) {
		let allowed = 0;
		const start = performance.now();
		for (let i = 0; i < count; i++) {
			if (evaluateRequest(state, levels, requests[i % requests.length], context, { trace: false }).decision === 'allowed') {
				allowed++;
			}
		}
		rates.push(count / ((performance.now() - start) / 1000));
		if (allowed === count) {
			throw new Error('support:ResolveCase was never denied: the benchmark does not measure what it says');
		}
	}
	return `| single decisions, "everything but ResolveCase" | ${(median(rates) / 1e6).toFixed(2)} million per second (median of ${rates.length} rounds of ${count.toLocaleString('en-US')}) |`;
}

/**
 * Templates (#15): a generated 1 MB CloudFormation YAML template and a 1 MB Terraform file, against the
 * bare parse of the format's own parser (the yaml library's parseDocument; tree-sitter's HCL parse) run
 * just before each run. Budget: the policy model and full diagnostics within 3× that parse; the JSON
 * rows above are the check that the JSON path did not get slower.
 */
async function templateFigures(): Promise<string[]> {
	await service.prepareFormat(TextDocument.create('file:///bench/main.tf', 'terraform', 1, ''));
	const wasm = nodeWasmLoader();
	await Parser.init({ wasmBinary: await wasm('web-tree-sitter.wasm') });
	const hclParser = new Parser();
	hclParser.setLanguage(await Language.load(await wasm('tree-sitter-hcl.wasm')));
	const lines = [
		'| template | size | policies | bare parse of its format | parse into policy model | full diagnostics (parse + rules) | completion in Action | hover on action |',
		'|---|---|---|---|---|---|---|---|',
	];
	for (const size of quick ? [100_000] : [100_000, 1_000_000]) {
		const formats = [
			{
				name: 'CloudFormation YAML',
				uri: 'file:///bench/stack.yaml',
				languageId: 'yaml',
				text: generateCloudFormation(size),
				bare: (text: string) => parseYaml(text),
			},
			{
				name: 'Terraform',
				uri: 'file:///bench/main.tf',
				languageId: 'terraform',
				text: generateTerraform(size),
				bare: (text: string) => hclParser.parse(text)?.delete(),
			},
		];
		for (const format of formats) {
			const document = TextDocument.create(format.uri, format.languageId, 1, format.text);
			const parsed = service.parsePolicyDocument(document);
			if (!parsed.policies.length || parsed.templateSyntaxErrors.length) {
				throw new Error(
					`the generated ${format.name} does not read cleanly: ${JSON.stringify(parsed.templateSyntaxErrors.slice(0, 3))}`,
				);
			}
			const bareParse = () => format.bare(format.text);
			const baseline = measure(bareParse, { minRuns: 10 });
			const parse = measure(() => service.parsePolicyDocument(document), { minRuns: 10, against: bareParse });
			const diagnostics = measure(() => service.doValidation(document, service.parsePolicyDocument(document)), {
				minRuns: 10,
				against: bareParse,
			});
			const offset =
				format.text.indexOf('support:') >= 0
					? format.text.indexOf('support:') + 9
					: format.text.indexOf(':', format.text.indexOf('actions')) + 1;
			const position = document.positionAt(offset);
			const completion = measure(() => service.doComplete(document, position, parsed));
			const hover = measure(() => service.doHover(document, position, parsed));
			lines.push(
				`| generated ${size / 1_000_000} MB ${format.name} | ${(format.text.length / 1024).toFixed(0)} KB | ${parsed.policies.length} | ${cell(baseline)} | ${cell(parse)} | ${cell(diagnostics)} | ${cell(completion)} | ${cell(hover)} |`,
			);
		}
	}
	return lines;
}

/**
 * What a change grants (#17): AWSSupportServiceRolePolicy against a version with one action removed from
 * one statement and one added to another, every Support-family action and every action either version
 * names (4,600 of them) under the default context and every preset. Budget: 50 ms.
 */
function diffFigures(): string[] {
	const text = readFileSync(path.join(corpus, 'AWSSupportServiceRolePolicy.json'), 'utf8');
	const changed = text
		.replace('"ec2:describeInstances",', '')
		.replace('"access-analyzer:getAccessPreview"', '"access-analyzer:getAccessPreview", "support:ResolveCase"');
	const version = (uri: string, content: string) => {
		const textDocument = TextDocument.create(uri, 'json', 1, content);
		return { textDocument, policyDocument: service.parsePolicyDocument(textDocument) };
	};
	const before = version('file:///bench/before.json', text);
	const after = version('file:///bench/after.json', changed);
	const check = service.diffPolicies(before, after);
	if (!check.granted.length || !check.revoked.length) {
		throw new Error('the diff found no change: the benchmark does not measure what it says');
	}
	const contexts = check.contexts.length;
	const parsed = measure(() => service.diffPolicies(before, after), { minRuns: 20 });
	const fresh = measure((input: [typeof before, typeof after]) => service.diffPolicies(...input), {
		minRuns: 20,
		setup: (): [typeof before, typeof after] => [
			version('file:///bench/before.json', text),
			version('file:///bench/after.json', changed),
		],
	});
	return [
		`| diff, AWSSupportServiceRolePolicy, ${check.actionCount} actions × ${contexts} contexts, versions parsed | ${cell(parsed)} |`,
		`| diff, AWSSupportServiceRolePolicy, ${check.actionCount} actions × ${contexts} contexts, new versions (parse untimed, compiling timed) | ${cell(fresh)} |`,
	];
}

async function main(): Promise<void> {
	console.log(
		`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}${quick ? ' (quick run: figures are not meaningful)' : ''}`,
	);
	console.log('');
	console.log(
		'Median [10th–90th percentile]; (×) is the median ratio to a bare jsonc-parser parseTree of the same document run just before each run.',
	);
	console.log('');
	console.log(
		'| document | size | bare parseTree | parse into policy model | full diagnostics (parse + rules) | completion in Action | hover on action | edit + fresh diagnostics | simulation, new version | simulation, same version |',
	);
	console.log('|---|---|---|---|---|---|---|---|---|---|');
	const all = documents();
	for (const document of all.filter((candidate) => only === undefined || candidate.name.includes(only))) {
		console.log(benchDocument(document));
	}
	if (only === undefined || 'templates'.includes(only)) {
		console.log('');
		for (const line of await templateFigures()) {
			console.log(line);
		}
	}
	if (only !== undefined) {
		return;
	}
	console.log('');
	console.log('| process | figure |');
	console.log('|---|---|');
	console.log(decisionsPerSecond());
	for (const line of diffFigures()) {
		console.log(line);
	}
	for (const node of [process.execPath, ...otherNodes]) {
		console.log(await coldStart(node));
	}
	// The largest document that is analysed by default, and the largest of all (above iamSupport.maxFileSize: skipped).
	for (const document of new Set([all.find((candidate) => candidate.name === 'generated 1 MB'), all[all.length - 1]])) {
		if (document) {
			console.log(await serverMemory(document.text));
		}
	}
	for (const line of sizes()) {
		console.log(line);
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
