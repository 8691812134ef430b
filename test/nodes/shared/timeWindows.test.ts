import {
	DAY_MS,
	HISTORY_MS,
	MAX_WINDOW_MS,
	orderedWindows,
} from '../../../nodes/shared/timeWindows';

const DAY = DAY_MS;
const NOW = Date.UTC(2026, 10, 23, 12);
const spans = (windows: Array<{ since: string; to: string }>) =>
	windows.map((w) => [Date.parse(w.since), Date.parse(w.to)]);

describe.each([
	['newest first', true],
	['oldest first', false],
])('orderedWindows, %s', (_order, newestFirst) => {
	it('cuts 40 days into windows of at most 15 days that touch without overlapping and cover the range', () => {
		const since = NOW - 45 * DAY;
		const to = since + 40 * DAY;
		const windows = spans(orderedWindows(since, to, newestFirst, NOW)).sort((a, b) => a[0] - b[0]);
		expect(windows[0][0]).toBe(since);
		expect(windows[windows.length - 1][1]).toBe(to);
		windows.forEach(([start, end], index) => {
			expect(end - start).toBeLessThanOrEqual(MAX_WINDOW_MS);
			if (index > 0) expect(start).toBe(windows[index - 1][1] + 1);
		});
	});

	it('puts every instant of the range in exactly one window, also across the 3-month line', () => {
		const since = NOW - 120 * DAY;
		const to = since + 61 * DAY + 12345;
		const windows = spans(orderedWindows(since, to, newestFirst, NOW));
		for (let instant = since; instant <= to; instant += 3 * 3_600_000 + 7) {
			expect(windows.filter(([start, end]) => instant >= start && instant <= end)).toHaveLength(1);
		}
	});

	it('starts with one day at the chosen end and doubles up to 15 days', () => {
		const since = NOW - 40 * DAY;
		const windows = spans(orderedWindows(since, NOW, newestFirst, NOW));
		expect(windows[0]).toEqual(newestFirst ? [NOW - DAY + 1, NOW] : [since, since + DAY - 1]);
		expect(windows.slice(0, 5).map(([start, end]) => Math.round((end - start + 1) / DAY))).toEqual([
			1, 2, 4, 8, 15,
		]);
	});

	it('marks windows before the 3-month line historical and never lets one cross it', () => {
		const windows = orderedWindows(NOW - 100 * DAY, NOW, newestFirst, NOW);
		const line = NOW - HISTORY_MS + 60_000;
		for (const window of windows) {
			const [start, end] = [Date.parse(window.since), Date.parse(window.to)];
			expect(window.historical).toBe(start < line);
			expect(start < line && end >= line).toBe(false);
		}
		expect(windows.some((window) => window.historical)).toBe(true);
		expect(windows.some((window) => !window.historical)).toBe(true);
	});

	it('gives one window for a single instant and none for a reversed range', () => {
		expect(orderedWindows(NOW - 1000, NOW - 1000, newestFirst, NOW)).toHaveLength(1);
		expect(orderedWindows(NOW - 1000, NOW - 2000, newestFirst, NOW)).toEqual([]);
	});
});
