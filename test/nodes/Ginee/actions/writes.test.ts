// Every write accounted for: checked before anything is sent, never sent twice, no outcome dropped.
// Run through n8n-core's request helpers against the emulator (which applies the writes for real).
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { runGinee } from '../../../helpers/executeContext';
import {
	createManualOrderParameters,
	PATHS,
	recentOrders,
	startLocalServer,
	updateManualOrderParameters,
	useEmulator,
	type Json,
} from '../../../helpers/fixtures';
import * as binaryData from '../../../helpers/binaryData';

const { binaryHelpers, removeBinaryStorage } = binaryData as unknown as {
	binaryHelpers(): Promise<IDataObject>;
	removeBinaryStorage(): void;
};

const JAKARTA = 'WW64C000001CEDFD0000000001';
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Write operations account for every item', () => {
	const emulator = useEmulator({ orderCount: 1200, plainProducts: 200 });
	afterAll(() => removeBinaryStorage());

	const inventory = () => (emulator.store as unknown as { inventory: Map<string, Json> }).inventory;
	const row = (sku: string) => inventory().get(`${JAKARTA}|${sku}`) as Json;
	/** SKUs with stock in Jakarta that can take a spare stock of 20 more. */
	const jakartaSkus = (count: number) => {
		const skus = [...inventory().values()]
			.filter(
				(entry) =>
					entry.warehouseId === JAKARTA &&
					entry.warehouseStock - entry.lockedStock - entry.spareStock >= 20,
			)
			.map((entry) => entry.masterSku as string)
			.slice(0, count);
		expect(skus).toHaveLength(count);
		return skus;
	};
	const orders = (test: (order: Json) => boolean, count: number) => {
		const found = recentOrders(emulator)
			.filter(test)
			.filter((order) => !order.cancelled)
			.slice(0, count);
		expect(found).toHaveLength(count);
		return found;
	};
	const manual = (status: string) => (order: Json) =>
		order.channel === 'MANUAL_ID' && order.orderStatus === status;
	const marketplace = (status: string) => (order: Json) =>
		order.channel !== 'MANUAL_ID' && order.orderStatus === status;
	const statusOf = (orderId: string) => emulator.store.orders.get(orderId)?.orderStatus;
	const readyToShip = (count: number) =>
		emulator
			.createOrders({ count: count * 2, status: 'READY_TO_SHIP' })
			.filter((order) => order.channel !== 'MANUAL_ID')
			.slice(0, count);

	const run = async (
		resource: string,
		operation: string,
		perItem: IDataObject[],
		{
			continueOnFail = false,
			helpers = {} as IDataObject,
			node = undefined as IDataObject | undefined,
		} = {},
	): Promise<INodeExecutionData[]> =>
		await runGinee(emulator, {
			parameters: (itemIndex) => ({ resource, operation, options: {}, ...perItem[itemIndex] }),
			items: perItem.map((_, index) => ({ json: { index } })),
			continueOnFail,
			helpers,
			...(node ? { node: node as never } : {}),
		});
	const failure = async (promise: Promise<unknown>) =>
		(await promise.then(
			() => {
				throw new Error('expected the node to fail');
			},
			(error: unknown) => error,
		)) as Error & { description?: string; context: IDataObject };

	/**
	 * One write operation: its valid items, one invalid item to put among them, the path it writes
	 * to, and a check that the valid items' changes happened.
	 */
	interface Case {
		resource: string;
		operation: string;
		valid: () => IDataObject[];
		invalid: IDataObject;
		path: string;
	}
	const cases: Array<[string, () => Case]> = [
		[
			'Set Warehouse Stock',
			() => ({
				resource: 'inventory',
				operation: 'setWarehouseStock',
				valid: () =>
					jakartaSkus(2).map((sku, k) => ({ sku, warehouseId: byId(JAKARTA), quantity: 70 + k })),
				invalid: { sku: 'ANY', warehouseId: byId(JAKARTA), quantity: -1 },
				path: PATHS.adjustInventory,
			}),
		],
		[
			'Update Spare Stock',
			() => ({
				resource: 'inventory',
				operation: 'updateSpareStock',
				valid: () =>
					jakartaSkus(2).map((sku) => ({
						sku,
						spareAction: 'INCREASE',
						spareQuantity: 5,
						warehouseId: byId(JAKARTA),
					})),
				invalid: {
					sku: 'ANY',
					spareAction: 'INCREASE',
					spareQuantity: 'ten',
					warehouseId: byId(JAKARTA),
				},
				path: PATHS.updateSpareStock,
			}),
		],
		[
			'Accept',
			() => ({
				resource: 'order',
				operation: 'accept',
				valid: () => orders(marketplace('PAID'), 2).map((order) => ({ orderId: order.orderId })),
				invalid: { orderId: ' ' },
				path: PATHS.acceptOrder,
			}),
		],
		[
			'Cancel',
			() => ({
				resource: 'order',
				operation: 'cancel',
				valid: () =>
					orders(manual('PAID'), 2).map((order) => ({
						orderId: order.orderId,
						cancelReason: 'MANUAL_CUSTOMER_REQUEST',
					})),
				// a Shopee reason for a manual order: refused once the order's channel is known
				invalid: { orderId: orders(manual('PAID'), 3)[2].orderId, cancelReason: 'OUT_OF_STOCK' },
				path: PATHS.cancelOrder,
			}),
		],
		[
			'Create Manual Order',
			() => ({
				resource: 'order',
				operation: 'createManualOrder',
				valid: () =>
					['WEB-1', 'WEB-2'].map((sn) => createManualOrderParameters(emulator, sn) as IDataObject),
				invalid: { ...createManualOrderParameters(emulator, 'WEB-3'), paymentMethod: 'CASH' },
				path: PATHS.createManualOrder,
			}),
		],
		[
			'Update Manual Order',
			() => ({
				resource: 'order',
				operation: 'updateManualOrder',
				valid: () =>
					orders(manual('PAID'), 2).map(
						(order) => updateManualOrderParameters(order) as IDataObject,
					),
				invalid: {
					...updateManualOrderParameters(orders(manual('PAID'), 1)[0]),
					customerEmail: '',
				},
				path: PATHS.updateManualOrder,
			}),
		],
		[
			'Mark as Shipped',
			() => ({
				resource: 'order',
				operation: 'markShipped',
				valid: () => orders(manual('PAID'), 2).map((order) => ({ orderId: order.orderId })),
				// a marketplace order: refused once its channel is known
				invalid: { orderId: orders(marketplace('PAID'), 1)[0].orderId },
				path: PATHS.moveShipped,
			}),
		],
		[
			'Complete',
			() => ({
				resource: 'order',
				operation: 'complete',
				valid: () => orders(manual('SHIPPING'), 2).map((order) => ({ orderId: order.orderId })),
				invalid: { orderId: 'SO-NO-SUCH-ORDER' },
				path: PATHS.completeOrder,
			}),
		],
		[
			'Ship',
			() => ({
				resource: 'order',
				operation: 'ship',
				valid: () =>
					readyToShip(2).map((order) => ({
						orderId: order.orderId,
						deliveryType: 'DROP_OFF',
						shippingProviderId: 'LP1',
						options: { waitSeconds: 5 },
					})),
				invalid: { orderId: 'SO1', deliveryType: 'MANUAL_SHIP', shippingProviderId: 'LP1' },
				path: PATHS.batchShipping,
			}),
		],
	];

	describe.each(cases)('%s', (_name, describeCase) => {
		it('one invalid item among valid ones: nothing is sent without Continue On Fail', async () => {
			const { resource, operation, valid, invalid, path } = describeCase();
			const [first, second] = valid();
			const error = await failure(run(resource, operation, [first, invalid, second]));
			expect(error.context.itemIndex).toBe(1);
			expect(error.description).toMatch(/^Nothing was sent to Ginee/);
			expect(emulator.calls(path)).toHaveLength(0);
		});

		it('with Continue On Fail, the valid items are sent and the invalid one is its own error', async () => {
			const { resource, operation, valid, invalid, path } = describeCase();
			emulator.setShipTaskMs(200);
			const [first, second] = valid();
			const output = await run(resource, operation, [first, invalid, second], {
				continueOnFail: true,
			});
			expect(output.map((item) => item.pairedItem)).toEqual([
				{ item: 0 },
				{ item: 1 },
				{ item: 2 },
			]);
			expect(output[1].json).toEqual({
				error: expect.any(String),
				mayHaveBeenApplied: false,
			});
			// what n8n's "Continue (using error output)" routes by
			expect(output[1].error?.message).toBe(output[1].json.error);
			for (const item of [output[0], output[2]]) expect(item.json.error).toBeUndefined();
			expect(emulator.calls(path).length).toBeGreaterThan(0);
		});
	});

	describe('once sending has started', () => {
		it('Update Spare Stock [+5, +5, "ten"]: nothing applied, so running it again cannot double', async () => {
			const [a, b] = jakartaSkus(2);
			const before = [row(a).spareStock, row(b).spareStock];
			const items = [
				{ sku: a, spareAction: 'INCREASE', spareQuantity: 5, warehouseId: byId(JAKARTA) },
				{ sku: b, spareAction: 'INCREASE', spareQuantity: 5, warehouseId: byId(JAKARTA) },
				{ sku: a, spareAction: 'INCREASE', spareQuantity: 'ten', warehouseId: byId(JAKARTA) },
			];
			const error = await failure(run('inventory', 'updateSpareStock', items));
			expect(error.message).toBe(
				`'Quantity' must be a whole number from 0 to 999999999, got "ten" (item 3, SKU ${a})`,
			);
			expect([row(a).spareStock, row(b).spareStock]).toEqual(before);
			expect(emulator.calls(PATHS.updateSpareStock)).toHaveLength(0);
		});

		it('25 × INCREASE 1, the 2nd call applied without an answer: stops, and lists applied and uncertain items', async () => {
			const skus = jakartaSkus(25);
			const before = skus.map((sku) => row(sku).spareStock as number);
			const items = skus.map((sku) => ({
				sku,
				spareAction: 'INCREASE',
				spareQuantity: 1,
				warehouseId: byId(JAKARTA),
				options: { pauseMs: 0, timeout: 1000 },
			}));
			// the first call answers; the second is applied, then never answered
			emulator.injectFault({ kind: 'latency', path: PATHS.updateSpareStock, ms: 0 });
			emulator.injectFault({ kind: 'appliedThenHang', path: PATHS.updateSpareStock });
			const error = await failure(run('inventory', 'updateSpareStock', items));
			expect(emulator.calls(PATHS.updateSpareStock)).toHaveLength(2);
			expect(error.message).toMatch(
				/^No answer from Ginee \(no answer within the timeout\): the change may already have been applied \(item 21, SKU .+\)\. Ginee applied items 1 \(SKU .+\), .* and 10 more; items 22 \(SKU .+\), .* may already have been applied\.$/,
			);
			expect(error.description).toContain('leave out the items Ginee applied');
			// every SKU changed exactly once, whatever the node could tell
			expect(skus.map((sku) => row(sku).spareStock)).toEqual(before.map((value) => value + 1));

			emulator.injectFault({ kind: 'latency', path: PATHS.updateSpareStock, ms: 0 });
			emulator.injectFault({ kind: 'appliedThenHang', path: PATHS.updateSpareStock });
			const output = await run('inventory', 'updateSpareStock', items, { continueOnFail: true });
			expect(output).toHaveLength(25);
			expect(output.slice(0, 20).every((item) => item.json.masterSku !== undefined)).toBe(true);
			expect(output.slice(20).map((item) => item.json.mayHaveBeenApplied)).toEqual(
				Array(5).fill(true),
			);
			expect(output.map((item) => item.pairedItem)).toEqual(items.map((_, item) => ({ item })));
		});

		it('Retry On Fail (the node run again on the same items) sends nothing Ginee applied or may have', async () => {
			const skus = jakartaSkus(25);
			const before = skus.map((sku) => row(sku).spareStock as number);
			const parameters = (itemIndex: number) => ({
				resource: 'inventory',
				operation: 'updateSpareStock',
				sku: skus[itemIndex],
				spareAction: 'INCREASE',
				spareQuantity: 1,
				warehouseId: byId(JAKARTA),
				options: { pauseMs: 0, timeout: 1000 },
			});
			// n8n retries with the very same input items
			const items = skus.map((_, index) => ({ json: { index } }));
			emulator.injectFault({ kind: 'latency', path: PATHS.updateSpareStock, ms: 0 });
			emulator.injectFault({ kind: 'appliedThenHang', path: PATHS.updateSpareStock });
			for (let attempt = 0; attempt < 3; attempt++)
				await expect(runGinee(emulator, { parameters, items })).rejects.toThrow(
					/may already have been applied \(item 21, SKU [^)]+\)/,
				);
			expect(emulator.calls(PATHS.updateSpareStock)).toHaveLength(2);
			expect(skus.map((sku) => row(sku).spareStock)).toEqual(before.map((value) => value + 1));
			// a new run (other items) sends again, as asked
			await runGinee(emulator, { parameters, items: items.map((item) => ({ ...item })) });
			expect(skus.map((sku) => row(sku).spareStock)).toEqual(before.map((value) => value + 2));
		});

		it('a write answered 502 after Ginee applied it says it may have been applied, and is not resent', async () => {
			const [sku] = jakartaSkus(1);
			emulator.injectFault({ kind: 'appliedThen502', path: PATHS.adjustInventory });
			const [item] = await run(
				'inventory',
				'setWarehouseStock',
				[{ sku, warehouseId: byId(JAKARTA), quantity: 41 }],
				{ continueOnFail: true },
			);
			expect(item.json).toEqual({
				error: 'Ginee answered HTTP 502: the change may already have been applied',
				mayHaveBeenApplied: true,
			});
			expect(emulator.calls(PATHS.adjustInventory)).toHaveLength(1);
			expect(row(sku).warehouseStock).toBe(41);
		});

		it('without Continue On Fail, accepting stops at Ginee’s refusal and names what was accepted and not sent', async () => {
			const [paid1, paid2] = orders(marketplace('PAID'), 2);
			const [manualPaid] = orders(manual('PAID'), 1);
			const error = await failure(
				run('order', 'accept', [
					{ orderId: paid1.orderId },
					{ orderId: manualPaid.orderId },
					{ orderId: paid2.orderId },
				]),
			);
			expect(error.message).toBe(
				'Ginee error BUSINESS_ERROR: This order operation does not support ' +
					`(item 2, order ${manualPaid.orderId}). ` +
					`Ginee applied item 1 (order ${paid1.orderId}); item 3 (order ${paid2.orderId}) not sent.`,
			);
			expect(statusOf(paid1.orderId)).toBe('READY_TO_SHIP');
			expect(statusOf(paid2.orderId)).toBe('PAID');
			expect(emulator.calls(PATHS.acceptOrder)).toHaveLength(2);
		});

		it('Ship [MANUAL_SHIP without tracking number, DROP_OFF]: the second order is not shipped', async () => {
			const [first, second] = readyToShip(2);
			const error = await failure(
				run('order', 'ship', [
					{ orderId: first.orderId, deliveryType: 'MANUAL_SHIP', shippingProviderId: 'LP1' },
					{ orderId: second.orderId, deliveryType: 'DROP_OFF', shippingProviderId: 'LP1' },
				]),
			);
			expect(error.message).toBe(
				"'Tracking Number' is required to ship by MANUAL_SHIP (Ginee field: trackingNo) " +
					`(item 1, order ${first.orderId})`,
			);
			expect(emulator.calls(PATHS.batchShipping)).toHaveLength(0);
			expect(statusOf(second.orderId)).toBe('READY_TO_SHIP');
		});

		it('Create Manual Order [valid, payment method "CASH"]: no order created', async () => {
			const before = emulator.store.orders.size;
			const error = await failure(
				run('order', 'createManualOrder', [
					createManualOrderParameters(emulator, 'WEB-77'),
					{ ...createManualOrderParameters(emulator, 'WEB-78'), paymentMethod: 'CASH' },
				]),
			);
			expect(error.message).toMatch(/^'Payment Method' must be/);
			expect(error.description).toMatch(/^Nothing was sent to Ginee/);
			expect(emulator.calls(PATHS.createManualOrder)).toHaveLength(0);
			expect(emulator.store.orders.size).toBe(before);
		});

		it('Mark as Shipped: an answer the node cannot read is "not confirmed", not "did not move"', async () => {
			const [order] = orders(manual('PAID'), 1);
			emulator.injectFault({ kind: 'answer', path: PATHS.moveShipped, data: 'done' });
			const [item] = await run('order', 'markShipped', [{ orderId: order.orderId }], {
				continueOnFail: true,
			});
			expect(item.json).toEqual({
				error: `Ginee did not confirm whether order ${order.orderId} moved to SHIPPING`,
				mayHaveBeenApplied: true,
			});
		});

		it('Pause Between Calls from an expression is kept within 0 – 10 s', async () => {
			const skus = jakartaSkus(21);
			const started = Date.now();
			const output = await run(
				'inventory',
				'setWarehouseStock',
				skus.map((sku) => ({
					sku,
					warehouseId: byId(JAKARTA),
					quantity: 5,
					options: { pauseMs: '-5000' },
				})),
			);
			expect(output).toHaveLength(21);
			expect(emulator.calls(PATHS.adjustInventory)).toHaveLength(2);
			expect(Date.now() - started).toBeLessThan(5000);
		});
	});

	describe('Ship: Wait for Result is seconds, end to end', () => {
		it('a result endpoint that hangs cannot stretch a 3 s wait', async () => {
			const [order] = readyToShip(1);
			emulator.injectFault({ kind: 'hang', path: PATHS.getShippingResult, times: 100 });
			const started = Date.now();
			const [item] = await run('order', 'ship', [
				{
					orderId: order.orderId,
					deliveryType: 'DROP_OFF',
					shippingProviderId: 'LP1',
					options: { waitSeconds: 3, timeout: 30_000 },
				},
			]);
			const elapsed = Date.now() - started;
			expect(elapsed).toBeLessThan(3_000 + 1_000);
			expect(item.json).toMatchObject({
				orderId: order.orderId,
				status: 'PROCESSING',
				shipped: false,
			});
			expect(emulator.calls(PATHS.batchShipping)).toHaveLength(1);
		});
	});

	describe('Print Document download', () => {
		const printWith = async (pdfUrl: string) => {
			const [ready] = orders(marketplace('READY_TO_SHIP'), 1);
			emulator.injectFault({
				kind: 'answer',
				path: PATHS.printOrder,
				data: { orderId: ready.orderId, pdfUrl },
			});
			const [item] = await run(
				'order',
				'printDocument',
				[{ orderId: ready.orderId, documentType: 'LABEL', download: true }],
				{ continueOnFail: true, helpers: await binaryHelpers() },
			);
			return item;
		};

		it('stops reading past 20 MB, without waiting for the whole body', async () => {
			let written = 0;
			let closed: (writtenAtClose: number) => void = () => undefined;
			const closedAt = new Promise<number>((resolve) => (closed = resolve));
			const big = await startLocalServer((_req, res) => {
				res.writeHead(200, { 'Content-Type': 'application/pdf' });
				const chunk = Buffer.alloc(1024 * 1024, 0x20);
				const pump = (): void => {
					while (written < 200 * 1024 * 1024) {
						written += chunk.length;
						if (!res.write(chunk)) {
							res.once('drain', pump);
							return;
						}
					}
					res.end();
				};
				res.on('close', () => closed(written));
				pump();
			});
			try {
				const item = await printWith(`${big.url}/big.pdf`);
				expect(item.json.error).toBe('The PDF is larger than 20 MB');
				// the node closed the connection after about 20 MB, long before the 200 MB end
				expect(await closedAt).toBeLessThan(100 * 1024 * 1024);
			} finally {
				await big.stop();
			}
		});

		it('follows a redirect on the same host only, never to another host', async () => {
			const received: string[] = [];
			const other = await startLocalServer((req, res) => {
				received.push(req.url ?? '');
				res.writeHead(200, { 'Content-Type': 'application/pdf' }).end('%PDF-1.4 other');
			});
			const files = await startLocalServer((req, res) => {
				if (req.url === '/away.pdf')
					return res
						.writeHead(302, { Location: `${other.url.replace('127.0.0.1', 'localhost')}/x.pdf` })
						.end();
				if (req.url === '/moved.pdf') return res.writeHead(301, { Location: '/real.pdf' }).end();
				return res.writeHead(200, { 'Content-Type': 'application/pdf' }).end('%PDF-1.4 real');
			});
			try {
				const same = await printWith(`${files.url}/moved.pdf`);
				expect(same.json.error).toBeUndefined();
				expect(same.binary?.data).toBeDefined();
				const away = await printWith(`${files.url}/away.pdf`);
				expect(away.json.error).toMatch(
					/^The PDF link redirects to http:\/\/localhost:\d+\/x\.pdf, which the node does not follow/,
				);
				expect(received).toEqual([]);
			} finally {
				await files.stop();
				await other.stop();
			}
		});

		it('refuses plain http to another machine before any request', async () => {
			const item = await printWith('http://files.example.test/label.pdf');
			expect(item.json.error).toBe(
				'Ginee gave no usable link to the PDF (an https:// address is needed)',
			);
		});
	});

	describe('as an AI tool', () => {
		const tool = {
			id: 'tool',
			name: 'Ginee tool',
			type: 'n8n-nodes-ginee.gineeTool',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		};

		it('a write refuses to run for the model unless allowed, and sends nothing', async () => {
			const [paid] = orders(marketplace('PAID'), 1);
			const error = await failure(
				run('order', 'accept', [{ orderId: paid.orderId }], { node: tool }),
			);
			expect(error.message).toMatch(/^This tool changes data in Ginee \('Accept an order'\)/);
			expect(emulator.calls(PATHS.acceptOrder)).toHaveLength(0);
			const [accepted] = await run('order', 'accept', [{ orderId: paid.orderId }], {
				node: { ...tool, parameters: { allowToolWrites: true } },
			});
			expect(accepted.json).toMatchObject({ orderId: paid.orderId, accepted: true });
		});

		it('an expression cannot turn the switch on: the model never decides for itself', async () => {
			const [paid] = orders(marketplace('PAID'), 1);
			const fromAI = "={{ $fromAI('allow', 'May you change this?', 'boolean') }}";
			const error = await failure(
				run('order', 'accept', [{ orderId: paid.orderId, allowToolWrites: true }], {
					node: { ...tool, parameters: { allowToolWrites: fromAI } },
				}),
			);
			expect(error.message).toMatch(/^This tool changes data in Ginee/);
			expect(emulator.calls(PATHS.acceptOrder)).toHaveLength(0);
		});

		it('a read runs as a tool without any switch', async () => {
			const [paid] = orders(marketplace('PAID'), 1);
			const [item] = await run(
				'order',
				'getDetails',
				[{ lookupBy: 'orderIds', orderIds: [paid.orderId] }],
				{ node: tool },
			);
			expect(item.json.orderId).toBe(paid.orderId);
		});
	});
});
