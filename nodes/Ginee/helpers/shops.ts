import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';

import { gineeApiRequest } from '../transport';

const LIST_SHOP_PATH = '/openapi/shop/v1/list';
const SHOPS_PER_PAGE = 100;
const MAX_PAGES = 1000;

/** The account's shops, page by page (ListShop), stopping once `limit` are there. */
export async function listShops(this: IExecuteFunctions | ILoadOptionsFunctions, limit = Infinity): Promise<IDataObject[]> {
	const shops: IDataObject[] = [];
	for (let page = 0; page < MAX_PAGES && shops.length < limit; page++) {
		const answer = await gineeApiRequest.call(this, LIST_SHOP_PATH, { page, size: SHOPS_PER_PAGE }, { kind: 'read' });
		const data = (answer.data ?? {}) as IDataObject;
		const content = (Array.isArray(data) ? data : (data.content as IDataObject[] | undefined)) ?? [];
		shops.push(...content);
		const total = typeof data.total === 'number' ? data.total : undefined;
		if (content.length < SHOPS_PER_PAGE || (total !== undefined && shops.length >= total)) break;
	}
	return shops.slice(0, limit);
}
