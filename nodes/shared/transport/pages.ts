import type { IDataObject } from 'n8n-workflow';

import { recordsOf } from './answers';
import { ENDPOINTS, type EndpointName } from './endpoints';
import { DEFAULT_TIMEOUT_MS, gineeApiRequest } from './index';
import type { GineeContext } from './index';

interface PageQuery {
	endpoint: EndpointName;
	body: IDataObject;
	pageSize: number;
	maxPages: number;
	limit?: number;
	itemIndex?: number;
	timeout?: number;
	/** Tries per call (a read's default: retried when Ginee is busy or failing). */
	attempts?: number;
}

/**
 * Reads a `page` (from 0) + `size` list until `limit` records are there, a short page arrives or
 * Ginee's `total` is reached; at most `maxPages` calls.
 */
export async function readPages(
	this: GineeContext,
	{
		endpoint,
		body,
		pageSize,
		maxPages,
		limit = Infinity,
		itemIndex,
		timeout = DEFAULT_TIMEOUT_MS,
		attempts,
	}: PageQuery,
): Promise<IDataObject[]> {
	const records: IDataObject[] = [];
	for (let page = 0; page < maxPages && records.length < limit; page++) {
		const answer = await gineeApiRequest.call(
			this,
			ENDPOINTS[endpoint],
			{ ...body, page, size: pageSize },
			{ kind: 'read', itemIndex, timeout, ...(attempts ? { attempts } : {}) },
		);
		const content = recordsOf(answer.data, endpoint);
		records.push(...content);
		const total = (answer.data as IDataObject | null)?.total;
		if (content.length < pageSize || (typeof total === 'number' && records.length >= total)) break;
	}
	return records.slice(0, limit);
}
