import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { clampTimeout, gineeApiRequest } from '../../../shared/transport';
import { ENDPOINTS } from '../../../shared/transport/endpoints';
import { eachItem } from '../../helpers/eachItem';

export { option, properties } from './getOrderOutbound.description';

/**
 * GetOutboundOrder (a GET by orderId): each outbound order of the order is an output item, paired
 * to its input; an order without any gives one `notFound` item, so the run goes on.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await eachItem.call(this, items, async (itemIndex) => {
		const orderId = String(this.getNodeParameter('orderId', itemIndex, '') ?? '').trim();
		if (!orderId)
			throw new NodeOperationError(this.getNode(), "'Order ID' is required", { itemIndex });
		const { timeout } = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const answer = await gineeApiRequest.call(
			this,
			ENDPOINTS.GetOutboundOrder,
			{},
			{ kind: 'read', method: 'GET', qs: { orderId }, itemIndex, timeout: clampTimeout(timeout) },
		);
		// Ginee's example answers with a list; a single object is read as a list of one
		const data = answer.data;
		const records = (Array.isArray(data) ? data : data ? [data] : []).filter(
			(record): record is IDataObject => typeof record === 'object' && record !== null,
		);
		if (records.length) return records;
		return {
			orderId,
			notFound: true,
			message: `Ginee has no outbound order for order ${orderId} (yet)`,
		};
	});
}
