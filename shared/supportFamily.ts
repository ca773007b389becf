/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The Support family of IAM prefixes in the order a Support user looks for them: cases first, then
// Trusted Advisor, the console, the Slack app, plans and authorization, Elemental last. The data
// generator (scripts/generate-data.mjs) writes the catalog in this order; test/unit/panelViewModel.test.ts
// checks that both lists agree.

export const supportFamilyOrder: readonly string[] = [
	'support',
	'trustedadvisor',
	'support-console',
	'supportapp',
	'supportplans',
	'supportauthz',
	'elemental-support-cases',
	'elemental-support-content',
];
