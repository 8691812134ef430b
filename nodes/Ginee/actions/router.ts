import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import * as inventory from './inventory';
import { ALLOW_TOOL_WRITES, type Operation } from './operation';
import * as order from './order';
import * as price from './price';
import * as product from './product';
import * as shop from './shop';
import * as warehouseDocument from './warehouseDocument';

/** The value n8n gives Resource or Operation for its injected "Custom API Call". */
const CUSTOM_API_CALL = '__CUSTOM_API_CALL__';

/** Every resource's operations, by their values in the Resource and Operation fields. */
export const RESOURCES: Record<string, { operations: Record<string, Operation> }> = {
	inventory,
	order,
	price,
	product,
	shop,
	warehouseDocument,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const run = RESOURCES[resource]?.operations[operation];
	if (!run) {
		// n8n adds "Custom API Call" to every node whose credential signs requests itself
		if (resource === CUSTOM_API_CALL || operation === CUSTOM_API_CALL) {
			throw new NodeOperationError(this.getNode(), 'Custom API Call runs in an HTTP Request node', {
				description:
					"Add an HTTP Request node and set Authentication to 'Predefined Credential Type', " +
					"Credential Type to 'Ginee API': it signs the request for you.",
			});
		}
		throw new NodeOperationError(
			this.getNode(),
			`The operation '${operation}' of '${resource}' is not supported`,
		);
	}
	const asTool = this.getNode().type.endsWith('Tool');
	// The switch as the person set it, never evaluated: an expression ($fromAI) could let the model
	// decide for itself
	const allowed = this.getNode().parameters[ALLOW_TOOL_WRITES] === true;
	if (asTool && run.option.writes && !allowed)
		throw new NodeOperationError(
			this.getNode(),
			`This tool changes data in Ginee ('${run.option.action}') and an AI model may not run it ` +
				'on its own: nothing was sent',
			{
				description:
					"Turn on 'Let the AI Model Make This Change' in the tool's parameters, best behind a " +
					'human review step: text a buyer wrote (names, notes, addresses) reaches the model.',
			},
		);
	return [await run.execute.call(this, items)];
}
