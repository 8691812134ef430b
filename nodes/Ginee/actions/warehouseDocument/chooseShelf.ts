import type { ShelvesByWarehouse } from '../../helpers/skuRecords';

/** The shelf inventory a line of this SKU goes to, or why none can be chosen. */
export function chooseShelf(
	sku: string,
	warehouseId: string,
	given: string | undefined,
	shelves: Map<string, ShelvesByWarehouse>,
): { shelfInventoryId: string } | { problem: string } {
	const byWarehouse = shelves.get(sku);
	if (!byWarehouse)
		return {
			problem:
				`SKU ${sku} is in no warehouse in Ginee: check the SKU, or add it to this warehouse ` +
				'with Inventory → Add SKU to Warehouse',
		};
	const ids = byWarehouse.get(warehouseId);
	if (!ids)
		return {
			problem:
				`SKU ${sku} is not in warehouse ${warehouseId} yet (it is in ` +
				`${[...byWarehouse.keys()].join(', ') || 'no warehouse'}): add it with Inventory → ` +
				'Add SKU to Warehouse first',
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
