import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { clampTimeout, gineeApiRequest } from '../../../shared/transport';
import { ENDPOINTS } from '../../../shared/transport/endpoints';
import { readOptions, readQuantity, readSku } from './readStockFields';
import { executeStockWrites, readWriteAnswer, type StockWrite } from './stockWrites';
import { readWarehouseId } from './warehouse';

export { option, properties } from './setWarehouseStock.description';

const MAX_QUANTITY = 999998;

function readWrite(this: IExecuteFunctions, itemIndex: number): StockWrite {
	const warehouseId = readWarehouseId.call(this, 'warehouseId', itemIndex, true);
	const sku = readSku.call(this, itemIndex);
	const entry: IDataObject = {
		masterSku: sku,
		quantity: readQuantity.call(this, itemIndex, MAX_QUANTITY),
	};
	const remark = String(readOptions(this, itemIndex).remark ?? '').trim();
	if (remark) entry.remark = remark;
	return { itemIndex, group: warehouseId, sku, entry };
}

/** Items grouped by warehouse, PER_CALL.stockWrites SKUs an AdjustInventory call. */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await executeStockWrites.call(this, items, readWrite, async (group, call, timeout) => {
		const answer = await gineeApiRequest.call(
			this,
			ENDPOINTS.AdjustInventory,
			{ warehouseId: group, stockList: call.map((write) => write.entry) },
			{ kind: 'write', timeout: clampTimeout(timeout), itemIndex: call[0].itemIndex },
		);
		return readWriteAnswer(answer.data, ['stockList', 'successList']);
	});
}
