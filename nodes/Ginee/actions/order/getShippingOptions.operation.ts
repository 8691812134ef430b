import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { recordsOf } from '../../helpers/answers';
import { eachItem } from '../../helpers/eachItem';
import { callForOrder } from '../../helpers/orderLookup';
import { clampTimeout, gineeApiRequest } from '../../transport';

export { option, properties } from './getShippingOptions.description';

const GET_SHIPPING_PARAMETER_PATH = '/openapi/logistics/v1/get-shipping-parameter';
const GET_ORDER_LOGISTICS_PATH = '/openapi/order/logistics/list';

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
		const options = { orderId, ...((answer.data ?? {}) as IDataObject) };
		const { includeOrderLogistics, timeout } = this.getNodeParameter(
			'options',
			itemIndex,
			{},
		) as IDataObject;
		if (!includeOrderLogistics) return options;
		const logistics = await gineeApiRequest.call(
			this,
			GET_ORDER_LOGISTICS_PATH,
			{ orderId },
			{ kind: 'read', itemIndex, timeout: clampTimeout(timeout) },
		);
		return { ...options, orderLogistics: recordsOf(logistics.data, 'GetOrderLogistics') };
	});
}
