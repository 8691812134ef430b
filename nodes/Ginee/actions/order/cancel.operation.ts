import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { clampTimeout, gineeApiRequest } from '../../../shared/transport';
import { ENDPOINTS } from '../../../shared/transport/endpoints';
import { explainGineeCode } from '../../../shared/transport/errors';
import { WriteLedger } from '../../helpers/writes';
import { needsReason, OTHER_REASON, reasonMismatch } from './cancelReasons';
import { readOrderId, readOrdersById } from './orderLookup';

export { option, properties } from './cancel.description';

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
 * requires, and which decide the reason) are read first, PER_CALL.orderIds a call, and every
 * item's reason is checked against its order before the first cancellation is sent.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const ledger = WriteLedger.check(
		this,
		items,
		(itemIndex) => readCancellation.call(this, itemIndex),
		(entry) => `order ${entry.orderId}`,
	);
	const orders = await ledger.lookUp(
		async (pending) =>
			await readOrdersById.call(
				this,
				pending.map(({ write }) => write.orderId),
				pending[0].write.timeout,
			),
		new Map<string, IDataObject>(),
	);
	await ledger.checkEach((entry) => {
		const problem = reasonProblem(entry, orders.get(entry.orderId));
		if (problem) throw new NodeOperationError(this.getNode(), problem);
	});
	await ledger.sendEach(
		async ({ write: { orderId, cancelId, cancelNote, timeout }, itemIndexes: [itemIndex] }) => {
			const order = orders.get(orderId) as IDataObject;
			const channel = String(order.channel);
			const entry: IDataObject = { orderId, channelEnum: channel, cancelId };
			if (cancelNote) entry.cancelNote = cancelNote;
			try {
				const answer = await gineeApiRequest.call(
					this,
					ENDPOINTS.CancelOrderV2,
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
					`Ginee refused to cancel order ${orderId} (status ${String(order.orderStatus)} when ` +
						'the node read it). Orders that have shipped, been delivered or been cancelled ' +
						'cannot be cancelled; check the order with Get Details.',
				);
			}
		},
		ledger.units((entry) => entry.orderId),
	);
	return ledger.finish();
}

/** Why this cancellation cannot be sent for the order as Ginee has it, or undefined. */
function reasonProblem(
	{ orderId, cancelId }: Cancellation,
	order: IDataObject | undefined,
): string | undefined {
	if (!order) return `Order ${orderId} not found: Ginee has no such order in the last 3 months`;
	const channel = String(order.channel);
	if (!cancelId && needsReason(channel))
		return (
			`'Reason' is required: order ${orderId} is a ${channel} ` +
			`order, which Ginee cancels only with a reason`
		);
	const mismatch = cancelId ? reasonMismatch(cancelId, channel) : undefined;
	return mismatch ? `'Reason' does not fit order ${orderId}: ${mismatch}` : undefined;
}
