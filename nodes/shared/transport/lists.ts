import type { IDataObject } from 'n8n-workflow';

import { chunk, mapWithConcurrency } from '../batches';
import { recordsOf } from './answers';
import { ENDPOINTS, type EndpointName } from './endpoints';
import { gineeApiRequest, type GineeContext, type GineeRequestOptions } from './index';

/**
 * The records of one list answer, the request and the error naming one endpoint (its path and its
 * name cannot differ).
 */
export async function readList(
	this: GineeContext,
	endpoint: EndpointName,
	body: IDataObject,
	options: Omit<GineeRequestOptions, 'kind'>,
): Promise<IDataObject[]> {
	const answer = await gineeApiRequest.call(this, ENDPOINTS[endpoint], body, {
		kind: 'read',
		...options,
	});
	return recordsOf(answer.data, endpoint);
}

/**
 * Reads records by ID, `perCall` distinct IDs per call (a repeated ID is asked for once), at most
 * `concurrency` calls at a time; the records of every call, in the order of the IDs' batches.
 */
export async function readByIds<R>(
	ids: string[],
	perCall: number,
	read: (batch: string[]) => Promise<R[]>,
	{ concurrency = 1 }: { concurrency?: number } = {},
): Promise<R[]> {
	const batches = chunk([...new Set(ids)], perCall);
	return (await mapWithConcurrency(batches, concurrency, read)).flat();
}
