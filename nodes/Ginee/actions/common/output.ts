import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

export type OutputShape =
	| { kind: 'simplified' }
	| { kind: 'raw' }
	| { kind: 'fields'; fields: string[] };

interface OutputFieldsConfig {
	/** What one output item is, e.g. "order". */
	record: string;
	/** What Simplified returns, for the field descriptions. */
	simplified: string;
	/** Some of Simplified's names and of Raw's, to tell them apart. */
	namesIn: { simplified: string; raw: string };
	/** Ginee's top-level fields of one record, offered under Selected Fields. */
	fields: INodePropertyOptions[];
	/** Kept with any selection, so that each item stays identifiable. */
	alwaysKept: string[];
}

/**
 * The Output choice n8n's nodes offer when they can serve an AI model (Simplified / Raw / Selected
 * Fields).
 */
export function outputFields(config: OutputFieldsConfig): INodeProperties[] {
	return [
		{
			displayName: 'Output',
			name: 'output',
			builderHint: {
				propertyHint:
					'Simplified for most workflows and AI agents; Raw only when a field Simplified leaves ' +
					'out is needed; Selected Fields to pick Ginee’s fields',
			},
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
			displayOptions: { show: { output: ['fields'] } },
		},
	];
}

/**
 * What an item asked for under Output. An empty Selected Fields is refused before anything is
 * asked of Ginee.
 */
export function readOutputShape(this: IExecuteFunctions, itemIndex: number): OutputShape {
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
