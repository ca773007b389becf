/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Every Japanese text of the language service. The bundles keep this module in a file of its own,
// dist/japanese.js (scripts/build.mjs), which `createMessages` in l10n.ts loads when a client first asks for
// Japanese: a start in English never reads or evaluates its 110 KB.

import messages from '../../../../l10n/bundle.l10n.ja.json';

export { messages };
export { accessLevelNamesJa, actionDescriptionJa } from './actionDescriptions.ja';
export { globalConditionKeyDescriptionsJa } from './globalConditionKeys.ja';
