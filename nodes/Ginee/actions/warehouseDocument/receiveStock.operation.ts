import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { ENDPOINTS } from '../../../shared/transport/endpoints';
import { executeStockDocument, type DocumentKind } from './stockDocument';

export { option, properties } from './receiveStock.description';

const INBOUND_ORDER: DocumentKind = {
	endpoint: ENDPOINTS.PurchaseInboundOrder,
	noun: 'inbound order',
	idField: 'inboundOrderId',
	verb: 'received',
	stockChangedField: 'addedToStock',
	headerOptions: [
		['no', 'documentNumber'],
		['purchaseOrderId', 'purchaseOrderId'],
		['remark', 'remark'],
		['waybillNumber', 'waybillNumber'],
	],
};

/** PurchaseInboundOrder: one inbound order per item, or one for all items. */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await executeStockDocument.call(this, items, INBOUND_ORDER);
}
