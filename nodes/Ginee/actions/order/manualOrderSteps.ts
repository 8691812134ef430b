import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { clampTimeout, gineeApiRequest } from '../../../shared/transport';
import { explainGineeCode } from '../../../shared/transport/errors';
import { PER_CALL } from '../../../shared/transport/endpoints';
import { planCalls } from '../../helpers/callPlan';
import { WriteLedger } from '../../helpers/writes';
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
 * sent (Ginee would refuse the whole call: CHANNEL_NOT_SUPPORT); sends the rest
 * PER_CALL.manualOrderSteps a call, and gives each item the outcome of its order: moved, not
 * moved, or not confirmed.
 */
export async function executeManualStep(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	step: ManualStep,
): Promise<INodeExecutionData[]> {
	const ledger = WriteLedger.check(
		this,
		items,
		(itemIndex) => readOrderId.call(this, itemIndex),
		(orderId) => `order ${orderId}`,
	);
	const timeoutOf = (itemIndex: number) =>
		clampTimeout((this.getNodeParameter('options', itemIndex, {}) as IDataObject).timeout);
	const orders = await ledger.lookUp(
		async (pending) =>
			await readOrdersById.call(
				this,
				pending.map(({ write }) => write),
				timeoutOf(pending[0].itemIndex),
			),
		new Map<string, IDataObject>(),
	);
	await ledger.checkEach((orderId, itemIndex) => {
		const problem = stepProblem(orderId, orders.get(orderId), step);
		if (problem)
			throw new NodeOperationError(this.getNode(), problem.message, {
				itemIndex,
				description: problem.description,
			});
	});
	const units = ledger.units((orderId) => orderId);
	await ledger.sendCalls(
		planCalls(units, PER_CALL.manualOrderSteps),
		async (call) => {
			const itemIndex = call[0].itemIndexes[0];
			let answer;
			try {
				answer = await gineeApiRequest.call(
					this,
					step.path,
					{
						orderInfoList: call.map(({ write }) => ({ orderId: write, channelEnum: 'MANUAL_ID' })),
					},
					{ kind: 'write', itemIndex, timeout: timeoutOf(itemIndex) },
				);
			} catch (error) {
				throw explainGineeCode(
					error,
					'CHANNEL_NOT_SUPPORT',
					`${step.label} is only for manual orders (channel MANUAL_ID).`,
				);
			}
			// Ginee lists the orders it moved; an answer that is not a list cannot confirm any
			if (!Array.isArray(answer.data)) return () => undefined;
			const moved = new Map<string, IDataObject>();
			for (const entry of answer.data as IDataObject[])
				if (entry && typeof entry.id === 'string') moved.set(entry.id, entry);
			return ({ write: orderId }) =>
				stepOutcome.call(this, orderId, orders.get(orderId) as IDataObject, moved, step);
		},
		{
			unconfirmed: ({ write: orderId }) =>
				new NodeOperationError(
					this.getNode(),
					`Ginee did not confirm whether order ${orderId} moved to ${step.to}`,
					{
						description:
							'Ginee answered SUCCESS in a shape the node cannot read. Check the order with Get ' +
							'Details before running this again.',
					},
				),
		},
	);
	return ledger.finish();
}

/** What a SUCCESS answer listing the moved orders says of one order: moved, or not moved. */
function stepOutcome(
	this: IExecuteFunctions,
	orderId: string,
	order: IDataObject,
	moved: Map<string, IDataObject>,
	step: ManualStep,
): IDataObject | Error {
	const confirmed = moved.get(orderId);
	if (confirmed)
		return {
			orderId,
			externalOrderSn: confirmed.externalOrderSn ?? order.externalOrderSn ?? null,
			orderStatus: step.to,
			previousStatus: order.orderStatus ?? null,
		};
	return new NodeOperationError(
		this.getNode(),
		`Ginee did not move order ${orderId} to ${step.to}`,
		{
			description:
				`It was ${String(order.orderStatus)} when the node read it; Ginee moves manual orders ` +
				`to ${step.to} from ${step.from.join(' or ')}.`,
		},
	);
}
