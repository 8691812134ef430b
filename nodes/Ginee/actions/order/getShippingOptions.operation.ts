import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { eachItem } from '../../helpers/eachItem';
import { readOrderId } from '../../helpers/orderLookup';
import { clampTimeout, gineeApiRequest } from '../../transport';
import { explainGineeCode } from '../../transport/errors';

export { option, properties } from './getShippingOptions.description';

const GET_SHIPPING_PARAMETER_PATH = '/openapi/logistics/v1/get-shipping-parameter';

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await eachItem.call(this, items, async (itemIndex) => {
		const orderId = readOrderId.call(this, itemIndex);
		const { timeout } = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		try {
			const answer = await gineeApiRequest.call(
				this,
				GET_SHIPPING_PARAMETER_PATH,
				{ orderId },
				{ kind: 'read', itemIndex, timeout: clampTimeout(timeout) },
			);
			return { orderId, ...((answer.data ?? {}) as IDataObject) };
		} catch (error) {
			throw explainGineeCode(
				error,
				'BUSINESS_ERROR',
				`Ginee has no shipping options for order ${orderId}: only paid marketplace orders that ` +
					'are not yet shipped have them (manual orders are shipped with Mark as Shipped).',
			);
		}
	});
}
