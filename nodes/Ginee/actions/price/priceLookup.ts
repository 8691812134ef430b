import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { chunk } from '../../../shared/idList';
import { ENDPOINTS, PER_CALL } from '../../../shared/transport/endpoints';
import { readPages } from '../../../shared/transport/pages';

/** The price records (master and shop prices) of these variations, a page of 100 per call. */
export async function readPriceRecords(
	this: IExecuteFunctions,
	variationIds: string[],
	timeout: number,
): Promise<IDataObject[]> {
	const records: IDataObject[] = [];
	for (const batch of chunk(variationIds, PER_CALL.pricePage))
		records.push(
			...(await readPages.call(this, {
				path: ENDPOINTS.ListMasterVariationPrice,
				endpoint: 'ListMasterVariationPrice',
				body: { masterVariationIds: batch },
				pageSize: PER_CALL.pricePage,
				maxPages: 2,
				timeout,
			})),
		);
	return records;
}
