'use strict';
// Warehouse inventory: ListWarehouseInventory (pages under 50), InventoryBriefList (≤ 20 SKUs, every
// warehouse), AdjustInventory (sets warehouse stock, ≤ 20 SKUs) and UpdateSpareStock (increase,
// decrease or overwrite spare stock, ≤ 20 SKUs, failures per SKU inside a SUCCESS answer) and
// BatchAddWarehouseInventory (a SKU into a warehouse, with no stock on one shelf; failures per entry),
// and the warehouse search third-party clients call (no Ginee page: the shape they read).
const { parameterError } = require('../envelope');
const {
	ALL_WAREHOUSES,
	available,
	newStockRow,
	stockFigures,
	stockStatus,
	stockView,
} = require('../inventory');

const STATUSES = ['STATUS_SHORTAGE', 'STATUS_ALERT', 'STATUS_MINUS', 'STATUS_NON_INBOUND'];

const warehouseOf = (id) => ALL_WAREHOUSES.find((warehouse) => warehouse.id === id);
const rows = (store) => [...store.inventory.values()];

function pageOf(body, { defaultSize, maxSize }) {
	const page = body.page ?? 0;
	const size = body.size ?? defaultSize;
	if (!Number.isInteger(page) || page < 0) throw parameterError('page must be an integer >= 0');
	if (!Number.isInteger(size) || size < 1 || size > maxSize)
		throw parameterError(`size must be an integer from 1 to ${maxSize}`);
	return { page, size };
}

function listWarehouseInventory(store, body) {
	const { page, size } = pageOf(body, { defaultSize: 20, maxSize: 49 });
	if (body.warehouseId != null && !warehouseOf(body.warehouseId))
		throw parameterError(`warehouse ${body.warehouseId} does not exist`);
	if (body.stockStatus != null && !STATUSES.includes(body.stockStatus))
		throw parameterError(`stockStatus must be one of ${STATUSES.join(', ')}`);
	const name = String(body.name ?? '').toLowerCase();
	const matches = rows(store).filter(
		(row) =>
			(!body.warehouseId || row.warehouseId === body.warehouseId) &&
			(!body.masterSkuList?.length || body.masterSkuList.includes(row.masterSku)) &&
			(!body.idList?.length || body.idList.includes(row.id)) &&
			(!body.masterVariationIdList?.length ||
				body.masterVariationIdList.includes(row.masterVariationId)) &&
			(!name || row.name.toLowerCase().includes(name)) &&
			(!body.stockStatus || stockStatus(row) === body.stockStatus),
	);
	const content = matches.slice(page * size, page * size + size).map((row) => {
		const warehouse = warehouseOf(row.warehouseId);
		return {
			warehouseInventory: {
				id: row.id,
				...stockFigures(row),
				safetyAlert: stockStatus(row) === 'STATUS_ALERT',
			},
			pushStatus: 'SUCCESS',
			channelVariationCount: 1,
			masterVariation: {
				id: row.masterVariationId,
				masterProductId: row.masterProductId,
				masterSku: row.masterSku,
				name: row.name,
				variationName: row.variationName,
			},
			shelfInventoryList: row.shelfInventoryIds.map((id) => ({ id, warehouseInventoryId: row.id })),
			warehouse: { id: warehouse.id, name: warehouse.name, code: warehouse.code },
		};
	});
	return { content, page, size, total: matches.length };
}

function inventoryBriefList(store, body) {
	const { page, size } = pageOf(body, { defaultSize: 20, maxSize: 100 });
	if (body.masterSkus != null && (!Array.isArray(body.masterSkus) || body.masterSkus.length > 20))
		throw parameterError('masterSkus allows at most 20 SKUs');
	const bySku = new Map();
	for (const row of rows(store)) {
		if (body.masterSkus?.length && !body.masterSkus.includes(row.masterSku)) continue;
		const entry = bySku.get(row.masterSku) ?? {
			masterVariationId: row.masterVariationId,
			sku: row.masterSku,
			productName: row.name,
			variationName: row.variationName,
			warehouseDistributionList: [],
		};
		const warehouse = warehouseOf(row.warehouseId);
		entry.warehouseDistributionList.push({
			warehouseId: warehouse.id,
			warehouseName: warehouse.name,
			warehouseCode: warehouse.code,
			warehouseStock: row.warehouseStock,
			availableStock: available(row),
			shelfInventoryIdList: [...row.shelfInventoryIds],
			warehouseType: warehouse.type,
			warehouseProvider: warehouse.provider,
		});
		bySku.set(row.masterSku, entry);
	}
	const all = [...bySku.values()];
	return { content: all.slice(page * size, page * size + size), page, size, total: all.length };
}

function stockList(body, limitText) {
	const list = body.stockList;
	if (!Array.isArray(list) || list.length === 0 || list.length > 20)
		throw parameterError(`stockList must hold 1 to 20 entries${limitText}`);
	return list;
}

function adjustInventory(store, body, now) {
	if (!body.warehouseId) throw parameterError('warehouseId is required');
	if (!warehouseOf(body.warehouseId))
		throw parameterError(`warehouse ${body.warehouseId} does not exist`);
	const successes = [];
	const failures = [];
	for (const entry of stockList(body, '')) {
		const quantity = entry?.quantity;
		if (!entry?.masterSku) throw parameterError('masterSku is required');
		if (!Number.isInteger(quantity) || quantity < 0 || quantity >= 999999)
			throw parameterError('quantity must be an integer from 0 to 999998');
		const row = store.inventory.get(`${body.warehouseId}|${entry.masterSku}`);
		if (!row) {
			failures.push({ masterSku: entry.masterSku, errorMessage: 'SKU is not in this warehouse' });
			continue;
		}
		Object.assign(row, {
			warehouseStock: quantity,
			everStocked: true,
			updateDatetime: new Date(now()).toISOString(),
		});
		successes.push(stockView(row));
	}
	// Ginee's page shows stockList only; the emulator also names the SKUs it could not set.
	return { warehouseId: body.warehouseId, stockList: successes, failedList: failures };
}

const SPARE_ACTIONS = {
	INCREASE: (spare, quantity) => spare + quantity,
	DECREASE: (spare, quantity) => spare - quantity,
	OVER_WRITE: (_spare, quantity) => quantity,
};

function updateSpareStock(store, body, now) {
	const successList = [];
	const failedList = [];
	for (const entry of stockList(body, '')) {
		const fail = (errorMessage) => failedList.push({ masterSku: entry?.masterSku, errorMessage });
		if (!entry?.masterSku) throw parameterError('masterSku is required');
		if (!SPARE_ACTIONS[entry.action])
			throw parameterError('action must be INCREASE, DECREASE or OVER_WRITE');
		if (!Number.isInteger(entry.quantity) || entry.quantity < 0)
			throw parameterError('quantity must be a whole number of at least 0');
		const candidates = rows(store).filter(
			(row) =>
				row.masterSku === entry.masterSku &&
				(!entry.warehouseId || row.warehouseId === entry.warehouseId),
		);
		if (candidates.length === 0) {
			fail('SKU not found in the warehouse');
			continue;
		}
		if (candidates.length > 1) {
			fail('SKU is in several warehouses: give warehouseId');
			continue;
		}
		const [row] = candidates;
		const spare = SPARE_ACTIONS[entry.action](row.spareStock, entry.quantity);
		if (spare < 0) {
			fail('spare stock cannot be less than 0');
			continue;
		}
		if (spare > 0 && spare > row.warehouseStock - row.lockedStock) {
			fail('spare stock cannot be more than the unlocked warehouse stock');
			continue;
		}
		Object.assign(row, { spareStock: spare, updateDatetime: new Date(now()).toISOString() });
		successList.push(stockView(row));
	}
	return { successList, failedList };
}

function batchAddWarehouseInventory(store, body, now) {
	const list = body.itemList;
	if (!Array.isArray(list) || list.length === 0 || list.length > 20)
		throw parameterError('itemList must hold 1 to 20 entries');
	const variations = new Map(
		store.products.flatMap((product) =>
			product.variations.map((variation) => [variation.id, { product, variation }]),
		),
	);
	const itemList = [];
	const errorList = [];
	for (const entry of list) {
		if (!entry?.warehouseId || !entry?.masterVariationId || !entry?.currencyCode)
			throw parameterError('warehouseId, masterVariationId and currencyCode are required');
		const fail = (message) =>
			errorList.push({
				masterVariationId: entry.masterVariationId,
				warehouseId: entry.warehouseId,
				message,
			});
		const found = variations.get(entry.masterVariationId);
		if (!warehouseOf(entry.warehouseId)) fail('Warehouse does not exist');
		else if (!found) fail('Master variation does not exist');
		else if (store.inventory.has(`${entry.warehouseId}|${found.variation.sku}`))
			fail('The SKU is already in this warehouse');
		else {
			const row = newStockRow(
				store.inventory,
				found.product,
				found.variation,
				entry.warehouseId,
				now(),
			);
			itemList.push({
				masterVariationId: entry.masterVariationId,
				warehouseId: entry.warehouseId,
				warehouseInventoryId: row.id,
			});
		}
	}
	return { itemList, errorList };
}

/** The account's warehouses, by name (contains), code, status or type; pages from 0. */
function searchWarehouses(store, body) {
	const { page, size } = pageOf(body, { defaultSize: 10, maxSize: 100 });
	const name = String(body.warehouseName ?? '').toLowerCase();
	const matches = ALL_WAREHOUSES.filter(
		(warehouse) =>
			(!name || warehouse.name.toLowerCase().includes(name)) &&
			(!body.warehouseCode || warehouse.code === body.warehouseCode) &&
			(!body.warehouseStatus || warehouse.status === body.warehouseStatus) &&
			(!body.warehouseType || warehouse.type === body.warehouseType),
	);
	return {
		content: matches.slice(page * size, page * size + size).map((warehouse) => ({
			id: warehouse.id,
			name: warehouse.name,
			code: warehouse.code,
			status: warehouse.status,
			type: warehouse.type,
			isDefault: warehouse.code === '001',
		})),
		page,
		size,
		total: matches.length,
	};
}

module.exports = {
	searchWarehouses,
	listWarehouseInventory,
	inventoryBriefList,
	adjustInventory,
	updateSpareStock,
	batchAddWarehouseInventory,
};
