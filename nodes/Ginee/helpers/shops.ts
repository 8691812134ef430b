import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';

import { DEFAULT_TIMEOUT_MS, gineeApiRequest } from '../transport';
import { recordsOf } from './answers';

const LIST_SHOP_PATH = '/openapi/shop/v1/list';
const SHOPS_PER_PAGE = 100;
const MAX_PAGES = 1000;

/** The account's shops, page by page (ListShop), stopping once `limit` are there. */
export async function listShops(
	this: IExecuteFunctions | ILoadOptionsFunctions,
	limit = Infinity,
	timeout = DEFAULT_TIMEOUT_MS,
): Promise<IDataObject[]> {
	const shops: IDataObject[] = [];
	for (let page = 0; page < MAX_PAGES && shops.length < limit; page++) {
		const answer = await gineeApiRequest.call(
			this,
			LIST_SHOP_PATH,
			{ page, size: SHOPS_PER_PAGE },
			{ kind: 'read', timeout },
		);
		const content = recordsOf(answer.data, 'ListShop');
		shops.push(...content);
		const total = (answer.data as IDataObject | null)?.total;
		if (content.length < SHOPS_PER_PAGE || (typeof total === 'number' && shops.length >= total))
			break;
	}
	return shops.slice(0, limit);
}
