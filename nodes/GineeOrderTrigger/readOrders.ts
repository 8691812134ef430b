import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { readListOrderWindow } from '../shared/listOrderWindow';
import { orderedWindows } from '../shared/timeWindows';
import type { TimeWindow } from '../shared/timeWindows';
import { DEFAULT_TIMEOUT_MS } from '../shared/transport';

/** Which orders the trigger looks at: shops and channels. */
export interface OrderScope {
	shopIds: string[];
	channels: string[];
}

/**
 * The orders of the scope last updated (or created) in one window of at most 15 days. One channel
 * is filtered by Ginee; several here (Ginee takes one per request).
 */
export async function readOrderWindow(
	this: IPollFunctions,
	scope: OrderScope,
	window: TimeWindow,
	byUpdate = true,
): Promise<IDataObject[]> {
	const filters: IDataObject = {};
	if (scope.shopIds.length) filters.shopIdList = scope.shopIds;
	if (scope.channels.length === 1) filters.channel = scope.channels[0];
	const query = {
		filters,
		sinceField: byUpdate ? 'lastUpdateSince' : 'createSince',
		toField: byUpdate ? 'lastUpdateTo' : 'createTo',
		timeout: DEFAULT_TIMEOUT_MS,
	};
	const orders = await readListOrderWindow.call(this, query, window);
	return scope.channels.length < 2
		? orders
		: orders.filter((order) => scope.channels.includes(String(order.channel)));
}

/** The orders of the scope last updated (or created) in [since, to], oldest window first. */
export async function readOrders(
	this: IPollFunctions,
	scope: OrderScope,
	since: number,
	to: number,
	byUpdate = true,
): Promise<IDataObject[]> {
	const orders: IDataObject[] = [];
	for (const window of orderedWindows(since, to, false, Date.now(), Infinity))
		orders.push(...(await readOrderWindow.call(this, scope, window, byUpdate)));
	return orders;
}
