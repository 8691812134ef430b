import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

/**
 * How an operation appears in its resource's Operation list (its value is its key in the resource),
 * and what an AI Agent's model is told when the node is its tool.
 */
export type OperationOption = Pick<INodePropertyOptions, 'name' | 'description' | 'action'> & {
	toolDescription: string;
	/** Changes data in Ginee: says what a rerun sends; an AI model may not run it by default. */
	writes?: true;
};

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
			.map(([value, { option }]) => ({
				name: option.name,
				value,
				description: option.description,
				action: option.action,
			}))
			.sort((a, b) => a.name.localeCompare(b.name)),
		default: defaultOperation,
	};
	const fields = entries.flatMap(([operation, { option, properties }]) =>
		updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, [
			toolDescription(option.toolDescription),
			...(option.writes ? writeSafety() : []),
			...properties,
		]),
	);
	return [selector, ...fields];
}

/**
 * The description an AI Agent's model gets for the node as a tool, shown only in tool mode. n8n
 * adds its own generic one ("<action> in Ginee") unless a node defines this parameter.
 */
function toolDescription(text: string): INodeProperties {
	return {
		displayName: 'Tool Description',
		name: 'toolDescription',
		type: 'string',
		typeOptions: { rows: 3 },
		default: text,
		description: 'What the AI model is told this tool does, needs and returns',
		displayOptions: { show: { '@tool': [true] } },
	};
}

/** The parameter that lets an AI model run a write operation as a tool. */
export const ALLOW_TOOL_WRITES = 'allowToolWrites';

/**
 * What a write operation shows first: what a retry or a rerun sends again, and in tool mode the
 * switch an AI model needs before it may change anything (off by default).
 */
function writeSafety(): INodeProperties[] {
	return [
		{
			displayName:
				'This changes data in Ginee. If a run stops partway, its error names the items Ginee ' +
				'already applied: leave them out when you run it again. n8n’s automatic retries ' +
				'never send an item Ginee applied a second time.',
			name: 'writeNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Let the AI Model Make This Change',
			name: ALLOW_TOOL_WRITES,
			type: 'boolean',
			// a person decides, never an expression: $fromAI() would hand the decision to the model
			noDataExpression: true,
			default: false,
			description:
				'Whether an AI Agent may run this change without a person confirming it. Off: the tool ' +
				'refuses and sends nothing. Buyer names, notes and addresses reach the model, so turn it ' +
				'on only behind a human review step.',
			displayOptions: { show: { '@tool': [true] } },
		},
	];
}
