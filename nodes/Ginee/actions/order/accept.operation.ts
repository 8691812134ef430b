import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { eachItem } from '../../helpers/eachItem';
import { callForOrder } from '../../helpers/orderLookup';

export { option, properties } from './accept.description';

const ACCEPT_ORDER_PATH = '/openapi/order/v1/accept';

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await eachItem.call(this, items, async (itemIndex) => {
		const { orderId, answer } = await callForOrder.call(this, itemIndex, {
			path: ACCEPT_ORDER_PATH,
			kind: 'write',
			refusal: (id) =>
				'Ginee accepts an order only while it waits to be accepted: a paid marketplace order ' +
				`that is not yet ready to ship. Check order ${id} with Get Details.`,
		});
		return { orderId, accepted: true, transactionId: answer.transactionId ?? null };
	});
}
