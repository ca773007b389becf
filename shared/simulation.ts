/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// What a simulation is asked and what it answers: the simulator's model, shared by the language service
// (which computes it), the CLI (which prints it) and the panel (which draws it). Types only: importing
// this file loads no code. The messages that carry it are in protocol.ts.

/** `allowed`, `explicitDeny` or `implicitDeny`, as AWS's policy simulator reports them. */
export type Decision = 'allowed' | 'explicitDeny' | 'implicitDeny';

export interface SimPosition {
	readonly line: number;
	readonly character: number;
}

export interface SimRange {
	readonly start: SimPosition;
	readonly end: SimPosition;
}

/**
 * A policy that takes part in a simulation beside the document: given by URI (read from the open
 * document or from disk), by its text, or as `managed:NAME` for an AWS managed policy that ships with the
 * extension (`managed:AWSSupportAccess`).
 */
export interface PolicySource {
	readonly uri?: string;
	readonly text?: string;
	/** How the policy is named in results ("boundary.json", "AWSSupportAccess"). */
	readonly label?: string;
}

/** A request context value: a string, a number, a boolean, or several strings for a multivalued key. */
export type ContextValue = string | number | boolean | readonly string[];

export interface SimulateParams {
	readonly textDocument: { readonly uri: string };
	/** Actions to simulate (`support:CreateCase`); every Support-family action when absent. */
	readonly actions?: readonly string[];
	/** The resource requested by Trusted Advisor check actions; every check when absent. */
	readonly resource?: string;
	/** Request context keys (`aws:MultiFactorAuthPresent`, `aws:SourceIp`, ...). */
	readonly context?: Readonly<Record<string, ContextValue>>;
	readonly permissionsBoundary?: PolicySource;
	/** Service control policies, from the root to the account: every level must allow. */
	readonly serviceControlPolicies?: readonly PolicySource[];
	readonly sessionPolicy?: PolicySource;
	/** More identity policies of the same principal. */
	readonly identityPolicies?: readonly PolicySource[];
	/** Only this policy of the document (documents such as templates hold several); all of them when absent. */
	readonly policyIndex?: number;
}

/** A statement that took part in a decision. */
export interface StatementRef {
	/** `identity`, `permissionsBoundary`, `serviceControlPolicy`, `sessionPolicy`. */
	readonly layer: string;
	/** The policy's label; the document's file name for the document itself. */
	readonly policy: string;
	readonly uri?: string;
	/** The policy's position in its document (documents such as templates hold several). */
	readonly policyIndex: number;
	/** What the template calls the policy: a logical id, a resource address. */
	readonly policyName?: string;
	readonly statementIndex: number;
	readonly sid?: string;
	readonly effect: 'Allow' | 'Deny';
	readonly range?: SimRange;
}

export interface ConditionTrace {
	readonly operator: string;
	readonly key: string;
	readonly policyValues: readonly string[];
	/** Undefined when the request context lacks the key. */
	readonly requestValues?: readonly string[];
	readonly result: boolean;
	/** Why, in words: "key absent: IfExists makes it true". */
	readonly note?: string;
}

export interface StatementTrace {
	readonly statement: StatementRef;
	readonly actionMatched: boolean;
	readonly resourceMatched: boolean;
	/** Why the resource did not match: "support:ResolveCase has no resource types and is requested on \"*\"". */
	readonly resourceNote?: string;
	readonly conditions: readonly ConditionTrace[];
	readonly conditionsMet: boolean;
	/** Whether the statement applies to the request: action, resource and conditions all matched. */
	readonly applies: boolean;
}

export interface ActionResult {
	/** `prefix:Name` in AWS's case. */
	readonly action: string;
	readonly prefix: string;
	readonly accessLevel: string;
	/** The resource the action was requested on: `*`, or a check ARN. */
	readonly resource: string;
	readonly decision: Decision;
	/** Set when the decision differs from check to check (Trusted Advisor check actions on every check). */
	readonly variesByResource?: boolean;
	/** With `variesByResource`: the decision for the resources that some statement names specifically. */
	readonly decisionForSomeResources?: Decision;
	/** The statements that decided: the Deny that won, or the Allows that granted. */
	readonly decidingStatements: readonly StatementRef[];
	/** Context keys that conditions needed and the request did not give. */
	readonly missingContextKeys: readonly string[];
	/** When keys were missing: the decision had they been present and satisfied every condition. */
	readonly decisionIfKeysPresent?: Decision;
	/** For an implicit deny: the layers with no applicable Allow ("identity policies", "SCP root.json"). */
	readonly layersWithoutAllow?: readonly string[];
	readonly trace: readonly StatementTrace[];
}

export interface SimulateResult {
	readonly uri: string;
	readonly version: number;
	/** What the template calls the simulated policy, when one policy of a template was simulated. */
	readonly policyName?: string;
	readonly results: readonly ActionResult[];
	readonly summary: { readonly allowed: number; readonly explicitDeny: number; readonly implicitDeny: number };
	/** Problems that did not stop the simulation: an unreadable layer file, a context value of the wrong type. */
	readonly errors: readonly string[];
	/**
	 * The kind of policy the document was simulated as (`identity`, `scp`, `trust`…): an SCP, RCP, boundary
	 * or session policy is a layer over identity policies; a trust or resource-based policy is not simulated.
	 */
	readonly kind?: string;
	/** How the document was simulated, or why it was not, in a sentence for the user. */
	readonly notice?: string;
}

/**
 * One action under one request context whose outcome differs between two versions of a policy (#17): in
 * `granted` it is allowed after and was not before, in `revoked` the other way round, in `changed` it is
 * allowed (or not) in both but for other reasons (other statements, other conditions, a Deny gone).
 */
export interface DiffEntry {
	/** `prefix:Name` in AWS's case. */
	readonly action: string;
	/** `*`, or the pattern of every resource of the type (every Trusted Advisor check). */
	readonly resource: string;
	/** `default` (no preset) or the id of a preset of shared/contextPresets.ts. */
	readonly context: string;
	readonly before: Decision;
	readonly after: Decision;
	/** Set when the difference holds for some resources of the type only (some checks, not every check). */
	readonly someResources?: boolean;
	/** The statements that decided before and after: the Allows that granted or the Denies that won. */
	readonly beforeStatements: readonly StatementRef[];
	readonly afterStatements: readonly StatementRef[];
	/** What changed when the decision did not, in words: "now only with MFA". */
	readonly note?: string;
}

/** A request context a diff compares under: the default (what the user gave, often nothing) or a preset over it. */
export interface DiffContext {
	readonly id: string;
	readonly values: Readonly<Record<string, ContextValue>>;
}

/**
 * What the editor asks to compare: the open document against another version of it (the same file at a
 * git revision), under the same layers and default context as a simulation.
 */
export interface DiffPolicyParams extends Pick<
	SimulateParams,
	'textDocument' | 'context' | 'permissionsBoundary' | 'serviceControlPolicies' | 'sessionPolicy' | 'identityPolicies'
> {
	/** The other version: its text (empty for a file that did not exist there). */
	readonly before: {
		readonly text: string;
		/** Where its statements are, other than the document's own URI: one the client can open (a `git:` URI). */
		readonly uri: string;
		/** How results name it (`HEAD:policies/support.json`). */
		readonly label: string;
	};
}

export interface PolicyDiffResult {
	readonly granted: readonly DiffEntry[];
	readonly revoked: readonly DiffEntry[];
	readonly changed: readonly DiffEntry[];
	readonly contexts: readonly DiffContext[];
	/** How many actions were compared under each context. */
	readonly actionCount: number;
	/** Problems of the request: a context value of the wrong type, an unreadable layer. */
	readonly errors: readonly string[];
	/** What the comparison could not judge, in a sentence for the user. */
	readonly notices: readonly string[];
}
