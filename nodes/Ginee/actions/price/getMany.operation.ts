import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { parseIdList } from '../../../shared/idList';
import { marketplaceOf } from '../../../shared/simplifyOrder';
import { clampTimeout } from '../../../shared/transport';
import { PER_CALL } from '../../../shared/transport/endpoints';
import { readPages } from '../../../shared/transport/pages';
import { eachItem } from '../../helpers/eachItem';
import { readOutputShape, shapeRecords } from '../common/output';
import { limitOf } from '../common/returnAllAndLimit';
import { PRICE_ALWAYS_KEPT } from './getMany.description';
import { amountOf } from './priceLookup';

export { option, properties } from './getMany.description';

const MAX_PAGES = 2000;

/** Ginee's keyword type for each text search, and the field that holds the text. */
const KEYWORD_SEARCHES: Record<string, [keywordType: string, field: string, label: string]> = {
	sku: ['SKU', 'sku', 'SKU'],
	name: ['NAME', 'productName', 'Product Name'],
	barcode: ['BARCODE', 'barcode', 'Barcode'],
};

/** A price record in a seller's words: the master price, and each shop's name and price. */
function simplifyPrice(record: IDataObject): IDataObject {
	const master = record.masterPrice as IDataObject | undefined;
	const shops = Array.isArray(record.channelPriceVOList)
		? (record.channelPriceVOList as IDataObject[])
		: [];
	return {
		sku: record.masterSku,
		productName: record.productName,
		variation: record.variationName,
		variationId: record.variationId,
		masterPrice: amountOf(master),
		currency: master?.currencyCode ?? null,
		shopPrices: shops.map((shop) => ({
			shop: shop.shopName ?? shop.shopId,
			marketplace: marketplaceOf(shop.channel).marketplace,
			price: amountOf(shop.channelPrice),
		})),
	};
}

/** ListMasterVariationPrice's filter for an item; an empty search text is refused. */
function searchBody(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const searchBy = this.getNodeParameter('searchBy', itemIndex, 'all') as string;
	if (searchBy === 'all') return {};
	if (searchBy === 'variationIds') {
		const ids = parseIdList(this.getNodeParameter('variationIds', itemIndex, ''));
		if (!ids.length)
			throw new NodeOperationError(this.getNode(), "'Variation IDs' is empty", { itemIndex });
		return { masterVariationIds: ids };
	}
	const search = KEYWORD_SEARCHES[searchBy];
	if (!search)
		throw new NodeOperationError(
			this.getNode(),
			"'Search By' must be all, sku, name, barcode or variationIds, got " +
				JSON.stringify(searchBy),
			{ itemIndex },
		);
	const [keywordType, field, label] = search;
	const keyword = String(this.getNodeParameter(field, itemIndex, '') ?? '').trim();
	if (!keyword)
		throw new NodeOperationError(this.getNode(), `'${label}' is empty: enter what to search for`, {
			itemIndex,
		});
	return { keywordType, keyword };
}

/** One item per master variation, as Ginee lists it (master price and every channel price). */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await eachItem.call(this, items, async (itemIndex) => {
		const body = searchBody.call(this, itemIndex);
		const output = readOutputShape.call(this, itemIndex);
		const { timeout } = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const records = await readPages.call(this, {
			endpoint: 'ListMasterVariationPrice',
			body,
			pageSize: PER_CALL.pricePage,
			maxPages: MAX_PAGES,
			limit: limitOf(this, itemIndex, true),
			itemIndex,
			timeout: clampTimeout(timeout),
		});
		return shapeRecords(records, output, simplifyPrice, PRICE_ALWAYS_KEPT);
	});
}
