import type { IDataObject } from 'n8n-workflow';

import { GineeOrderTrigger } from '../../../nodes/GineeOrderTrigger/GineeOrderTrigger.node';
import { MAX_RECORDED_ORDERS, OrderRecord } from '../../../nodes/GineeOrderTrigger/orderRecord';
import { simplifyOrder } from '../../../nodes/shared/simplifyOrder';
import { DAY, PATHS, sleep, useEmulator, type Json } from '../../helpers/fixtures';
import { pollingTrigger } from '../../helpers/pollContext';

const ids = (items: Array<{ json: IDataObject }> | null) =>
	(items ?? []).map((item) => item.json.orderId).sort();

describe('Ginee Order Trigger, polled through n8n-core’s PollContext', () => {
	const emulator = useEmulator();
	const listCalls = () => emulator.calls(PATHS.listOrder).length;
	/** A trigger already past its first poll (which only records how orders look now). */
	const activated = async (parameters: IDataObject) => {
		const trigger = pollingTrigger(emulator, parameters);
		expect(await trigger.poll()).toBeNull();
		return trigger;
	};
	/** Pending orders last updated within `days`: the first poll records the last 7 days' orders. */
	const pending = (days: number) =>
		[...emulator.store.orders.values()].filter(
			(order) =>
				order.orderStatus === 'PENDING_PAYMENT' &&
				Date.parse(order.lastUpdateAt) > Date.now() - days * DAY,
		);
	const createdSince = (since: number) =>
		[...emulator.store.orders.values()]
			.filter((order) => Date.parse(order.createAt) >= since)
			.map((order) => order.orderId)
			.sort();

	it('starts from now: the first poll emits nothing, however many orders there are', async () => {
		const trigger = pollingTrigger(emulator, { event: 'anyUpdate' });
		expect(await trigger.poll()).toBeNull();
		expect(trigger.state.cursor).toBeGreaterThan(Date.now() - 5000);
		expect(await trigger.poll()).toBeNull();
	});

	it('first activation: records the newest orders up to what it keeps, reading no further back', async () => {
		emulator.createOrders({ count: MAX_RECORDED_ORDERS + 200 });
		const trigger = pollingTrigger(emulator, { event: 'anyUpdate' });
		const started = Date.now();
		expect(await trigger.poll()).toBeNull();
		const reads = emulator
			.calls(PATHS.listOrder)
			.map((call) => Date.parse(call.body.lastUpdateSince));
		// the first hour holds more orders than the record keeps: no older window is read
		expect(Math.min(...reads)).toBeGreaterThanOrEqual(started - 60 * 60 * 1000 - 5000);
		// pages of 100: the new orders and the few the data set has in that hour
		expect(reads.length).toBeLessThanOrEqual(Math.ceil((MAX_RECORDED_ORDERS + 200) / 100) + 2);
		expect(OrderRecord.load(trigger.state.orders).size).toBe(MAX_RECORDED_ORDERS);
	});

	it('first activation: a window Ginee cannot page through ends the seeding instead of failing every poll', async () => {
		emulator.injectFault({
			kind: 'answer',
			path: PATHS.listOrder,
			times: 2,
			data: { content: [], more: true, nextCursor: 'SAME' },
		});
		const trigger = pollingTrigger(emulator, { event: 'newOrder' });
		expect(await trigger.poll()).toBeNull();
		expect(typeof trigger.state.cursor).toBe('number');
		const created = emulator.createOrders({ count: 2 });
		expect(ids(await trigger.poll())).toEqual(created.map((order) => order.orderId).sort());
	});

	it('emits each new order once, across polls that overlap', async () => {
		const trigger = await activated({ event: 'newOrder' });
		const created = emulator.createOrders({ count: 3 });
		expect(ids(await trigger.poll())).toEqual(created.map((order) => order.orderId).sort());
		expect(await trigger.poll()).toBeNull();
		const more = emulator.createOrders({ count: 2, status: 'PAID' });
		emulator.advanceOrders({ orderIds: [created[0].orderId] }); // an update is not a new order
		expect(ids(await trigger.poll())).toEqual(more.map((order) => order.orderId).sort());
	});

	it('fires "changed to PAID" once per order, when it becomes paid, not on later updates', async () => {
		const trigger = await activated({ event: 'statusChanged', statuses: ['PAID'] });
		const [first, second] = pending(6);
		const [unknown] = pending(80).filter((order) => !pending(8).includes(order));
		emulator.advanceOrders({ orderIds: [first.orderId] });
		const items = await trigger.poll();
		expect(items).toHaveLength(1);
		expect(items?.[0].json).toMatchObject({
			orderId: first.orderId,
			status: 'PAID',
			previousStatus: 'PENDING_PAYMENT',
			buyerName: first.customerInfo.name, // Simplify: the shape of Get Details Simplified
		});
		emulator.advanceOrders({ orderIds: [first.orderId, second.orderId] }); // → READY_TO_SHIP, PAID
		expect(ids(await trigger.poll())).toEqual([second.orderId]);
		expect(await trigger.poll()).toBeNull();
		// an order the trigger never saw (not updated for weeks): its previous status is unknown
		emulator.advanceOrders({ orderIds: [unknown.orderId] });
		expect((await trigger.poll())?.map((item) => item.json)).toEqual([
			expect.objectContaining({ orderId: unknown.orderId, previousStatus: null }),
		]);
	});

	it('simplifies in a seller’s words, with the status before the change as previousStatus', async () => {
		const trigger = pollingTrigger(emulator, { event: 'statusChanged', statuses: ['PAID'] });
		expect(await trigger.poll()).toBeNull();
		const [order] = pending(6);
		emulator.advanceOrders({ orderIds: [order.orderId] });
		const items = await trigger.poll();
		expect(items?.map((item) => item.json)).toEqual([
			{
				...simplifyOrder(JSON.parse(JSON.stringify(emulator.store.orders.get(order.orderId)))),
				previousStatus: 'PENDING_PAYMENT',
			},
		]);
		expect(items?.[0].json).toMatchObject({
			marketplaceOrderNumber: order.externalOrderSn,
			status: 'PAID',
			buyerName: order.customerInfo.name,
		});
	});

	it('with no status chosen, fires on every status change and not on the repeats', async () => {
		const trigger = await activated({ event: 'statusChanged', simplify: false });
		const [order] = pending(6);
		emulator.advanceOrders({ orderIds: [order.orderId] });
		emulator.advanceOrders({ orderIds: [order.orderId] }); // two steps between polls: one change
		const items = await trigger.poll();
		expect(items?.map((item) => [item.json.previousOrderStatus, item.json.orderStatus])).toEqual([
			['PENDING_PAYMENT', 'READY_TO_SHIP'],
		]);
		expect(items?.[0].json).toHaveProperty('customerInfo'); // Simplify off: all of Ginee's fields
		expect(await trigger.poll()).toBeNull();
	});

	it('misses nothing Ginee lists late when Look Back covers the lag (and would without it)', async () => {
		emulator.setListLag(1500);
		const covered = await activated({ event: 'newOrder', options: { lookBackMinutes: 0.05 } });
		const uncovered = await activated({ event: 'newOrder', options: { lookBackMinutes: 0 } });
		const [order] = emulator.createOrders({ count: 1 });
		expect(await covered.poll()).toBeNull(); // not listed yet
		expect(await uncovered.poll()).toBeNull();
		await sleep(1700);
		expect(ids(await covered.poll())).toEqual([order.orderId]);
		expect(await uncovered.poll()).toBeNull(); // its window had already moved past the order
		expect(await covered.poll()).toBeNull();
	});

	it('after a failed poll, the next one covers the gap', async () => {
		const trigger = await activated({ event: 'newOrder' });
		const cursor = trigger.state.cursor;
		const [during] = emulator.createOrders({ count: 1 });
		emulator.injectFault({ kind: 'http500', path: PATHS.listOrder, times: 10 });
		await expect(trigger.poll()).rejects.toThrow();
		expect(trigger.state.cursor).toBe(cursor);
		emulator.faults.clear();
		expect(ids(await trigger.poll())).toEqual([during.orderId]);
	});

	it('20 days behind (n8n stopped, or Start From), catches up 15 days per poll, each once', async () => {
		// the state a trigger has after 20 days without a poll, reached through Start From
		const stoppedAt = Date.now() - 20 * DAY;
		const trigger = pollingTrigger(emulator, {
			event: 'newOrder',
			options: { startFrom: new Date(stoppedAt).toISOString() },
		});
		const [early] = emulator.createOrders({ count: 1, at: stoppedAt + 2 * DAY });
		const [late] = emulator.createOrders({ count: 1, at: Date.now() - 2 * DAY });
		const first = ids(await trigger.poll());
		expect(trigger.state.cursor).toBe(stoppedAt + 15 * DAY);
		const second = ids(await trigger.poll());
		expect(await trigger.poll()).toBeNull();
		expect(first).toContain(early.orderId);
		expect(second).toContain(late.orderId);
		expect(first.filter((id) => second.includes(id))).toEqual([]);
		expect([...first, ...second].sort()).toEqual(createdSince(stoppedAt));
	});

	it('asks Ginee only for what changed: 250 changes are 3 calls of 100', async () => {
		// Look Back 0: no minutes read again (with it, a poll re-reads the last minutes' changes)
		const trigger = await activated({ event: 'anyUpdate', options: { lookBackMinutes: 0 } });
		emulator.createOrders({ count: 250 });
		const before = listCalls();
		expect(await trigger.poll()).toHaveLength(250);
		expect(listCalls() - before).toBe(3);
		const quiet = listCalls();
		expect(await trigger.poll()).toBeNull();
		expect(listCalls() - quiet).toBe(1); // nothing changed: one empty page
	});

	it('Start From emits the changes since that time on the first poll', async () => {
		const from = Date.now() - 2 * DAY;
		const [before] = emulator.createOrders({ count: 1, at: from - DAY });
		const [after] = emulator.createOrders({ count: 1, at: from + DAY });
		const trigger = pollingTrigger(emulator, {
			event: 'newOrder',
			options: { startFrom: new Date(from).toISOString() },
		});
		const emitted = ids(await trigger.poll());
		expect(emitted).toContain(after.orderId);
		expect(emitted).not.toContain(before.orderId);
		expect(emitted).toEqual(createdSince(from));
	});

	it('a manual test shows the most recent matching orders and leaves the state alone', async () => {
		const trigger = pollingTrigger(emulator, { event: 'statusChanged', statuses: ['PAID'] });
		const items = await trigger.poll('manual');
		expect(items?.length).toBeGreaterThan(0);
		expect(items?.length).toBeLessThanOrEqual(10);
		const paid = [...emulator.store.orders.values()]
			.filter((order) => order.orderStatus === 'PAID')
			.sort((a, b) => Date.parse(b.lastUpdateAt) - Date.parse(a.lastUpdateAt));
		expect(items?.map((item) => item.json.orderId)).toEqual(
			paid.slice(0, items?.length).map((order) => order.orderId),
		);
		expect(trigger.state.cursor).toBeUndefined();
	});

	it('never takes an order for new again after it left the 5,000-order record', async () => {
		// a Look Back of 1.2 s, so that the order falls behind the window within the test
		const trigger = await activated({ event: 'newOrder', options: { lookBackMinutes: 0.02 } });
		const [order] = emulator.createOrders({ count: 1, status: 'PENDING_PAYMENT' });
		expect(ids(await trigger.poll())).toEqual([order.orderId]);
		await sleep(1500);
		const crowd = emulator.createOrders({ count: MAX_RECORDED_ORDERS + 1 });
		expect(await trigger.poll()).toHaveLength(crowd.length);
		expect(OrderRecord.load(trigger.state.orders).get(order.orderId)).toBeUndefined();
		await sleep(1500); // the crowd falls behind the Look Back too
		emulator.advanceOrders({ orderIds: [order.orderId] });
		expect(await trigger.poll()).toBeNull();
		// an order created in the window read is new, recorded or not
		const [fresh] = emulator.createOrders({ count: 1 });
		expect(ids(await trigger.poll())).toEqual([fresh.orderId]);
	});

	it('warns in the panel and after a run when Look Back is 0', () => {
		const { hints = [], properties } = new GineeOrderTrigger().description;
		expect(hints.map((hint) => hint.location)).toEqual(['ndv', 'outputPane']);
		const options = properties.find((property) => property.name === 'options');
		const lookBack = options?.options?.find(
			(option) => 'name' in option && option.name === 'lookBackMinutes',
		);
		expect(lookBack).toBeDefined();
		for (const hint of hints) {
			expect(hint.message).toMatch(/^Look Back is 0/);
			expect(hint.displayCondition).toBe('={{ $parameter["options"]["lookBackMinutes"] === 0 }}');
		}
	});

	it('keeps its record bounded: the 5,000 most recently updated orders, about 35 bytes each', () => {
		const record = new OrderRecord();
		for (let n = 0; n < 6000; n++)
			record.set(`SO${n}`, { updatedAt: 1_700_000_000_000 + n, status: 'READY_TO_SHIP' });
		const saved = record.save();
		expect(saved.length).toBeLessThan(MAX_RECORDED_ORDERS * 36);
		const loaded = OrderRecord.load(saved);
		expect(loaded.size).toBe(MAX_RECORDED_ORDERS);
		expect(loaded.get('SO5999')).toEqual({ updatedAt: 1_700_000_005_999, status: 'READY_TO_SHIP' });
		expect(loaded.get('SO0')).toBeUndefined();
		// beyond 5,000: every order the next poll reads again (updated since its window starts)
		const kept = OrderRecord.load(record.save(1_700_000_000_000 + 500));
		expect(kept.size).toBe(5500);
		expect(kept.get('SO500')).toBeDefined();
		expect(kept.get('SO499')).toBeUndefined();
	});

	it('filters by channel: one in the request, several by itself', async () => {
		const one = await activated({ event: 'newOrder', filters: { channels: ['SHOPEE_ID'] } });
		const two = await activated({
			event: 'newOrder',
			filters: { channels: ['SHOPEE_ID', 'LAZADA_ID'] },
		});
		const created = emulator.createOrders({ count: 24 }) as Json[];
		const of = (channels: string[]) =>
			created
				.filter((order) => channels.includes(order.channel))
				.map((order) => order.orderId)
				.sort();
		const calls = listCalls();
		expect(ids(await one.poll())).toEqual(of(['SHOPEE_ID']));
		expect(emulator.calls(PATHS.listOrder)[calls].body.channel).toBe('SHOPEE_ID');
		expect(ids(await two.poll())).toEqual(of(['SHOPEE_ID', 'LAZADA_ID']));
		expect(of(['SHOPEE_ID', 'LAZADA_ID']).length).toBeGreaterThan(of(['SHOPEE_ID']).length);
	});

	afterEach(() => emulator.setListLag(0));
});
