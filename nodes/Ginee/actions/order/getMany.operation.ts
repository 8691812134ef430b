import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { parseIdList } from '../../../shared/idList';
import { readListOrderWindow, type ListOrderQuery } from '../../../shared/listOrderWindow';
import { orderedWindows } from '../../../shared/timeWindows';
import { clampTimeout } from '../../../shared/transport';
import { eachItem } from '../../helpers/eachItem';
import { readOutputShape, shapeRecords } from '../common/output';
import { limitOf } from '../common/returnAllAndLimit';
import { simplifyOrder } from '../../../shared/simplifyOrder';
import { ORDER_ALWAYS_KEPT } from './orderOutput';
import { readRange } from './period';

export { option, properties } from './getMany.description';

interface Query extends ListOrderQuery {
	itemIndex: number;
	/** The order field the range is about: when the order was created, or last updated. */
	timeField: 'createAt' | 'lastUpdateAt';
}

function filterBody(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const body: IDataObject = {};
	// Ginee filters by one channel and one status per call; several are filtered here instead.
	const channels = parseIdList(filters.channels);
	if (channels.length === 1) body.channel = channels[0];
	const statuses = parseIdList(filters.statuses);
	if (statuses.length === 1) body.orderStatus = statuses[0];
	if (filters.orderType) body.orderType = filters.orderType;
	const shopIds = parseIdList(filters.shopIds);
	if (shopIds.length > 50)
		throw new NodeOperationError(
			this.getNode(),
			`'Shops' allows at most 50, got ${shopIds.length}`,
			{ itemIndex },
		);
	if (shopIds.length) body.shopIdList = shopIds;
	const orderNumbers = parseIdList(filters.orderNumbers);
	if (orderNumbers.length > 100)
		throw new NodeOperationError(
			this.getNode(),
			`'Order Numbers' allows at most 100, got ${orderNumbers.length}`,
			{ itemIndex },
		);
	if (orderNumbers.length) body.orderNumbers = orderNumbers;
	return body;
}

/** Whether an order passes the filters Ginee could not apply (several channels or statuses). */
function localFilter(filters: IDataObject): (order: IDataObject) => boolean {
	const channels = parseIdList(filters.channels);
	const statuses = parseIdList(filters.statuses);
	return (order) =>
		(channels.length < 2 || channels.includes(String(order.channel))) &&
		(statuses.length < 2 || statuses.includes(String(order.orderStatus)));
}

/**
 * The orders of the range, newest or oldest first by the range's time field, up to `limit`. Windows
 * are read whole and in order, so the orders returned are really the newest (or oldest) ones.
 */
async function listOrders(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { since, to } = readRange.call(this, itemIndex);
	const limit = limitOf(this, itemIndex, true);
	const newestFirst = this.getNodeParameter('sort', itemIndex, 'newestFirst') !== 'oldestFirst';
	const byUpdate = this.getNodeParameter('timeRangeBy', itemIndex) === 'lastUpdate';
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const query: Query = {
		itemIndex,
		filters: filterBody.call(this, itemIndex),
		sinceField: byUpdate ? 'lastUpdateSince' : 'createSince',
		toField: byUpdate ? 'lastUpdateTo' : 'createTo',
		timeField: byUpdate ? 'lastUpdateAt' : 'createAt',
		timeout: clampTimeout(options.timeout),
	};
	const wanted = localFilter(this.getNodeParameter('filters', itemIndex, {}) as IDataObject);
	const direction = newestFirst ? -1 : 1;
	const time = (order: IDataObject) => Date.parse(String(order[query.timeField] ?? '')) || 0;
	const seen = new Set<string>();
	const orders: IDataObject[] = [];
	for (const window of orderedWindows(since, to, newestFirst, Date.now())) {
		const windowOrders = (await readListOrderWindow.call(this, query, window)).sort(
			(a, b) =>
				direction * (time(a) - time(b)) ||
				String(a.orderId ?? '').localeCompare(String(b.orderId ?? '')),
		);
		for (const order of windowOrders) {
			if (!wanted(order)) continue;
			if (typeof order.orderId === 'string') {
				if (seen.has(order.orderId)) continue;
				seen.add(order.orderId);
			}
			orders.push(order);
			if (orders.length >= limit) return orders;
		}
	}
	return orders;
}

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await eachItem.call(this, items, async (itemIndex) => {
		const output = readOutputShape.call(this, itemIndex);
		const orders = await listOrders.call(this, itemIndex);
		return shapeRecords(orders, output, simplifyOrder, ORDER_ALWAYS_KEPT);
	});
}
