import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { eachItem } from '../../helpers/eachItem';
import { callForOrder } from '../../helpers/orderLookup';

export { option, properties } from './getShippingOptions.description';

const GET_SHIPPING_PARAMETER_PATH = '/openapi/logistics/v1/get-shipping-parameter';

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await eachItem.call(this, items, async (itemIndex) => {
		const { orderId, answer } = await callForOrder.call(this, itemIndex, {
			path: GET_SHIPPING_PARAMETER_PATH,
			kind: 'read',
			refusal: (id) =>
				`Ginee has no shipping options for order ${id}: only paid marketplace orders that are ` +
				'not yet shipped have them (manual orders are shipped with Mark as Shipped).',
		});
		return { orderId, ...((answer.data ?? {}) as IDataObject) };
	});
}
