import { sleep } from 'n8n-workflow';

import { chunk, mapWithConcurrency } from '../../../nodes/shared/batches';
import { parseIdList } from '../../../nodes/shared/idList';
import { toGineeUtc } from '../../../nodes/shared/utcTime';

describe('parseIdList', () => {
	it.each<[unknown, string[]]>([
		['A, B,,C', ['A', 'B', 'C']],
		['A\nB;C', ['A', 'B', 'C']],
		[
			['A', 'B, C', ['D', 'A']],
			['A', 'B', 'C', 'D'],
		],
		[12345, ['12345']],
		[null, []],
		[['', ' ', null, { id: 'x' }], []],
	])('reads %j', (value, ids) => expect(parseIdList(value)).toEqual(ids));
});

describe('batching', () => {
	it('cuts lists into chunks of at most the given size', () => {
		expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
		expect(chunk([], 100)).toEqual([]);
	});

	it('never runs more tasks at once than the limit, and keeps the order of results', async () => {
		let running = 0;
		let most = 0;
		const results = await mapWithConcurrency([5, 1, 4, 2, 3, 6, 1], 3, async (ms) => {
			running++;
			most = Math.max(most, running);
			await sleep(ms * 5);
			running--;
			return ms * 10;
		});
		expect(most).toBe(3);
		expect(results).toEqual([50, 10, 40, 20, 30, 60, 10]);
	});
});

describe('toGineeUtc', () => {
	it.each<[unknown, string, string | undefined]>([
		['2026-11-20T17:30:00', 'Asia/Jakarta', '2026-11-20T10:30:00.000Z'],
		['2026-11-20T17:30:00', 'UTC', '2026-11-20T17:30:00.000Z'],
		['2026-07-01T12:00:00', 'Europe/Berlin', '2026-07-01T10:00:00.000Z'],
		['2026-01-01T12:00:00', 'Europe/Berlin', '2026-01-01T11:00:00.000Z'],
		['2026-11-20T17:30:00+07:00', 'UTC', '2026-11-20T10:30:00.000Z'],
		['2022-09-20T16:00:01.000Z', 'Asia/Jakarta', '2022-09-20T16:00:01.000Z'],
		['2026-11-20', 'Asia/Jakarta', '2026-11-19T17:00:00.000Z'],
		[{ toISO: () => '2026-11-20T17:30:00.000+07:00' }, 'UTC', '2026-11-20T10:30:00.000Z'],
		['2026-02-30T10:00:00', 'UTC', undefined],
		['2024-02-30T10:00:00Z', 'UTC', undefined],
		['2026-11-20T24:00:00Z', 'UTC', undefined],
		['2026-11-20T23:60:00+07:00', 'UTC', undefined],
		['2026-11-20T10:00:00+15:00', 'UTC', undefined],
		['2024-02-29T10:00:00Z', 'UTC', '2024-02-29T10:00:00.000Z'],
		['0050-01-01T00:00:00Z', 'UTC', '0050-01-01T00:00:00.000Z'],
		['0050-01-01T00:00:00', 'UTC', '0050-01-01T00:00:00.000Z'],
		['20/11/2026', 'UTC', undefined],
		['yesterday', 'UTC', undefined],
		[1732000000, 'UTC', undefined],
	])('turns %j in %s into %s', (value, zone, expected) =>
		expect(toGineeUtc(value, zone)).toBe(expected),
	);
});
