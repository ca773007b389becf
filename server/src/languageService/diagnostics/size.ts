/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Each kind of policy has its own size quota, counted its own way (#14). IAM does not count white space
// ("IAM and AWS STS quotas"); AWS Organizations counts every character of an SCP or RCP saved through the
// API or CLI, and only its console strips the white space outside strings ("Quotas for AWS Organizations");
// a VPC endpoint policy counts white space ("Control access to VPC endpoints using endpoint policies");
// services count their resource-based policies in bytes.

import type { Messages } from '../l10n';
import type { PolicySizeQuota } from '../languageTypes';
import type { PolicyKind } from '../parser/policyKinds';
import type { Policy } from '../parser/policyModel';
import type { ValidationContext } from './context';
import { kindPhrase } from './kinds';

/** IAM's quotas for identity policies, which a setting chooses between: a policy file cannot say how it is attached. */
export const policySizeQuotas: Readonly<Record<PolicySizeQuota, { readonly limit: number; readonly label: (t: Messages['t']) => string }>> =
	{
		managed: { limit: 6144, label: (t) => t('a customer managed policy') },
		userInline: { limit: 2048, label: (t) => t('the inline policies of a user') },
		groupInline: { limit: 5120, label: (t) => t('the inline policies of a group') },
		roleInline: { limit: 10240, label: (t) => t('the inline policies of a role') },
	};

/** How a quota counts: characters without white space (IAM), every character (Organizations, VPC endpoints), or UTF-8 bytes. */
type Counting = 'withoutWhiteSpace' | 'characters' | 'bytes';

interface Quota {
	readonly limit: number;
	readonly counting: Counting;
}

/** The quota of a kind (and, for resource-based policies, of the service that holds it); undefined where none is known. */
function quotaOf(kind: PolicyKind, service: string | undefined): Quota | undefined {
	switch (kind) {
		case 'boundary':
			return { limit: 6144, counting: 'withoutWhiteSpace' };
		case 'trust':
			// 2,048 by default; an account may raise it to 8,192.
			return { limit: 2048, counting: 'withoutWhiteSpace' };
		case 'session':
			return { limit: 2048, counting: 'characters' };
		case 'scp':
			return { limit: 10240, counting: 'characters' };
		case 'rcp':
			return { limit: 5120, counting: 'characters' };
		case 'vpcEndpoint':
			return { limit: 20480, counting: 'characters' };
		case 'resource':
			return service ? resourceQuotas[service] : undefined;
		default:
			return undefined;
	}
}

const resourceQuotas: Readonly<Record<string, Quota>> = {
	s3: { limit: 20480, counting: 'bytes' },
	kms: { limit: 32768, counting: 'bytes' },
	sns: { limit: 30720, counting: 'bytes' },
	sqs: { limit: 8192, counting: 'bytes' },
};

export function validateSize(context: ValidationContext, policy: Policy): void {
	const kind = policy.kind.kind;
	if (kind === 'identity') {
		validateIdentitySize(context, policy);
		return;
	}
	const quota = quotaOf(kind, policy.kind.service);
	// Every character counts at least once, and a UTF-8 byte count is never less than the characters: a
	// policy within the limit in characters needs no counting.
	if (!quota || policy.node.length <= quota.limit) {
		return;
	}
	const text = context.document.getText();
	const start = policy.node.offset;
	const end = start + policy.node.length;
	const size =
		quota.counting === 'withoutWhiteSpace'
			? nonWhiteSpaceLength(text, start, end)
			: quota.counting === 'bytes'
				? utf8Length(text, start, end)
				: end - start;
	if (size <= quota.limit) {
		return;
	}
	const { formatCount } = context.messages;
	const t = context.t;
	const what = kindPhrase(context, policy);
	let message: string;
	if (quota.counting === 'withoutWhiteSpace') {
		message =
			kind === 'trust'
				? t(
						"This {0} has {1} characters without white space, over the {2} that IAM allows by default: IAM rejects it unless the account's quota was raised (up to 8,192).",
						what,
						formatCount(size),
						formatCount(quota.limit),
					)
				: t(
						'This {0} has {1} characters without white space, over the {2} that IAM allows: IAM rejects it.',
						what,
						formatCount(size),
						formatCount(quota.limit),
					);
	} else if (quota.counting === 'bytes') {
		message = t(
			'This {0} has {1} bytes, over the {2} that {3} allows for one policy: it rejects it.',
			what,
			formatCount(size),
			formatCount(quota.limit),
			policy.kind.service ?? '',
		);
	} else if (kind === 'scp' || kind === 'rcp') {
		const compact = nonWhiteSpaceLength(text, start, end);
		message =
			compact > quota.limit
				? t(
						'This {0} has {1} characters ({2} without white space), over the {3} that AWS Organizations allows: it rejects it. Split it into several policies.',
						what,
						formatCount(size),
						formatCount(compact),
						formatCount(quota.limit),
					)
				: t(
						'This {0} has {1} characters, over the {2} that AWS Organizations allows when it is saved through the API or CLI, which count white space; the console removes the white space outside strings ({3} characters left).',
						what,
						formatCount(size),
						formatCount(quota.limit),
						formatCount(compact),
					);
	} else {
		message = t(
			'This {0} has {1} characters, white space included, over the {2} that AWS allows: it rejects it.',
			what,
			formatCount(size),
			formatCount(quota.limit),
		);
	}
	context.report('policy-too-large', context.rangeOf(policy.statement?.keyNode ?? policy.node), message);
}

function validateIdentitySize(context: ValidationContext, policy: Policy): void {
	const quota = policySizeQuotas[context.settings.policySizeQuota ?? 'managed'] ?? policySizeQuotas.managed;
	if (policy.node.length <= quota.limit) {
		return;
	}
	const size = nonWhiteSpaceLength(context.document.getText(), policy.node.offset, policy.node.offset + policy.node.length);
	if (size > quota.limit) {
		const anchor = policy.statement?.keyNode ?? policy.node;
		context.report(
			'policy-too-large',
			context.rangeOf(anchor),
			context.t(
				'This policy has {0} characters without white space, over the {1} that IAM allows for {2}: IAM rejects it. Split it into several policies. (AWS managed policies are exempt; a copy of one in your account is not.)',
				context.messages.formatCount(size),
				context.messages.formatCount(quota.limit),
				quota.label(context.t),
			),
		);
	}
}

/** The UTF-8 length of `text[start, end)`: the service runs where Node's Buffer may not. */
function utf8Length(text: string, start: number, end: number): number {
	let bytes = 0;
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) {
			bytes += 1;
		} else if (code < 0x800) {
			bytes += 2;
		} else if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
			// A surrogate pair is one code point of four bytes.
			bytes += 4;
			i++;
		} else {
			bytes += 3;
		}
	}
	return bytes;
}

/**
 * How many characters of `text[start, end)` are not white space (what `\s` matches), without copying it:
 * the regular expression skips the runs of indentation faster than a loop over the characters.
 */
function nonWhiteSpaceLength(text: string, start: number, end: number): number {
	const whiteSpace = /\s+/g;
	whiteSpace.lastIndex = start;
	let blank = 0;
	for (let run = whiteSpace.exec(text); run !== null && run.index < end; run = whiteSpace.exec(text)) {
		blank += Math.min(run.index + run[0].length, end) - run.index;
	}
	return end - start - blank;
}
