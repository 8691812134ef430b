import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { clampTimeout, gineeApiRequest } from '../../../shared/transport';
import { ENDPOINTS, PER_CALL } from '../../../shared/transport/endpoints';
import { listIn, readEntryAnswers } from '../../helpers/batchAnswers';
import { planCalls } from '../../helpers/callPlan';
import { WriteLedger } from '../../helpers/writes';

export { option, properties } from './executeOutboundOrder.description';

function readOrderId(this: IExecuteFunctions, itemIndex: number): string {
	const id = String(this.getNodeParameter('outboundOrderId', itemIndex, '') ?? '').trim();
	if (!/^\d+$/.test(id))
		throw new NodeOperationError(
			this.getNode(),
			id
				? `'Outbound Order ID' must be Ginee's number for the order, got ${JSON.stringify(id)}`
				: "'Outbound Order ID' is required",
			{ itemIndex },
		);
	return id;
}

/** Ginee's page sends the IDs as numbers; one beyond JSON's exact integers goes as text. */
const asSent = (id: string) => (Number.isSafeInteger(Number(id)) ? Number(id) : id);

/**
 * ManualOutboundOrderExecuteBatch: the IDs of all items, each once, PER_CALL.stockWrites a call (a
 * bare JSON array); each item gets its order's outcome from `itemList` / `errorList`.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const ledger = WriteLedger.check(
		this,
		items,
		(itemIndex) => readOrderId.call(this, itemIndex),
		(id) => `outbound order ${id}`,
	);
	const first = ledger.pending()[0];
	const { timeout } = first
		? (this.getNodeParameter('options', first.itemIndex, {}) as IDataObject)
		: ({} as IDataObject);
	const units = ledger.units((id) => id);
	await ledger.sendCalls(
		planCalls(units, PER_CALL.stockWrites),
		async (call) => {
			const answer = await gineeApiRequest.call(
				this,
				ENDPOINTS.ManualOutboundOrderExecuteBatch,
				call.map(({ write }) => asSent(write)),
				{ kind: 'write', itemIndex: call[0].itemIndexes[0], timeout: clampTimeout(timeout) },
			);
			const executed = listIn(answer.data, 'itemList');
			const { confirmed, refused } = readEntryAnswers(answer.data, {
				confirmed: ['itemList'],
				refused: 'errorList',
				keyOf: (entry) => String(entry.id),
			});
			return ({ write: id }) => {
				const reason = refused.get(id);
				if (reason !== undefined)
					return new NodeOperationError(
						this.getNode(),
						`Ginee did not execute outbound order ${id}: ${reason}`,
					);
				// Ginee's older answer has no itemList: an order it did not refuse was executed
				if (confirmed.has(id) || executed === undefined)
					return { outboundOrderId: id, executed: true };
				return undefined;
			};
		},
		{
			unconfirmed: ({ write: id }) =>
				new NodeOperationError(
					this.getNode(),
					`Ginee did not confirm executing outbound order ${id}; check it in Ginee before ` +
						'running this again',
				),
		},
	);
	return ledger.finish();
}
