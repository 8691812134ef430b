import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { TimeWindow } from './timeWindows';
import { gineeApiRequest, type GineeContext } from './transport';
import { recordsOf } from './transport/answers';
import { ENDPOINTS, PER_CALL } from './transport/endpoints';

const MAX_PAGES_PER_WINDOW = 1000;

/** A ListOrder v2 search: its filters and which time fields bound it. */
export interface ListOrderQuery {
	filters: IDataObject;
	sinceField: string;
	toField: string;
	timeout: number;
	itemIndex?: number;
}

/**
 * Every order of one window (at most 15 days), page by page with Ginee's cursor, PER_CALL.listPage
 * a page; a cursor that repeats or a window that never ends is an error.
 */
export async function readListOrderWindow(
	this: GineeContext,
	query: ListOrderQuery,
	window: TimeWindow,
): Promise<IDataObject[]> {
	const orders: IDataObject[] = [];
	const cursors = new Set<string>();
	let nextCursor: string | undefined;
	for (let page = 0; page < MAX_PAGES_PER_WINDOW; page++) {
		const body: IDataObject = {
			...query.filters,
			[query.sinceField]: window.since,
			[query.toField]: window.to,
			size: PER_CALL.listPage,
		};
		if (window.historical) body.historicalData = true;
		if (nextCursor) body.nextCursor = nextCursor;
		const answer = await gineeApiRequest.call(this, ENDPOINTS.ListOrderV2, body, {
			kind: 'read',
			itemIndex: query.itemIndex,
			timeout: query.timeout,
		});
		orders.push(...recordsOf(answer.data, 'ListOrderV2'));
		const data = (answer.data ?? {}) as IDataObject;
		if (data.more !== true) return orders;
		if (typeof data.nextCursor !== 'string' || data.nextCursor === '') {
			throw new NodeOperationError(
				this.getNode(),
				'Ginee said more orders follow but gave no cursor to fetch them; the list would be ' +
					'incomplete',
				{ itemIndex: query.itemIndex },
			);
		}
		if (cursors.has(data.nextCursor)) {
			throw new NodeOperationError(
				this.getNode(),
				'Ginee returned the same page cursor twice; stopped instead of reading the same orders ' +
					'again',
				{ itemIndex: query.itemIndex },
			);
		}
		cursors.add(data.nextCursor);
		nextCursor = data.nextCursor;
	}
	throw new NodeOperationError(
		this.getNode(),
		`More than ${MAX_PAGES_PER_WINDOW * PER_CALL.listPage} orders in the window ` +
			`${window.since} – ${window.to}; narrow the range or add filters`,
		{ itemIndex: query.itemIndex },
	);
}
