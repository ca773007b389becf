/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The language server over Node: `node dist/server.js --stdio` (or `--node-ipc` when VS Code starts it), loaded by launch.ts.
import { createConnection } from '../lsp';
import { startServer } from '../server';
import { bundledRulesDocumentation } from './rulesDocumentation';
import { nodeWasmLoader } from './nodeWasmLoader';

const connection = createConnection();
console.log = connection.console.log.bind(connection.console);
console.error = connection.console.error.bind(connection.console);
process.on('unhandledRejection', (reason) =>
	connection.console.error(`Unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`),
);

startServer(connection, { rulesDocumentation: bundledRulesDocumentation(), loadWasm: nodeWasmLoader() });
