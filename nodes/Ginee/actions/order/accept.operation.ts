import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { ENDPOINTS } from '../../../shared/transport/endpoints';
import { WriteLedger } from '../../helpers/writes';
import { callForOrder, readOrderId } from './orderLookup';

export { option, properties } from './accept.description';

/** One call per order (an order given twice is accepted once), every order ID checked first. */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const ledger = WriteLedger.check(
		this,
		items,
		(itemIndex) => readOrderId.call(this, itemIndex),
		(orderId) => `order ${orderId}`,
	);
	await ledger.sendEach(
		async ({ itemIndexes: [itemIndex] }) => {
			const { orderId, answer } = await callForOrder.call(this, itemIndex, {
				path: ENDPOINTS.AcceptOrder,
				kind: 'write',
				refusal: (id) =>
					'Ginee accepts an order only while it waits to be accepted: a paid marketplace order ' +
					`that is not yet ready to ship. Check order ${id} with Get Details.`,
			});
			return { orderId, accepted: true, transactionId: answer.transactionId ?? null };
		},
		ledger.units((orderId) => orderId),
	);
	return ledger.finish();
}
