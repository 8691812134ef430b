import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { clampTimeout, gineeApiRequest } from '../transport';
import { explainGineeCode } from '../transport/errors';
import { eachItem } from './eachItem';
import { chunk } from './idList';
import { readOrderId, readOrdersById } from './orderLookup';

/** Not published by Ginee: the node assumes the limit of its other batch writes. */
export const ORDERS_PER_STEP_CALL = 20;

/** Mark as Shipped or Complete: a manual order's status moved by hand. */
export interface ManualStep {
	path: string;
	/** The operation's name, for messages. */
	label: string;
	/** The status Ginee gives the order. */
	to: string;
	/** The statuses Ginee moves from (for the message when it does not). */
	from: string[];
}

type Outcome = { confirmed: IDataObject } | { error: unknown } | { missing: true };

/**
 * Reads the orders first (their channel), refuses orders that are not manual before sending
 * (Ginee would refuse the whole call: CHANNEL_NOT_SUPPORT), sends the rest 20 per call, and gives
 * each item the outcome of its order: confirmed by Ginee's answer, or not.
 */
export async function executeManualStep(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	step: ManualStep,
): Promise<INodeExecutionData[]> {
	const orderIds = items.map((_, itemIndex) => {
		try {
			return readOrderId.call(this, itemIndex);
		} catch (error) {
			return error as Error;
		}
	});
	const timeoutOf = (itemIndex: number) =>
		clampTimeout((this.getNodeParameter('options', itemIndex, {}) as IDataObject).timeout);
	const wanted = orderIds.filter((id): id is string => typeof id === 'string');
	const firstItem = orderIds.findIndex((id) => typeof id === 'string');
	const outcomes = new Map<string, Outcome>();
	let orders = new Map<string, IDataObject>();
	try {
		if (wanted.length) orders = await readOrdersById.call(this, wanted, timeoutOf(firstItem));
	} catch (error) {
		for (const id of wanted) outcomes.set(id, { error });
	}
	const manual = [...new Set(wanted)].filter(
		(id) => !outcomes.has(id) && orders.get(id)?.channel === 'MANUAL_ID',
	);
	for (const batch of chunk(manual, ORDERS_PER_STEP_CALL)) {
		const itemIndex = orderIds.indexOf(batch[0]);
		try {
			const answer = await gineeApiRequest.call(
				this,
				step.path,
				{ orderInfoList: batch.map((orderId) => ({ orderId, channelEnum: 'MANUAL_ID' })) },
				{ kind: 'write', itemIndex, timeout: timeoutOf(itemIndex) },
			);
			const moved = new Map<string, IDataObject>();
			for (const entry of Array.isArray(answer.data) ? (answer.data as IDataObject[]) : [])
				if (entry && typeof entry.id === 'string') moved.set(entry.id, entry);
			for (const orderId of batch)
				outcomes.set(
					orderId,
					moved.has(orderId) ? { confirmed: moved.get(orderId)! } : { missing: true },
				);
		} catch (error) {
			for (const orderId of batch) outcomes.set(orderId, { error });
		}
	}
	return await eachItem.call(this, items, async (itemIndex) => {
		const orderId = orderIds[itemIndex];
		if (orderId instanceof Error) throw orderId;
		const fail = (message: string, description?: string) =>
			new NodeOperationError(this.getNode(), message, { itemIndex, description });
		const order = orders.get(orderId);
		const outcome = outcomes.get(orderId);
		if (outcome && 'error' in outcome)
			throw explainGineeCode(
				outcome.error,
				'CHANNEL_NOT_SUPPORT',
				`${step.label} is only for manual orders (channel MANUAL_ID).`,
			);
		if (!order)
			throw fail(
				`Order ${orderId} not found: Ginee has no such order in the last 3 months`,
				'Nothing was sent to Ginee.',
			);
		if (order.channel !== 'MANUAL_ID')
			throw fail(
				`Order ${orderId} is a ${String(order.channel)} ` +
					`order: '${step.label}' is only for manual orders`,
				`Nothing was sent to Ginee (it answers CHANNEL_NOT_SUPPORT). Marketplace orders move on ` +
					`as the marketplace reports them; to ship one use 'Ship'.`,
			);
		if (!outcome || 'missing' in outcome)
			throw fail(
				`Ginee did not move order ${orderId} to ${step.to}`,
				`It was ${String(order.orderStatus)} when the node read it; Ginee moves manual orders ` +
					`to ${step.to} from ${step.from.join(' or ')}.`,
			);
		return {
			orderId,
			externalOrderSn: outcome.confirmed.externalOrderSn ?? order.externalOrderSn ?? null,
			orderStatus: step.to,
			previousStatus: order.orderStatus ?? null,
		};
	});
}
