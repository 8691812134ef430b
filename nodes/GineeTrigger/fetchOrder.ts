import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { gineeApiRequest } from '../Ginee/transport';
import type { GineeDelivery } from './delivery';

/** For an order event: the full order from GetOrderDetails, or the reason it could not be had. */
export async function fetchFullOrder(this: IWebhookFunctions, delivery: GineeDelivery): Promise<IDataObject> {
	const orderId = delivery.payload.orderId;
	if (typeof orderId !== 'string' || !orderId) return { order: null, fetchError: 'The delivery has no payload.orderId' };
	try {
		const answer = await gineeApiRequest.call(this, '/openapi/order/v1/batch-get', { orderIds: [orderId] }, { kind: 'read', timeout: 15_000 });
		const order = ((answer.data as IDataObject[] | null) ?? []).find((candidate) => candidate.orderId === orderId);
		return order ? { order } : { order: null, fetchError: `Ginee did not return order ${orderId}` };
	} catch (error) {
		return { order: null, fetchError: (error as Error).message };
	}
}
