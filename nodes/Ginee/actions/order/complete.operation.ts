import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { executeManualStep } from '../../helpers/manualOrderSteps';

export { option, properties } from './complete.description';

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await executeManualStep.call(this, items, {
		path: '/openapi/order/v1/completed',
		label: 'Complete',
		to: 'DELIVERED',
		from: ['SHIPPING'],
	});
}
