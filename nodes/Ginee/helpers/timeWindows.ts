export const MAX_WINDOW_MS = 15 * 24 * 60 * 60 * 1000;

export interface TimeWindow {
	since: string;
	to: string;
}

/**
 * Cuts [since, to] into windows of at most 15 days (Ginee's limit per ListOrder request). Both ends
 * of a window are inclusive, so the next window starts one millisecond after the previous one ends:
 * no instant is in two windows, none in none.
 */
export function timeWindows(sinceMs: number, toMs: number, maxMs = MAX_WINDOW_MS): TimeWindow[] {
	const windows: TimeWindow[] = [];
	for (let start = sinceMs; start <= toMs; start += maxMs + 1) {
		const end = Math.min(start + maxMs, toMs);
		windows.push({ since: new Date(start).toISOString(), to: new Date(end).toISOString() });
	}
	return windows;
}
