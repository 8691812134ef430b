import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';

import { DEFAULT_TIMEOUT_MS } from '../transport';
import { readPages } from './pages';

const LIST_SHOP_PATH = '/openapi/shop/v1/list';
const SHOPS_PER_PAGE = 100;
const MAX_PAGES = 1000;

/** The account's shops, page by page (ListShop), stopping once `limit` are there. */
export async function listShops(
	this: IExecuteFunctions | ILoadOptionsFunctions,
	limit = Infinity,
	timeout = DEFAULT_TIMEOUT_MS,
): Promise<IDataObject[]> {
	return await readPages.call(this, {
		path: LIST_SHOP_PATH,
		endpoint: 'ListShop',
		body: {},
		pageSize: SHOPS_PER_PAGE,
		maxPages: MAX_PAGES,
		limit,
		timeout,
	});
}
