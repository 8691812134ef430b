import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { chunk } from '../../../shared/idList';
import { gineeApiRequest } from '../../../shared/transport';
import { recordsOf } from '../../../shared/transport/answers';
import { ENDPOINTS, PER_CALL } from '../../../shared/transport/endpoints';
import { readPages } from '../../../shared/transport/pages';

/** Each master SKU's variation ID (ListMasterVariation, 20 SKUs per call); unknown SKUs absent. */
export async function readVariationIds(
	this: IExecuteFunctions,
	skus: string[],
	timeout: number,
): Promise<Map<string, string>> {
	const ids = new Map<string, string>();
	for (const batch of chunk([...new Set(skus)], PER_CALL.skuLookups)) {
		const answer = await gineeApiRequest.call(
			this,
			ENDPOINTS.ListMasterVariation,
			{ masterSkus: batch },
			{ kind: 'read', timeout },
		);
		for (const record of recordsOf(answer.data, 'ListMasterVariation'))
			if (record.masterSku && record.variationId)
				ids.set(String(record.masterSku), String(record.variationId));
	}
	return ids;
}

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
