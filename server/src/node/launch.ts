/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// `node dist/server.js`: turns on Node's compile cache, then loads the language server (dist/languageServer.js).
// Compiling the server's half a megabyte of JavaScript is part of its cold start (#6). From Node
// 22.1, the Node of current VS Code releases, Node keeps V8's compiled code on disk itself, in its default
// folder under the system's temporary directory, and checks it against the file's content and Node's own
// version; NODE_DISABLE_COMPILE_CACHE=1 turns it off. An older Node starts the server as before.
import * as nodeModule from 'node:module';

interface CompileCache {
	enableCompileCache?(): unknown;
	flushCompileCache?(): void;
}
const compileCache = nodeModule as CompileCache;

try {
	compileCache.enableCompileCache?.();
} catch {
	// Without the cache the server only starts slower.
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the compile cache is on, not hoisted before it
require('./languageServer.js');
try {
	// Node writes the cache when the process exits, and a client usually kills its server: written now.
	compileCache.flushCompileCache?.();
} catch {
	// As above.
}
