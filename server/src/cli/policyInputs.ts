/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The policies that `simulate` and `diff` read beside files: standard input, the bundled AWS managed
// policies and git revisions, each checked as IAM would check it before anything is computed from it.

import { policyTextDocument } from './documents';
import type { PolicySource } from '../../../shared/simulation';
import {
	DiagnosticSeverity,
	managedPolicies,
	managedPolicy,
	nearestNames,
	ruleFor,
	type TextDocument,
	type LanguageService,
	type PolicyKind,
	type Position,
} from '../languageService';
import { t } from './l10n';
import { FileError, ioReason } from './files';
import { showFile } from './git';

export interface InputIo {
	readonly readStdin: () => string;
	/** Reads a file; a `FileError` carries a message ready for the user. */
	readonly readFile: (p: string) => Promise<string>;
}

/** " (did you mean X or Y?)", or nothing when no name is close. */
export function didYouMean(suggestions: readonly string[]): string {
	return suggestions.length ? ` ${t('(did you mean {0}?)', suggestions.join(t(' or ')))}` : '';
}

/** A policy read for a command: named as the user gave it, with the URI and label the results use. */
export interface Input {
	readonly name: string;
	readonly source: Required<Pick<PolicySource, 'uri' | 'text' | 'label'>>;
}

const managedPrefix = 'managed:';

const gitPrefix = 'git:';

/**
 * Reads a policy: a file, `-` for standard input (once), `managed:NAME`, or `git:REV:PATH` (PATH relative
 * to the current folder, as the file itself would be named). Problems are collected.
 */
export async function readInput(name: string, io: InputIo, state: { stdinRead: boolean }, problems: string[]): Promise<Input | undefined> {
	if (name === '-') {
		if (state.stdinRead) {
			problems.push(t('standard input can be read only once, and - is given twice'));
			return undefined;
		}
		state.stdinRead = true;
		try {
			return { name: '<stdin>', source: { uri: '<stdin>', label: '<stdin>', text: io.readStdin() } };
		} catch (error) {
			problems.push(t('cannot read standard input: {0}', ioReason(error)));
			return undefined;
		}
	}
	if (name.toLowerCase().startsWith(managedPrefix)) {
		const managed = managedPolicy(name);
		if (!managed) {
			const given = name.slice(managedPrefix.length);
			const names = managedPolicies.map((policy) => policy.name);
			const near = nearestNames(given, names).map((candidate) => `${managedPrefix}${candidate}`);
			problems.push(
				t('{0} is not one of the AWS managed policies bundled with iam-support', name) +
					(near.length ? didYouMean(near) : ` ${t('(they are {0})', names.join(', '))}`),
			);
			return undefined;
		}
		// Its URI is its ARN, so that results name it by its name, as they do in the editor.
		return { name, source: { uri: managed.arn, label: managed.name, text: managed.text } };
	}
	if (name.startsWith(gitPrefix)) {
		const rest = name.slice(gitPrefix.length);
		const colon = rest.indexOf(':');
		if (colon <= 0 || colon === rest.length - 1) {
			problems.push(t('{0} is not git:REVISION:PATH', name));
			return undefined;
		}
		const file = rest.slice(colon + 1);
		try {
			// Named by its path, so that results and SARIF point at the file that the revision's version became.
			return { name, source: { uri: file, label: file, text: showFile(rest.slice(0, colon), file) } };
		} catch (error) {
			problems.push(t('cannot read {0}: {1}', name, error instanceof Error ? error.message : String(error)));
			return undefined;
		}
	}
	try {
		return { name, source: { uri: name, label: name, text: await io.readFile(name) } };
	} catch (error) {
		problems.push(error instanceof FileError ? error.message : t('cannot read {0}: {1}', name, ioReason(error)));
		return undefined;
	}
}

function insideOf(document: TextDocument, position: Position, node: { readonly offset: number; readonly length: number }): boolean {
	const offset = document.offsetAt(position);
	return offset >= node.offset && offset <= node.offset + node.length;
}

/** At most this many findings of one input are listed; `iam-support check` lists them all. */
const maxListedFindings = 10;

/**
 * An input that IAM would refuse as a policy: no policy at all, JSON syntax errors, or a finding of a rule
 * that is an error by default (an Effect of "allow", a duplicate key, an unknown operator…). Findings of
 * other rules stay the business of `check`, even those raised to errors: a Deny that names an ARN for an
 * action without resources is a policy IAM accepts, and what it does is what simulate is there to show.
 */
export function inputProblems(
	service: LanguageService,
	input: Input,
	policyKind?: PolicyKind,
	/** The one policy of a template that is simulated: only its findings, and the syntax's, stop it. */
	within?: { readonly offset: number; readonly length: number },
): string[] {
	const document = policyTextDocument(input.source.uri, input.name, input.source.text);
	const policyDocument = service.parsePolicyDocument(document, { policyKind });
	if (policyDocument.skippedReason !== undefined) {
		return [t('cannot simulate {0}: {1}', input.name, policyDocument.skippedReason)];
	}
	const refused = service
		.doValidation(document, policyDocument, { validateAsPolicy: true })
		.filter(
			(diagnostic) =>
				(diagnostic.severity ?? DiagnosticSeverity.Error) === DiagnosticSeverity.Error &&
				ruleFor(String(diagnostic.code))?.severity === 'error' &&
				(!within || diagnostic.code === 'template-syntax' || insideOf(document, diagnostic.range.start, within)),
		);
	if (!refused.length) {
		return [];
	}
	const lines = refused
		.slice(0, maxListedFindings)
		.map(
			({ range, code, message }) =>
				`  ${input.name}:${range.start.line + 1}:${range.start.character + 1} error ${String(code)} ${message}`,
		);
	if (refused.length > maxListedFindings) {
		lines.push(`  ${t('… and {0} more: iam-support check {1} lists them all', refused.length - maxListedFindings, input.name)}`);
	}
	return [`${t('{0} has errors for which IAM would refuse it as a policy:', input.name)}\n${lines.join('\n')}`];
}
