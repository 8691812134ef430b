import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

/** How many records an AI Agent's tool returns unless the model asks for more. */
const TOOL_LIMIT = 10;

/**
 * The Return All switch and the Limit it hides, as every Get Many shows them. With
 * `toolLimitDescription`, an AI Agent's tool gets a Limit of its own, with a smaller default: each
 * result is text in the model's context. (A parameter of its own: n8n's lint wants every `limit` to
 * default to 50.)
 */
export function returnAllAndLimit(toolLimitDescription?: string): INodeProperties[] {
	const limit: INodeProperties = {
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		displayOptions: { show: { returnAll: [false] } },
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
	};
	const returnAll: INodeProperties = {
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	};
	if (!toolLimitDescription) return [returnAll, limit];
	return [
		returnAll,
		{ ...limit, displayOptions: { show: { returnAll: [false] }, hide: { '@tool': [true] } } },
		{
			...limit,
			name: 'toolLimit',
			displayOptions: { show: { returnAll: [false], '@tool': [true] } },
			default: TOOL_LIMIT,
			description: toolLimitDescription,
		},
	];
}

/**
 * Infinity for Return All, else the Limit; an AI Agent's tool reads its own Limit where the
 * operation gives it one (`hasToolLimit`: returnAllAndLimit was given its description).
 */
export function limitOf(
	context: IExecuteFunctions,
	itemIndex: number,
	hasToolLimit = false,
): number {
	if (context.getNodeParameter('returnAll', itemIndex, false)) return Infinity;
	if (hasToolLimit && context.getNode().type.endsWith('Tool'))
		return context.getNodeParameter('toolLimit', itemIndex, TOOL_LIMIT) as number;
	return context.getNodeParameter('limit', itemIndex, 50) as number;
}
