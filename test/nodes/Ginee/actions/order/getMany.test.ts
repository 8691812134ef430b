import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';

import { Ginee } from '../../../../../nodes/Ginee/Ginee.node';
import { executeContext, runGinee, TEST_NODE } from '../../../../helpers/executeContext';
import { credentialsFor, DAY, PATHS, useEmulator } from '../../../../helpers/fixtures';

const LIST_ORDER = PATHS.listOrder;
const LIST_SHOP = PATHS.listShop;

describe('Get Many orders and shops against the emulator', () => {
	const emulator = useEmulator();
	const run = async (parameters: IDataObject) => await runGinee(emulator, { parameters });
	/** Get Many orders created between `since` and `to`, with the other parameters given. */
	const createdBetween = (since: number, to: number, others: IDataObject): IDataObject => ({
		resource: 'order',
		operation: 'getMany',
		timeRangeBy: 'create',
		period: 'custom',
		since: new Date(since).toISOString(),
		to: new Date(to).toISOString(),
		...others,
	});

	const created = (id: unknown) => Date.parse(emulator.store.orders.get(id as string)!.createAt);
	const inRange = (since: number, to: number) =>
		[...emulator.store.orders.values()].filter(
			(order) => Date.parse(order.createAt) >= since && Date.parse(order.createAt) <= to,
		);
	const newestFirst = (a: IDataObject, b: IDataObject) =>
		Date.parse(b.createAt as string) - Date.parse(a.createAt as string) ||
		String(a.orderId).localeCompare(String(b.orderId));

	it('returns every order of a 40-day range exactly once, newest first, over windows that touch without overlapping', async () => {
		const to = Date.now() - DAY;
		const since = to - 40 * DAY;
		const output = await run(
			createdBetween(since, to, {
				returnAll: true,
				output: 'raw',
				filters: {},
			}),
		);
		const expected = inRange(since, to)
			.sort(newestFirst)
			.map((order) => order.orderId);
		expect(expected.length).toBeGreaterThan(400);
		expect(output.map((item) => item.json.orderId)).toEqual(expected);
		const calls = emulator.calls(LIST_ORDER).map((call) => call.body);
		const windows = [...new Set(calls.map((body) => `${body.createSince}/${body.createTo}`))].map(
			(window) => window.split('/').map(Date.parse),
		);
		windows.sort((a, b) => a[0] - b[0]);
		expect(windows[0][0]).toBe(since);
		expect(windows[windows.length - 1][1]).toBe(to);
		windows.forEach(([start, end], index) => {
			expect(end - start).toBeLessThanOrEqual(15 * DAY);
			if (index > 0) expect(start).toBe(windows[index - 1][1] + 1);
		});
		const pages = windows.reduce(
			(sum, [start, end]) =>
				sum +
				Math.max(
					1,
					Math.ceil(
						expected.filter((id) => created(id) >= start && created(id) <= end).length / 100,
					),
				),
			0,
		);
		expect(calls).toHaveLength(pages);
	});

	it.each([
		['newest', 'newestFirst'],
		['oldest', 'oldestFirst'],
	])(
		'with a Limit, returns the %s orders of the range, reading only what it needs',
		async (_which, sort) => {
			const to = Date.now();
			const since = to - 40 * DAY;
			const output = await run(
				createdBetween(since, to, {
					returnAll: false,
					limit: 30,
					sort,
					filters: {},
				}),
			);
			const ordered = inRange(since, to).sort(newestFirst);
			const expected = (sort === 'newestFirst' ? ordered : ordered.reverse())
				.slice(0, 30)
				.map((order) => order.orderId);
			expect(output.map((item) => item.json.orderId)).toEqual(expected);
			expect(emulator.calls(LIST_ORDER).length).toBeLessThanOrEqual(4);
		},
	);

	it('as an AI Agent’s tool, returns 10 orders unless told otherwise (50 as a node)', async () => {
		const to = Date.now();
		const parameters = createdBetween(to - 40 * DAY, to, { returnAll: false, filters: {} });
		const asTool = await runGinee(emulator, {
			parameters,
			node: { ...TEST_NODE, type: 'n8n-nodes-ginee.gineeTool' },
		});
		expect(asTool).toHaveLength(10);
		expect(Object.keys(asTool[0].json)).toHaveLength(10);
		expect(await run(parameters)).toHaveLength(50);
	});

	it('reads a range across the 3-month line: the archived part with historicalData, the recent part without', async () => {
		const to = Date.now();
		const since = to - 100 * DAY;
		const output = await run(
			createdBetween(since, to, {
				returnAll: true,
				filters: {},
			}),
		);
		const expected = inRange(since, to);
		expect(expected.some((order) => Date.parse(order.createAt) < to - 90 * DAY)).toBe(true);
		expect(output.map((item) => item.json.orderId).sort()).toEqual(
			expected.map((order) => order.orderId).sort(),
		);
		for (const { body } of emulator.calls(LIST_ORDER)) {
			expect(body.historicalData === true).toBe(
				Date.parse(body.createSince) < to - 90 * DAY + 60_000,
			);
		}
	});

	it('sends the filters and the last-updated range', async () => {
		const shops = emulator.store.shops.slice(0, 2).map((shop) => shop.shopId as string);
		const output = await run({
			resource: 'order',
			operation: 'getMany',
			timeRangeBy: 'lastUpdate',
			period: 'custom',
			since: '2026-11-01T00:00:00Z',
			to: '2026-11-10T00:00:00Z',
			returnAll: true,
			filters: {
				channels: 'SHOPEE_ID',
				statuses: 'PAID',
				shopIds: shops,
				orderNumbers: 'A, B',
				orderType: 'NORMAL',
			},
		});
		expect(emulator.calls(LIST_ORDER)[0].body).toEqual({
			lastUpdateSince: '2026-11-09T00:00:00.001Z',
			lastUpdateTo: '2026-11-10T00:00:00.000Z',
			channel: 'SHOPEE_ID',
			orderStatus: 'PAID',
			shopIdList: shops,
			orderNumbers: ['A', 'B'],
			orderType: 'NORMAL',
			size: 100,
		});
		expect(output).toEqual([]);
	});

	describe('Period presets', () => {
		/** The range Get Many asked Ginee for, over all its windows. */
		const askedRange = () => {
			const bodies = emulator.calls(LIST_ORDER).map((call) => call.body);
			return {
				since: Math.min(...bodies.map((body) => Date.parse(body.createSince))),
				to: Math.max(...bodies.map((body) => Date.parse(body.createTo))),
			};
		};
		const listWith = async (period: string | undefined, timezone = 'UTC') => {
			const before = Date.now();
			await runGinee(emulator, {
				parameters: {
					resource: 'order',
					operation: 'getMany',
					timeRangeBy: 'create',
					...(period ? { period } : {}),
					returnAll: true,
					filters: {},
				},
				timezone,
			});
			return { before, after: Date.now(), asked: askedRange() };
		};

		it.each([
			['Last 24 Hours', 'last24Hours', DAY],
			['Last 7 Days', 'last7Days', 7 * DAY],
			['no Period (a workflow saved before it existed: the default)', undefined, DAY],
		])('%s ends now', async (_name, period, length) => {
			const { before, after, asked } = await listWith(period);
			expect(asked.to).toBeGreaterThanOrEqual(before);
			expect(asked.to).toBeLessThanOrEqual(after);
			expect(asked.to - asked.since).toBe(length);
		});

		it('Today and Yesterday follow the workflow timezone (Asia/Jakarta, UTC+7)', async () => {
			const today = await listWith('today', 'Asia/Jakarta');
			const jakartaDate = new Date(today.before + 7 * 3_600_000).toISOString().slice(0, 10);
			const midnight = Date.parse(`${jakartaDate}T00:00:00+07:00`);
			expect(today.asked.since).toBe(midnight);
			expect(today.asked.to).toBeGreaterThanOrEqual(today.before);
			emulator.requests.length = 0;
			const yesterday = await listWith('yesterday', 'Asia/Jakarta');
			expect(yesterday.asked).toEqual({ since: midnight - DAY, to: midnight - 1 });
		});
	});

	describe('Channels and Order Statuses', () => {
		const list = async (filters: IDataObject) =>
			await run({
				resource: 'order',
				operation: 'getMany',
				timeRangeBy: 'create',
				period: 'last7Days',
				returnAll: true,
				output: 'raw',
				filters,
			});
		const inLastWeek = () =>
			[...emulator.store.orders.values()].filter(
				(order) => Date.parse(order.createAt) >= Date.now() - 7 * DAY + 60_000,
			);

		it('sends one channel and one status to Ginee', async () => {
			await list({ channels: ['LAZADA_ID'], statuses: ['PAID'] });
			const body = emulator.calls(LIST_ORDER)[0].body;
			expect([body.channel, body.orderStatus]).toEqual(['LAZADA_ID', 'PAID']);
		});

		it('filters several itself, since Ginee takes one of each per call', async () => {
			const channels = ['SHOPEE_ID', 'TOKOPEDIA_ID'];
			const statuses = ['PAID', 'READY_TO_SHIP'];
			const output = await list({ channels, statuses });
			for (const call of emulator.calls(LIST_ORDER)) {
				expect(call.body).not.toHaveProperty('channel');
				expect(call.body).not.toHaveProperty('orderStatus');
			}
			const ids = output.map((item) => item.json.orderId);
			const expected = inLastWeek().filter(
				(order) => channels.includes(order.channel) && statuses.includes(order.orderStatus),
			);
			expect(expected.length).toBeGreaterThan(3);
			expect(ids).toEqual(expect.arrayContaining(expected.map((order) => order.orderId)));
			for (const item of output) {
				expect(channels).toContain(item.json.channel);
				expect(statuses).toContain(item.json.orderStatus);
			}
		});

		it('sends neither when none is chosen (the default)', async () => {
			await list({});
			expect(emulator.calls(LIST_ORDER)[0].body).not.toHaveProperty('channel');
			expect(emulator.calls(LIST_ORDER)[0].body).not.toHaveProperty('orderStatus');
		});
	});

	it('refuses a reversed range before sending anything, naming both dates', async () => {
		await expect(
			run({
				resource: 'order',
				operation: 'getMany',
				timeRangeBy: 'create',
				period: 'custom',
				since: '2026-11-10T00:00:00Z',
				to: '2026-11-01T00:00:00Z',
				returnAll: true,
				filters: {},
			}),
		).rejects.toThrow(
			"'To' (2026-11-01T00:00:00.000Z) must not be before 'From' (2026-11-10T00:00:00.000Z)",
		);
		expect(emulator.requests).toHaveLength(0);
	});

	describe('reads every answer tolerantly and fails loudly when it makes no sense', () => {
		const getMany = (extra: IDataObject = {}) =>
			run({
				resource: 'order',
				operation: 'getMany',
				timeRangeBy: 'create',
				period: 'custom',
				since: new Date(Date.now() - DAY / 2).toISOString(),
				to: new Date().toISOString(),
				returnAll: true,
				output: 'raw',
				filters: {},
				...extra,
			});

		it.each<[string, unknown, string]>([
			['a string', 'abc', "Ginee's answer to ListOrderV2 is not a list (data is a string)"],
			[
				'an object without a list',
				{ total: 3 },
				"Ginee's answer to ListOrderV2 is not a list (data is an object without a list)",
			],
		])('names an answer whose data is %s', async (_case, data, message) => {
			emulator.injectFault({ kind: 'answer', path: LIST_ORDER, data });
			await expect(getMany()).rejects.toThrow(message);
		});

		it('skips null entries and keeps orders without an orderId apart', async () => {
			emulator.injectFault({
				kind: 'answer',
				path: LIST_ORDER,
				data: {
					content: [
						null,
						{ channel: 'A', createAt: '2026-11-23T01:00:00Z' },
						{ channel: 'B', createAt: '2026-11-23T02:00:00Z' },
						{ orderId: 'SO1', createAt: '2026-11-23T03:00:00Z' },
					],
					more: false,
				},
			});
			const output = await getMany();
			expect(output.map((item) => item.json.channel ?? item.json.orderId)).toEqual([
				'SO1',
				'B',
				'A',
			]);
		});

		it('stops with an error on a cursor that never changes, after two calls', async () => {
			emulator.injectFault({
				kind: 'answer',
				path: LIST_ORDER,
				times: 5,
				data: { content: [{ orderId: 'SO1' }], more: true, nextCursor: 'same' },
			});
			await expect(getMany()).rejects.toThrow('Ginee returned the same page cursor twice');
			expect(emulator.calls(LIST_ORDER)).toHaveLength(2);
		});

		it('stops with an error when more orders follow without a cursor', async () => {
			emulator.injectFault({
				kind: 'answer',
				path: LIST_ORDER,
				data: { content: [{ orderId: 'SO1' }], more: true },
			});
			await expect(getMany()).rejects.toThrow('gave no cursor');
		});
	});

	it('lists shops with Return All and Limit', async () => {
		expect(await run({ resource: 'shop', operation: 'getMany', returnAll: true })).toHaveLength(
			emulator.store.shops.length,
		);
		const limited = await run({
			resource: 'shop',
			operation: 'getMany',
			returnAll: false,
			limit: 3,
		});
		expect(limited.map((item) => item.json.shopId)).toEqual(
			emulator.store.shops.slice(0, 3).map((shop) => shop.shopId),
		);
		expect(emulator.calls(LIST_SHOP)).toHaveLength(2);
	});

	it('offers the account’s shops in the shop dropdown', async () => {
		const context = executeContext({
			credentials: credentialsFor(emulator),
			parameters: {},
		}) as unknown as ILoadOptionsFunctions;
		const options = await new Ginee().methods.loadOptions.getShops.call(context);
		expect(options).toHaveLength(emulator.store.shops.length);
		expect(options.map((option) => option.value).sort()).toEqual(
			emulator.store.shops.map((shop) => shop.shopId).sort(),
		);
		const first = emulator.store.shops[0];
		expect(options).toContainEqual(
			expect.objectContaining({ name: `${first.name} (${first.channel})`, value: first.shopId }),
		);
	});

	it('finds shops in the shop picker by name, channel or ID', async () => {
		const context = executeContext({
			credentials: credentialsFor(emulator),
			parameters: {},
		}) as unknown as ILoadOptionsFunctions;
		const search = async (filter?: string) =>
			(await new Ginee().methods.listSearch.searchShops.call(context, filter)).results;
		expect(await search()).toHaveLength(emulator.store.shops.length);
		const first = emulator.store.shops[0];
		expect(await search(first.shopId.toLowerCase())).toEqual([
			{ name: `${first.name} (${first.channel})`, value: first.shopId },
		]);
		const tokopedia = await search(' TOKOPEDIA ');
		expect(tokopedia.length).toBeGreaterThan(0);
		expect(tokopedia.map((shop) => shop.value).sort()).toEqual(
			emulator.store.shops
				.filter((shop) => shop.channel === 'TOKOPEDIA_ID')
				.map((shop) => shop.shopId)
				.sort(),
		);
	});
});
