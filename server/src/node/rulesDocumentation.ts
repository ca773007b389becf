/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The URI of docs/rules.md beside the bundle (`dist/../docs/rules.md`), in the package or the .vsix. */
export function bundledRulesDocumentation(): string {
	return pathToFileURL(path.join(__dirname, '..', 'docs', 'rules.md')).toString();
}
