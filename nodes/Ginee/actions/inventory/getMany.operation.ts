import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { parseIdList } from '../../../shared/idList';
import { clampTimeout } from '../../../shared/transport';
import { PER_CALL } from '../../../shared/transport/endpoints';
import { readPages } from '../../../shared/transport/pages';
import { eachItem } from '../../helpers/eachItem';
import { readOutputShape, shapeRecords } from '../common/output';
import { limitOf } from '../common/returnAllAndLimit';
import { VERSION_1_1 } from '../common/versions';
import { STOCK_ALWAYS_KEPT } from './getMany.description';
import { readWarehouseId } from './warehouse';

export { option, properties } from './getMany.description';

const MAX_PAGES = 2000;

/** The ten fields a stock report needs, flat. */
function simplifyStock(record: IDataObject): IDataObject {
	const stock = (record.warehouseInventory ?? {}) as IDataObject;
	const variation = (record.masterVariation ?? {}) as IDataObject;
	const warehouse = (record.warehouse ?? {}) as IDataObject;
	return {
		sku: variation.masterSku,
		name: variation.name,
		variationName: variation.variationName,
		warehouseId: stock.warehouseId ?? warehouse.id,
		warehouseName: warehouse.name,
		warehouseStock: stock.warehouseStock,
		availableStock: stock.availableStock,
		spareStock: stock.spareStock,
		lockedStock: stock.lockedStock,
		safetyStock: stock.safetyStock,
	};
}

/**
 * From version 1.1: the stock figures in the words a seller reads; the warehouse by name (the one
 * chosen in Warehouse, so its ID is in the input already).
 */
function summarizeStock(record: IDataObject): IDataObject {
	const stock = simplifyStock(record);
	return {
		sku: stock.sku,
		productName: stock.name,
		variation: stock.variationName,
		warehouse: stock.warehouseName,
		inWarehouse: stock.warehouseStock,
		available: stock.availableStock,
		spare: stock.spareStock,
		reservedForOrders: stock.lockedStock,
		safetyStock: stock.safetyStock,
	};
}

async function listStock(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const warehouseId = readWarehouseId.call(this, 'warehouseId', itemIndex, true);
	const limit = limitOf(this, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const { timeout } = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const body: IDataObject = { warehouseId };
	const skus = parseIdList(filters.masterSkuList);
	if (skus.length) body.masterSkuList = skus;
	if (filters.stockStatus) body.stockStatus = filters.stockStatus;
	if (String(filters.name ?? '').trim()) body.name = String(filters.name).trim();
	return await readPages.call(this, {
		endpoint: 'ListWarehouseInventory',
		body,
		pageSize: PER_CALL.inventoryPage,
		maxPages: MAX_PAGES,
		limit,
		itemIndex,
		timeout: clampTimeout(timeout),
	});
}

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await eachItem.call(this, items, async (itemIndex) => {
		const output = readOutputShape.call(this, itemIndex);
		const records = await listStock.call(this, itemIndex);
		const simplify = this.getNode().typeVersion >= VERSION_1_1 ? summarizeStock : simplifyStock;
		return shapeRecords(records, output, simplify, STOCK_ALWAYS_KEPT);
	});
}
