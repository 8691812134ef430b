import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { chunk } from '../../../shared/idList';
import { clampTimeout, gineeApiRequest } from '../../../shared/transport';
import { ENDPOINTS, PER_CALL } from '../../../shared/transport/endpoints';
import { markMayHaveBeenApplied, WriteLedger } from '../../helpers/writes';

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
 * ManualOutboundOrderExecuteBatch: the IDs of all items, each once, 20 per call (a bare JSON
 * array); each item gets its order's outcome from `itemList` / `errorList`.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const { ledger, writes: ids } = WriteLedger.check(
		this,
		items,
		(itemIndex) => readOrderId.call(this, itemIndex),
		(id) => `outbound order ${id}`,
	);
	const itemsOf = new Map<string, number[]>();
	ids.forEach((id, itemIndex) => {
		if (id !== undefined && ledger.isPending(itemIndex))
			itemsOf.set(id, [...(itemsOf.get(id) ?? []), itemIndex]);
	});
	const first = [...itemsOf.values()][0]?.[0];
	if (first === undefined) return ledger.finish();
	const { timeout } = this.getNodeParameter('options', first, {}) as IDataObject;

	for (const batch of chunk([...itemsOf.keys()], PER_CALL.stockWrites)) {
		if (!ledger.mayGoOn) break;
		const record = (id: string, outcome: IDataObject | Error) => {
			for (const itemIndex of itemsOf.get(id) as number[]) ledger.record(itemIndex, outcome);
		};
		try {
			const answer = await gineeApiRequest.call(
				this,
				ENDPOINTS.ManualOutboundOrderExecuteBatch,
				batch.map(asSent),
				{
					kind: 'write',
					itemIndex: (itemsOf.get(batch[0]) as number[])[0],
					timeout: clampTimeout(timeout),
				},
			);
			const data = (answer.data ?? {}) as IDataObject;
			const list = (name: string) =>
				Array.isArray(data[name]) ? (data[name] as IDataObject[]) : undefined;
			const executed = list('itemList');
			const refused = new Map(
				(list('errorList') ?? []).map((entry) => [
					String(entry.id),
					String(entry.message ?? 'no reason given'),
				]),
			);
			const done = new Set((executed ?? []).map((entry) => String(entry.id)));
			for (const id of batch) {
				const reason = refused.get(id);
				if (reason !== undefined)
					record(
						id,
						new NodeOperationError(
							this.getNode(),
							`Ginee did not execute outbound order ${id}: ${reason}`,
						),
					);
				// Ginee's older answer has no itemList: an order it did not refuse was executed
				else if (done.has(id) || executed === undefined)
					record(id, { outboundOrderId: id, executed: true });
				else
					record(
						id,
						markMayHaveBeenApplied(
							new NodeOperationError(
								this.getNode(),
								`Ginee did not confirm executing outbound order ${id}; check it in Ginee ` +
									'before running this again',
							),
						),
					);
			}
		} catch (error) {
			for (const id of batch) record(id, error as Error);
		}
	}
	return ledger.finish();
}
