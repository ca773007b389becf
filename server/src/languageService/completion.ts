/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import { globalConditionKeyList, isSupportFamily, supportAction, supportActions, supportService } from './catalog/catalog';
import { allConditionOperatorNames, parseConditionOperator } from './catalog/conditionOperators';
import {
	type CompletionItem,
	CompletionItemKind,
	CompletionList,
	InsertTextFormat,
	MarkupKind,
	Range,
	TextEdit,
	type Position,
	type TextDocument,
} from './languageTypes';
import { accessLevelName, describeAction } from './hoverContent';
import type { ServiceState } from './serviceState';
import { getPolicyLocation, type PolicyLocation } from './parser/policyLocation';
import type { PolicyDocument, Statement } from './parser/policyModel';
import { spellingOf, terraformBlockSpelling, terraformObjectSpelling, type ElementValue, type Spelling } from './parser/spelling';
import { terraformLocation } from './parser/terraform/terraformLocation';
import { yamlLocation } from './parser/yaml/yamlLocation';

const statementElements = ['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'];
const policyElements = ['Version', 'Id', 'Statement'];
const exclusivePairs: Record<string, string> = {
	Action: 'NotAction',
	NotAction: 'Action',
	Resource: 'NotResource',
	NotResource: 'Resource',
};
const triggerSuggest = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

/** What the completion replaces: the whole token under the cursor, quotes included when typed. */
interface Replacement {
	readonly range: Range;
	/** The opening quote the user typed, if any (the inserted text then keeps it). */
	readonly quote: string | undefined;
	/** How the document's syntax writes values and keys. */
	readonly spelling: Spelling;
	/** The text typed so far, without the opening quote. */
	readonly typed: string;
	readonly endOffset: number;
}

export function doComplete(
	state: ServiceState,
	document: TextDocument,
	position: Position,
	policyDocument: PolicyDocument,
): CompletionList | null {
	const text = document.getText();
	const offset = document.offsetAt(position);
	const location =
		policyDocument.syntax === 'yaml'
			? yamlLocation(text, offset, policyDocument)
			: policyDocument.syntax === 'terraform'
				? terraformLocation(text, offset, policyDocument)
				: getPolicyLocation(text, offset, policyDocument);
	if (!location) {
		return null;
	}
	const spelling =
		location.keySyntax === 'terraformBlock'
			? terraformBlockSpelling
			: location.keySyntax === 'terraformObject'
				? terraformObjectSpelling
				: spellingOf(policyDocument.syntax);
	const replacement = replacementAt(document, text, offset, location, spelling, policyDocument.syntax === 'json');
	const items = location.statement
		? statementCompletions(state, location, location.statement, replacement, text)
		: policyCompletions(state, location, replacement, text);
	return items ? CompletionList.create(items, false) : null;
}

function policyCompletions(
	state: ServiceState,
	location: PolicyLocation,
	replacement: Replacement,
	text: string,
): CompletionItem[] | undefined {
	if (location.path.length === 1 && location.isAtPropertyKey) {
		// A default the format supplies (Terraform's Effect, Serverless's Version) has no text: it may still be written.
		const present = new Set(
			location.policy.properties.filter((property) => property.keyNode.length > 0).map((property) => property.name),
		);
		return policyElements
			.filter((name) => !present.has(name) || name === location.path[0])
			.map((name) => keyItem(name, policyElementValue(name), replacement, text));
	}
	if (location.path.length === 1 && location.path[0] === 'Version') {
		return [valueItem('2012-10-17', state.t('The current policy language version: policy variables work only with it.'), replacement)];
	}
	return undefined;
}

function statementCompletions(
	state: ServiceState,
	location: PolicyLocation,
	statement: Statement,
	replacement: Replacement,
	text: string,
): CompletionItem[] | undefined {
	const path = location.statementPath ?? [];
	const element = path[0];
	if (path.length === 1 && location.isAtPropertyKey) {
		const present = new Set(statement.properties.filter((property) => property.keyNode.length > 0).map((property) => property.name));
		return statementElements
			.filter((name) => name === element || (!present.has(name) && !present.has(exclusivePairs[name] ?? '')))
			.map((name) => keyItem(name, statementElementValue(name), replacement, text));
	}
	if (location.isAtPropertyKey) {
		if (element === 'Condition' && path.length === 2) {
			return conditionOperatorItems(state, replacement, text);
		}
		if (element === 'Condition' && path.length === 3) {
			return conditionKeyItems(state, statement, replacement);
		}
		return undefined;
	}
	switch (element) {
		case 'Effect':
			return path.length === 1 ? effectItems(state, replacement) : undefined;
		case 'Action':
		case 'NotAction':
			return path.length <= 2 ? actionItems(state, replacement) : undefined;
		case 'Resource':
		case 'NotResource':
			return path.length <= 2 ? resourceItems(state, statement, replacement) : undefined;
		case 'Condition':
			if (path.length === 3 || path.length === 4) {
				const operator = parseConditionOperator(String(path[1]));
				return operator?.base.family === 'Bool' || operator?.base.family === 'Null' ? booleanItems(replacement) : undefined;
			}
			return undefined;
		default:
			return undefined;
	}
}

// --- Actions ---------------------------------------------------------------------------------

function actionItems(state: ServiceState, replacement: Replacement): CompletionItem[] {
	const colon = replacement.typed.indexOf(':');
	if (colon < 0) {
		return prefixItems(state, replacement);
	}
	const prefix = replacement.typed.slice(0, colon).toLowerCase();
	if (!state.catalog.serviceName(prefix)) {
		return [];
	}
	const items: CompletionItem[] = [];
	if (isSupportFamily(prefix)) {
		supportActions(prefix).forEach((action, index) => {
			items.push({
				label: action.fullName,
				kind: CompletionItemKind.Function,
				detail: accessLevelName(state, action),
				documentation: { kind: MarkupKind.Markdown, value: describeAction(state, action) },
				sortText: `1_${String(index).padStart(3, '0')}`,
				...insertion(action.fullName, replacement),
			});
		});
	} else {
		state.catalog.actionNames(prefix).forEach((name, index) => {
			items.push({
				label: `${prefix}:${name}`,
				kind: CompletionItemKind.Function,
				sortText: `1_${String(index).padStart(5, '0')}`,
				...insertion(`${prefix}:${name}`, replacement),
			});
		});
	}
	for (const [pattern, count] of usefulWildcards(state, prefix)) {
		items.push({
			label: pattern,
			kind: CompletionItemKind.Constant,
			detail: count === 1 ? state.t('matches {0} action', count) : state.t('matches {0} actions', count),
			documentation: { kind: MarkupKind.Markdown, value: wildcardDocumentation(state, pattern) },
			sortText: `2_${pattern}`,
			...insertion(pattern, replacement),
		});
	}
	return items;
}

function prefixItems(state: ServiceState, replacement: Replacement): CompletionItem[] {
	const items = state.catalog.allPrefixes().map((prefix, index): CompletionItem => {
		const supportFamily = isSupportFamily(prefix);
		return {
			label: `${prefix}:`,
			kind: CompletionItemKind.Module,
			detail: state.catalog.serviceName(prefix),
			// The Support family first, in the order the product presents it; then every AWS prefix.
			sortText: supportFamily ? `0_${String(index).padStart(3, '0')}` : `1_${prefix}`,
			command: triggerSuggest,
			...insertion(`${prefix}:`, replacement, true),
		};
	});
	items.push({
		label: '*',
		kind: CompletionItemKind.Constant,
		detail: state.t('every action of every AWS service'),
		sortText: '9_*',
		...insertion('*', replacement),
	});
	return items;
}

/** `prefix:*`, and `prefix:Verb*` for each verb that starts more than one action. */
function usefulWildcards(state: ServiceState, prefix: string): [string, number][] {
	const names = state.catalog.actionNames(prefix);
	const byVerb = new Map<string, number>();
	for (const name of names) {
		const verb = /^[A-Z][a-z]+/.exec(name)?.[0];
		if (verb) {
			byVerb.set(verb, (byVerb.get(verb) ?? 0) + 1);
		}
	}
	const wildcards: [string, number][] = [[`${prefix}:*`, names.length]];
	for (const [verb, count] of [...byVerb].sort(([a], [b]) => a.localeCompare(b))) {
		if (count > 1) {
			wildcards.push([`${prefix}:${verb}*`, count]);
		}
	}
	return wildcards;
}

function wildcardDocumentation(state: ServiceState, pattern: string): string {
	const prefix = pattern.slice(0, pattern.indexOf(':'));
	const stem = pattern.slice(prefix.length + 1, -1).toLowerCase();
	const names = state.catalog.actionNames(prefix).filter((name) => name.toLowerCase().startsWith(stem));
	const lines = names.slice(0, 20).map((name) => {
		const action = supportAction(`${prefix}:${name}`);
		return `- \`${prefix}:${name}\`${action ? ` (${accessLevelName(state, action)})` : ''}`;
	});
	if (names.length > 20) {
		lines.push(state.t('- … and {0} more', names.length - 20));
	}
	return lines.join('\n');
}

// --- Resources, effect, conditions -------------------------------------------------------------

function resourceItems(state: ServiceState, statement: Statement, replacement: Replacement): CompletionItem[] {
	const items = [
		valueItem('*', state.t('Every resource. Support-family actions without resource types need exactly this.'), replacement),
	];
	const checkActions = (statement.action?.entries ?? [])
		.map((entry) => supportAction(entry.value))
		.filter((action) => action?.resourceTypes.some((type) => type.name === 'checks'));
	if (checkActions.length) {
		const arnFormat = supportService('trustedadvisor')?.resourceTypes.find((type) => type.name === 'checks')?.arnFormat ?? '';
		items.push({
			label: 'arn:aws:trustedadvisor:*:ACCOUNT:checks/CATEGORY/CHECK_ID',
			kind: CompletionItemKind.Snippet,
			detail: state.t('A Trusted Advisor check'),
			documentation: {
				kind: MarkupKind.Markdown,
				value: `${state.t('Scopes the check actions of this statement to one check.')}\n\n${state.t('Format: {0}', `\`${arnFormat}\``)}`,
			},
			insertTextFormat: InsertTextFormat.Snippet,
			filterText: `${replacement.quote ?? ''}arn:aws:trustedadvisor`,
			textEdit: TextEdit.replace(
				replacement.range,
				'"arn:${1|aws,aws-cn,aws-us-gov|}:trustedadvisor:${2:*}:${3:111122223333}:checks/${4:CategoryCode}/${5:CheckId}"',
			),
			sortText: '1',
		});
	}
	return items;
}

function effectItems(state: ServiceState, replacement: Replacement): CompletionItem[] {
	return [
		valueItem('Allow', state.t('Grants the actions, unless a Deny applies.'), replacement),
		valueItem('Deny', state.t('Denies the actions; an explicit Deny wins over every Allow.'), replacement),
	];
}

function booleanItems(replacement: Replacement): CompletionItem[] {
	return ['true', 'false'].map((value) => valueItem(value, '', replacement));
}

function conditionOperatorItems(state: ServiceState, replacement: Replacement, text: string): CompletionItem[] {
	return allConditionOperatorNames().map((name, index) => {
		const parsed = parseConditionOperator(name)!;
		return {
			...keyItem(name, 'operator', replacement, text),
			kind: CompletionItemKind.Operator,
			detail: parsed.setQualifier
				? state.t('{0}: for multivalued keys', parsed.setQualifier)
				: parsed.ifExists
					? state.t('true when the key is absent')
					: parsed.base.family,
			documentation: parsed.base.describe(state.t),
			sortText: String(index).padStart(3, '0'),
		};
	});
}

function conditionKeyItems(state: ServiceState, statement: Statement, replacement: Replacement): CompletionItem[] {
	const items: CompletionItem[] = [];
	const seen = new Set<string>();
	const push = (name: string, type: string, documentation: string, sortText: string) => {
		if (seen.has(name.toLowerCase())) {
			return;
		}
		seen.add(name.toLowerCase());
		// A key with a variable part (`aws:PrincipalTag/tag-key`) inserts a placeholder for it.
		const variable = /\/(\$\{\w+\}|tag-key)$/.exec(name);
		const snippet = variable ? `${name.slice(0, variable.index)}/\${1:${variable[1].replace(/[${}]/g, '')}}` : name;
		items.push({
			label: name,
			kind: CompletionItemKind.Property,
			detail: type,
			documentation,
			sortText,
			insertTextFormat: variable ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
			filterText: `${replacement.quote ?? ''}${name}`,
			textEdit: TextEdit.replace(replacement.range, replacement.spelling.value(snippet, replacement.quote)),
		});
	};
	for (const entry of statement.action?.entries ?? []) {
		const action = supportAction(entry.value);
		const service = action?.service;
		for (const key of service?.conditionKeys ?? []) {
			push(key.name, key.type, key.description, `0_${key.name}`);
		}
	}
	for (const key of globalConditionKeyList()) {
		push(key.name, key.type, state.t('Global condition key ({0}).', key.category), `1_${key.name}`);
	}
	return items;
}

// --- Shared helpers ----------------------------------------------------------------------------

function valueItem(value: string, documentation: string, replacement: Replacement): CompletionItem {
	return { label: value, kind: CompletionItemKind.Value, documentation, ...insertion(value, replacement) };
}

function keyItem(name: string, value: ElementValue, replacement: Replacement, text: string): CompletionItem {
	// Editing the name of a key that already has a value: replace the name only.
	const after = text.slice(replacement.endOffset, replacement.endOffset + 40);
	const hasValue = /^\s*:/.test(after);
	const needsComma = !hasValue && replacement.spelling.value('') === '""' && /^\s*"/.test(after);
	const label = replacement.spelling.label?.(name) ?? name;
	return {
		label,
		kind: CompletionItemKind.Property,
		insertTextFormat: hasValue ? InsertTextFormat.PlainText : InsertTextFormat.Snippet,
		filterText: `${replacement.quote ?? ''}${label}`,
		textEdit: TextEdit.replace(
			replacement.range,
			hasValue ? replacement.spelling.key(name) : replacement.spelling.keySnippet(name, value) + (needsComma ? ',' : ''),
		),
	};
}

function insertion(
	value: string,
	replacement: Replacement,
	openEnded = false,
): Pick<CompletionItem, 'textEdit' | 'filterText' | 'insertTextFormat'> {
	// An open-ended value (`support:`, completed next) is quoted as the finished value will be, not as its prefix.
	const written = openEnded
		? replacement.spelling.value(`${value}A`, replacement.quote).replace(/A(["']?)$/, '$1')
		: replacement.spelling.value(value, replacement.quote);
	const quote = written.length > 1 && written[0] === written[written.length - 1] && /["']/.test(written[0]) ? written[0] : '';
	return {
		filterText: replacement.quote ? `${replacement.quote}${value}${replacement.quote}` : value,
		insertTextFormat: openEnded ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
		textEdit: TextEdit.replace(replacement.range, openEnded ? `${quote ? written.slice(0, -1) : written}$1${quote}` : written),
	};
}

function policyElementValue(name: string): ElementValue {
	return name === 'Version' ? 'version' : name === 'Statement' ? 'statements' : 'text';
}

function statementElementValue(name: string): ElementValue {
	switch (name) {
		case 'Effect':
			return 'effect';
		case 'Action':
		case 'NotAction':
			return 'list';
		case 'Resource':
		case 'NotResource':
			return 'resource';
		case 'Condition':
			return 'condition';
		default:
			return 'text';
	}
}

const tokenCharacter = /[A-Za-z0-9:*?_\-/.]/;

function replacementAt(
	document: TextDocument,
	text: string,
	offset: number,
	location: PolicyLocation,
	spelling: Spelling,
	isJson: boolean,
): Replacement {
	const node = location.node;
	if (node && node.type === 'string' && (isJson || !/[\r\n]/.test(text.slice(node.offset, offset)))) {
		const quote = isJson ? '"' : /["']/.test(text[node.offset]) ? text[node.offset] : undefined;
		const closed =
			!!quote && node.length > 1 && text[node.offset + node.length - 1] === quote && node.offset + node.length - 1 >= offset;
		const end = closed || !quote ? node.offset + node.length : Math.min(lineEnd(text, node.offset), node.offset + node.length);
		return {
			range: Range.create(document.positionAt(node.offset), document.positionAt(Math.min(end, lineEnd(text, node.offset)))),
			quote,
			spelling,
			typed: text.slice(node.offset + (quote ? 1 : 0), offset),
			endOffset: end,
		};
	}
	// No string yet (`"Action": supp|`): take the word around the cursor, with a quote the user opened.
	let start = offset;
	while (start > 0 && tokenCharacter.test(text[start - 1])) {
		start--;
	}
	let end = offset;
	while (end < text.length && tokenCharacter.test(text[end])) {
		end++;
	}
	const quote = !isJson && start > 0 && /["']/.test(text[start - 1]) ? text[start - 1] : undefined;
	if (quote) {
		start--;
		if (text[end] === quote) {
			end++;
		}
	}
	return {
		range: Range.create(document.positionAt(start), document.positionAt(end)),
		quote,
		spelling,
		typed: text.slice(start + (quote ? 1 : 0), offset),
		endOffset: end,
	};
}

function lineEnd(text: string, offset: number): number {
	// A lone carriage return ends a line too, as LSP counts lines.
	const newline = text.slice(offset).search(/[\r\n]/);
	return newline < 0 ? text.length : offset + newline;
}
