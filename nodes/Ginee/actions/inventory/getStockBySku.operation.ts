import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { executeSkuLookup, type SkuLookupKind } from '../../helpers/skuLookup';

export { option, properties } from './getStockBySku.description';

const BY_SKU: SkuLookupKind = {
	parameter: 'masterSkus',
	label: 'SKUs',
	endpoint: 'InventoryBriefList',
	requestField: 'masterSkus',
	answerField: 'sku',
	notFoundField: 'sku',
};

/** InventoryBriefList, PER_CALL.skuLookups SKUs a call, batched over the input items. */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await executeSkuLookup.call(this, items, () => BY_SKU);
}
