import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';

import { Ginee } from '../../nodes/Ginee/Ginee.node';
import { credentialsFor, startEmulator, type Emulator } from '../helpers/emulator';
import { executeContext } from '../helpers/executeContext';

const LIST_ORDER = '/openapi/order/v2/list-order';
const LIST_SHOP = '/openapi/shop/v1/list';
const DAY = 86_400_000;

describe('Get Many orders and shops against the emulator', () => {
	let emulator: Emulator;
	beforeAll(async () => {
		emulator = await startEmulator();
	});
	afterAll(async () => emulator.stop());
	beforeEach(() => emulator.reset());

	const run = async (parameters: IDataObject) => {
		const context = executeContext({ credentials: credentialsFor(emulator), parameters });
		const [output] = await new Ginee().execute.call(context);
		return output;
	};

	it('returns every order of a 40-day range exactly once, over 3 windows and their pages', async () => {
		const to = Date.now() - DAY;
		const since = to - 40 * DAY;
		const output = await run({ resource: 'order', operation: 'getMany', timeRangeBy: 'create', since: new Date(since).toISOString(), to: new Date(to).toISOString(), returnAll: true, simplify: false, filters: {} });
		const expected = [...emulator.store.orders.values()].filter((order) => Date.parse(order.createAt) >= since && Date.parse(order.createAt) <= to).map((order) => order.orderId);
		expect(expected.length).toBeGreaterThan(400);
		expect(output.map((item) => item.json.orderId).sort()).toEqual(expected.sort());
		const calls = emulator.calls(LIST_ORDER).map((call) => call.body);
		const windows = [...new Set(calls.map((body) => `${body.createSince}/${body.createTo}`))];
		expect(windows).toHaveLength(3);
		const perWindow = windows.map((window) => expected.filter((id) => {
			const [start, end] = window.split('/').map(Date.parse);
			const created = Date.parse(emulator.store.orders.get(id)!.createAt);
			return created >= start && created <= end;
		}).length);
		const pages = perWindow.reduce((sum, count) => sum + Math.max(1, Math.ceil(count / 100)), 0);
		expect(calls).toHaveLength(pages);
		expect(calls.every((body) => body.size === 100)).toBe(true);
		expect(calls.filter((body) => body.nextCursor).length).toBe(pages - 3);
	});

	it('stops at the limit without fetching further pages', async () => {
		const output = await run({ resource: 'order', operation: 'getMany', timeRangeBy: 'create', since: new Date(Date.now() - 40 * DAY).toISOString(), to: new Date().toISOString(), returnAll: false, limit: 30, filters: {} });
		expect(output).toHaveLength(30);
		expect(emulator.calls(LIST_ORDER)).toHaveLength(1);
		expect(emulator.calls(LIST_ORDER)[0].body.size).toBe(30);
	});

	it('sends the filters and the last-updated range', async () => {
		const shops = emulator.store.shops.slice(0, 2).map((shop) => shop.shopId as string);
		const output = await run({
			resource: 'order', operation: 'getMany', timeRangeBy: 'lastUpdate', since: '2026-11-01T00:00:00Z', to: '2026-11-10T00:00:00Z', returnAll: true,
			filters: { channel: 'SHOPEE_ID', orderStatus: 'PAID', shopIds: shops, orderNumbers: 'A, B', historicalData: true, orderType: 'NORMAL' },
		});
		expect(emulator.calls(LIST_ORDER)[0].body).toEqual({ lastUpdateSince: '2026-11-01T00:00:00.000Z', lastUpdateTo: '2026-11-10T00:00:00.000Z', channel: 'SHOPEE_ID', orderStatus: 'PAID', shopIdList: shops, orderNumbers: ['A', 'B'], historicalData: true, orderType: 'NORMAL', size: 100 });
		expect(output).toEqual([]);
	});

	it('refuses a reversed range before sending anything', async () => {
		await expect(run({ resource: 'order', operation: 'getMany', timeRangeBy: 'create', since: '2026-11-10T00:00:00Z', to: '2026-11-01T00:00:00Z', returnAll: true, filters: {} })).rejects.toThrow('To must not be before From');
		expect(emulator.requests).toHaveLength(0);
	});

	it('lists shops with Return All and Limit', async () => {
		expect(await run({ resource: 'shop', operation: 'getMany', returnAll: true })).toHaveLength(emulator.store.shops.length);
		const limited = await run({ resource: 'shop', operation: 'getMany', returnAll: false, limit: 3 });
		expect(limited.map((item) => item.json.shopId)).toEqual(emulator.store.shops.slice(0, 3).map((shop) => shop.shopId));
		expect(emulator.calls(LIST_SHOP)).toHaveLength(2);
	});

	it('offers the account’s shops in the shop dropdown', async () => {
		const context = executeContext({ credentials: credentialsFor(emulator), parameters: {} }) as unknown as ILoadOptionsFunctions;
		const options = await new Ginee().methods.loadOptions.getShops.call(context);
		expect(options).toHaveLength(emulator.store.shops.length);
		expect(options.map((option) => option.value).sort()).toEqual(emulator.store.shops.map((shop) => shop.shopId).sort());
		const first = emulator.store.shops[0];
		expect(options).toContainEqual(expect.objectContaining({ name: `${first.name} (${first.channel})`, value: first.shopId }));
	});
});
