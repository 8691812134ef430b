import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { parseIdList } from '../../../shared/idList';
import { listShops, shopNameOf } from '../../../shared/shops';
import { clampTimeout } from '../../../shared/transport';
import { PER_CALL } from '../../../shared/transport/endpoints';
import { readByIds, readList } from '../../../shared/transport/lists';
import { outputEachRead, readEachItem } from '../../helpers/eachItem';
import { readOutputShape, shapeRecords, type OutputShape } from '../common/output';
import { simplifyOrder } from '../../../shared/simplifyOrder';
import { ORDER_ALWAYS_KEPT } from './orderOutput';

export { option, properties } from './getDetails.description';

const CONCURRENT_CALLS = 3;

type LookupBy = 'orderIds' | 'channelOrderIds';

/** What one input item asks for; items with the same `batchKey` share batch-get calls. */
interface Lookup {
	itemIndex: number;
	lookupBy: LookupBy;
	ids: string[];
	shopId?: string;
	/** The shop's name as the picker showed it, or as ListShop gives it once an order is missing. */
	shopName?: string;
	historicalData: boolean;
	includeShippingDocumentInfo: boolean;
	onNotFound: 'outputItem' | 'error';
	output: OutputShape;
	timeout: number;
	batchKey: string;
}

type Found = { order: IDataObject } | { error: Error };

function readLookup(this: IExecuteFunctions, itemIndex: number): Lookup {
	const lookupBy = this.getNodeParameter('lookupBy', itemIndex) as LookupBy;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const ids = parseIdList(this.getNodeParameter(lookupBy, itemIndex, []));
	if (ids.length === 0) {
		const label = lookupBy === 'orderIds' ? 'Order IDs' : 'Marketplace Order Numbers';
		throw new NodeOperationError(this.getNode(), `'${label}' is empty: give at least one ID`, {
			itemIndex,
		});
	}
	const output = readOutputShape.call(this, itemIndex);
	let shopId: string | undefined;
	let shopName: string | undefined;
	if (lookupBy === 'channelOrderIds') {
		const locator = this.getNodeParameter('shopId', itemIndex, '') as {
			cachedResultName?: unknown;
		};
		if (typeof locator?.cachedResultName === 'string') shopName = locator.cachedResultName;
		shopId = String(
			this.getNodeParameter('shopId', itemIndex, '', { extractValue: true }) ?? '',
		).trim();
		if (!shopId) {
			throw new NodeOperationError(
				this.getNode(),
				"'Shop' is required to look up channel order IDs: choose one from the list or give its ID",
				{ itemIndex },
			);
		}
	}
	const historicalData = options.historicalData === true;
	const includeShippingDocumentInfo = options.includeShippingDocumentInfo === true;
	const timeout = clampTimeout(options.timeout);
	return {
		itemIndex,
		lookupBy,
		ids,
		shopId,
		shopName,
		historicalData,
		includeShippingDocumentInfo,
		onNotFound: options.onNotFound === 'error' ? 'error' : 'outputItem',
		output,
		timeout,
		batchKey: JSON.stringify([
			lookupBy,
			shopId,
			historicalData,
			includeShippingDocumentInfo,
			timeout,
		]),
	};
}

/** One batch-get call per 100 distinct ids of a group, a few at a time; results by requested id. */
async function fetchGroup(this: IExecuteFunctions, group: Lookup[]): Promise<Map<string, Found>> {
	const [first] = group;
	const ids = group.flatMap((lookup) => lookup.ids);
	const found = new Map<string, Found>();
	const readBatch = async (batch: string[]) => {
		const body: IDataObject =
			first.lookupBy === 'orderIds'
				? { orderIds: batch }
				: { shopId: first.shopId, channelOrderIds: batch };
		if (first.historicalData) body.historicalData = true;
		if (first.includeShippingDocumentInfo) body.includedSection = ['SHIPPING_DOCUMENT_INFO'];
		try {
			const orders = await readList.call(this, 'GetOrderDetails', body, {
				timeout: first.timeout,
				itemIndex: first.itemIndex,
			});
			const requested = new Set(batch);
			for (const order of orders) {
				// A channel order is asked for by the marketplace's number (externalOrderSn) or its ID
				// (externalOrderId)
				const keys =
					first.lookupBy === 'orderIds'
						? [order.orderId]
						: [order.externalOrderSn, order.externalOrderId];
				for (const key of keys)
					if (typeof key === 'string' && requested.has(key)) found.set(key, { order });
			}
		} catch (error) {
			for (const id of batch) found.set(id, { error: error as Error });
		}
		return [];
	};
	await readByIds(ids, PER_CALL.orderIds, readBatch, { concurrency: CONCURRENT_CALLS });
	return found;
}

function notFoundItem(lookup: Lookup, id: string): IDataObject {
	if (lookup.lookupBy === 'channelOrderIds') {
		const shop = lookup.shopName ? `"${lookup.shopName}" (${lookup.shopId})` : lookup.shopId;
		return {
			shopId: lookup.shopId,
			channelOrderId: id,
			notFound: true,
			message:
				`Order ${id} not found in shop ${shop}. Give the marketplace's order number ` +
				`(externalOrderSn, e.g. 2306GO4XS) or its order ID (externalOrderId), and check the ` +
				`shop.`,
		};
	}
	const hint = lookup.historicalData
		? 'Ginee has no such order in its archive of orders older than 3 months.'
		: "Ginee has no such order in the last 3 months; for older orders turn on 'Options' → " +
			"'Historical Data'.";
	return { orderId: id, notFound: true, message: `Order not found. ${hint}` };
}

/**
 * A "not found" names the shop it looked in: for a shop given by ID, its name is read once (the
 * ID stays when that read fails: the answer about the orders matters more).
 */
async function nameShopsOfMissingOrders(
	this: IExecuteFunctions,
	lookups: Array<Lookup | Error>,
	foundByGroup: Map<string, Map<string, Found>>,
): Promise<void> {
	const unnamed = lookups.filter(
		(lookup): lookup is Lookup =>
			!(lookup instanceof Error) &&
			lookup.lookupBy === 'channelOrderIds' &&
			!lookup.shopName &&
			lookup.ids.some((id) => !foundByGroup.get(lookup.batchKey)?.has(id)),
	);
	if (!unnamed.length) return;
	try {
		const shops = await listShops.call(this);
		const names = new Map(shops.map((shop) => [String(shop.shopId), shopNameOf(shop)]));
		for (const lookup of unnamed) {
			const name = names.get(String(lookup.shopId));
			if (typeof name === 'string') lookup.shopName = name;
		}
	} catch {
		// the shop stays named by its ID
	}
}

/** The orders of one item, in the order asked; a missing one as a "not found" record or error. */
function itemResult(
	this: IExecuteFunctions,
	lookup: Lookup,
	found: Map<string, Found>,
): IDataObject[] {
	const orders: IDataObject[] = [];
	const missing: string[] = [];
	for (const id of lookup.ids) {
		const result = found.get(id);
		if (result && 'error' in result) throw result.error;
		if (result) orders.push(result.order);
		else missing.push(id);
	}
	if (missing.length && lookup.onNotFound === 'error') {
		throw new NodeOperationError(
			this.getNode(),
			`Ginee did not return ${missing.length} of the requested orders: ${missing.join(', ')}`,
			{
				itemIndex: lookup.itemIndex,
				description: notFoundItem(lookup, missing[0]).message as string,
			},
		);
	}
	return [
		...shapeRecords(orders, lookup.output, simplifyOrder, ORDER_ALWAYS_KEPT),
		...missing.map((id) => notFoundItem(lookup, id)),
	];
}

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const lookups = readEachItem(items, (itemIndex) => readLookup.call(this, itemIndex));
	const groups = new Map<string, Lookup[]>();
	for (const lookup of lookups) {
		if (lookup instanceof Error) continue;
		const group = groups.get(lookup.batchKey) ?? [];
		group.push(lookup);
		groups.set(lookup.batchKey, group);
	}
	const foundByGroup = new Map<string, Map<string, Found>>();
	for (const [key, group] of groups) foundByGroup.set(key, await fetchGroup.call(this, group));
	await nameShopsOfMissingOrders.call(this, lookups, foundByGroup);
	return outputEachRead(this, lookups, (lookup) =>
		itemResult.call(this, lookup, foundByGroup.get(lookup.batchKey) as Map<string, Found>),
	);
}
