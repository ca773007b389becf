/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

export { defaultParseTimeLimitMs, loadTerraformReader, terraformWasmFiles, type TerraformReaderOptions } from './terraformReader';
