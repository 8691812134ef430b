import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { PER_CALL } from '../../shared/transport/endpoints';
import { readByIds, readList } from '../../shared/transport/lists';

// What Ginee knows of master SKUs, looked up in calls of PER_CALL.skuLookups before a write is
// sent.

/**
 * Each master SKU's variation ID (ListMasterVariation, PER_CALL.skuLookups a call); unknown SKUs
 * absent.
 */
export async function readVariationIds(
	this: IExecuteFunctions,
	skus: string[],
	timeout: number,
): Promise<Map<string, string>> {
	const records = await readByIds(skus, PER_CALL.skuLookups, async (batch) =>
		readList.call(this, 'ListMasterVariation', { masterSkus: batch }, { timeout }),
	);
	const ids = new Map<string, string>();
	for (const record of records)
		if (record.masterSku && record.variationId)
			ids.set(String(record.masterSku), String(record.variationId));
	return ids;
}

/** A SKU's shelf inventory IDs in each warehouse it is in, by warehouse ID. */
export type ShelvesByWarehouse = Map<string, string[]>;

/**
 * Where each SKU sits (InventoryBriefList, PER_CALL.skuLookups a call): its shelf inventory IDs per
 * warehouse. SKUs Ginee does not know are absent.
 */
export async function readShelves(
	this: IExecuteFunctions,
	skus: string[],
	timeout: number,
): Promise<Map<string, ShelvesByWarehouse>> {
	const records = await readByIds(skus, PER_CALL.skuLookups, async (batch) =>
		readList.call(
			this,
			'InventoryBriefList',
			{ masterSkus: batch, page: 0, size: batch.length },
			{ timeout },
		),
	);
	const shelves = new Map<string, ShelvesByWarehouse>();
	for (const record of records) {
		const byWarehouse: ShelvesByWarehouse = new Map();
		for (const place of (record.warehouseDistributionList ?? []) as IDataObject[])
			byWarehouse.set(
				String(place.warehouseId),
				((place.shelfInventoryIdList ?? []) as unknown[]).map(String),
			);
		shelves.set(String(record.sku), byWarehouse);
	}
	return shelves;
}
