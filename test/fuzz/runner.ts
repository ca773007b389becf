/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Generates and mutates documents from one seed and calls every feature on each: the fuzzer behind
// `npm run fuzz` and the short run in `npm test`.
import { getLanguageService, TextDocument, type LanguageService } from '../../server/src/languageService';
import { FuzzFailure, timed } from './checks';
import { features as allFeatures, type Feature, type FuzzContext } from './features';
import { PolicyGenerator } from './generator';
import { mutate } from './mutator';
import { Random } from './random';
import { stringify } from 'yaml';

export interface FuzzOptions {
	readonly seed: number;
	/** Stop after this many documents ... */
	readonly iterations?: number;
	/** ... or after this many seconds, whichever comes first. */
	readonly seconds?: number;
	/** The bound on one request. */
	readonly requestBoundMs?: number;
	readonly features?: readonly Feature[];
	readonly service?: LanguageService;
	/** Called now and then with the figures so far. */
	readonly onProgress?: (stats: FuzzStats) => void;
}

export interface FuzzStats {
	readonly seed: number;
	documents: number;
	requests: number;
	/** Requests that answered something (a hover, a non-empty list): a check on what the run reaches. */
	answered: number;
	slowestMs: number;
	slowest: string;
	failure?: FuzzFailureReport;
}

export interface FuzzFailureReport {
	readonly seed: number;
	/** The index of the document in the run: the same seed and `--iterations index+1` reproduce it. */
	readonly iteration: number;
	readonly feature: string;
	readonly message: string;
	readonly document: string;
}

/** Runs until the iterations or the seconds are used up, or until the first failure, which it reports. */
export function runFuzz(options: FuzzOptions): FuzzStats {
	const service = options.service ?? getLanguageService();
	const features = options.features ?? allFeatures;
	const bound = options.requestBoundMs ?? 5000;
	const iterations = options.iterations ?? Number.MAX_SAFE_INTEGER;
	const deadline = options.seconds === undefined ? Number.POSITIVE_INFINITY : Date.now() + options.seconds * 1000;
	const stats: FuzzStats = { seed: options.seed, documents: 0, requests: 0, answered: 0, slowestMs: 0, slowest: '' };
	const random = new Random(options.seed);
	for (let iteration = 0; iteration < iterations && Date.now() < deadline; iteration++) {
		// One generator per document: a document depends on the seed and its index only.
		const documentRandom = random.fork();
		// A quarter of the documents are CloudFormation templates in YAML, mutated as text like the JSON ones.
		const yaml = documentRandom.chance(0.25);
		const text = documentText(documentRandom, yaml);
		const document = TextDocument.create(
			yaml ? 'file:///fuzz/template.yaml' : documentRandom.chance(0.8) ? 'file:///fuzz/policy.json' : 'untitled:Untitled-1',
			yaml ? 'yaml' : 'json',
			iteration + 1,
			text,
		);
		let feature = 'parse';
		try {
			const policyDocument = timed('parse', bound, stats, () => service.parsePolicyDocument(document));
			const context: FuzzContext = {
				service,
				document,
				policyDocument,
				random: documentRandom,
				request: (what, run) => {
					stats.requests++;
					const result = timed(`${feature}: ${what}`, bound, stats, run);
					if (result !== null && result !== undefined && !(Array.isArray(result) && result.length === 0)) {
						stats.answered++;
					}
					return result;
				},
			};
			for (const current of features) {
				feature = current.name;
				current.run(context);
			}
		} catch (error) {
			const message =
				error instanceof FuzzFailure ? error.message : `exception: ${error instanceof Error ? error.stack : String(error)}`;
			stats.failure = { seed: options.seed, iteration, feature, message, document: text };
			return stats;
		}
		stats.documents++;
		if (stats.documents % 500 === 0) {
			options.onProgress?.(stats);
		}
	}
	return stats;
}

function documentText(random: Random, yaml: boolean): string {
	const generated = new PolicyGenerator(random).document();
	const text = yaml ? asTemplate(generated) : generated;
	return random.chance(0.7) ? mutate(text, random, random.chance(0.2) ? 20 : 4) : text;
}

/** A generated policy in a CloudFormation template, as YAML; a text that is not JSON stays as it is, in a YAML comment's place. */
function asTemplate(json: string): string {
	let policy: unknown;
	try {
		policy = JSON.parse(json);
	} catch {
		return `Resources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument: ${json}\n`;
	}
	return stringify({ Resources: { P: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: policy } } } });
}

/** A failure as a reader needs it: what broke, how to run it again, and the document to paste into a test. */
export function formatFailure(failure: FuzzFailureReport): string {
	const cut = (text: string) =>
		text.length > 4000 ? `${text.slice(0, 4000)}… (${text.length.toLocaleString('en-US')} characters)` : text;
	return [
		`Fuzz failure in ${failure.feature} on document ${failure.iteration} of seed ${failure.seed}:`,
		cut(failure.message),
		`Reproduce: npm run fuzz -- --seed ${failure.seed} --iterations ${failure.iteration + 1}`,
		'Document (as a JSON string, ready for a regression test):',
		cut(JSON.stringify(failure.document)),
	].join('\n');
}
