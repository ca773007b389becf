/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Policies from the grammar of the IAM JSON policy language and the catalog, written with every liberty
// that JSON, JSONC and editors allow, so that the features meet what people actually paste.
import { allSupportActions, Catalog, globalConditionKeyList, supportServices } from '../../server/src/languageService/catalog/catalog';

const catalog = new Catalog();
import { allConditionOperatorNames } from '../../server/src/languageService/catalog/conditionOperators';
import type { Random } from './random';

/** A JSON value to be written out; objects are entry lists so that keys may repeat. */
type Value = string | number | boolean | null | Value[] | { readonly entries: [string, Value][] };

const oddStrings = [
	'',
	' ',
	'*',
	'?',
	':',
	'::',
	'${',
	'}',
	'${aws:username}',
	"${aws:username, 'nobody'}",
	'${*}',
	'${?}',
	'${$}',
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'`code`',
	'| table |',
	'[link](javascript:alert(1))',
	'\u0000',
	'\u200b',
	'\u202e',
	'é',
	'𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
	'🙂',
	'\ud800',
	'\udc00',
	'İ',
	'ß',
	'\t\r\n',
	'\\',
	'\\u0041',
];
const whitespace = [' ', '  ', '\t', '\n', '\r\n', '\r', '\n\n', '\u00a0', '\u2028', '\u3000', ''];
const versions = ['2012-10-17', '2008-10-17', '2012-10-18', '', 'latest'];
const effects = ['Allow', 'Deny', 'allow', 'DENY', '', 'Permit'];
const elementNames = ['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition', 'Principal', 'NotPrincipal'];
const conditionValues = [
	'true',
	'false',
	'10.0.0.0/8',
	'2001:db8::/32',
	'2026-01-01T00:00:00Z',
	'42',
	'o-abc123',
	'arn:aws:iam::123456789012:role/*',
];

export interface GeneratorOptions {
	/** How deep objects and arrays may nest beyond the policy's own structure. */
	readonly maxExtraDepth: number;
}

export class PolicyGenerator {
	private readonly prefixes = catalog.allPrefixes();
	private readonly supportActionNames = allSupportActions().map((action) => action.fullName);
	private readonly arnFormats = supportServices().flatMap((service) => service.resourceTypes.map((type) => type.arnFormat));
	private readonly operators = allConditionOperatorNames();
	private readonly globalKeys = globalConditionKeyList().map((key) => key.name);

	constructor(
		private readonly random: Random,
		private readonly options: GeneratorOptions = { maxExtraDepth: 40 },
	) {}

	/** One document: a policy, several, a template holding policies, or JSON that is no policy at all. */
	document(): string {
		const r = this.random;
		const shape = r.int(0, 9);
		let value: Value;
		if (shape <= 5) {
			value = this.policy();
		} else if (shape === 6) {
			value = this.template();
		} else if (shape === 7) {
			value = Array.from({ length: r.int(0, 3) }, () => this.policy());
		} else if (shape === 8) {
			value = this.nested(this.policy(), r.int(1, this.options.maxExtraDepth));
		} else {
			value = this.anyValue(4);
		}
		return this.write(value, 0);
	}

	policy(): Value {
		const r = this.random;
		const entries: [string, Value][] = [];
		if (r.chance(0.8)) {
			entries.push(['Version', r.pick(versions)]);
		}
		if (r.chance(0.2)) {
			entries.push(['Id', this.string()]);
		}
		const statements = Array.from({ length: r.int(0, 4) }, () => this.statement());
		entries.push(['Statement', statements.length === 1 && r.chance(0.3) ? statements[0] : statements]);
		return { entries: this.shuffle(this.maybeDuplicate(entries)) };
	}

	statement(): Value {
		const r = this.random;
		const entries: [string, Value][] = [];
		if (r.chance(0.5)) {
			entries.push(['Sid', r.chance(0.7) ? `Sid${r.int(0, 99)}` : this.string()]);
		}
		if (r.chance(0.9)) {
			entries.push(['Effect', r.pick(effects)]);
		}
		entries.push([r.chance(0.85) ? 'Action' : 'NotAction', this.oneOrMany(() => this.action())]);
		if (r.chance(0.9)) {
			entries.push([r.chance(0.85) ? 'Resource' : 'NotResource', this.oneOrMany(() => this.resource())]);
		}
		if (r.chance(0.4)) {
			entries.push(['Condition', this.condition()]);
		}
		if (r.chance(0.05)) {
			entries.push([
				r.pick(['Principal', 'NotPrincipal']),
				r.chance(0.5) ? '*' : { entries: [['AWS', 'arn:aws:iam::123456789012:root']] },
			]);
		}
		if (r.chance(0.05)) {
			entries.push([r.pick(elementNames).toLowerCase(), this.anyValue(2)]);
		}
		return { entries: this.shuffle(this.maybeDuplicate(entries)) };
	}

	action(): Value {
		const r = this.random;
		switch (r.int(0, 9)) {
			case 0:
			case 1:
			case 2:
				return this.recase(r.pick(this.supportActionNames));
			case 3: {
				const prefix = r.pick(this.prefixes);
				const names = catalog.actionNames(prefix);
				return names.length ? `${prefix}:${r.pick(names)}` : `${prefix}:`;
			}
			case 4:
				return this.wildcard(r.pick(this.supportActionNames));
			case 5:
				return r.pick(['*', 'support:*', '*:*', 'support:Describe*', 'trustedadvisor:?*', 's*:*Case?', 'supportrecommendations:*']);
			case 6:
				return `${r.pick(this.prefixes)}:${this.string()}`;
			case 7:
				return r.pick(this.prefixes);
			case 8:
				return r.chance(0.5) ? r.int(-5, 5) : r.pick([true, null, { entries: [] }, []]);
			default:
				return this.string();
		}
	}

	resource(): Value {
		const r = this.random;
		switch (r.int(0, 5)) {
			case 0:
			case 1:
				return '*';
			case 2:
				return this.arnFromFormat(r.pick(this.arnFormats));
			case 3:
				return this.wildcard(this.arnFromFormat(r.pick(this.arnFormats)));
			case 4:
				return `arn:${r.pick(['aws', 'aws-cn', '*', ''])}:${r.pick(['s3', 'iam', 'support', '*'])}:::${r.pick(['${aws:username}/*', 'bucket/*', '', this.string()])}`;
			default:
				return r.chance(0.5) ? this.string() : r.pick([1, false, null, { entries: [] }]);
		}
	}

	condition(): Value {
		const r = this.random;
		const operators: [string, Value][] = Array.from({ length: r.int(0, 3) }, () => {
			const operator = r.chance(0.85) ? r.pick(this.operators) : this.string();
			const keys: [string, Value][] = Array.from({ length: r.int(0, 3) }, () => {
				const key = r.chance(0.8) ? this.recase(r.pick(this.globalKeys).replace('${TagKey}', 'team')) : this.string();
				return [
					key,
					this.oneOrMany(() =>
						r.chance(0.8) ? r.pick(conditionValues) : r.chance(0.5) ? this.string() : r.pick([1, true, null]),
					),
				];
			});
			return [operator, r.chance(0.9) ? { entries: keys } : this.anyValue(2)];
		});
		return r.chance(0.95) ? { entries: operators } : this.anyValue(2);
	}

	private template(): Value {
		const r = this.random;
		const resources: [string, Value][] = Array.from({ length: r.int(1, 3) }, (_, i) => [
			`Role${i}`,
			{
				entries: [
					['Type', 'AWS::IAM::Policy'],
					[
						'Properties',
						{
							entries: [
								['PolicyName', 'p'],
								['PolicyDocument', this.policy()],
							],
						},
					],
				],
			},
		]);
		return {
			entries: [
				['AWSTemplateFormatVersion', '2010-09-09'],
				['Resources', { entries: resources }],
			],
		};
	}

	private nested(value: Value, depth: number): Value {
		let result = value;
		for (let i = 0; i < depth; i++) {
			result = this.random.chance(0.5) ? [result] : { entries: [[this.random.pick(['a', 'Statement', 'Properties', '']), result]] };
		}
		return result;
	}

	private anyValue(depth: number): Value {
		const r = this.random;
		const kind = depth <= 0 ? r.int(0, 3) : r.int(0, 5);
		switch (kind) {
			case 0:
				return this.string();
			case 1:
				// eslint-disable-next-line no-loss-of-precision -- a number JSON can write but a double cannot hold
				return r.pick([0, -1, 1e308, 0.5, 12345678901234567890]);
			case 2:
				return r.pick([true, false]);
			case 3:
				return null;
			case 4:
				return Array.from({ length: r.int(0, 3) }, () => this.anyValue(depth - 1));
			default:
				return {
					entries: Array.from({ length: r.int(0, 3) }, (): [string, Value] => [
						r.chance(0.5) ? r.pick(elementNames) : this.string(),
						this.anyValue(depth - 1),
					]),
				};
		}
	}

	private string(): string {
		const r = this.random;
		if (r.chance(0.01)) {
			// Long enough to expose work that grows with the square of a value's length.
			return r.pick(['x', 'a*', 'arn:aws:', '/*?', 'support:', '\u00e9']).repeat(r.int(500, 20_000));
		}
		if (r.chance(0.6)) {
			return r.pick(oddStrings);
		}
		return Array.from({ length: r.int(1, 12) }, () =>
			r.chance(0.8) ? String.fromCharCode(r.int(0x20, 0x7e)) : String.fromCharCode(r.int(0, 0xffff)),
		).join('');
	}

	private oneOrMany(make: () => Value): Value {
		const r = this.random;
		return r.chance(0.4) ? make() : Array.from({ length: r.int(0, 4) }, make);
	}

	private wildcard(text: string): string {
		const r = this.random;
		const at = r.int(0, text.length);
		return (
			text.slice(0, at) + r.pick(['*', '?', '**', '*?']) + text.slice(r.chance(0.5) ? at : Math.min(text.length, at + r.int(1, 5)))
		);
	}

	private recase(text: string): string {
		const r = this.random;
		return r.chance(0.8) ? text : r.chance(0.5) ? text.toLowerCase() : text.toUpperCase();
	}

	private arnFromFormat(format: string): string {
		return format.replace(/\$\{([^}]*)\}/g, (_, name: string) =>
			this.random.pick([
				name === 'Partition' ? 'aws' : name === 'Account' ? '123456789012' : name === 'Region' ? 'us-east-1' : 'x1',
				'*',
				'',
				'${aws:username}',
			]),
		);
	}

	private maybeDuplicate(entries: [string, Value][]): [string, Value][] {
		return entries.length && this.random.chance(0.05) ? [...entries, this.random.pick(entries)] : entries;
	}

	private shuffle<T>(items: T[]): T[] {
		if (this.random.chance(0.5)) {
			return items;
		}
		for (let i = items.length - 1; i > 0; i--) {
			const j = this.random.int(0, i);
			[items[i], items[j]] = [items[j], items[i]];
		}
		return items;
	}

	/** Writes JSON with odd whitespace, comments and trailing commas now and then (JSONC allows them). */
	private write(value: Value, indent: number): string {
		const r = this.random;
		const space = () => (r.chance(0.7) ? r.pick([' ', '', '\n' + '\t'.repeat(indent + 1)]) : r.pick(whitespace));
		const comment = () => (r.chance(0.03) ? r.pick(['// note\n', '/* } ] " */', '/**/']) : '');
		const trailing = () => (r.chance(0.05) ? ',' : '');
		if (value === null || typeof value === 'number' || typeof value === 'boolean') {
			return String(value);
		}
		if (typeof value === 'string') {
			return JSON.stringify(value);
		}
		if (Array.isArray(value)) {
			const items = value.map((item) => space() + comment() + this.write(item, indent + 1));
			return `[${items.join(',')}${items.length ? trailing() : ''}${space()}]`;
		}
		const members = value.entries.map(
			([key, item]) =>
				`${space()}${comment()}${JSON.stringify(key)}${r.chance(0.1) ? r.pick(whitespace) : ''}:${space()}${this.write(item, indent + 1)}`,
		);
		return `{${members.join(',')}${members.length ? trailing() : ''}${space()}}`;
	}
}
