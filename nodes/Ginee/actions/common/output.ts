import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { FROM_VERSION_1_1, ONLY_VERSION_1, VERSION_1_1 } from './versions';

export type OutputShape =
	| { kind: 'simplified' }
	| { kind: 'raw' }
	| { kind: 'fields'; fields: string[] };

interface OutputFieldsConfig {
	/** What one output item is, e.g. "order". */
	record: string;
	/** What Simplified returns, for the field descriptions. */
	simplified: string;
	/** Some of Simplified's names (from version 1.1) and of Raw's, to tell them apart. */
	namesIn: { simplified: string; raw: string };
	/** Ginee's top-level fields of one record, offered under Selected Fields. */
	fields: INodePropertyOptions[];
	/** Kept with any selection, so that each item stays identifiable. */
	alwaysKept: string[];
	/** Whether version 1 had the Simplify switch (an operation without it returned Raw). */
	simplifyInVersion1?: false;
}

/**
 * Version 1's Simplify switch, and from version 1.1 the Output choice n8n's nodes offer when they
 * can serve an AI model (Simplified / Raw / Selected Fields): the same default in both.
 */
export function outputFields(config: OutputFieldsConfig): INodeProperties[] {
	const simplify: INodeProperties = {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description: `Whether to return ${config.simplified} instead of every field Ginee sends`,
		displayOptions: { show: ONLY_VERSION_1 },
	};
	return [
		...(config.simplifyInVersion1 === false ? [] : [simplify]),
		{
			displayName: 'Output',
			name: 'output',
			type: 'options',
			options: [
				{
					name: 'Simplified',
					value: 'simplified',
					description:
						`${config.simplified[0].toUpperCase()}${config.simplified.slice(1)}, in plain ` +
						`names (${config.namesIn.simplified})`,
				},
				{
					name: 'Raw',
					value: 'raw',
					description:
						`Every field Ginee sends for each ${config.record}, in Ginee's own names ` +
						`(${config.namesIn.raw})`,
				},
				{
					name: 'Selected Fields',
					value: 'fields',
					description: `Only the fields of Ginee's ${config.record} you choose`,
				},
			],
			default: 'simplified',
			displayOptions: { show: FROM_VERSION_1_1 },
		},
		{
			displayName: 'Fields',
			name: 'fields',
			type: 'multiOptions',
			// each choice names the key it adds to the output
			options: config.fields
				.map((field) => ({ ...field, name: `${field.name} (${field.value})` }))
				.sort((a, b) => a.name.localeCompare(b.name)),
			required: true,
			default: [],
			description:
				`Ginee's fields to return for each ${config.record}; ` +
				`${config.alwaysKept.join(', ')} always comes with them`,
			displayOptions: { show: { ...FROM_VERSION_1_1, output: ['fields'] } },
		},
	];
}

/**
 * What an item asked for: from version 1.1 the Output choice, before it the Simplify switch (Raw
 * for an operation whose version 1 had none: `simplifyInVersion1` as given to outputFields). An
 * empty Selected Fields is refused before anything is asked of Ginee.
 */
export function readOutputShape(
	this: IExecuteFunctions,
	itemIndex: number,
	{ simplifyInVersion1 }: Pick<OutputFieldsConfig, 'simplifyInVersion1'> = {},
): OutputShape {
	if (this.getNode().typeVersion < VERSION_1_1) {
		if (simplifyInVersion1 === false) return { kind: 'raw' };
		const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
		return { kind: simplify ? 'simplified' : 'raw' };
	}
	const output = this.getNodeParameter('output', itemIndex, 'simplified') as string;
	if (output === 'raw') return { kind: 'raw' };
	if (output !== 'fields') return { kind: 'simplified' };
	const fields = this.getNodeParameter('fields', itemIndex, []) as unknown;
	if (!Array.isArray(fields) || fields.length === 0) {
		throw new NodeOperationError(
			this.getNode(),
			"'Fields' is empty: choose at least one field to return, or set 'Output' to Simplified",
			{ itemIndex },
		);
	}
	return { kind: 'fields', fields: fields.map(String) };
}

/** Ginee's records in the shape asked for; a selected field Ginee did not send is null. */
export function shapeRecords(
	records: IDataObject[],
	shape: OutputShape,
	simplify: (record: IDataObject) => IDataObject,
	alwaysKept: string[],
): IDataObject[] {
	if (shape.kind === 'raw') return records;
	if (shape.kind === 'simplified') return records.map(simplify);
	const wanted = [...alwaysKept, ...shape.fields.filter((field) => !alwaysKept.includes(field))];
	return records.map((record) =>
		Object.fromEntries(wanted.map((field) => [field, record[field] ?? null])),
	);
}
