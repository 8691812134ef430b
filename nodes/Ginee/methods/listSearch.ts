import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { PER_CALL } from '../../shared/transport/endpoints';
import { readPages } from '../../shared/transport/pages';
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

/** At most this many pages of warehouses, or of SKUs when the list comes from their stock. */
const WAREHOUSE_PAGES = 10;

type Warehouses = Map<string, string>;

const warehouseName = (name: unknown, id: unknown, code: unknown) =>
	`${String(name ?? id)}${code ? ` (${String(code)})` : ''}`;

/** Every warehouse of the account, from Ginee's warehouse search (seen in third-party code). */
async function searchedWarehouses(this: ILoadOptionsFunctions): Promise<Warehouses> {
	const found = await readPages.call(this, {
		endpoint: 'ListWarehouse',
		body: {},
		pageSize: PER_CALL.warehousePage,
		maxPages: WAREHOUSE_PAGES,
		attempts: 1,
	});
	return new Map(
		found
			.filter((warehouse) => warehouse.id)
			.map((warehouse) => [
				String(warehouse.id),
				warehouseName(warehouse.name, warehouse.id, warehouse.code),
			]),
	);
}

/** The warehouses holding one of the account's first SKUs, from InventoryBriefList (documented). */
async function stockedWarehouses(this: ILoadOptionsFunctions): Promise<Warehouses> {
	const skus = await readPages.call(this, {
		endpoint: 'InventoryBriefList',
		body: {},
		pageSize: PER_CALL.skuLookups,
		maxPages: WAREHOUSE_PAGES,
	});
	const places = skus.flatMap((sku) => (sku.warehouseDistributionList ?? []) as IDataObject[]);
	return new Map(
		places
			.filter((place) => place.warehouseId)
			.map((place) => [
				String(place.warehouseId),
				warehouseName(place.warehouseName, place.warehouseId, place.warehouseCode),
			]),
	);
}

/**
 * The warehouse picker's list: every warehouse of the account where Ginee answers its warehouse
 * search; else (Ginee documents no warehouse list) those holding one of the first SKUs, and an
 * entry that says so. A warehouse ID typed By ID works either way.
 */
export async function searchWarehouses(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	let warehouses = await searchedWarehouses.call(this).catch(() => undefined);
	const partial = !warehouses?.size;
	if (partial) warehouses = await stockedWarehouses.call(this);
	const needle = (filter ?? '').trim().toLowerCase();
	const results = [...(warehouses as Warehouses)]
		.map(([value, name]) => ({ name, value }))
		.filter(({ name, value }) => `${name} ${value}`.toLowerCase().includes(needle))
		.sort((a, b) => a.name.localeCompare(b.name));
	if (partial)
		results.push({
			name:
				`Only warehouses holding one of your first ${WAREHOUSE_PAGES * PER_CALL.skuLookups} ` +
				'SKUs are listed: for another, choose By ID and type its ID',
			value: '',
		});
	return { results };
}
