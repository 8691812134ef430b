import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { parseIdList } from '../../helpers/idList';
import { simplifyOrder } from '../../helpers/simplifyOrder';
import { timeWindows } from '../../helpers/timeWindows';
import { toGineeUtc } from '../../helpers/utcTime';
import { gineeApiRequest } from '../../transport';
import { asNodeError } from '../../transport/errors';

export { getManyDescription as description } from './getMany.description';

const LIST_ORDER_PATH = '/openapi/order/v2/list-order';
const PAGE_SIZE = 100;
const MAX_PAGES_PER_WINDOW = 1000;

interface ListOrderPage {
	content?: IDataObject[];
	more?: boolean;
	nextCursor?: string | null;
}

function readTime(this: IExecuteFunctions, name: 'since' | 'to', label: string, itemIndex: number): number {
	const value = this.getNodeParameter(name, itemIndex);
	const utc = toGineeUtc(value, this.getTimezone());
	if (!utc) throw new NodeOperationError(this.getNode(), `${label} is not a valid date and time: ${JSON.stringify(value)}`, { itemIndex });
	return Date.parse(utc);
}

function filterBody(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const body: IDataObject = {};
	if (filters.channel) body.channel = filters.channel;
	if (filters.orderStatus) body.orderStatus = filters.orderStatus;
	if (filters.orderType) body.orderType = filters.orderType;
	if (filters.historicalData === true) body.historicalData = true;
	const shopIds = parseIdList(filters.shopIds);
	if (shopIds.length > 50) throw new NodeOperationError(this.getNode(), `Shops allows at most 50, got ${shopIds.length}`, { itemIndex });
	if (shopIds.length) body.shopIdList = shopIds;
	const orderNumbers = parseIdList(filters.orderNumbers);
	if (orderNumbers.length > 100) throw new NodeOperationError(this.getNode(), `Order Numbers allows at most 100, got ${orderNumbers.length}`, { itemIndex });
	if (orderNumbers.length) body.orderNumbers = orderNumbers;
	return body;
}

/** Every order of the range (split into 15-day windows, each paged by cursor), up to `limit`. */
async function listOrders(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const since = readTime.call(this, 'since', 'From', itemIndex);
	const to = readTime.call(this, 'to', 'To', itemIndex);
	if (to < since) throw new NodeOperationError(this.getNode(), 'To must not be before From', { itemIndex });
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? Infinity : (this.getNodeParameter('limit', itemIndex, 50) as number);
	const [sinceField, toField] = this.getNodeParameter('timeRangeBy', itemIndex) === 'lastUpdate' ? ['lastUpdateSince', 'lastUpdateTo'] : ['createSince', 'createTo'];
	const filters = filterBody.call(this, itemIndex);

	const orders = new Map<string, IDataObject>();
	for (const window of timeWindows(since, to)) {
		let nextCursor: string | undefined;
		for (let page = 0; page < MAX_PAGES_PER_WINDOW && orders.size < limit; page++) {
			const body: IDataObject = { ...filters, [sinceField]: window.since, [toField]: window.to, size: Math.min(PAGE_SIZE, limit - orders.size) };
			if (nextCursor) body.nextCursor = nextCursor;
			const answer = await gineeApiRequest.call(this, LIST_ORDER_PATH, body, { kind: 'read', itemIndex });
			const data = (answer.data ?? {}) as ListOrderPage;
			for (const order of data.content ?? []) {
				if (orders.size < limit) orders.set(String(order.orderId), order);
			}
			if (!data.more || !data.nextCursor) break;
			nextCursor = data.nextCursor;
		}
		if (orders.size >= limit) break;
	}
	return [...orders.values()];
}

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
			for (const order of await listOrders.call(this, itemIndex)) {
				output.push({ json: simplify ? simplifyOrder(order) : order, pairedItem: { item: itemIndex } });
			}
		} catch (error) {
			if (!this.continueOnFail()) throw asNodeError(this.getNode(), error, itemIndex);
			output.push({ json: { error: (error as Error).message }, pairedItem: { item: itemIndex } });
		}
	}
	return output;
}
