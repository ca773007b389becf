/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The part of the webview API that the page uses, declared here rather than taken from
// @types/vscode-webview so the page's types do not depend on another package.

interface WebviewApi<State> {
	postMessage(message: unknown): void;
	getState(): State | undefined;
	setState<T extends State | undefined>(newState: T): T;
}

declare function acquireVsCodeApi<State = unknown>(): WebviewApi<State>;
