'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { createHmac } = require('node:crypto');
const { GineeEmulator } = require('../../../tools/ginee-emulator/server');
const { startLocalServer } = require('../../helpers/shared');

// Ginee's page, copied into the repository (test/fixtures/ginee-api/README.md says from where)
const TABLES = fs.readFileSync(
	path.join(__dirname, '../../fixtures/ginee-api/get-order-details.txt'),
	'utf8',
);

/** Field names of one table of the GetOrderDetails page ("Name | Type | Description" rows). */
function tableFields(heading) {
	const start = TABLES.indexOf(`${heading}¶`);
	const rest = TABLES.slice(start + heading.length + 1);
	const end = rest.search(/\n[A-Z][A-Za-z ]+(Info|Item)?¶|\nRequest Example¶/);
	const section = rest.slice(0, end === -1 ? undefined : end);
	const rows = section
		.slice(section.indexOf('---|---|---|') + '---|---|---|'.length)
		.split('\n')
		.filter(Boolean);
	// each row is three lines: name, type, description
	return rows.filter((_, index) => index % 3 === 0).map((line) => line.replace(/ \|$/, ''));
}

const SPELLINGS = {
	voucherPlatfom: ['voucherPlatfom', 'voucherPlatform'],
	canceledBy: ['canceledBy', 'cancelBy'],
};

function sign(emulator, method, p, overrides = {}) {
	const account = { ...emulator.account, ...overrides };
	const signature = createHmac('sha256', account.secretKey)
		.update(`${method}$${p}$`)
		.digest('base64');
	return {
		Authorization: `${account.accessKey}:${signature}`,
		'X-Advai-Country': account.country,
		'Content-Type': 'application/json',
	};
}

async function call(emulator, p, body, overrides) {
	const response = await fetch(`${emulator.url}${p}`, {
		method: 'POST',
		headers: sign(emulator, 'POST', p, overrides),
		body: JSON.stringify(body),
	});
	return { status: response.status, ...(await response.json()) };
}

const manualOrder = (emulator, status) =>
	[...emulator.store.orders.values()].find(
		(o) => o.channel === 'MANUAL_ID' && o.orderStatus === status,
	);

function validUpdate(order) {
	return {
		id: order.orderId,
		externalOrderSn: 'MAN-NEW-1',
		customerName: 'Siti Rahayu',
		customerEmail: 'siti@example.test',
		customerMobile: '+6281311213123',
		paymentMethod: 'PREPAY',
		payAmount: 250000,
		payAtDatetime: '2026-11-20T10:00:00.000Z',
		orderItems: [
			{
				id: order.items[0].itemId,
				sku: 'NEW-SKU',
				quantity: 2,
				actualPrice: 125000,
				warehouseId: 'WW1',
			},
		],
		shippingAddress: {
			id: 'OAI1',
			name: 'Siti',
			phoneNumber: '+6281311213123',
			country: 'Indonesia',
			province: 'Bali',
			city: 'Denpasar',
		},
	};
}

describe('Ginee emulator', () => {
	const emulator = new GineeEmulator();
	beforeAll(() => emulator.start());
	afterAll(() => emulator.stop());
	beforeEach(() => emulator.reset());

	it('holds a deterministic account of at least 1,000 orders across channels, shops and statuses', () => {
		const again = new GineeEmulator({ now: () => emulator.clock() });
		const orders = [...emulator.store.orders.values()];
		expect(orders.length).toBeGreaterThanOrEqual(1000);
		expect(new Set(orders.map((o) => o.channel)).size).toBeGreaterThanOrEqual(5);
		expect(new Set(orders.map((o) => o.shopId)).size).toBeGreaterThanOrEqual(10);
		expect(new Set(orders.map((o) => o.orderStatus)).size).toBe(8);
		expect([...again.store.orders.keys()]).toEqual([...emulator.store.orders.keys()]);
		expect(again.store.orders.get(orders[7].orderId).customerInfo).toEqual(orders[7].customerInfo);
	});

	it('answers batch-get with every field of the GetOrderDetails response tables', async () => {
		const tiktok = [...emulator.store.orders.values()]
			.filter((o) => o.channel === 'TIKTOK_ID')
			.slice(0, 2)
			.map((o) => o.orderId);
		const answer = await call(emulator, '/openapi/order/v1/batch-get', {
			orderIds: tiktok,
			includedSection: ['SHIPPING_DOCUMENT_INFO'],
		});
		expect(answer).toMatchObject({ code: 'SUCCESS', extra: null });
		expect(typeof answer.transactionId).toBe('string');
		expect(answer.data).toHaveLength(2);
		const sections = {
			'Response Parameters': (o) => [o],
			'Customer Info': (o) => [o.customerInfo],
			'Payment Info': (o) => [o.paymentInfo],
			'Address Info': (o) => [o.shippingAddressInfo, o.billingAddressInfo],
			'Order Item': (o) => o.items,
			'Logistics Info': (o) => o.logisticsInfos,
			'ShippingDocument Info': (o) => [o.shippingDocumentInfo],
			'Invoice Info': (o) => [o.invoiceInfo],
			'RecipientAddress Info': (o) => [o.shippingDocumentInfo.recipientAddress],
			'SortCode Info': (o) => [o.shippingDocumentInfo.sortCode],
			'Cancel Info': (o) => [o.cancelInfo],
			'Extra Info': (o) => [o.extraInfo],
			'Print Info': (o) => [o.printInfo],
			'Warehouse Info': (o) => o.items.map((item) => item.warehouse),
		};
		let checked = 0;
		for (const [heading, pick] of Object.entries(sections)) {
			const fields = tableFields(heading);
			expect(fields.length).toBeGreaterThan(1);
			for (const order of answer.data)
				for (const object of pick(order))
					for (const field of fields) {
						const spellings = SPELLINGS[field] ?? [field];
						expect({ heading, field, present: spellings.some((name) => name in object) }).toEqual({
							heading,
							field,
							present: true,
						});
						checked++;
					}
		}
		expect(checked).toBeGreaterThan(150);
	});

	it('leaves out unknown ids, refuses more than 100, and needs shopId for channel order ids', async () => {
		const [first] = emulator.store.orders.keys();
		expect(
			(
				await call(emulator, '/openapi/order/v1/batch-get', { orderIds: [first, 'SO-UNKNOWN'] })
			).data.map((o) => o.orderId),
		).toEqual([first]);
		expect(
			await call(emulator, '/openapi/order/v1/batch-get', {
				orderIds: Array.from({ length: 101 }, (_, i) => `X${i}`),
			}),
		).toMatchObject({ code: 'PARAMETER_ERROR' });
		expect(
			await call(emulator, '/openapi/order/v1/batch-get', { channelOrderIds: ['8700000'] }),
		).toMatchObject({ code: 'PARAMETER_ERROR', message: expect.stringContaining('shopId') });
		const order = emulator.store.orders.get(first);
		const byChannel = await call(emulator, '/openapi/order/v1/batch-get', {
			shopId: order.shopId,
			channelOrderIds: [order.externalOrderId],
		});
		expect(byChannel.data.map((o) => o.orderId)).toEqual([first]);
	});

	it('serves orders older than three months only with historicalData', async () => {
		const old = [...emulator.store.orders.values()].find(
			(o) => Date.now() - Date.parse(o.createAt) > 95 * 86400000,
		);
		expect(
			(await call(emulator, '/openapi/order/v1/batch-get', { orderIds: [old.orderId] })).data,
		).toEqual([]);
		expect(
			(
				await call(emulator, '/openapi/order/v1/batch-get', {
					orderIds: [old.orderId],
					historicalData: true,
				})
			).data,
		).toHaveLength(1);
	});

	it('refuses unsigned, wrongly signed, wrong-key and wrong-country requests in Ginee’s envelope', async () => {
		const unsigned = await fetch(`${emulator.url}/openapi/shop/v1/list`, {
			method: 'POST',
			body: '{}',
		});
		expect(await unsigned.json()).toMatchObject({ code: 'UNAUTHORIZED', data: null, extra: null });
		for (const overrides of [{ secretKey: 'bad' }, { accessKey: 'bad' }, { country: 'VN' }]) {
			const answer = await call(emulator, '/openapi/shop/v1/list', { page: 0, size: 1 }, overrides);
			expect(answer.code).not.toBe('SUCCESS');
			expect(Object.keys(answer)).toEqual(
				expect.arrayContaining(['code', 'message', 'data', 'extra', 'transactionId']),
			);
		}
		expect(emulator.requests.length).toBe(4);
	});

	it('enforces every required field of the UpdateManualOrder table', async () => {
		const order = manualOrder(emulator, 'PAID');
		const required = [
			'id',
			'externalOrderSn',
			'customerName',
			'customerEmail',
			'customerMobile',
			'paymentMethod',
			'payAmount',
			'payAtDatetime',
			'orderItems',
			'shippingAddress',
		];
		for (const field of required) {
			const body = validUpdate(order);
			delete body[field];
			expect(await call(emulator, '/openapi/order/v1/update-manual-order', body)).toMatchObject({
				code: 'PARAMETER_ERROR',
				message: expect.stringContaining(field),
			});
		}
		for (const field of ['id', 'quantity', 'actualPrice', 'sku', 'warehouseId']) {
			const body = validUpdate(order);
			delete body.orderItems[0][field];
			expect(await call(emulator, '/openapi/order/v1/update-manual-order', body)).toMatchObject({
				code: 'PARAMETER_ERROR',
				message: expect.stringContaining(`orderItems[0].${field}`),
			});
		}
		for (const field of ['id', 'name', 'phoneNumber', 'country', 'province', 'city']) {
			const body = validUpdate(order);
			delete body.shippingAddress[field];
			expect(await call(emulator, '/openapi/order/v1/update-manual-order', body)).toMatchObject({
				code: 'PARAMETER_ERROR',
				message: expect.stringContaining(`shippingAddress.${field}`),
			});
		}
		const cases = [
			[{ paymentMethod: 'CARD' }, 'paymentMethod'],
			[{ payAmount: -1 }, 'payAmount'],
			[{ payAtDatetime: 'yesterday' }, 'payAtDatetime'],
			[{ orderItems: [] }, 'orderItems'],
			[{ logisticsInfos: [{}] }, 'logisticsInfos[0].logisticsProviderName'],
			[{ orderPayment: { currency: 'IDR' } }, 'orderPayment.paySerialNumber'],
			[{ orderPayRecord: { payAmount: 1, paymentMethod: 'COD' } }, 'orderPayRecord.payAtDatetime'],
			[{ senderAddress: { id: 'S' } }, 'senderAddress.name'],
		];
		for (const [change, field] of cases) {
			expect(
				await call(emulator, '/openapi/order/v1/update-manual-order', {
					...validUpdate(order),
					...change,
				}),
			).toMatchObject({ code: 'PARAMETER_ERROR', message: expect.stringContaining(field) });
		}
	});

	it('updates only manual orders in PAID / PENDING_PAYMENT / PARTIALLY_PAID and shows the change in batch-get', async () => {
		for (const status of ['PAID', 'PENDING_PAYMENT', 'PARTIALLY_PAID']) {
			const order = manualOrder(emulator, status);
			const answer = await call(emulator, '/openapi/order/v1/update-manual-order', {
				...validUpdate(order),
				noteBySeller: `updated ${status}`,
			});
			expect(answer).toMatchObject({ code: 'SUCCESS', data: order.orderId });
			const [after] = (
				await call(emulator, '/openapi/order/v1/batch-get', {
					orderIds: [order.orderId],
					historicalData: Date.now() - Date.parse(order.createAt) > 90 * 86400000,
				})
			).data;
			expect(after).toMatchObject({
				externalOrderSn: 'MAN-NEW-1',
				extraInfo: { noteBySeller: `updated ${status}` },
				customerInfo: { name: 'Siti Rahayu' },
			});
			expect(after.items.find((item) => item.itemId === order.items[0].itemId)).toMatchObject({
				sku: 'NEW-SKU',
				quantity: 2,
			});
		}
		const shipping = manualOrder(emulator, 'SHIPPING');
		expect(
			await call(emulator, '/openapi/order/v1/update-manual-order', validUpdate(shipping)),
		).toMatchObject({ code: 'CHANNEL_NOT_SUPPORT', data: shipping.orderId });
		const marketplace = [...emulator.store.orders.values()].find(
			(o) => o.channel === 'SHOPEE_ID' && o.orderStatus === 'PAID',
		);
		expect(
			await call(emulator, '/openapi/order/v1/update-manual-order', validUpdate(marketplace)),
		).toMatchObject({ code: 'CHANNEL_NOT_SUPPORT' });
		expect(
			await call(emulator, '/openapi/order/v1/update-manual-order', {
				...validUpdate(shipping),
				id: 'SO-NOPE',
			}),
		).toMatchObject({ code: 'DATA_NOT_EXISTED' });
	});

	it('pages list-order v2 with a cursor and enforces the 15-day range', async () => {
		const to = new Date();
		const since = new Date(to.getTime() - 15 * 86400000);
		const seen = [];
		let cursor;
		for (let page = 0; page < 100; page++) {
			const answer = await call(emulator, '/openapi/order/v2/list-order', {
				createSince: since.toISOString(),
				createTo: to.toISOString(),
				size: 50,
				nextCursor: cursor,
			});
			seen.push(...answer.data.content.map((o) => o.orderId));
			if (!answer.data.more) break;
			cursor = answer.data.nextCursor;
		}
		const expected = [...emulator.store.orders.values()].filter(
			(o) => Date.parse(o.createAt) >= since.getTime() && Date.parse(o.createAt) <= to.getTime(),
		);
		expect(seen.length).toBe(expected.length);
		expect(new Set(seen).size).toBe(seen.length);
		const tooLong = await call(emulator, '/openapi/order/v2/list-order', {
			createSince: new Date(to.getTime() - 16 * 86400000).toISOString(),
			createTo: to.toISOString(),
		});
		expect(tooLong).toMatchObject({
			code: 'PARAMETER_ERROR',
			message: expect.stringContaining('15 days'),
		});
	});

	it('moves: new orders appear, statuses advance, and ListOrder shows them after its lag', async () => {
		const listUpdated = async () =>
			(
				await call(emulator, '/openapi/order/v2/list-order', {
					lastUpdateSince: new Date(Date.now() - 60_000).toISOString(),
					lastUpdateTo: new Date(Date.now() + 1000).toISOString(),
					size: 100,
				})
			).data.content
				.filter((order) => order.orderId === created.orderId)
				.map((order) => [order.orderId, order.orderStatus]);
		const [created] = emulator.createOrders({ count: 1 });
		expect(created).toMatchObject({ orderStatus: 'PENDING_PAYMENT', payAt: null });
		expect(created.createAt).toBe(created.lastUpdateAt);
		expect(emulator.advanceOrders({ orderIds: [created.orderId] })).toEqual([
			expect.objectContaining({ orderId: created.orderId, from: 'PENDING_PAYMENT', to: 'PAID' }),
		]);
		expect(await listUpdated()).toEqual([[created.orderId, 'PAID']]);
		emulator.setListLag(60_000);
		expect(await listUpdated()).toEqual([]); // changed, but not listed yet
		emulator.setListLag(0);
		const walk = [];
		for (let step = 0; step < 5; step++)
			walk.push(emulator.advanceOrders({ orderIds: [created.orderId] })[0].to);
		expect(walk).toEqual(['READY_TO_SHIP', 'SHIPPING', 'DELIVERED', 'DELIVERED', 'DELIVERED']);
	});

	it('keeps master products: pages from 0 under 500, ≤ 20 SKUs per variation lookup', async () => {
		const list = async (body) => await call(emulator, '/openapi/product/master/v1/list', body);
		const first = await list({ page: 0, size: 100 });
		const second = await list({ page: 1, size: 100 });
		expect(first.data.content).toHaveLength(100);
		expect(first.data.total).toBe(emulator.store.products.length);
		expect(second.data.content[0].productId).toBe(emulator.store.products[100].productId);
		expect(await list({ page: 0, size: 500 })).toMatchObject({ code: 'PARAMETER_ERROR' });
		expect(await list({ page: 0, size: 10, productName: 'a', barCode: 'b' })).toMatchObject({
			code: 'PARAMETER_ERROR',
		});
		const lookup = async (body) =>
			await call(emulator, '/openapi/product/master/v1/list-master-variation', body);
		const skus = emulator.store.products.slice(0, 21).map((product) => product.variations[0].sku);
		expect(await lookup({ masterSkus: skus })).toMatchObject({
			code: 'PARAMETER_ERROR',
			message: expect.stringContaining('20'),
		});
		const found = await lookup({ masterSkus: [...skus.slice(0, 2), 'NOPE'] });
		expect(found.data.map((variation) => variation.masterSku)).toEqual(skus.slice(0, 2));
	});

	it('keeps stock that really changes, within Ginee’s limits (pages under 50, 20 SKUs a call)', async () => {
		const warehouseId = 'WW64C000001CEDFD0000000001';
		const row = emulator.store.inventory.get(`${warehouseId}|BATIK-LP`);
		const available = () => row.warehouseStock - row.lockedStock - row.spareStock;
		expect(
			await call(emulator, '/openapi/warehouse-inventory/v1/sku/list', { warehouseId, size: 50 }),
		).toMatchObject({ code: 'PARAMETER_ERROR' });
		const tooMany = Array.from({ length: 21 }, (_, k) => ({ masterSku: `S${k}`, quantity: 1 }));
		expect(
			await call(emulator, '/openapi/warehouse-inventory/v1/product/stock/update', {
				warehouseId,
				stockList: tooMany,
			}),
		).toMatchObject({ code: 'PARAMETER_ERROR', message: expect.stringContaining('20') });
		const set = await call(emulator, '/openapi/warehouse-inventory/v1/product/stock/update', {
			warehouseId,
			stockList: [
				{ masterSku: 'BATIK-LP', quantity: 30 },
				{ masterSku: 'NOPE', quantity: 1 },
			],
		});
		expect(set.data.stockList).toEqual([
			expect.objectContaining({ masterSku: 'BATIK-LP', warehouseStock: 30 }),
		]);
		expect(set.data.failedList).toEqual([expect.objectContaining({ masterSku: 'NOPE' })]);
		const spare = async (action, quantity) =>
			await call(emulator, '/openapi/v1/oms/stock/spare-stock/update', {
				stockList: [{ masterSku: 'BATIK-LP', action, quantity, warehouseId }],
			});
		await spare('OVER_WRITE', 5);
		await spare('INCREASE', 2);
		expect(row.spareStock).toBe(7);
		expect((await spare('DECREASE', 9)).data.failedList).toEqual([
			{ masterSku: 'BATIK-LP', errorMessage: 'spare stock cannot be less than 0' },
		]);
		expect(row.spareStock).toBe(7);
		const [listed] = (
			await call(emulator, '/openapi/warehouse-inventory/v1/sku/list', {
				warehouseId,
				masterSkuList: ['BATIK-LP'],
			})
		).data.content;
		expect(listed.warehouseInventory.availableStock).toBe(available());
	});

	it('names order IDs to try that each operation accepts (what npm start prints)', async () => {
		const { shippable, shipped, manual } = emulator.trialOrders();
		expect(shippable.length).toBe(3);
		expect(new Set(shippable.map((order) => order.channel)).size).toBe(3);
		const ids = [...shippable, shipped, manual].map((order) => order.orderId);
		// all found by Get Details without Historical Data
		const found = await call(emulator, '/openapi/order/v1/batch-get', { orderIds: ids });
		expect(found.data.map((order) => order.orderId).sort()).toEqual([...ids].sort());
		for (const order of shippable)
			expect(
				await call(emulator, '/openapi/logistics/v1/get-shipping-parameter', {
					orderId: order.orderId,
				}),
			).toMatchObject({ code: 'SUCCESS' });
		expect(
			await call(emulator, '/openapi/order/v1/print', {
				orderId: shipped.orderId,
				documentType: 'LABEL',
			}),
		).toMatchObject({ code: 'SUCCESS' });
		expect(manual).toMatchObject({ channel: 'MANUAL_ID', orderStatus: 'PAID' });
	});

	it('delivers web hooks about its own orders, shops and channels, each with an ID of its own', async () => {
		const received = [];
		const receiver = await startLocalServer((req, res) => {
			let text = '';
			req.on('data', (chunk) => (text += chunk));
			req.on('end', () => {
				received.push(JSON.parse(text));
				res.end('{"status":true}');
			});
		});
		try {
			const deliver = (fields) =>
				fetch(`${emulator.url}/__emulator/deliver`, {
					method: 'POST',
					body: JSON.stringify({ url: receiver.url, entity: 'order', action: 'CREATE', ...fields }),
				}).then((response) => response.json());
			const [paid] = emulator.trialOrders().shippable;
			expect(await deliver({ orderId: paid.orderId })).toEqual([
				{ status: 200, body: { status: true } },
			]);
			await deliver({ orderId: paid.orderId });
			await deliver({ order: 3 });
			await deliver({ entity: 'delivery-order', orderId: paid.orderId });
			const [first, again, third, deliveryOrder] = received;
			const shop = emulator.store.shops.find((candidate) => candidate.shopId === paid.shopId);
			expect(first.payload).toEqual({
				orderId: paid.orderId,
				channel: paid.channel,
				shopId: shop.shopId,
				externalShopId: shop.externalShopId,
				orderStatus: 'PAID',
				createAt: paid.createAt,
				payAt: paid.payAt,
				lastUpdateAt: paid.lastUpdateAt,
			});
			expect(again.id).not.toBe(first.id);
			expect(emulator.store.orders.has(third.payload.orderId)).toBe(true);
			expect(deliveryOrder.payload).toMatchObject({
				sourceOrderId: paid.orderId,
				channel: paid.channel,
				orderItems: paid.items.map((item) =>
					expect.objectContaining({ inventorySku: item.masterSku, quantity: item.quantity }),
				),
			});
		} finally {
			await receiver.stop();
		}
	});

	it('injects latency, SERVICE_BUSY, 429, 500, dropped connections and hangs on demand', async () => {
		const p = '/openapi/shop/v1/list';
		emulator.injectFault({ kind: 'SERVICE_BUSY', path: p });
		expect(await call(emulator, p, {})).toMatchObject({ status: 200, code: 'SERVICE_BUSY' });
		emulator.injectFault({ kind: 'http429', path: p });
		expect(await call(emulator, p, {})).toMatchObject({ status: 429 });
		emulator.injectFault({ kind: 'http500', path: p });
		expect(await call(emulator, p, {})).toMatchObject({ status: 500 });
		emulator.injectFault({ kind: 'drop', path: p });
		await expect(call(emulator, p, {})).rejects.toThrow();
		emulator.injectFault({ kind: 'hang', path: p });
		await expect(
			fetch(`${emulator.url}${p}`, {
				method: 'POST',
				headers: sign(emulator, 'POST', p),
				body: '{}',
				signal: AbortSignal.timeout(300),
			}),
		).rejects.toThrow();
		emulator.injectFault({ kind: 'latency', path: p, ms: 200 });
		const started = Date.now();
		expect(await call(emulator, p, {})).toMatchObject({ code: 'SUCCESS' });
		expect(Date.now() - started).toBeGreaterThanOrEqual(190);
		expect(await call(emulator, p, {})).toMatchObject({ code: 'SUCCESS' });
		expect(emulator.calls(p)).toHaveLength(7);
	});
});

describe('Ginee emulator: order fulfilment', () => {
	const emulator = new GineeEmulator({ shipTaskMs: 200 });
	beforeAll(() => emulator.start());
	afterAll(() => emulator.stop());
	beforeEach(() => emulator.reset());
	const { PATHS } = require('../../../tools/ginee-emulator/paths');
	const find = (test) => [...emulator.store.orders.values()].find(test);
	const marketplace = (status) =>
		find((order) => order.channel !== 'MANUAL_ID' && order.orderStatus === status);

	it('accept moves a paid marketplace order to READY_TO_SHIP; anything else is BUSINESS_ERROR', async () => {
		const paid = marketplace('PAID');
		expect(await call(emulator, PATHS.acceptOrder, { orderId: paid.orderId })).toMatchObject({
			code: 'SUCCESS',
			data: paid.orderId,
		});
		expect(paid.orderStatus).toBe('READY_TO_SHIP');
		expect(await call(emulator, PATHS.acceptOrder, { orderId: paid.orderId })).toMatchObject({
			code: 'BUSINESS_ERROR',
			message: 'This order operation does not support',
		});
		expect(await call(emulator, PATHS.acceptOrder, { orderId: 'SO-NONE' })).toMatchObject({
			code: 'DATA_NOT_EXISTED',
		});
	});

	it('cancel checks the channel and its dictionary, and refuses a whole call when one order cannot go', async () => {
		const manual = manualOrder(emulator, 'PAID');
		const shipping = manualOrder(emulator, 'SHIPPING');
		const entry = (order, cancelId) => ({
			orderId: order.orderId,
			channelEnum: 'MANUAL_ID',
			cancelId,
		});
		expect(
			await call(emulator, PATHS.cancelOrder, { orderInfoList: [entry(manual, 'OUT_OF_STOCK')] }),
		).toMatchObject({ code: 'PARAMETER_ERROR' });
		const refused = await call(emulator, PATHS.cancelOrder, {
			orderInfoList: [entry(manual, 'MANUAL_BUSY'), entry(shipping, 'MANUAL_BUSY')],
		});
		expect(refused.code).toBe('BUSINESS_ERROR');
		expect(manual.orderStatus).toBe('PAID');
		expect(
			await call(emulator, PATHS.cancelOrder, { orderInfoList: [entry(manual, 'MANUAL_BUSY')] }),
		).toMatchObject({ code: 'SUCCESS', data: manual.orderId });
		expect(manual).toMatchObject({
			orderStatus: 'CANCELLED',
			cancelInfo: { cancelReason: 'MANUAL_BUSY' },
		});
	});

	it('move-shipped and completed: manual orders only, the answer lists the orders moved', async () => {
		const paid = manualOrder(emulator, 'PAID');
		const pending = manualOrder(emulator, 'PENDING_PAYMENT');
		const list = (...orders) => ({
			orderInfoList: orders.map((order) => ({ orderId: order.orderId, channelEnum: 'MANUAL_ID' })),
		});
		const moved = await call(emulator, PATHS.moveShipped, list(paid, pending));
		expect(moved.data).toEqual([{ id: paid.orderId, externalOrderSn: paid.externalOrderSn }]);
		expect([paid.orderStatus, pending.orderStatus]).toEqual(['SHIPPING', 'PENDING_PAYMENT']);
		expect(
			await call(emulator, PATHS.completeOrder, list(paid, marketplace('SHIPPING'))),
		).toMatchObject({
			code: 'CHANNEL_NOT_SUPPORT',
		});
		expect((await call(emulator, PATHS.completeOrder, list(paid))).data).toHaveLength(1);
		expect(paid.orderStatus).toBe('DELIVERED');
		const many = {
			orderInfoList: Array(21).fill({ orderId: paid.orderId, channelEnum: 'MANUAL_ID' }),
		};
		expect(await call(emulator, PATHS.moveShipped, many)).toMatchObject({
			code: 'PARAMETER_ERROR',
			message: 'orderInfoList cannot exceed 20',
		});
	});

	it('ShipOrder is a task: WAIT, then SUCCESS or FAILED per order; over 50 orders is refused', async () => {
		const ready = marketplace('READY_TO_SHIP');
		const delivered = marketplace('DELIVERED');
		const ship = (order) => ({
			orderId: order.orderId,
			deliveryType: 'DROP_OFF',
			shippingProviderId: 'LP1',
		});
		const { data: taskId } = await call(emulator, PATHS.batchShipping, {
			orderShips: [ship(ready), ship(delivered)],
		});
		expect((await call(emulator, PATHS.getShippingResult, { taskId })).data).toMatchObject({
			complete: false,
			detailList: [{ status: 'WAIT' }, { status: 'WAIT' }],
		});
		expect(ready.orderStatus).toBe('READY_TO_SHIP');
		await new Promise((resolve) => setTimeout(resolve, 250));
		expect((await call(emulator, PATHS.getShippingResult, { taskId })).data).toMatchObject({
			complete: true,
			detailList: [
				{ orderId: ready.orderId, status: 'SUCCESS' },
				{
					orderId: delivered.orderId,
					status: 'FAILED',
					errorMessage: 'The order is DELIVERED: it cannot be shipped',
				},
			],
		});
		expect(ready.orderStatus).toBe('SHIPPING');
		expect(
			await call(emulator, PATHS.batchShipping, {
				orderShips: [{ ...ship(ready), deliveryType: 'PICK_UP' }],
			}),
		).toMatchObject({
			code: 'PARAMETER_ERROR',
			message: 'orderShips[0].pickupTimeId is required for PICK_UP',
		});
		expect(
			await call(emulator, PATHS.batchShipping, { orderShips: Array(51).fill(ship(ready)) }),
		).toMatchObject({ code: 'PARAMETER_ERROR', message: 'orderShips cannot exceed 50' });
	});

	it('print gives a link to a real PDF, served without a signature; nothing to print is BUSINESS_ERROR', async () => {
		const ready = marketplace('READY_TO_SHIP');
		const { data } = await call(emulator, PATHS.printOrder, {
			orderId: ready.orderId,
			documentType: 'LABEL',
		});
		const pdf = await fetch(data.pdfUrl);
		expect(pdf.headers.get('content-type')).toBe('application/pdf');
		const bytes = Buffer.from(await pdf.arrayBuffer());
		expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
		expect(bytes.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
		expect((await fetch(`${emulator.url}/files/label-SO0.pdf`)).status).toBe(404);
		expect(
			await call(emulator, PATHS.printOrder, {
				orderId: marketplace('PENDING_PAYMENT').orderId,
				documentType: 'LABEL',
			}),
		).toMatchObject({ code: 'BUSINESS_ERROR', message: 'There is no printable order' });
	});

	it('GMV info sums per status and refuses more than 3 months', async () => {
		const to = new Date();
		const since = new Date(to.getTime() - 30 * 86_400_000);
		const { data } = await call(emulator, PATHS.gmvInfo, {
			createSince: since.toISOString(),
			createTo: to.toISOString(),
			orderStatuses: ['PAID'],
		});
		const expected = [...emulator.store.orders.values()]
			.filter(
				(order) => order.orderStatus === 'PAID' && Date.parse(order.createAt) >= since.getTime(),
			)
			.reduce((sum, order) => sum + order.totalAmount, 0);
		expect(data).toEqual({
			currency: 'IDR',
			countItems: [{ dimension: 'PAID', totalAmount: expected }],
		});
		expect(
			await call(emulator, PATHS.gmvInfo, {
				createSince: '2026-01-01T00:00:00Z',
				createTo: '2026-05-01T00:00:00Z',
				orderStatuses: ['PAID'],
			}),
		).toMatchObject({ code: 'PARAMETER_ERROR', message: 'date range cannot exceed 3 months' });
	});
});
