import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { executeManualOrder } from './manualOrderRequest';

export { option, properties } from './createManualOrder.description';

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await executeManualOrder.call(this, items, 'create');
}
