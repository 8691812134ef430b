import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { ENDPOINTS } from '../../../shared/transport/endpoints';
import { executeStockDocument, type DocumentKind } from './stockDocument';

export { option, properties } from './sendOutStock.description';

const OUTBOUND_ORDER: DocumentKind = {
	endpoint: ENDPOINTS.ManualOutboundOrderCreate,
	noun: 'outbound order',
	idField: 'outboundOrderId',
	verb: 'sent out',
	stockChangedField: 'takenFromStock',
	headerOptions: [
		['no', 'documentNumber'],
		['remark', 'remark'],
		['waybillNumber', 'waybillNumber'],
	],
};

/** ManualOutboundOrderCreate: one outbound order per item, or one for all items. */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await executeStockDocument.call(this, items, OUTBOUND_ORDER);
}
