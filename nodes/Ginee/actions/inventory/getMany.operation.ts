import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { parseIdList } from '../../../shared/idList';
import { clampTimeout } from '../../../shared/transport';
import { PER_CALL } from '../../../shared/transport/endpoints';
import { readPages } from '../../../shared/transport/pages';
import { eachItem } from '../../helpers/eachItem';
import { readOutputShape, shapeRecords } from '../common/output';
import { limitOf } from '../common/returnAllAndLimit';
import { STOCK_ALWAYS_KEPT } from './getMany.description';
import { readWarehouseId } from './warehouse';

export { option, properties } from './getMany.description';

const MAX_PAGES = 2000;

/**
 * The stock figures a report needs, flat, in the words a seller reads; the warehouse by name (the
 * one chosen in Warehouse, so its ID is in the input already).
 */
function simplifyStock(record: IDataObject): IDataObject {
	const stock = (record.warehouseInventory ?? {}) as IDataObject;
	const variation = (record.masterVariation ?? {}) as IDataObject;
	const warehouse = (record.warehouse ?? {}) as IDataObject;
	return {
		sku: variation.masterSku,
		productName: variation.name,
		variation: variation.variationName,
		warehouse: warehouse.name,
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
		return shapeRecords(records, output, simplifyStock, STOCK_ALWAYS_KEPT);
	});
}
