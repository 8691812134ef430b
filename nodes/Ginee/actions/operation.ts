import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

/**
 * How an operation appears in its resource's Operation list; its value is its key in the resource.
 */
export type OperationOption = Pick<INodePropertyOptions, 'name' | 'description' | 'action'>;

/**
 * One operation: `<operation>.description.ts` gives option and properties,
 * `<operation>.operation.ts` adds execute.
 */
export interface Operation {
	option: OperationOption;
	properties: INodeProperties[];
	execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]>;
}

/**
 * A resource's Operation selector and every operation's fields, each field shown only for its own
 * resource and operation (display rules attached here, once per operation).
 */
export function resourceDescription(
	resource: string,
	operations: Record<string, Operation>,
	defaultOperation: string,
): INodeProperties[] {
	const entries = Object.entries(operations);
	const selector: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: entries
			.map(([value, { option }]) => ({ ...option, value }))
			.sort((a, b) => a.name.localeCompare(b.name)),
		default: defaultOperation,
	};
	const fields = entries.flatMap(([operation, { properties }]) =>
		updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, properties),
	);
	return [selector, ...fields];
}
