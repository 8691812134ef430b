import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { needsReason, OTHER_REASON, reasonMismatch } from '../../helpers/cancelReasons';
import { eachItem } from '../../helpers/eachItem';
import { readOrderId, readOrdersById } from '../../helpers/orderLookup';
import { clampTimeout, gineeApiRequest } from '../../transport';
import { explainGineeCode } from '../../transport/errors';

export { option, properties } from './cancel.description';

const CANCEL_ORDER_PATH = '/openapi/order/v2/cancel';

interface Cancellation {
	orderId: string;
	cancelId: string;
	cancelNote: string;
	timeout: number;
}

function readCancellation(this: IExecuteFunctions, itemIndex: number): Cancellation {
	const orderId = readOrderId.call(this, itemIndex);
	const reason = String(this.getNodeParameter('cancelReason', itemIndex, '') ?? '').trim();
	const cancelId =
		reason === OTHER_REASON
			? String(this.getNodeParameter('otherReasonCode', itemIndex, '') ?? '').trim()
			: reason;
	if (reason === OTHER_REASON && !cancelId)
		throw new NodeOperationError(this.getNode(), "'Reason Code' is empty: give Ginee's cancelId", {
			itemIndex,
		});
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	return {
		orderId,
		cancelId,
		cancelNote: String(options.cancelNote ?? '').trim(),
		timeout: clampTimeout(options.timeout),
	};
}

/**
 * One order per call: Ginee answers a cancellation with one order ID and its errors name no order,
 * so only a call of one order tells each item its own outcome. The orders' channels (which Ginee
 * requires, and which decide the reason) are read first, 100 per call.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const cancellations = items.map((_, itemIndex) => {
		try {
			return readCancellation.call(this, itemIndex);
		} catch (error) {
			return error as Error;
		}
	});
	const valid = cancellations.filter((entry): entry is Cancellation => !(entry instanceof Error));
	let orders = new Map<string, IDataObject>();
	let lookupError: unknown;
	try {
		if (valid.length)
			orders = await readOrdersById.call(
				this,
				valid.map((entry) => entry.orderId),
				valid[0].timeout,
			);
	} catch (error) {
		lookupError = error;
	}
	return await eachItem.call(this, items, async (itemIndex) => {
		const cancellation = cancellations[itemIndex];
		if (cancellation instanceof Error) throw cancellation;
		if (lookupError) throw lookupError;
		const { orderId, cancelId, cancelNote, timeout } = cancellation;
		const fail = (message: string) =>
			new NodeOperationError(this.getNode(), message, {
				itemIndex,
				description: 'Nothing was sent to Ginee.',
			});
		const order = orders.get(orderId);
		if (!order)
			throw fail(`Order ${orderId} not found: Ginee has no such order in the last 3 months`);
		const channel = String(order.channel);
		if (!cancelId && needsReason(channel))
			throw fail(
				`'Reason' is required: order ${orderId} is a ${channel} ` +
					`order, which Ginee cancels only with a reason`,
			);
		const mismatch = cancelId ? reasonMismatch(cancelId, channel) : undefined;
		if (mismatch) throw fail(`'Reason' does not fit order ${orderId}: ${mismatch}`);
		const entry: IDataObject = { orderId, channelEnum: channel, cancelId };
		if (cancelNote) entry.cancelNote = cancelNote;
		try {
			const answer = await gineeApiRequest.call(
				this,
				CANCEL_ORDER_PATH,
				{ orderInfoList: [entry] },
				{ kind: 'write', itemIndex, timeout },
			);
			return {
				orderId,
				cancelled: true,
				channel,
				cancelId: cancelId || null,
				previousStatus: order.orderStatus ?? null,
				transactionId: answer.transactionId ?? null,
			};
		} catch (error) {
			throw explainGineeCode(
				error,
				'BUSINESS_ERROR',
				`Ginee refused to cancel order ${orderId} (status ${String(order.orderStatus)} when the ` +
					'node read it). Orders that have shipped, been delivered or been cancelled cannot be ' +
					'cancelled; check the order with Get Details.',
			);
		}
	});
}
