import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { listShops } from '../helpers/shops';

/** A shop as the editor lists it: its name and channel, its Ginee ID as the value. */
function shopOption(shop: IDataObject): INodePropertyOptions {
	return {
		name:
			`${String(shop.name ?? shop.shopName ?? shop.shopId)} ` +
			`(${String(shop.channel ?? 'unknown channel')})`,
		value: String(shop.shopId),
		description: `Shop ID ${String(shop.shopId)}`,
	};
}

export async function getShops(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const shops = await listShops.call(this);
	return shops.map(shopOption).sort((a, b) => a.name.localeCompare(b.name));
}
