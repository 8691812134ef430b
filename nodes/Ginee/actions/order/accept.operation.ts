import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { eachItem } from '../../helpers/eachItem';
import { readOrderId } from '../../helpers/orderLookup';
import { clampTimeout, gineeApiRequest } from '../../transport';
import { explainGineeCode } from '../../transport/errors';

export { option, properties } from './accept.description';

const ACCEPT_ORDER_PATH = '/openapi/order/v1/accept';

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
				ACCEPT_ORDER_PATH,
				{ orderId },
				{ kind: 'write', itemIndex, timeout: clampTimeout(timeout) },
			);
			return { orderId, accepted: true, transactionId: answer.transactionId ?? null };
		} catch (error) {
			throw explainGineeCode(
				error,
				'BUSINESS_ERROR',
				`Ginee accepts an order only while it waits to be accepted: a paid marketplace order ` +
					`that is not yet ready to ship. Check order ${orderId} with Get Details.`,
			);
		}
	});
}
