import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { clampTimeout, gineeApiRequest } from '../../../shared/transport';
import { ENDPOINTS } from '../../../shared/transport/endpoints';
import { readOptions, readQuantity, readSku } from './readStockFields';
import { executeStockWrites, readWriteAnswer, type StockWrite } from './stockWrites';
import { readWarehouseId } from './warehouse';

export { option, properties } from './updateSpareStock.description';

const ACTIONS = ['INCREASE', 'DECREASE', 'OVER_WRITE'];
const MAX_QUANTITY = 999_999_999;

function readWrite(this: IExecuteFunctions, itemIndex: number): StockWrite {
	const sku = readSku.call(this, itemIndex);
	const action = String(this.getNodeParameter('spareAction', itemIndex, 'OVER_WRITE'));
	if (!ACTIONS.includes(action))
		throw new NodeOperationError(
			this.getNode(),
			`'Action' must be Increase, Decrease or Overwrite, got ${JSON.stringify(action)}`,
			{ itemIndex },
		);
	const warehouseId = readWarehouseId.call(this, 'warehouseId', itemIndex, false);
	const entry: IDataObject = {
		masterSku: sku,
		action,
		quantity: readQuantity.call(this, itemIndex, MAX_QUANTITY, 'spareQuantity'),
	};
	if (warehouseId) entry.warehouseId = warehouseId;
	const { remark, shelfInventoryId } = readOptions(this, itemIndex);
	if (String(remark ?? '').trim()) entry.remark = String(remark).trim();
	if (String(shelfInventoryId ?? '').trim())
		entry.shelfInventoryId = String(shelfInventoryId).trim();
	return { itemIndex, group: warehouseId, sku, entry };
}

/**
 * Items grouped by warehouse, PER_CALL.stockWrites SKUs a call; Ginee's per-SKU failures fail only
 * their items.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await executeStockWrites.call(this, items, readWrite, async (group, call, timeout) => {
		const answer = await gineeApiRequest.call(
			this,
			ENDPOINTS.UpdateSpareStock,
			{ stockList: call.map((write) => write.entry) },
			{ kind: 'write', timeout: clampTimeout(timeout), itemIndex: call[0].itemIndex },
		);
		return readWriteAnswer(answer.data, ['successList']);
	});
}
