import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { PER_CALL } from '../../shared/transport/endpoints';
import { readList } from '../../shared/transport/lists';
import { getShops } from './loadOptions';

/** The shop picker's list: every shop whose name, channel or ID contains the search text. */
export async function searchShops(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const shops = await getShops.call(this);
	return {
		results: shops
			.filter((shop) => `${shop.name} ${String(shop.value)}`.toLowerCase().includes(needle))
			.map((shop) => ({ name: shop.name, value: shop.value })),
	};
}

/** Ginee documents no warehouse list: the warehouses of the first SKUs' stock are read instead. */
const WAREHOUSE_PAGES = 10;

/**
 * The warehouse picker's list, from InventoryBriefList (documented; Ginee's warehouse search is
 * seen only in third-party code): every warehouse holding one of the account's first 200 SKUs.
 */
export async function searchWarehouses(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const warehouses = new Map<string, string>();
	for (let page = 0; page < WAREHOUSE_PAGES; page++) {
		const skus = await readList.call(
			this,
			'InventoryBriefList',
			{ page, size: PER_CALL.skuLookups },
			{},
		);
		for (const sku of skus)
			for (const place of (sku.warehouseDistributionList ?? []) as IDataObject[])
				if (place.warehouseId)
					warehouses.set(
						String(place.warehouseId),
						`${String(place.warehouseName ?? place.warehouseId)}` +
							(place.warehouseCode ? ` (${String(place.warehouseCode)})` : ''),
					);
		if (skus.length < PER_CALL.skuLookups) break;
	}
	const needle = (filter ?? '').trim().toLowerCase();
	return {
		results: [...warehouses]
			.map(([value, name]) => ({ name, value }))
			.filter(({ name, value }) => `${name} ${value}`.toLowerCase().includes(needle))
			.sort((a, b) => a.name.localeCompare(b.name)),
	};
}
