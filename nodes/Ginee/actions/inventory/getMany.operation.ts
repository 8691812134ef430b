import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { recordsOf } from '../../helpers/answers';
import { parseIdList } from '../../helpers/idList';
import { readWarehouseId } from '../../helpers/warehouse';
import { clampTimeout, gineeApiRequest } from '../../transport';
import { asNodeError } from '../../transport/errors';

export { option, properties } from './getMany.description';

const LIST_WAREHOUSE_INVENTORY_PATH = '/openapi/warehouse-inventory/v1/sku/list';
/** Ginee's table: "less than 50" per page (its default of 50 contradicts it: the table wins). */
const PAGE_SIZE = 49;
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

async function listStock(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const warehouseId = readWarehouseId.call(this, 'warehouseId', itemIndex, true);
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? Infinity : (this.getNodeParameter('limit', itemIndex, 50) as number);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const { timeout } = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const body: IDataObject = { warehouseId };
	const skus = parseIdList(filters.masterSkuList);
	if (skus.length) body.masterSkuList = skus;
	if (filters.stockStatus) body.stockStatus = filters.stockStatus;
	if (String(filters.name ?? '').trim()) body.name = String(filters.name).trim();
	const records: IDataObject[] = [];
	for (let page = 0; page < MAX_PAGES && records.length < limit; page++) {
		const answer = await gineeApiRequest.call(
			this,
			LIST_WAREHOUSE_INVENTORY_PATH,
			{ ...body, page, size: PAGE_SIZE },
			{ kind: 'read', itemIndex, timeout: clampTimeout(timeout) },
		);
		const content = recordsOf(answer.data, 'ListWarehouseInventory');
		records.push(...content);
		const total = (answer.data as IDataObject | null)?.total;
		if (content.length < PAGE_SIZE || (typeof total === 'number' && records.length >= total)) break;
	}
	return records.slice(0, limit);
}

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
			for (const record of await listStock.call(this, itemIndex))
				output.push({
					json: simplify ? simplifyStock(record) : record,
					pairedItem: { item: itemIndex },
				});
		} catch (error) {
			if (!this.continueOnFail()) throw asNodeError(this.getNode(), error, itemIndex);
			output.push({ json: { error: (error as Error).message }, pairedItem: { item: itemIndex } });
		}
	}
	return output;
}
