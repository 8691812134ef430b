import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { chunk } from '../../../shared/idList';
import { gineeApiRequest } from '../../../shared/transport';
import { recordsOf } from '../../../shared/transport/answers';
import { ENDPOINTS, PER_CALL } from '../../../shared/transport/endpoints';

/** A SKU's shelf inventory IDs in each warehouse it is in, by warehouse ID. */
export type ShelvesByWarehouse = Map<string, string[]>;

/**
 * Where each SKU sits (InventoryBriefList, 20 SKUs per call): its shelf inventory IDs per
 * warehouse. SKUs Ginee does not know are absent.
 */
export async function readShelves(
	this: IExecuteFunctions,
	skus: string[],
	timeout: number,
): Promise<Map<string, ShelvesByWarehouse>> {
	const shelves = new Map<string, ShelvesByWarehouse>();
	for (const batch of chunk([...new Set(skus)], PER_CALL.skuLookups)) {
		const answer = await gineeApiRequest.call(
			this,
			ENDPOINTS.InventoryBriefList,
			{ masterSkus: batch, page: 0, size: batch.length },
			{ kind: 'read', timeout },
		);
		for (const record of recordsOf(answer.data, 'InventoryBriefList')) {
			const byWarehouse: ShelvesByWarehouse = new Map();
			for (const place of (record.warehouseDistributionList ?? []) as IDataObject[])
				byWarehouse.set(
					String(place.warehouseId),
					((place.shelfInventoryIdList ?? []) as unknown[]).map(String),
				);
			shelves.set(String(record.sku), byWarehouse);
		}
	}
	return shelves;
}

/** The shelf inventory a line of this SKU goes to, or why none can be chosen. */
export function chooseShelf(
	sku: string,
	warehouseId: string,
	given: string | undefined,
	shelves: Map<string, ShelvesByWarehouse>,
): { shelfInventoryId: string } | { problem: string } {
	const byWarehouse = shelves.get(sku);
	if (!byWarehouse) return { problem: `SKU ${sku} not found in Ginee` };
	const ids = byWarehouse.get(warehouseId);
	if (!ids)
		return {
			problem:
				`SKU ${sku} is not in warehouse ${warehouseId} yet: add it to the warehouse in Ginee ` +
				'first (it is in ' +
				(byWarehouse.size ? [...byWarehouse.keys()].join(', ') : 'no warehouse') +
				')',
		};
	if (given) {
		if (ids.includes(given)) return { shelfInventoryId: given };
		return {
			problem:
				`Shelf Inventory ID ${given} is not a shelf of SKU ${sku} in this warehouse ` +
				`(its shelves: ${ids.join(', ') || 'none'})`,
		};
	}
	if (ids.length === 1) return { shelfInventoryId: ids[0] };
	if (ids.length === 0)
		return {
			problem:
				`Ginee lists no shelf for SKU ${sku} in this warehouse: ` +
				"give the line's Shelf Inventory ID",
		};
	return {
		problem:
			`SKU ${sku} is on ${ids.length} shelves in this warehouse (${ids.join(', ')}): ` +
			"give the line's Shelf Inventory ID",
	};
}
