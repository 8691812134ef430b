import { MAX_WINDOW_MS, timeWindows } from '../../nodes/Ginee/helpers/timeWindows';

const DAY = 86_400_000;

describe('timeWindows', () => {
	it('keeps a range of up to 15 days in one window', () => {
		const since = Date.UTC(2026, 10, 1);
		expect(timeWindows(since, since + 15 * DAY)).toEqual([{ since: '2026-11-01T00:00:00.000Z', to: '2026-11-16T00:00:00.000Z' }]);
	});

	it('cuts 40 days into 3 windows of at most 15 days that touch without overlapping', () => {
		const since = Date.UTC(2026, 9, 1, 6, 30);
		const to = since + 40 * DAY;
		const windows = timeWindows(since, to);
		expect(windows).toHaveLength(3);
		expect(Date.parse(windows[0].since)).toBe(since);
		expect(Date.parse(windows[2].to)).toBe(to);
		windows.forEach((window, index) => {
			expect(Date.parse(window.to) - Date.parse(window.since)).toBeLessThanOrEqual(MAX_WINDOW_MS);
			if (index > 0) expect(Date.parse(window.since)).toBe(Date.parse(windows[index - 1].to) + 1);
		});
	});

	it('puts every instant of the range in exactly one window', () => {
		const since = Date.UTC(2026, 0, 1);
		const to = since + 61 * DAY + 12345;
		const windows = timeWindows(since, to).map((w) => [Date.parse(w.since), Date.parse(w.to)]);
		for (let instant = since; instant <= to; instant += 3 * 3_600_000 + 7) {
			expect(windows.filter(([start, end]) => instant >= start && instant <= end)).toHaveLength(1);
		}
		for (const [, end] of windows) expect(windows.filter(([start, stop]) => end >= start && end <= stop)).toHaveLength(1);
	});

	it('gives one window for a single instant and none for a reversed range', () => {
		expect(timeWindows(1000, 1000)).toHaveLength(1);
		expect(timeWindows(2000, 1000)).toEqual([]);
	});
});
