/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// The page builds every element through `h`, which adds strings only as text nodes. Policy content
// (Sids, ARNs, condition values) therefore never reaches an HTML parser.

export type Child = Node | string | false | undefined | null;

export interface Props {
	readonly class?: string;
	readonly attrs?: Readonly<Record<string, string | undefined>>;
	readonly onClick?: (event: Event) => void;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	if (props.class) {
		element.className = props.class;
	}
	for (const [name, value] of Object.entries(props.attrs ?? {})) {
		// Inline handlers and styles would be blocked by the CSP anyway; refusing them keeps the intent visible.
		if (/^on|^style$/i.test(name)) {
			throw new Error(`Refusing attribute ${name}`);
		}
		if (value !== undefined) {
			element.setAttribute(name, value);
		}
	}
	if (props.onClick) {
		element.addEventListener('click', props.onClick);
	}
	append(element, ...children);
	return element;
}

export function append(parent: Node, ...children: Child[]): void {
	for (const child of children) {
		if (child === false || child === undefined || child === null) {
			continue;
		}
		parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
	}
}

export function replaceChildren(parent: Element, ...children: Child[]): void {
	parent.replaceChildren();
	append(parent, ...children);
}

let idCounter = 0;
export function uniqueId(prefix: string): string {
	return `${prefix}-${++idCounter}`;
}
