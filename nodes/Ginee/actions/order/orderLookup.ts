import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { clampTimeout, gineeApiRequest } from '../../../shared/transport';
import { PER_CALL } from '../../../shared/transport/endpoints';
import { explainGineeCode } from '../../../shared/transport/errors';
import { readByIds, readList } from '../../../shared/transport/lists';

/**
 * The orders with these Ginee IDs (batch-get, PER_CALL.orderIds a call), by ID; an ID Ginee does
 * not return is absent. For actions that need an order's channel or status before they send
 * anything.
 */
export async function readOrdersById(
	this: IExecuteFunctions,
	orderIds: string[],
	timeout: number,
): Promise<Map<string, IDataObject>> {
	const records = await readByIds(orderIds, PER_CALL.orderIds, async (batch) =>
		readList.call(this, 'GetOrderDetails', { orderIds: batch }, { timeout }),
	);
	const orders = new Map<string, IDataObject>();
	for (const order of records)
		if (typeof order.orderId === 'string') orders.set(order.orderId, order);
	return orders;
}

/** The Ginee order ID of an item, required. */
export function readOrderId(this: IExecuteFunctions, itemIndex: number): string {
	const orderId = String(this.getNodeParameter('orderId', itemIndex, '') ?? '').trim();
	if (!orderId)
		throw new NodeOperationError(this.getNode(), "'Order ID' is required", { itemIndex });
	return orderId;
}

/**
 * One call about one item's order (`{ orderId, ...extra }`); Ginee's refusal (BUSINESS_ERROR) gets
 * `refusal` as its description.
 */
export async function callForOrder(
	this: IExecuteFunctions,
	itemIndex: number,
	{
		path,
		kind,
		extra = {},
		refusal,
	}: {
		path: string;
		kind: 'read' | 'write';
		extra?: IDataObject;
		refusal: (orderId: string) => string;
	},
) {
	const orderId = readOrderId.call(this, itemIndex);
	const { timeout } = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	try {
		const answer = await gineeApiRequest.call(
			this,
			path,
			{ orderId, ...extra },
			{ kind, itemIndex, timeout: clampTimeout(timeout) },
		);
		return { orderId, answer };
	} catch (error) {
		throw explainGineeCode(error, 'BUSINESS_ERROR', refusal(orderId));
	}
}
