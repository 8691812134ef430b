import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { clampTimeout, gineeApiRequest } from '../../../shared/transport';
import { ENDPOINTS } from '../../../shared/transport/endpoints';
import { eachItem } from '../../helpers/eachItem';

export { option, properties } from './getInboundOrder.description';

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await eachItem.call(this, items, async (itemIndex) => {
		const id = String(this.getNodeParameter('inboundOrderId', itemIndex, '') ?? '').trim();
		if (!/^\d+$/.test(id))
			throw new NodeOperationError(
				this.getNode(),
				id
					? `'Inbound Order ID' must be Ginee's number for the order, got ${JSON.stringify(id)}`
					: "'Inbound Order ID' is required",
				{ itemIndex },
			);
		const { timeout } = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const answer = await gineeApiRequest.call(
			this,
			ENDPOINTS.GetInboundOrder,
			{},
			{
				kind: 'read',
				method: 'GET',
				qs: { inboundOrderId: id },
				itemIndex,
				timeout: clampTimeout(timeout),
			},
		);
		const order = answer.data;
		if (order === null || typeof order !== 'object' || Array.isArray(order))
			throw new NodeOperationError(
				this.getNode(),
				`Ginee's answer for inbound order ${id} holds no order`,
				{ itemIndex },
			);
		return order as IDataObject;
	});
}
