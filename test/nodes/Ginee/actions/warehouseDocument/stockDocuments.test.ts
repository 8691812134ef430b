// Warehouse Document → Receive Stock (PurchaseInboundOrder), Send Out Stock
// (ManualOutboundOrderCreate), Execute Outbound Order (ManualOutboundOrderExecuteBatch) and Get
// Inbound Order against the emulator: each SKU's shelf found before the first call, every item
// checked first, one document per item or one for all, a document without an answer never sent
// again.
import type { IDataObject } from 'n8n-workflow';

import { runGinee } from '../../../../helpers/executeContext';
import { PATHS, useEmulator, type Json } from '../../../../helpers/fixtures';

const JAKARTA = 'WW64C000001CEDFD0000000001';
const SURABAYA = 'WW64C000002CEDFD0000000002';

describe('Warehouse Document → Receive Stock', () => {
	const emulator = useEmulator();
	const rows = () => [...((emulator.store as Json).inventory as Map<string, Json>).values()];
	const row = (warehouseId: string, sku: string) =>
		rows().find(
			(candidate) => candidate.warehouseId === warehouseId && candidate.masterSku === sku,
		)!;
	/** SKUs in both warehouses on one shelf each. */
	const plainSkus = () =>
		rows()
			.filter((candidate) => candidate.warehouseId === SURABAYA)
			.filter((candidate) => candidate.shelfInventoryIds.length === 1)
			.filter((candidate) => row(JAKARTA, candidate.masterSku).shelfInventoryIds.length === 1)
			.map((candidate) => candidate.masterSku as string);
	const line = (
		sku: string,
		quantity: string | number = '10',
		unitCost: string = '45000',
		extra = {},
	) => ({
		sku,
		quantity,
		unitCost,
		...extra,
	});
	const receive = (lines: IDataObject[], extra: IDataObject = {}) => ({
		warehouseId: { __rl: true, mode: 'id', value: JAKARTA },
		lines: { line: lines },
		options: {},
		...extra,
	});
	const run = async (perItem: IDataObject[], continueOnFail = true) =>
		(
			await runGinee(emulator, {
				parameters: (itemIndex) => ({
					resource: 'warehouseDocument',
					operation: 'receiveStock',
					...perItem[itemIndex],
				}),
				items: perItem.map((_, index) => ({ json: { index } })),
				continueOnFail,
			})
		).map((item) => item.json);
	const inboundOrder = async (inboundOrderId: string) =>
		(
			await runGinee(emulator, {
				parameters: {
					resource: 'warehouseDocument',
					operation: 'getInboundOrder',
					inboundOrderId,
					options: {},
				},
			})
		)[0].json as Json;
	const sent = () => emulator.calls(PATHS.purchaseInboundOrder).map((call) => call.body);

	it('keeps an inbound order ID beyond 2^53 exactly as Ginee sent it', async () => {
		const [sku] = plainSkus();
		emulator.injectFault({
			kind: 'rawAnswer',
			path: PATHS.purchaseInboundOrder,
			data: '{"code":"SUCCESS","message":"OK","data":1234567890123456789,"transactionId":"t1"}',
		});
		const [item] = await run([receive([line(sku)])], false);
		expect(item.inboundOrderId).toBe('1234567890123456789');
	});

	it('adds each line to its SKU’s shelf in the warehouse, and Get Inbound Order reads it back', async () => {
		const [first, second] = plainSkus();
		const before = [row(JAKARTA, first).warehouseStock, row(JAKARTA, second).warehouseStock];
		const [item] = await run(
			[
				receive([line(first, '24', '45000'), line(second, 6, '1250.5', { remark: 'box dented' })], {
					options: { documentNumber: 'GRN-0142', waybillNumber: 'JNE123' },
				}),
			],
			false,
		);
		expect(sent()).toEqual([
			{
				warehouseId: JAKARTA,
				deliveryMethod: 'DEFAULT',
				immediateExecute: true,
				needPushFulfillment: false,
				no: 'GRN-0142',
				waybillNumber: 'JNE123',
				itemCreateList: [
					{
						shelfInventoryId: row(JAKARTA, first).shelfInventoryIds[0],
						planQuantity: 24,
						realQuantity: 24,
						planPrice: 45000,
						realPrice: 45000,
					},
					{
						shelfInventoryId: row(JAKARTA, second).shelfInventoryIds[0],
						planQuantity: 6,
						realQuantity: 6,
						planPrice: 1250.5,
						realPrice: 1250.5,
						remark: 'box dented',
					},
				],
			},
		]);
		expect(item).toEqual({
			inboundOrderId: expect.stringMatching(/^\d+$/),
			warehouseId: JAKARTA,
			documentNumber: 'GRN-0142',
			addedToStock: true,
			lines: [
				{
					sku: first,
					quantity: 24,
					unitCost: 45000,
					shelfInventoryId: row(JAKARTA, first).shelfInventoryIds[0],
				},
				{
					sku: second,
					quantity: 6,
					unitCost: 1250.5,
					shelfInventoryId: row(JAKARTA, second).shelfInventoryIds[0],
				},
			],
		});
		expect([row(JAKARTA, first).warehouseStock, row(JAKARTA, second).warehouseStock]).toEqual([
			before[0] + 24,
			before[1] + 6,
		]);
		const order = await inboundOrder(String(item.inboundOrderId));
		expect(order).toMatchObject({
			no: 'GRN-0142',
			warehouseId: JAKARTA,
			status: 'COMPLETE',
			realQuantity: 30,
			items: [
				{ masterSku: first, realQuantity: 24 },
				{ masterSku: second, realQuantity: 6 },
			],
		});
	});

	it('Add to Stock Now off leaves the order waiting in Ginee and the stock as it was', async () => {
		const [sku] = plainSkus();
		const before = row(SURABAYA, sku).warehouseStock;
		const [item] = await run(
			[
				receive([line(sku)], {
					warehouseId: { __rl: true, mode: 'list', value: SURABAYA },
					options: {
						executeNow: false,
						deliveryMethod: 'EXPRESS_DELIVERY',
						pushToFulfilment: true,
					},
				}),
			],
			false,
		);
		expect(sent()[0]).toMatchObject({
			warehouseId: SURABAYA,
			immediateExecute: false,
			needPushFulfillment: true,
			deliveryMethod: 'EXPRESS_DELIVERY',
		});
		expect(item.addedToStock).toBe(false);
		expect(row(SURABAYA, sku).warehouseStock).toBe(before);
		expect((await inboundOrder(String(item.inboundOrderId))).status).toBe('CREATE');
	});

	it('One Inbound Order for All Items: one call, each item its own line and the order’s ID', async () => {
		const skus = plainSkus().slice(0, 3);
		const items = await run(
			skus.map((sku, index) =>
				receive([line(sku, String(index + 1))], { options: { combineItems: true } }),
			),
			false,
		);
		expect(sent()).toHaveLength(1);
		expect((sent()[0].itemCreateList as Json[]).map((entry) => entry.realQuantity)).toEqual([
			1, 2, 3,
		]);
		expect(new Set(items.map((item) => item.inboundOrderId)).size).toBe(1);
		expect(items.map((item) => (item.lines as Json[])[0].sku)).toEqual(skus);
	});

	it('a SKU on two shelves needs its Shelf Inventory ID; given, the line goes there', async () => {
		const twoShelves = rows().find((candidate) => candidate.shelfInventoryIds.length === 2)!;
		const target = { __rl: true, mode: 'id', value: twoShelves.warehouseId };
		const [refused] = await run([receive([line(twoShelves.masterSku)], { warehouseId: target })]);
		expect(refused.error).toBe(
			`SKU ${twoShelves.masterSku} is on 2 shelves in this warehouse ` +
				`(${twoShelves.shelfInventoryIds.join(', ')}): give the line's Shelf Inventory ID`,
		);
		expect(sent()).toHaveLength(0);
		const shelf = twoShelves.shelfInventoryIds[1];
		await run(
			[
				receive([line(twoShelves.masterSku, '3', '0', { shelfInventoryId: shelf })], {
					warehouseId: target,
				}),
			],
			false,
		);
		expect((sent()[0].itemCreateList as Json[])[0]).toMatchObject({
			shelfInventoryId: shelf,
			realPrice: 0,
		});
	});

	it('checks every item before the first call; without Continue On Fail nothing is sent', async () => {
		const [good] = plainSkus();
		const jakartaOnly = rows().find(
			(candidate) =>
				!rows().some(
					(other) => other.warehouseId === SURABAYA && other.masterSku === candidate.masterSku,
				),
		)!.masterSku;
		const cases: Array<[IDataObject, string]> = [
			[
				receive([line(good, '0')]),
				'Lines: line 1 (SKU ' +
					good +
					'): \'Quantity\' must be a whole number from 1 to 999999, got "0"',
			],
			[receive([line(good, '2.5')]), "'Quantity' must be a whole number"],
			[
				receive([line(good, '5', '')]),
				'\'Cost per Unit\' must be a number from 0 to under 1,000,000,000 (0 if you do not track costs), got ""',
			],
			[receive([line(good), line(good)]), `'Lines' gives SKU ${good} twice: one line per SKU`],
			[receive([]), "'Lines' is empty: add a line for each SKU received"],
			[receive([line('')]), "Lines: line 1: 'Product SKU' is empty"],
			[
				receive([line('NO-SUCH-SKU')]),
				'SKU NO-SUCH-SKU is in no warehouse in Ginee: check the SKU, or add it to this warehouse with Inventory → Add SKU to Warehouse',
			],
			[
				receive([line(jakartaOnly)], { warehouseId: { __rl: true, mode: 'id', value: SURABAYA } }),
				`SKU ${jakartaOnly} is not in warehouse ${SURABAYA} yet (it is in ${JAKARTA}): add it with Inventory → Add SKU to Warehouse first`,
			],
			[
				receive([line(good)], { options: { remark: 'x'.repeat(300) } }),
				"'Remark' must be under 300 characters",
			],
			[
				receive([line(good)], { warehouseId: { __rl: true, mode: 'list', value: '' } }),
				"'Warehouse' is required",
			],
		];
		const outcomes = await run(cases.map(([parameters]) => parameters));
		outcomes.forEach((outcome, index) => expect(outcome.error).toContain(cases[index][1]));
		expect(sent()).toHaveLength(0);

		await expect(run([receive([line(good)]), receive([line(good, 'ten')])], false)).rejects.toThrow(
			/'Quantity' must be a whole number/,
		);
		expect(sent()).toHaveLength(0);
	});

	it('combined items must share the warehouse and name each SKU once', async () => {
		const [first, second] = plainSkus();
		const combined = { options: { combineItems: true } };
		const outcomes = await run([
			receive([line(first)], combined),
			receive([line(second)], {
				...combined,
				warehouseId: { __rl: true, mode: 'id', value: SURABAYA },
			}),
			receive([line(first)], combined),
		]);
		expect(outcomes[1].error).toBe(
			`'Warehouse' is ${SURABAYA}, item 1's is ${JAKARTA}: one inbound order has one warehouse`,
		);
		expect(outcomes[2].error).toBe(
			`SKU ${first} is also in item 1: one line per SKU in an inbound order`,
		);
		expect(outcomes[0].inboundOrderId).toMatch(/^\d+$/);
		expect(sent()).toHaveLength(1);
		expect(sent()[0].itemCreateList).toHaveLength(1);
	});

	it('one order for all items keeps the first item’s options when that item is refused (Continue On Fail)', async () => {
		const [first, second] = plainSkus();
		const combined = (documentNumber: string, remark: string) => ({
			options: { combineItems: true, documentNumber, remark },
		});
		const outcomes = await run([
			receive([line('NO-SUCH-SKU')], combined('GRN-FIRST', 'from item 1')),
			receive([line(first)], combined('GRN-SECOND', 'from item 2')),
			receive([line(second)], combined('GRN-THIRD', 'from item 3')),
		]);
		expect(outcomes[0].error).toMatch(/^SKU NO-SUCH-SKU is in no warehouse in Ginee/);
		expect(sent()).toHaveLength(1);
		expect(sent()[0]).toMatchObject({ no: 'GRN-FIRST', remark: 'from item 1' });
		expect(sent()[0].itemCreateList).toHaveLength(2);
		expect(outcomes[1]).toMatchObject({ documentNumber: 'GRN-FIRST' });
		expect(outcomes[2].inboundOrderId).toBe(outcomes[1].inboundOrderId);
	});

	it('Ginee’s refusal fails its item only; the next items are still received', async () => {
		const [first, second] = plainSkus();
		emulator.injectFault({
			kind: 'refuse',
			path: PATHS.purchaseInboundOrder,
			data: 'The purchase order is closed',
		});
		const outcomes = await run([receive([line(first)]), receive([line(second)])]);
		expect(outcomes[0].error).toMatch(
			/BUSINESS_ERROR.*The purchase order is closed|The purchase order is closed.*BUSINESS_ERROR/,
		);
		expect(outcomes[0].mayHaveBeenApplied).toBe(false);
		expect(outcomes[1].inboundOrderId).toMatch(/^\d+$/);
	});

	it('an inbound order that got no answer is not sent again, and says it may have been applied', async () => {
		const [first, second] = plainSkus();
		emulator.injectFault({ kind: 'hang', path: PATHS.purchaseInboundOrder, times: 1 });
		const outcomes = await run([
			receive([line(first)], { options: { timeout: 1000 } }),
			receive([line(second)], { options: { timeout: 1000 } }),
		]);
		expect(outcomes[0].error).toMatch(/may already have been applied/);
		expect(outcomes[0].mayHaveBeenApplied).toBe(true);
		expect(outcomes[1].inboundOrderId).toMatch(/^\d+$/);
		expect(sent()).toHaveLength(2);
	});
});

describe('Warehouse Document → Get Inbound Order', () => {
	const emulator = useEmulator();
	const get = async (inboundOrderId: string) =>
		(
			await runGinee(emulator, {
				parameters: {
					resource: 'warehouseDocument',
					operation: 'getInboundOrder',
					inboundOrderId,
					options: {},
				},
				continueOnFail: true,
			})
		)[0].json as Json;

	it('names Ginee’s code for an order that does not exist, and refuses a non-number before asking', async () => {
		expect((await get('7300000009999')).error).toMatch(/DATA_NOT_EXISTED|does not exist/);
		expect((await get('IN-42')).error).toBe(
			"'Inbound Order ID' must be Ginee's number for the order, got \"IN-42\"",
		);
		expect(emulator.calls(PATHS.getInboundOrder)).toHaveLength(1);
	});
});

describe('Warehouse Document → Send Out Stock', () => {
	const emulator = useEmulator();
	const rows = () => [...((emulator.store as Json).inventory as Map<string, Json>).values()];
	const available = (row: Json) =>
		row.warehouseStock - row.lockedStock - row.spareStock - row.promotionStock;
	const stocked = () =>
		rows().filter(
			(row) =>
				row.warehouseId === JAKARTA && row.shelfInventoryIds.length === 1 && available(row) >= 5,
		);
	const run = async (parameters: IDataObject) =>
		(
			await runGinee(emulator, {
				parameters: {
					resource: 'warehouseDocument',
					operation: 'sendOutStock',
					warehouseId: { __rl: true, mode: 'id', value: JAKARTA },
					...parameters,
				},
				continueOnFail: true,
			})
		).map((item) => item.json);
	const sent = () => emulator.calls(PATHS.manualOutboundOrderCreate).map((call) => call.body);

	it('takes each line out of its SKU’s shelf with a manual outbound order', async () => {
		const [first, second] = stocked();
		const before = [first.warehouseStock, second.warehouseStock];
		const [item] = await run({
			lines: {
				line: [
					{ sku: first.masterSku, quantity: '2', unitCost: '0' },
					{ sku: second.masterSku, quantity: '5', unitCost: '12000', remark: 'sample' },
				],
			},
			options: { documentNumber: 'OUT-7', remark: 'damaged in storage' },
		});
		expect(sent()).toEqual([
			{
				warehouseId: JAKARTA,
				deliveryMethod: 'DEFAULT',
				immediateExecute: true,
				needPushFulfillment: false,
				no: 'OUT-7',
				remark: 'damaged in storage',
				itemCreateList: [
					{
						shelfInventoryId: first.shelfInventoryIds[0],
						planQuantity: 2,
						realQuantity: 2,
						planPrice: 0,
						realPrice: 0,
					},
					{
						shelfInventoryId: second.shelfInventoryIds[0],
						planQuantity: 5,
						realQuantity: 5,
						planPrice: 12000,
						realPrice: 12000,
						remark: 'sample',
					},
				],
			},
		]);
		expect(item).toMatchObject({
			outboundOrderId: expect.stringMatching(/^\d+$/),
			warehouseId: JAKARTA,
			documentNumber: 'OUT-7',
			takenFromStock: true,
		});
		expect([first.warehouseStock, second.warehouseStock]).toEqual([before[0] - 2, before[1] - 5]);
	});

	it('Ginee’s refusal of more than is available fails the item and changes nothing', async () => {
		const [row] = stocked();
		const before = row.warehouseStock;
		const [item] = await run({
			lines: {
				line: [{ sku: row.masterSku, quantity: String(available(row) + 1), unitCost: '0' }],
			},
			options: {},
		});
		expect(item.error).toContain(
			`Not enough stock of ${row.masterSku}: ${available(row)} available`,
		);
		expect(item.mayHaveBeenApplied).toBe(false);
		expect(row.warehouseStock).toBe(before);
	});
});

describe('Warehouse Document → Execute Outbound Order', () => {
	const emulator = useEmulator();
	const rows = () => [...((emulator.store as Json).inventory as Map<string, Json>).values()];
	const available = (row: Json) =>
		row.warehouseStock - row.lockedStock - row.spareStock - row.promotionStock;
	/** A waiting outbound order of `quantity` units of the row's SKU (Take From Stock Now off). */
	const waiting = async (row: Json, quantity: number) =>
		String(
			(
				await runGinee(emulator, {
					parameters: {
						resource: 'warehouseDocument',
						operation: 'sendOutStock',
						warehouseId: { __rl: true, mode: 'id', value: row.warehouseId },
						lines: { line: [{ sku: row.masterSku, quantity: String(quantity), unitCost: '0' }] },
						options: { executeNow: false },
					},
				})
			)[0].json.outboundOrderId,
		);
	const execute = async (ids: string[], continueOnFail = true) =>
		(
			await runGinee(emulator, {
				parameters: (itemIndex) => ({
					resource: 'warehouseDocument',
					operation: 'executeOutboundOrder',
					outboundOrderId: ids[itemIndex],
					options: {},
				}),
				items: ids.map((_, index) => ({ json: { index } })),
				continueOnFail,
			})
		).map((item) => item.json);
	const sent = () => emulator.calls(PATHS.manualOutboundOrderExecuteBatch).map((call) => call.body);

	it('takes waiting orders out of stock in one call (a bare array of IDs); Ginee’s refusal fails its item only', async () => {
		const [a, b] = rows().filter(
			(row) => row.shelfInventoryIds.length === 1 && available(row) >= 3,
		);
		const before = [a.warehouseStock, b.warehouseStock];
		const first = await waiting(a, 2);
		const tooMany = await waiting(b, available(b) + 1);
		expect([a.warehouseStock, b.warehouseStock]).toEqual(before);
		const items = await execute([first, tooMany, first]);
		expect(sent()).toEqual([[Number(first), Number(tooMany)]]);
		expect(items[0]).toEqual({ outboundOrderId: first, executed: true });
		expect(items[1]).toEqual({
			error: `Ginee did not execute outbound order ${tooMany}: Not enough stock of ${b.masterSku}: ${available(b)} available`,
			mayHaveBeenApplied: false,
		});
		expect(items[2]).toEqual(items[0]);
		expect([a.warehouseStock, b.warehouseStock]).toEqual([before[0] - 2, before[1]]);
		// executed once: a second run is Ginee's refusal, and the stock stays
		const [again] = await execute([first]);
		expect(again.error).toBe(
			`Ginee did not execute outbound order ${first}: Outbound order is COMPLETE, not waiting`,
		);
		expect(a.warehouseStock).toBe(before[0] - 2);
	});

	it('checks every ID before the first call', async () => {
		await expect(execute(['7400000000001', 'OUT-1'], false)).rejects.toThrow(
			"'Outbound Order ID' must be Ginee's number for the order, got \"OUT-1\"",
		);
		expect(sent()).toHaveLength(0);
	});

	it('reads Ginee’s older answer (errorList only): an order not refused was executed', async () => {
		emulator.injectFault({
			kind: 'answer',
			path: PATHS.manualOutboundOrderExecuteBatch,
			data: { errorList: [{ id: 7400000000002, message: 'Outbound order does not exist' }] },
		});
		const items = await execute(['7400000000001', '7400000000002']);
		expect(items[0]).toEqual({ outboundOrderId: '7400000000001', executed: true });
		expect(items[1].error).toBe(
			'Ginee did not execute outbound order 7400000000002: Outbound order does not exist',
		);
	});
});

describe('Warehouse Document → Get Outbound Orders of an Order', () => {
	const emulator = useEmulator();
	const run = async (orderIds: string[], continueOnFail = true) =>
		await runGinee(emulator, {
			parameters: (itemIndex) => ({
				resource: 'warehouseDocument',
				operation: 'getOrderOutbound',
				orderId: orderIds[itemIndex],
				options: {},
			}),
			items: orderIds.map((_, index) => ({ json: { index } })),
			continueOnFail,
		});
	const orderWith = (status: string) =>
		[...emulator.store.orders.values()].find((order) => order.orderStatus === status)!;

	it('gives each outbound order of each order as an item paired to it; none is a notFound item', async () => {
		const shipped = orderWith('SHIPPING');
		const unpaid = orderWith('PENDING_PAYMENT');
		const output = await run([shipped.orderId, unpaid.orderId, 'SO-NOT-THERE']);
		expect(output[0].json).toMatchObject({
			orderId: shipped.orderId,
			status: 'COMPLETE',
			warehouseId: shipped.items[0].warehouse.id,
			items: shipped.items.map((item: Json) =>
				expect.objectContaining({ masterSku: item.masterSku, realQuantity: item.quantity }),
			),
		});
		expect(output[1].json).toEqual({
			orderId: unpaid.orderId,
			notFound: true,
			message: `Ginee has no outbound order for order ${unpaid.orderId} (yet)`,
		});
		expect(output[2].json.error).toMatch(/DATA_NOT_EXISTED.*SO-NOT-THERE does not exist/);
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		const calls = emulator.calls(PATHS.getSellOutboundOrder) as Array<Json>;
		expect(calls.map((call) => call.query)).toEqual([
			`?orderId=${shipped.orderId}`,
			`?orderId=${unpaid.orderId}`,
			'?orderId=SO-NOT-THERE',
		]);
	});

	it('refuses an empty Order ID before asking Ginee', async () => {
		await expect(run([' '], false)).rejects.toThrow("'Order ID' is required");
		expect(emulator.calls(PATHS.getSellOutboundOrder)).toHaveLength(0);
	});
});
