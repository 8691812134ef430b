'use strict';
// Warehouses and the stock of every master SKU in them. Available stock is what the warehouse
// holds less what is locked by orders, held back as spare (buffer) stock or reserved for
// promotions; the stock statuses are read from it (the emulator's reading: Ginee does not define
// them): MINUS below 0, SHORTAGE at 0, ALERT at or under the safety stock, NON_INBOUND never stocked.
const WAREHOUSES = [
	{ id: 'WW64C000001CEDFD0000000001', name: 'Gudang Jakarta', code: '001' },
	{ id: 'WW64C000002CEDFD0000000002', name: 'Gudang Surabaya', code: '002' },
].map((warehouse) => ({
	...warehouse,
	type: 'MY_WAREHOUSE',
	provider: 'GINEE_LOCAL',
	status: 'ENABLE',
}));

/** A warehouse opened but not stocked yet: only Ginee's warehouse search lists it. */
const EMPTY_WAREHOUSE = {
	id: 'WW64C000003CEDFD0000000003',
	name: 'Gudang Bandung',
	code: '003',
	type: 'MY_WAREHOUSE',
	provider: 'GINEE_LOCAL',
	status: 'ENABLE',
};
const ALL_WAREHOUSES = [...WAREHOUSES, EMPTY_WAREHOUSE];

const wiId = (n) =>
	`WI64D${(0x100000 + n).toString(16).toUpperCase()}CEDFD${String(n).padStart(8, '0')}`;
const siId = (n, shelf) =>
	`SI64E${(0x100000 + n).toString(16).toUpperCase()}CEDFD${shelf}${String(n).padStart(7, '0')}`;

function available(row) {
	return row.warehouseStock - row.lockedStock - row.spareStock - row.promotionStock;
}

function stockStatus(row) {
	if (!row.everStocked) return 'STATUS_NON_INBOUND';
	const free = available(row);
	if (free < 0) return 'STATUS_MINUS';
	if (free === 0) return 'STATUS_SHORTAGE';
	if (free <= row.safetyStock) return 'STATUS_ALERT';
	return 'STATUS_NORMAL';
}

/**
 * The stock rows of every variation: in both warehouses, every fifth product only in Jakarta. A row
 * sits on one shelf, every eleventh on two (a shelf inventory each, the IDs inbound lines name).
 */
function buildInventory(products, now) {
	const rows = new Map();
	let n = 0;
	products.forEach((product, p) => {
		product.variations.forEach((variation) => {
			const warehouses = p % 5 === 4 ? WAREHOUSES.slice(0, 1) : WAREHOUSES;
			warehouses.forEach((warehouse, w) => {
				n++;
				const warehouseStock = [40, 12, 0, 5, 90, 3][(n + w) % 6];
				const lockedStock = [2, 0, 0, 6, 1, 0][(n + w) % 6];
				const row = {
					id: wiId(n),
					masterVariationId: variation.id,
					masterProductId: product.productId,
					masterSku: variation.sku,
					name: product.name,
					variationName: variation.optionValues[0],
					warehouseId: warehouse.id,
					transportStock: 0,
					warehouseStock,
					spareStock: 0,
					promotionStock: 0,
					lockedStock,
					safetyStock: 5,
					everStocked: n % 17 !== 0,
					shelfInventoryIds: n % 11 === 0 ? [siId(n, 1), siId(n, 2)] : [siId(n, 1)],
					updateDatetime: new Date(now).toISOString(),
				};
				if (!row.everStocked) Object.assign(row, { warehouseStock: 0, lockedStock: 0 });
				rows.set(`${warehouse.id}|${variation.sku}`, row);
			});
		});
	});
	return rows;
}

/** A SKU just added to a warehouse: no stock yet, on one shelf of its own. */
function newStockRow(inventory, product, variation, warehouseId, now) {
	const n = inventory.size + 1;
	const row = {
		id: wiId(n + 50000),
		masterVariationId: variation.id,
		masterProductId: product.productId,
		masterSku: variation.sku,
		name: product.name,
		variationName: variation.optionValues[0],
		warehouseId,
		transportStock: 0,
		warehouseStock: 0,
		spareStock: 0,
		promotionStock: 0,
		lockedStock: 0,
		safetyStock: 0,
		everStocked: false,
		shelfInventoryIds: [siId(n + 50000, 1)],
		updateDatetime: new Date(now).toISOString(),
	};
	inventory.set(`${warehouseId}|${variation.sku}`, row);
	return row;
}

/** The stock figures every inventory answer shows for a row. */
function stockFigures(row) {
	return {
		masterVariationId: row.masterVariationId,
		warehouseId: row.warehouseId,
		transportStock: row.transportStock,
		warehouseStock: row.warehouseStock,
		spareStock: row.spareStock,
		promotionStock: row.promotionStock,
		lockedStock: row.lockedStock,
		availableStock: available(row),
		safetyStock: row.safetyStock,
		updateDatetime: row.updateDatetime,
	};
}

/** A stock row as Ginee's answers show it (AdjustInventory, UpdateSpareStock). */
function stockView(row) {
	return {
		masterSku: row.masterSku,
		masterProductName: row.name,
		...stockFigures(row),
		outStock: 0,
	};
}

/** A SKU's stock summed over its warehouses, as ListMasterProduct sums it up. */
function stockSummary(inventory, sku) {
	const summary = { warehouseStock: 0, spareStock: 0, lockedStock: 0, availableStock: 0 };
	for (const row of inventory.values()) {
		if (row.masterSku !== sku) continue;
		summary.warehouseStock += row.warehouseStock;
		summary.spareStock += row.spareStock;
		summary.lockedStock += row.lockedStock;
		summary.availableStock += available(row);
	}
	return summary;
}

module.exports = {
	WAREHOUSES,
	ALL_WAREHOUSES,
	buildInventory,
	newStockRow,
	available,
	stockFigures,
	stockStatus,
	stockSummary,
	stockView,
};
