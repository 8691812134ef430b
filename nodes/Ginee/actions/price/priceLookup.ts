import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { PER_CALL } from '../../../shared/transport/endpoints';
import { readByIds } from '../../../shared/transport/lists';
import { readPages } from '../../../shared/transport/pages';

/**
 * The price records (master and shop prices) of these variations, a page of PER_CALL.pricePage a
 * call.
 */
export async function readPriceRecords(
	this: IExecuteFunctions,
	variationIds: string[],
	timeout: number,
): Promise<IDataObject[]> {
	return await readByIds(variationIds, PER_CALL.pricePage, async (batch) =>
		readPages.call(this, {
			endpoint: 'ListMasterVariationPrice',
			body: { masterVariationIds: batch },
			pageSize: PER_CALL.pricePage,
			maxPages: 2,
			timeout,
		}),
	);
}

/** A price as Ginee lists it: the amount of {amount, currencyCode}, or a bare number as it is. */
export const amountOf = (price: unknown) =>
	(price !== null && typeof price === 'object'
		? (price as IDataObject).amount
		: price) as IDataObject[string];
