import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { executeManualStep } from '../../helpers/manualOrderSteps';

export { option, properties } from './markShipped.description';

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await executeManualStep.call(this, items, {
		path: '/openapi/order/v1/move-shipped',
		label: 'Mark as Shipped',
		to: 'SHIPPING',
		from: ['PAID', 'READY_TO_SHIP'],
	});
}
