import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { getShops } from './loadOptions';

/** The shop picker's list: every shop whose name, channel or ID contains the search text. */
export async function searchShops(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const shops = await getShops.call(this);
	return {
		results: shops
			.filter((shop) => `${shop.name} ${String(shop.value)}`.toLowerCase().includes(needle))
			.map((shop) => ({ name: shop.name, value: shop.value })),
	};
}
