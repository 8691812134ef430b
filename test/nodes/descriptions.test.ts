// Walks every property of every node and credential description: what the editor shows must be
// fillable (options present, defaults valid, display rules pointing at real parameters) and
// consistently worded (placeholders "e.g. …", no tabs or doubled spaces).
import type { INodeProperties, INodePropertyCollection, INodePropertyOptions } from 'n8n-workflow';

import { GineeApi } from '../../credentials/GineeApi.credentials';
import { Ginee } from '../../nodes/Ginee/Ginee.node';
import { GineeOrderTrigger } from '../../nodes/GineeOrderTrigger/GineeOrderTrigger.node';
import { GineeTrigger } from '../../nodes/GineeTrigger/GineeTrigger.node';

const DESCRIPTIONS: Array<[string, INodeProperties[]]> = [
	['Ginee', new Ginee().description.properties],
	['Ginee Trigger', new GineeTrigger().description.properties],
	['Ginee Order Trigger', new GineeOrderTrigger().description.properties],
	['Ginee API credential', new GineeApi().properties],
];

const isExpression = (value: unknown) => typeof value === 'string' && value.startsWith('=');
const optionValues = (property: INodeProperties) =>
	((property.options ?? []) as INodePropertyOptions[]).map((option) => option.value);

/** Every problem of one level of properties (and the levels inside its collections). */
function problemsOf(
	properties: INodeProperties[],
	where: string,
	rootNames: Set<string>,
): string[] {
	const problems: string[] = [];
	const siblings = new Set(properties.map((property) => property.name));
	const texts: Array<[string, unknown]> = [];
	for (const property of properties) {
		const at = `${where} › ${property.displayName} (${property.name})`;
		texts.push(
			[`${at} displayName`, property.displayName],
			[`${at} description`, property.description],
			[`${at} hint`, property.hint],
			[`${at} placeholder`, property.placeholder],
		);
		const loads = Boolean(
			property.typeOptions?.loadOptionsMethod ?? property.typeOptions?.loadOptions,
		);
		if (property.type === 'options' || property.type === 'multiOptions') {
			if (!loads && !property.options?.length)
				problems.push(`${at}: ${property.type} without options or a load method`);
			for (const option of (property.options ?? []) as INodePropertyOptions[]) {
				texts.push(
					[`${at} option ${option.name}`, option.name],
					[`${at} option ${option.name} description`, option.description],
					[`${at} option ${option.name} action`, option.action],
				);
			}
		}
		const values = optionValues(property);
		const fallback = property.default;
		if (!isExpression(fallback)) {
			if (property.type === 'options' && !loads && !values.includes(fallback as string))
				problems.push(`${at}: default ${JSON.stringify(fallback)} is not one of its options`);
			if (property.type === 'options' && loads && fallback !== '' && typeof fallback !== 'string')
				problems.push(`${at}: default of a loaded list must be text`);
			if (
				property.type === 'multiOptions' &&
				(!Array.isArray(fallback) ||
					(!loads && fallback.some((value) => !values.includes(value as string))))
			) {
				problems.push(`${at}: default ${JSON.stringify(fallback)} is not a list of its options`);
			}
			const multiple =
				property.typeOptions?.multipleValues === true &&
				!['collection', 'fixedCollection'].includes(property.type);
			const expected: Record<string, string> = {
				boolean: 'boolean',
				number: 'number',
				string: 'string',
				dateTime: 'string',
				json: 'string',
				notice: 'string',
				collection: 'object',
				fixedCollection: 'object',
			};
			const wanted = multiple ? 'array' : expected[property.type];
			const actual = Array.isArray(fallback) ? 'array' : typeof fallback;
			if (wanted && actual !== wanted)
				problems.push(`${at}: default ${JSON.stringify(fallback)} is not of type ${wanted}`);
		}
		if (
			property.placeholder !== undefined &&
			!['collection', 'fixedCollection'].includes(property.type) &&
			!String(property.placeholder).startsWith('e.g. ')
		) {
			problems.push(`${at}: placeholder "${property.placeholder}" does not start with "e.g. "`);
		}
		for (const rule of [property.displayOptions?.show, property.displayOptions?.hide]) {
			for (const name of Object.keys(rule ?? {})) {
				const exists = name.startsWith('/')
					? rootNames.has(name.slice(1))
					: ['@version', '@tool'].includes(name) || siblings.has(name);
				if (!exists)
					problems.push(`${at}: displayOptions names "${name}", which is not a parameter here`);
			}
		}
		if (property.type === 'collection')
			problems.push(...problemsOf((property.options ?? []) as INodeProperties[], at, rootNames));
		if (property.type === 'fixedCollection') {
			for (const group of (property.options ?? []) as INodePropertyCollection[]) {
				texts.push([`${at} group ${group.name}`, group.displayName]);
				problems.push(...problemsOf(group.values, `${at} › ${group.displayName}`, rootNames));
			}
		}
	}
	for (const [label, text] of texts) {
		if (typeof text !== 'string') continue;
		if (text.includes('\t')) problems.push(`${label}: contains a tab`);
		if (/ {2}/.test(text)) problems.push(`${label}: contains a doubled space`);
	}
	return problems;
}

describe.each(DESCRIPTIONS)('every field of %s can be filled', (_name, properties) => {
	it('has options, valid defaults, display rules that name real parameters and clean texts', () => {
		const rootNames = new Set(properties.map((property) => property.name));
		expect(problemsOf(properties, _name, rootNames)).toEqual([]);
	});
});

describe('the walker itself', () => {
	it('finds each kind of problem it looks for', () => {
		const broken: INodeProperties[] = [
			{ displayName: 'Method', name: 'method', type: 'options', default: '' } as INodeProperties,
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [{ name: 'Paid', value: 'PAID' }],
				default: 'SHIPPED',
			},
			{
				displayName: 'Limit',
				name: 'limit',
				type: 'number',
				default: '50',
				displayOptions: { show: { returnAll: [false] } },
			} as unknown as INodeProperties,
			{
				displayName: 'ID',
				name: 'id',
				type: 'string',
				default: '',
				placeholder: 'SO123',
				description: 'items[\t].itemId',
			},
			{
				displayName: 'Tags',
				name: 'tags',
				type: 'multiOptions',
				options: [{ name: 'A', value: 'a' }],
				default: ['b'],
			},
			{
				displayName: 'Note',
				name: 'note',
				type: 'string',
				default: '',
				description: 'Two  spaces',
			},
		];
		const found = problemsOf(broken, 'X', new Set(broken.map((property) => property.name))).join(
			'\n',
		);
		for (const expected of [
			'without options',
			'not one of its options',
			'not of type number',
			'names "returnAll"',
			'does not start with "e.g. "',
			'contains a tab',
			'not a list of its options',
			'doubled space',
		]) {
			expect(found).toContain(expected);
		}
	});
});
