import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodePropertyOptions,
} from 'n8n-workflow';

import { DEFAULT_TIMEOUT_MS } from './transport';
import { PER_CALL } from './transport/endpoints';
import { readPages } from './transport/pages';

const MAX_PAGES = 1000;

/** The account's shops, page by page (ListShop), stopping once `limit` are there. */
export async function listShops(
	this: IExecuteFunctions | ILoadOptionsFunctions,
	limit = Infinity,
	timeout = DEFAULT_TIMEOUT_MS,
): Promise<IDataObject[]> {
	return await readPages.call(this, {
		endpoint: 'ListShop',
		body: {},
		pageSize: PER_CALL.listPage,
		maxPages: MAX_PAGES,
		limit,
		timeout,
	});
}

/** A shop's name as ListShop gives it: `name`, or `shopName`. */
export const shopNameOf = (shop: IDataObject) => shop.name ?? shop.shopName;

/** A shop as the editor lists it: its name and channel, its Ginee ID as the value. */
function shopOption(shop: IDataObject): INodePropertyOptions {
	return {
		name:
			`${String(shopNameOf(shop) ?? shop.shopId)} ` +
			`(${String(shop.channel ?? 'unknown channel')})`,
		value: String(shop.shopId),
		description: `Shop ID ${String(shop.shopId)}`,
	};
}

/** The shop dropdown of the Ginee node and the Ginee Order Trigger (loadOptions). */
export async function getShops(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const shops = await listShops.call(this);
	return shops.map(shopOption).sort((a, b) => a.name.localeCompare(b.name));
}
