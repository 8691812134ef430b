import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { ENDPOINTS } from '../../../shared/transport/endpoints';
import { executeManualStep } from './manualOrderSteps';

export { option, properties } from './markShipped.description';

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await executeManualStep.call(this, items, {
		path: ENDPOINTS.MoveShipped,
		label: 'Mark as Shipped',
		to: 'SHIPPING',
		from: ['PAID', 'READY_TO_SHIP'],
	});
}
