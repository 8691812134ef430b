import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { listShops } from '../helpers/shops';

export async function getShops(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const shops = await listShops.call(this);
	return shops
		.map((shop) => ({
			name:
				`${String(shop.name ?? shop.shopName ?? shop.shopId)} ` +
				`(${String(shop.channel ?? 'unknown channel')})`,
			value: String(shop.shopId),
			description: `Shop ID ${String(shop.shopId)}`,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}
