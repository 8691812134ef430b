'use strict';
// Order fulfilment: accept, ship, print, cancel, mark shipped, complete, inside a real n8n (the pinned version and an older line, installed as
// the Community Nodes installer does), talking HTTP to the Ginee emulator.
const { PATHS, getDetailsParameters, printLabelParameters } = require('../helpers/shared');
const { N8N_LINES } = require('../../tools/n8n-harness/versions');
const { gineeWorkflow } = require('../../tools/n8n-harness/workflows');
const { insideN8n } = require('./insideN8n');

jest.setTimeout(600_000);

insideN8n(({ version, setup, emulator, n8n, recent }) => {
	describe('Order fulfilment', () => {
		const order = (operation, webhookPath, parameters, continueOnFail = true) =>
			n8n.createWorkflow(
				gineeWorkflow(
					`Fulfilment ${operation} ${webhookPath}`,
					webhookPath,
					setup.credential,
					{ resource: 'order', operation, options: {}, ...parameters },
					{ continueOnFail },
				),
				{ activate: true },
			);
		const post = async (webhookPath, items) => (await n8n.postWebhook(webhookPath, { items })).body;
		const statusOf = async (orderId) =>
			(await post('fulfilment-details', [{ id: orderId }]))[0].status;
		/** New orders of marketplaces (of one channel when given). */
		const newOrders = (count, status, channel) =>
			emulator
				.createOrders({ count: count * 8, status })
				.filter((created) =>
					channel ? created.channel === channel : created.channel !== 'MANUAL_ID',
				)
				.slice(0, count)
				.map((created) => created.orderId);
		let printWorkflow;

		beforeAll(async () => {
			await order('getDetails', 'fulfilment-details', getDetailsParameters('={{ $json.id }}'));
			await order('accept', 'fulfilment-accept', { orderId: '={{ $json.orderId }}' });
			await order('getShippingOptions', 'fulfilment-options', { orderId: '={{ $json.orderId }}' });
			// Delivery Type is a fixed choice: one workflow per type
			await order('ship', 'fulfilment-pick-up', {
				orderId: '={{ $json.orderId }}',
				deliveryType: 'PICK_UP',
				shippingProviderId: '={{ $json.courier }}',
				addressId: '={{ $json.addressId }}',
				pickupTimeId: '={{ $json.pickupTimeId }}',
				options: { timeout: 2000 },
			});
			await order('ship', 'fulfilment-drop-off', {
				orderId: '={{ $json.orderId }}',
				deliveryType: 'DROP_OFF',
				shippingProviderId: '={{ $json.courier }}',
				options: { timeout: 2000 },
			});
			await order('cancel', 'fulfilment-cancel', {
				orderId: '={{ $json.orderId }}',
				cancelReason: '={{ $json.reason }}',
			});
			const print = gineeWorkflow(
				'Fulfilment print',
				'fulfilment-print',
				setup.credential,
				printLabelParameters('={{ $json.orderId }}'),
			);
			print.nodes.push({
				id: 'extract-pdf',
				name: 'Extract From File',
				type: 'n8n-nodes-base.extractFromFile',
				typeVersion: 1,
				position: [600, 0],
				parameters: { operation: 'binaryToPropery', destinationKey: 'pdf', options: {} },
			});
			print.connections.Ginee = { main: [[{ node: 'Extract From File', type: 'main', index: 0 }]] };
			printWorkflow = await n8n.createWorkflow(print, { activate: true });
		});

		it('accept → shipping options → ship (pick-up) → label as a PDF file, each step seen in Get Details', async () => {
			const [orderId] = newOrders(1, 'PAID');
			expect(await post('fulfilment-accept', [{ orderId }])).toEqual([
				expect.objectContaining({ orderId, accepted: true }),
			]);
			expect(await statusOf(orderId)).toBe('READY_TO_SHIP');
			const [options] = await post('fulfilment-options', [{ orderId }]);
			const [pickup] = options.addresses;
			const shipped = await post('fulfilment-pick-up', [
				{
					orderId,
					courier: options.logistics[0].logisticDetailList[0].logisticsProviderId,
					addressId: pickup.addressId,
					pickupTimeId: pickup.pickupTimeList[0].pickupTimeId,
				},
			]);
			expect(shipped).toEqual([
				expect.objectContaining({ orderId, status: 'SUCCESS', shipped: true }),
			]);
			expect(await statusOf(orderId)).toBe('SHIPPING');
			const [printed] = await post('fulfilment-print', [{ orderId }]);
			// Extract From File read the file Ginee's node put in the item
			expect(Buffer.from(printed.pdf, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
			const [execution] = await n8n.waitForExecutions(printWorkflow.id, 1, { includeData: true });
			const [item] = execution.data.resultData.runData.Ginee[0].data.main[0];
			expect(item.json.pdfUrl).toBe(`${emulator.url}/files/label-${orderId}.pdf`);
			const file = item.binary.data;
			expect(file).toMatchObject({ mimeType: 'application/pdf', fileName: `label-${orderId}.pdf` });
		});

		it('150 orders over 150 items: 3 ShipOrder calls, waits for the tasks; a timed-out Ship is not sent again', async () => {
			const orderIds = newOrders(150, 'READY_TO_SHIP');
			const shipped = await post(
				'fulfilment-drop-off',
				orderIds.map((orderId) => ({ orderId, courier: 'LP1' })),
			);
			expect(
				emulator.calls(PATHS.batchShipping).map((call) => call.body.orderShips.length),
			).toEqual([50, 50, 50]);
			expect(shipped.map((item) => [item.orderId, item.status])).toEqual(
				orderIds.map((orderId) => [orderId, 'SUCCESS']),
			);
			const [late] = newOrders(1, 'READY_TO_SHIP');
			emulator.injectFault({ kind: 'hang', path: PATHS.batchShipping });
			const before = emulator.calls(PATHS.batchShipping).length;
			const [timedOut] = await post('fulfilment-drop-off', [{ orderId: late, courier: 'LP1' }]);
			expect(timedOut.error).toMatch(/may already have been applied/);
			expect(emulator.calls(PATHS.batchShipping).length - before).toBe(1);
		});

		it('a cancel of a shipped order fails that item with Ginee’s message; the others are cancelled', async () => {
			const [first, second] = newOrders(2, 'PAID', 'SHOPEE_ID');
			const shipping = recent.find(
				(candidate) =>
					candidate.channel === 'MANUAL_ID' &&
					emulator.store.orders.get(candidate.orderId).orderStatus === 'SHIPPING',
			);
			const items = [
				{ orderId: first, reason: 'OUT_OF_STOCK' },
				{ orderId: shipping.orderId, reason: 'MANUAL_BUSY' },
				{ orderId: second, reason: 'OUT_OF_STOCK' },
			];
			const answer = await post('fulfilment-cancel', items);
			expect(answer[0]).toMatchObject({ orderId: first, cancelled: true });
			expect(answer[1].error).toMatch(/^Ginee error BUSINESS_ERROR: Order .* is SHIPPING/);
			expect(answer[2]).toMatchObject({ orderId: second, cancelled: true });
			expect(await statusOf(first)).toBe('CANCELLED');
			expect(await statusOf(shipping.orderId)).toBe('SHIPPING');
		});

		it('create a manual order → mark as shipped → complete; sales summary of the day', async () => {
			const shop = emulator.store.shops.find((candidate) => candidate.channel === 'MANUAL_ID');
			await order(
				'createManualOrder',
				'fulfilment-create',
				{
					bodySource: 'json',
					jsonBody: '={{ JSON.stringify($json.body) }}',
				},
				false,
			);
			await order('markShipped', 'fulfilment-move', { orderId: '={{ $json.orderId }}' });
			await order('complete', 'fulfilment-complete', { orderId: '={{ $json.orderId }}' });
			await order('getSalesSummary', 'fulfilment-gmv', {
				period: 'today',
				statuses: ['PAID', 'DELIVERED'],
			});
			const body = {
				shopId: shop.shopId,
				externalOrderSn: `WOO-${version}`,
				customerName: 'Dewi Lestari',
				customerEmail: 'dewi@example.test',
				customerMobile: '+6281311213777',
				paymentMethod: 'PREPAY',
				payAmount: 378000,
				payAtDatetime: new Date().toISOString(),
				orderItems: [{ sku: 'BATIK-LP', quantity: 2, actualPrice: 189000, warehouseId: 'WW1' }],
				shippingAddress: {
					name: 'Dewi Lestari',
					phoneNumber: '+6281311213777',
					country: 'Indonesia',
					province: 'Bali',
					city: 'Denpasar',
				},
			};
			const [created] = await post('fulfilment-create', [{ body }]);
			expect(created).toMatchObject({ externalOrderSn: `WOO-${version}`, shopId: shop.shopId });
			expect(await statusOf(created.orderId)).toBe('PAID');
			const [moved] = await post('fulfilment-move', [{ orderId: created.orderId }]);
			expect(moved).toMatchObject({ orderId: created.orderId, orderStatus: 'SHIPPING' });
			expect(await statusOf(created.orderId)).toBe('SHIPPING');
			const [completed] = await post('fulfilment-complete', [{ orderId: created.orderId }]);
			expect(completed).toMatchObject({ orderStatus: 'DELIVERED', previousStatus: 'SHIPPING' });
			expect(await statusOf(created.orderId)).toBe('DELIVERED');
			const [summary] = await post('fulfilment-gmv', [{}]);
			expect(summary.byStatus.DELIVERED).toBeGreaterThanOrEqual(378000);
			expect(emulator.calls(PATHS.gmvInfo)[0].body.orderStatuses).toEqual(['PAID', 'DELIVERED']);
		});
	});

	// The cases inside the pinned line (the node-level tests cover every operation).
	(version === N8N_LINES[0] ? describe : describe.skip)('every write accounted for', () => {
		const JAKARTA = 'WW64C000001CEDFD0000000001';
		const spare = (sku) => emulator.store.inventory.get(`${JAKARTA}|${sku}`).spareStock;
		const skus = () =>
			[...emulator.store.inventory.values()]
				.filter(
					(row) =>
						row.warehouseId === JAKARTA &&
						row.warehouseStock - row.lockedStock - row.spareStock >= 20,
				)
				.map((row) => row.masterSku)
				.slice(0, 25);
		let spareWorkflow;

		beforeAll(async () => {
			spareWorkflow = await n8n.createWorkflow(
				gineeWorkflow(
					'Spare stock, Retry On Fail',
					'accounted-spare',
					setup.credential,
					{
						resource: 'inventory',
						operation: 'updateSpareStock',
						sku: '={{ $json.sku }}',
						spareAction: 'INCREASE',
						spareQuantity: '={{ $json.quantity }}',
						warehouseId: { __rl: true, mode: 'id', value: JAKARTA },
						options: { pauseMs: 0, timeout: 1000 },
					},
					{ retryOnFail: true },
				),
				{ activate: true },
			);
		});

		it('one bad item: nothing sent; a call lost after 20 changes: stops, names them, Retry On Fail resends none', async () => {
			const chosen = skus();
			expect(chosen).toHaveLength(25);
			const before = chosen.map(spare);
			const executions = async () => (await n8n.executions(spareWorkflow.id)).length;

			const bad = [
				{ sku: chosen[0], quantity: 5 },
				{ sku: chosen[1], quantity: 5 },
				{ sku: chosen[0], quantity: 'ten' },
			];
			expect((await n8n.postWebhook('accounted-spare', { items: bad })).status).toBe(500);
			const [refused] = await n8n.waitForExecutions(spareWorkflow.id, 1, { includeData: true });
			expect(refused.data.resultData.error.message).toBe(
				`'Quantity' must be a whole number from 0 to 999999999, got "ten" (item 3, SKU ${chosen[0]})`,
			);
			expect(refused.data.resultData.error.description).toMatch(/^Nothing was sent to Ginee/);
			expect(emulator.calls(PATHS.updateSpareStock)).toHaveLength(0);
			expect(chosen.map(spare)).toEqual(before);

			emulator.injectFault({ kind: 'latency', path: PATHS.updateSpareStock, ms: 0 });
			emulator.injectFault({ kind: 'appliedThenHang', path: PATHS.updateSpareStock });
			const items = chosen.map((sku) => ({ sku, quantity: 1 }));
			expect((await n8n.postWebhook('accounted-spare', { items })).status).toBe(500);
			await n8n.waitForExecutions(spareWorkflow.id, 2);
			const failed = (await n8n.executions(spareWorkflow.id, { includeData: true })).find(
				(execution) => execution.data.resultData.error?.message.includes('item 21'),
			);
			expect(failed.data.resultData.error.message).toMatch(
				/^No answer from Ginee \(no answer within the timeout\): the change may already have been applied \(item 21, SKU [^)]+\)\. Ginee applied items 1 \(SKU .+ and 10 more; items 22 .* may already have been applied\.$/,
			);
			// three tries of the node (Retry On Fail), two calls to Ginee, every SKU once
			expect(emulator.calls(PATHS.updateSpareStock)).toHaveLength(2);
			expect(chosen.map(spare)).toEqual(before.map((value) => value + 1));
			expect(await executions()).toBe(2);
		});

		it('Ship waits at most Wait for Result, end to end, when Ginee’s result endpoint hangs', async () => {
			await n8n.createWorkflow(
				gineeWorkflow('Ship, 3 s wait', 'accounted-ship', setup.credential, {
					resource: 'order',
					operation: 'ship',
					orderId: '={{ $json.orderId }}',
					deliveryType: 'DROP_OFF',
					shippingProviderId: 'LP1',
					options: { waitSeconds: 3, timeout: 30000 },
				}),
				{ activate: true },
			);
			const [order] = emulator
				.createOrders({ count: 8, status: 'READY_TO_SHIP' })
				.filter((created) => created.channel !== 'MANUAL_ID');
			emulator.injectFault({ kind: 'hang', path: PATHS.getShippingResult, times: 100 });
			const started = Date.now();
			const answer = await n8n.postWebhook('accounted-ship', {
				items: [{ orderId: order.orderId }],
			});
			const elapsed = Date.now() - started;
			expect(answer.body).toEqual([
				expect.objectContaining({ orderId: order.orderId, status: 'PROCESSING', shipped: false }),
			]);
			// 3 s of waiting, plus n8n's own time for the web hook and the ship call
			expect(elapsed).toBeLessThan(3000 + 2500);
			expect(emulator.calls(PATHS.batchShipping)).toHaveLength(1);
		});
	});
});
