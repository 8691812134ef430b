export const DAY_MS = 24 * 60 * 60 * 1000;
export const MAX_WINDOW_MS = 15 * DAY_MS;
/**
 * Ginee searches orders older than 3 months only with historicalData; the node reads 3 months as 90
 * days.
 */
export const HISTORY_MS = 90 * DAY_MS;
/**
 * Windows that start this close to the line count as recent, so Ginee (a little later) never
 * refuses them.
 */
const HISTORY_MARGIN_MS = 60_000;

export interface TimeWindow {
	since: string;
	to: string;
	/** Whether the window lies before Ginee's 3-month line (sent with historicalData). */
	historical: boolean;
}

/**
 * The windows of [since, to] in the order to read them: newest first or oldest first, the first
 * one day long and each next twice as long, at most 15 days (Ginee's limit per ListOrder request),
 * so that a small Limit reads little. Both ends of a window are inclusive and the next one starts
 * 1 ms further: no instant is in two windows, none in none. A window never crosses the 3-month
 * line: the part before it is marked historical.
 */
export function orderedWindows(
	sinceMs: number,
	toMs: number,
	newestFirst: boolean,
	nowMs: number,
	firstMs = DAY_MS,
): TimeWindow[] {
	const line = nowMs - HISTORY_MS + HISTORY_MARGIN_MS;
	const windows: TimeWindow[] = [];
	let span = Math.min(firstMs, MAX_WINDOW_MS);
	let low = sinceMs;
	let high = toMs;
	while (low <= high) {
		let since: number;
		let to: number;
		if (newestFirst) {
			to = high;
			since = Math.max(low, high - span + 1);
			if (to >= line && since < line) since = line;
			high = since - 1;
		} else {
			since = low;
			to = Math.min(high, low + span - 1);
			if (since < line && to >= line) to = line - 1;
			low = to + 1;
		}
		windows.push({
			since: new Date(since).toISOString(),
			to: new Date(to).toISOString(),
			historical: since < line,
		});
		span = Math.min(span * 2, MAX_WINDOW_MS);
	}
	return windows;
}
