/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The pure language service in a few lines, without an editor: `npm run sample`.
import { getLanguageService, TextDocument } from '../languageService';

const policy = `{
	"Version": "2012-10-17",
	"Statement": [
		{ "Effect": "Allow", "Action": "support:Desc", "Resource": "*" }
	]
}`;

const service = getLanguageService();
const document = TextDocument.create('file:///sample/support-policy.json', 'json', 1, policy);
// Parse once per version; every feature takes the parse.
const parsed = service.parsePolicyDocument(document);

const cursor = document.positionAt(policy.indexOf('support:Desc') + 'support:Desc'.length);
const completions = service.doComplete(document, cursor, parsed);
console.log('Completions after "support:Desc":');
for (const item of completions?.items.filter((candidate) => candidate.label.startsWith('support:Desc')).slice(0, 5) ?? []) {
	console.log(`  ${item.label}  (${item.detail})`);
}

const hover = service.doHover(document, cursor, parsed);
if (hover && typeof hover.contents === 'object' && 'value' in hover.contents) {
	console.log('\nHover:\n' + hover.contents.value);
}
