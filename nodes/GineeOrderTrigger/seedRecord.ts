import type { IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { MAX_WINDOW_MS } from '../shared/timeWindows';
import { asNodeError } from '../shared/transport/errors';
import { changesToEmit } from './changes';
import { MAX_RECORDED_ORDERS, type OrderRecord } from './orderRecord';
import { readOrderWindow, type OrderScope } from './readOrders';

const MINUTE = 60_000;
/** The first activation looks back at most this far for how orders look. */
export const BASELINE_MS = 7 * 24 * 60 * MINUTE;
const FIRST_SPAN_MS = 60 * MINUTE;

/**
 * The first activation's record of how recent orders look, newest first: windows back from `start`
 * (the first an hour long, each next sized to what the record still takes, at most twice the last)
 * until the record is full or 7 days are read, so it reads about as many orders as it keeps. A
 * window Ginee cannot page through ends the seeding there (the newest orders are recorded) instead
 * of failing the first poll again and again.
 */
export async function seedRecord(
	this: IPollFunctions,
	scope: OrderScope,
	start: number,
	record: OrderRecord,
): Promise<void> {
	const floor = start - BASELINE_MS;
	let to = start;
	let span = FIRST_SPAN_MS;
	for (
		let window = 0;
		to >= floor && record.size < MAX_RECORDED_ORDERS && window < 1000;
		window++
	) {
		const since = Math.max(floor, to - span + 1);
		let orders;
		try {
			orders = await readOrderWindow.call(this, scope, {
				since: new Date(since).toISOString(),
				to: new Date(to).toISOString(),
				historical: false,
			});
		} catch (error) {
			// a window Ginee cannot page through (too many orders, a repeated cursor): keep what was
			// read; a request that failed (NodeApiError) fails the poll, which the next one repeats
			if (error instanceof NodeOperationError) return;
			throw asNodeError(this.getNode(), error);
		}
		changesToEmit(orders, record, { event: 'anyUpdate', statuses: [], newSince: start });
		to = since - 1;
		const room = MAX_RECORDED_ORDERS - record.size;
		const fitting = orders.length ? (span * room) / orders.length : Infinity;
		span = Math.max(MINUTE, Math.min(fitting, span * 2, MAX_WINDOW_MS));
	}
}
