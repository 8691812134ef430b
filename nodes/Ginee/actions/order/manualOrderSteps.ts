import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { chunk } from '../../../shared/idList';
import { clampTimeout, gineeApiRequest } from '../../../shared/transport';
import { explainGineeCode } from '../../../shared/transport/errors';
import { PER_CALL } from '../../../shared/transport/endpoints';
import { markMayHaveBeenApplied, WriteLedger } from '../../helpers/writes';
import { readOrderId, readOrdersById } from './orderLookup';

/** Mark as Shipped or Complete: a manual order's status moved by hand. */
interface ManualStep {
	path: string;
	/** The operation's name, for messages. */
	label: string;
	/** The status Ginee gives the order. */
	to: string;
	/** The statuses Ginee moves from (for the message when it does not). */
	from: string[];
}

/** Why this order cannot take the step (Ginee would refuse the whole call), or undefined. */
function stepProblem(
	orderId: string,
	order: IDataObject | undefined,
	step: ManualStep,
): { message: string; description?: string } | undefined {
	if (!order)
		return { message: `Order ${orderId} not found: Ginee has no such order in the last 3 months` };
	if (order.channel === 'MANUAL_ID') return undefined;
	return {
		message:
			`Order ${orderId} is a ${String(order.channel)} ` +
			`order: '${step.label}' is only for manual orders`,
		description:
			`Ginee answers CHANNEL_NOT_SUPPORT for it. Marketplace orders move on as the marketplace ` +
			`reports them; to ship one use 'Ship'.`,
	};
}

/**
 * Reads the orders first (their channel) and refuses orders that are not manual before anything is
 * sent (Ginee would refuse the whole call: CHANNEL_NOT_SUPPORT); sends the rest 20 per call, and
 * gives each item the outcome of its order: moved, not moved, or not confirmed.
 */
export async function executeManualStep(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	step: ManualStep,
): Promise<INodeExecutionData[]> {
	const { ledger, writes: orderIds } = WriteLedger.check(
		this,
		items,
		(itemIndex) => readOrderId.call(this, itemIndex),
		(orderId) => `order ${orderId}`,
	);
	const timeoutOf = (itemIndex: number) =>
		clampTimeout((this.getNodeParameter('options', itemIndex, {}) as IDataObject).timeout);
	const wanted = orderIds.filter((id): id is string => id !== undefined);
	let orders = new Map<string, IDataObject>();
	try {
		if (wanted.length)
			orders = await readOrdersById.call(this, wanted, timeoutOf(orderIds.indexOf(wanted[0])));
	} catch (error) {
		orderIds.forEach((id, itemIndex) => id && ledger.reject(itemIndex, error as Error));
	}
	orderIds.forEach((orderId, itemIndex) => {
		if (!orderId || !ledger.isPending(itemIndex)) return;
		const problem = stepProblem(orderId, orders.get(orderId), step);
		if (problem)
			ledger.reject(
				itemIndex,
				new NodeOperationError(this.getNode(), problem.message, {
					itemIndex,
					description: problem.description,
				}),
			);
	});
	ledger.stopIfAnyInvalid();

	const itemsOf = (orderId: string) =>
		orderIds.flatMap((id, itemIndex) =>
			id === orderId && ledger.isPending(itemIndex) ? [itemIndex] : [],
		);
	const pending = [...new Set(orderIds.filter((id, index) => id && ledger.isPending(index)))];
	for (const batch of chunk(pending as string[], PER_CALL.manualOrderSteps)) {
		if (!ledger.mayGoOn) break;
		const itemIndex = orderIds.indexOf(batch[0]);
		let moved: Map<string, IDataObject> | undefined;
		try {
			const answer = await gineeApiRequest.call(
				this,
				step.path,
				{ orderInfoList: batch.map((orderId) => ({ orderId, channelEnum: 'MANUAL_ID' })) },
				{ kind: 'write', itemIndex, timeout: timeoutOf(itemIndex) },
			);
			if (Array.isArray(answer.data)) {
				moved = new Map();
				for (const entry of answer.data as IDataObject[])
					if (entry && typeof entry.id === 'string') moved.set(entry.id, entry);
			}
		} catch (error) {
			const explained = explainGineeCode(
				error,
				'CHANNEL_NOT_SUPPORT',
				`${step.label} is only for manual orders (channel MANUAL_ID).`,
			) as Error;
			for (const orderId of batch)
				for (const index of itemsOf(orderId)) ledger.record(index, explained);
			continue;
		}
		for (const orderId of batch) {
			const outcome = stepOutcome.call(this, orderId, orders.get(orderId)!, moved, step);
			for (const index of itemsOf(orderId)) ledger.record(index, outcome);
		}
	}
	return ledger.finish();
}

/**
 * What a SUCCESS answer says of one order: moved (listed), not moved (a list without it), or not
 * confirmed (an answer the node cannot read: the order may have moved).
 */
function stepOutcome(
	this: IExecuteFunctions,
	orderId: string,
	order: IDataObject,
	moved: Map<string, IDataObject> | undefined,
	step: ManualStep,
): IDataObject | Error {
	const confirmed = moved?.get(orderId);
	if (confirmed)
		return {
			orderId,
			externalOrderSn: confirmed.externalOrderSn ?? order.externalOrderSn ?? null,
			orderStatus: step.to,
			previousStatus: order.orderStatus ?? null,
		};
	if (moved)
		return new NodeOperationError(
			this.getNode(),
			`Ginee did not move order ${orderId} to ${step.to}`,
			{
				description:
					`It was ${String(order.orderStatus)} when the node read it; Ginee moves manual orders ` +
					`to ${step.to} from ${step.from.join(' or ')}.`,
			},
		);
	return markMayHaveBeenApplied(
		new NodeOperationError(
			this.getNode(),
			`Ginee did not confirm whether order ${orderId} moved to ${step.to}`,
			{
				description:
					'Ginee answered SUCCESS in a shape the node cannot read. Check the order with Get ' +
					'Details before running this again.',
			},
		),
	);
}
