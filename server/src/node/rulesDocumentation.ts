/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { setRulesDocumentation } from '../languageService/diagnostics/rules';

/** Points every rule's link at docs/rules.md beside the bundle (`dist/../docs/rules.md`), in the package or the .vsix. */
export function useBundledRulesDocumentation(): void {
	setRulesDocumentation(pathToFileURL(path.join(__dirname, '..', 'docs', 'rules.md')).toString());
}
