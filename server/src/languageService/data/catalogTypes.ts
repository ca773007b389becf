/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

/** The shapes of the generated catalog data (see scripts/generate-data.mjs). */

/** AWS's access level; a few actions carry two (`Tagging, Write`). */
export type AccessLevel = 'List' | 'Read' | 'Write' | 'Permissions management' | 'Tagging' | 'Tagging, Write';

export interface ActionResourceTypeData {
	readonly name: string;
	/** Whether the resource type is required (AWS marks it with `*` in its tables). */
	readonly required: boolean;
	readonly conditionKeys: readonly string[];
}

export interface ActionData {
	/** The name in AWS's case, without the prefix. */
	readonly name: string;
	readonly description: string;
	readonly accessLevel: AccessLevel;
	/** Empty when the action has no resource-level permissions: `Resource` must be `"*"`. */
	readonly resourceTypes: readonly ActionResourceTypeData[];
	readonly conditionKeys: readonly string[];
	readonly dependentActions: readonly string[];
}

export interface ResourceTypeData {
	readonly name: string;
	readonly arnFormat: string;
	readonly conditionKeys: readonly string[];
}

export interface ConditionKeyData {
	readonly name: string;
	readonly type: string;
	readonly description: string;
}

export interface ServiceData {
	readonly prefix: string;
	readonly serviceName: string;
	readonly actions: readonly ActionData[];
	readonly resourceTypes: readonly ResourceTypeData[];
	readonly conditionKeys: readonly ConditionKeyData[];
}

export interface GlobalConditionKeyData {
	/** As AWS writes it; a tag key is written `aws:PrincipalTag/tag-key`. */
	readonly name: string;
	readonly type: string;
	readonly category: string;
}
