import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { executeSkuLookup, type SkuLookupKind } from '../../helpers/skuLookup';

export { option, properties } from './findBySku.description';

const BY: Record<string, SkuLookupKind> = {
	masterSkus: {
		parameter: 'masterSkus',
		label: 'SKUs',
		endpoint: 'ListMasterVariation',
		requestField: 'masterSkus',
		answerField: 'masterSku',
		notFoundField: 'sku',
	},
	masterVariationIds: {
		parameter: 'masterVariationIds',
		label: 'Variation IDs',
		endpoint: 'ListMasterVariation',
		requestField: 'masterVariationIds',
		answerField: 'variationId',
		notFoundField: 'variationId',
	},
};

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await executeSkuLookup.call(
		this,
		items,
		(itemIndex) =>
			BY[this.getNodeParameter('lookupBy', itemIndex, 'masterSkus') as string] ?? BY.masterSkus,
	);
}
