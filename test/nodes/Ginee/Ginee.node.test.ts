import type { IDataObject, INodeExecutionData, INodePropertyOptions } from 'n8n-workflow';

import { Ginee } from '../../../nodes/Ginee/Ginee.node';
import { runGinee as run } from '../../helpers/executeContext';
import {
	credentialsFor,
	getDetailsParameters,
	PATHS,
	recentOrders,
	updateManualOrderParameters,
	useEmulator,
	type Json,
} from '../../helpers/fixtures';

const BATCH_GET = PATHS.batchGet;
const UPDATE = PATHS.updateManualOrder;

const items = (count: number): INodeExecutionData[] =>
	Array.from({ length: count }, (_, index) => ({ json: { index } }));

describe('Ginee node against the emulator over HTTP', () => {
	const emulator = useEmulator();
	let recent: IDataObject[];
	beforeEach(() => {
		recent = recentOrders(emulator);
	});

	it('looks up 250 ids from 250 input items in 3 batch-get calls and gives each item its own order', async () => {
		const ids = recent.slice(0, 250).map((order) => order.orderId as string);
		const output = await run(emulator, {
			items: items(250),
			parameters: (i) =>
				getDetailsParameters([ids[i]], {
					output: 'raw',
				}),
		});
		const calls = emulator.calls(BATCH_GET);
		expect(calls).toHaveLength(3);
		expect(calls.map((call) => call.body.orderIds.length).sort()).toEqual([100, 100, 50]);
		expect(output).toHaveLength(250);
		output.forEach((item, index) => {
			expect(item.pairedItem).toEqual({ item: index });
			expect(item.json.orderId).toBe(ids[index]);
		});
	});

	it('drops repeated ids, takes comma lists and arrays, and reports ids Ginee did not return', async () => {
		const [a, b, c] = recent.map((order) => order.orderId as string);
		const output = await run(emulator, {
			items: items(2),
			parameters: (i) => getDetailsParameters(i === 0 ? [`${a}, ${b}`, a] : [[c, 'SO-MISSING']]),
		});
		expect(emulator.calls(BATCH_GET)).toHaveLength(1);
		expect(emulator.calls(BATCH_GET)[0].body.orderIds).toEqual([a, b, c, 'SO-MISSING']);
		expect(
			output.map((item) => [item.pairedItem, item.json.orderId, item.json.notFound ?? false]),
		).toEqual([
			[{ item: 0 }, a, false],
			[{ item: 0 }, b, false],
			[{ item: 1 }, c, false],
			[{ item: 1 }, 'SO-MISSING', true],
		]);
		expect(output[3].json.message).toContain('Historical Data');
	});

	it('fails the item when asked to, naming the ids not found', async () => {
		await expect(
			run(emulator, {
				parameters: getDetailsParameters(['SO-GONE-1', 'SO-GONE-2'], {
					options: { onNotFound: 'error' },
				}),
			}),
		).rejects.toThrow('Ginee did not return 2 of the requested orders: SO-GONE-1, SO-GONE-2');
	});

	it('sends historicalData and includedSection on the wire', async () => {
		const old = [...emulator.store.orders.values()].find(
			(order) => !recent.includes(order) && order.channel === 'TIKTOK_ID',
		) as IDataObject;
		const output = await run(emulator, {
			parameters: getDetailsParameters([old.orderId], {
				output: 'raw',
				options: { historicalData: true, includeShippingDocumentInfo: true },
			}),
		});
		expect(emulator.calls(BATCH_GET)[0].body).toEqual({
			orderIds: [old.orderId],
			historicalData: true,
			includedSection: ['SHIPPING_DOCUMENT_INFO'],
		});
		expect(output[0].json.shippingDocumentInfo).toMatchObject({ serviceType: expect.any(String) });
	});

	it('looks up channel order ids in a shop, and needs the shop before sending anything', async () => {
		const order = recent.find((candidate) => candidate.externalOrderId) as IDataObject;
		const output = await run(emulator, {
			parameters: {
				resource: 'order',
				operation: 'getDetails',
				lookupBy: 'channelOrderIds',
				shopId: { __rl: true, mode: 'list', value: order.shopId },
				channelOrderIds: `${order.externalOrderId}`,
				options: {},
			},
		});
		expect(emulator.calls(BATCH_GET)[0].body).toEqual({
			shopId: order.shopId,
			channelOrderIds: [order.externalOrderId],
		});
		expect(output[0].json.orderId).toBe(order.orderId);
		await expect(
			run(emulator, {
				parameters: {
					resource: 'order',
					operation: 'getDetails',
					lookupBy: 'channelOrderIds',
					shopId: { __rl: true, mode: 'id', value: ' ' },
					channelOrderIds: ['1'],
					options: {},
				},
			}),
		).rejects.toThrow("'Shop' is required to look up channel order IDs");
		expect(emulator.calls(BATCH_GET)).toHaveLength(1);
	});

	it('simplifies each order to the ten fields a team acts on, read from where Ginee puts them', async () => {
		const orders = recentOrders(emulator).slice(0, 2);
		const output = await run(emulator, {
			parameters: getDetailsParameters(
				orders.map((order) => order.orderId),
				{ output: 'simplified' },
			),
		});
		expect(output).toHaveLength(2);
		output.forEach((item, index) => {
			const order = orders[index];
			expect(item.json).toEqual({
				orderId: order.orderId,
				marketplaceOrderNumber: order.externalOrderSn,
				marketplace: expect.any(String),
				country: 'ID',
				status: order.orderStatus,
				createdAt: order.createAt,
				total: order.totalAmount ?? order.paymentInfo.totalAmount,
				buyerName: order.customerInfo.name,
				trackingNumber: order.logisticsInfos?.[0]?.logisticsTrackingNumber ?? null,
				items: order.items.map((line: Json) => ({
					sku: line.sku,
					productName: line.productName,
					quantity: line.quantity,
					actualPrice: line.actualPrice,
				})),
			});
		});
	});

	it('points n8n’s injected Custom API Call at the HTTP Request node, sending nothing', async () => {
		const error = await run(emulator, {
			parameters: { resource: 'order', operation: '__CUSTOM_API_CALL__' },
		}).catch((caught) => caught);
		expect(error.message).toBe('Custom API Call runs in an HTTP Request node');
		expect(error.description).toContain("Credential Type to 'Ginee API'");
		expect(emulator.requests).toHaveLength(0);
	});

	it('shows a readable error for a bad signature, without the secret', async () => {
		const error = await run(emulator, {
			credentials: credentialsFor(emulator, { secretKey: 'wrong-secret-xyz' }),
			parameters: getDetailsParameters(['X']),
		}).catch((caught) => caught);
		expect(error.message).toBe('Ginee error UNAUTHORIZED: Signature verification failed');
		expect(error.description).toContain('Access Key, Secret Key and Country');
		expect(JSON.stringify(error)).not.toContain('wrong-secret-xyz');
		expect(JSON.stringify(error)).not.toContain(emulator.account.secretKey);
	});

	it('updates a manual order so that a later Get Details shows the change, in UTC', async () => {
		const order = recent.find(
			(o) => o.channel === 'MANUAL_ID' && o.orderStatus === 'PAID',
		) as IDataObject & { items: IDataObject[] };
		const output = await run(emulator, {
			parameters: updateManualOrderParameters(order),
			timezone: 'Asia/Jakarta',
		});
		expect(output).toEqual([
			{
				json: { orderId: order.orderId, transactionId: expect.any(String) },
				pairedItem: { item: 0 },
			},
		]);
		const sent = emulator.calls(UPDATE)[0].body;
		expect(sent.payAtDatetime).toBe('2026-11-20T10:30:00.000Z');
		expect(sent.orderItems).toEqual([
			{
				id: order.items[0].itemId,
				sku: 'BATIK-LP',
				quantity: 3,
				actualPrice: 100000,
				warehouseId: 'WW1',
			},
		]);
		expect(sent.shippingAddress).not.toHaveProperty('district');
		const [after] = await run(emulator, {
			parameters: getDetailsParameters([order.orderId], {
				output: 'raw',
			}),
		});
		expect(after.json).toMatchObject({
			externalOrderSn: 'MAN-EDITED-7',
			payAt: '2026-11-20T10:30:00.000Z',
			extraInfo: { noteBySeller: 'Packed twice' },
		});
		expect((after.json.logisticsInfos as IDataObject[])[0]).toMatchObject({
			logisticsProviderName: 'J&T Express_ID',
			logisticsTrackingNumber: 'JT123',
		});
	});

	it('takes the whole body as JSON, including the example’s payRecords array', async () => {
		const order = [...emulator.store.orders.values()].find(
			(o) => o.channel === 'MANUAL_ID' && o.orderStatus === 'PENDING_PAYMENT',
		) as IDataObject & { items: IDataObject[] };
		const body = {
			id: order.orderId,
			externalOrderSn: 'J-1',
			customerName: 'A',
			customerEmail: 'a@example.test',
			customerMobile: '+62811',
			paymentMethod: 'COD',
			payAmount: '10.5',
			payAtDatetime: '2026-11-20T10:00:00Z',
			orderItems: [
				{ id: order.items[0].itemId, sku: 'S', quantity: '1', actualPrice: 10.5, warehouseId: 'W' },
			],
			shippingAddress: {
				id: 'A',
				name: 'A',
				phoneNumber: '1',
				country: 'Indonesia',
				province: 'Bali',
				city: 'Denpasar',
			},
			payRecords: [
				{
					payAtDatetime: '2024-03-31T03:55:28.669Z',
					payAmount: '3000',
					paymentMethod: 'PREPAY',
					paySerialNumber: '158',
				},
			],
		};
		await run(emulator, {
			parameters: {
				resource: 'order',
				operation: 'updateManualOrder',
				bodySource: 'json',
				jsonBody: JSON.stringify(body),
				options: {},
			},
		});
		const sent = emulator.calls(UPDATE)[0].body;
		expect(sent).toMatchObject({
			payAmount: 10.5,
			payRecords: [
				{ payAmount: 3000, paymentMethod: 'PREPAY', payAtDatetime: '2024-03-31T03:55:28.669Z' },
			],
		});
	});

	it.each<[string, IDataObject, string]>([
		[
			'a missing customer name',
			{ customerName: '' },
			"'Customer Name' is required (Ginee field: customerName)",
		],
		[
			'an unknown payment method',
			{ paymentMethod: 'CARD' },
			`'Payment Method' must be PREPAY or COD, got "CARD" (Ginee field: paymentMethod)`,
		],
		[
			'a negative amount',
			{ payAmount: -5 },
			"'Pay Amount' must be a decimal number of at least 0, got -5 (Ginee field: payAmount)",
		],
		[
			'a hexadecimal amount',
			{ payAmount: '0x1F' },
			`'Pay Amount' must be a decimal number of at least 0, got "0x1F" (Ginee field: payAmount)`,
		],
		['a binary amount', { payAmount: '0b101' }, 'got "0b101" (Ginee field: payAmount)'],
		['an amount with an exponent', { payAmount: '1e3' }, 'got "1e3" (Ginee field: payAmount)'],
		[
			'a quantity of 0',
			{
				orderItems: {
					item: [{ id: 'OI1', sku: 'A', quantity: 0, actualPrice: 1, warehouseId: 'W' }],
				},
			},
			"'Order Items' item 1: 'Quantity' must be a whole number of at least 1, got 0 (Ginee field: orderItems[0].quantity)",
		],
		[
			'a quantity of 2.5',
			{
				orderItems: {
					item: [{ id: 'OI1', sku: 'A', quantity: 2.5, actualPrice: 1, warehouseId: 'W' }],
				},
			},
			'got 2.5 (Ginee field: orderItems[0].quantity)',
		],
		[
			'a quantity of 1e308',
			{
				orderItems: {
					item: [{ id: 'OI1', sku: 'A', quantity: 1e308, actualPrice: 1, warehouseId: 'W' }],
				},
			},
			'got 1e+308 (Ginee field: orderItems[0].quantity)',
		],
		[
			'an order item without its ID (labelled as its field)',
			{
				orderItems: {
					item: [{ id: ' ', sku: 'A', quantity: 1, actualPrice: 1, warehouseId: 'W' }],
				},
			},
			"'Order Items' item 1: 'Order Item ID' is required (Ginee field: orderItems[0].id)",
		],
		['an order id that is NaN', { id: NaN }, "'Order ID' must be text, got NaN (Ginee field: id)"],
		[
			'an order id that is Infinity',
			{ id: Infinity },
			"'Order ID' must be text, got Infinity (Ginee field: id)",
		],
		[
			'February 30th with a zone',
			{ payAtDatetime: '2024-02-30T10:00:00Z' },
			"'Pay At' must be a real date and time",
		],
		[
			'24:00 with a zone',
			{ payAtDatetime: '2026-11-20T24:00:00Z' },
			"'Pay At' must be a real date and time",
		],
		[
			'a time that is not ISO-8601',
			{ payAtDatetime: '20/11/2026' },
			`'Pay At' must be a real date and time such as 2024-03-31T03:55:28Z, got "20/11/2026" (Ginee field: payAtDatetime)`,
		],
		[
			'no order items',
			{ orderItems: {} },
			"'Order Items' is empty: add at least one order item (Ginee field: orderItems)",
		],
		[
			'an item without SKU',
			{
				orderItems: {
					item: [
						{ id: 'OI1', sku: 'A', quantity: 1, actualPrice: 1, warehouseId: 'W' },
						{ id: 'OI2', sku: '', quantity: 1, actualPrice: 1, warehouseId: 'W' },
					],
				},
			},
			"'Order Items' item 2: 'SKU' is required (Ginee field: orderItems[1].sku)",
		],
		[
			'a non-numeric price',
			{
				orderItems: {
					item: [{ id: 'OI1', sku: 'A', quantity: 1, actualPrice: 'ten', warehouseId: 'W' }],
				},
			},
			`'Order Items' item 1: 'Actual Price' must be a decimal number of at least 0, got "ten" (Ginee field: orderItems[0].actualPrice)`,
		],
		[
			'no shipping address',
			{ shippingAddress: {} },
			"'Shipping Address' is required (Ginee field: shippingAddress)",
		],
		[
			'a shipping address without city',
			{
				shippingAddress: {
					address: {
						id: 'A',
						name: 'A',
						phoneNumber: '1',
						country: 'Indonesia',
						province: 'Bali',
						city: '',
					},
				},
			},
			"'Shipping Address': 'City' is required (Ginee field: shippingAddress.city)",
		],
		[
			'an order payment without serial number',
			{
				additionalFields: {
					orderPayment: {
						payment: {
							paySerialNumber: '',
							currency: 'IDR',
							totalDiscounts: 0,
							taxationFee: 0,
							insuranceFee: 0,
							commissionFee: 0,
							serviceFee: 0,
						},
					},
				},
			},
			"'Fees and Discounts': 'Pay Serial Number' is required (Ginee field: orderPayment.paySerialNumber)",
		],
		[
			'a pay record with a bad time',
			{
				additionalFields: {
					orderPayRecord: { record: { payAtDatetime: 'soon', payAmount: 1, paymentMethod: 'COD' } },
				},
			},
			"'Payment Record': 'Pay At' must be a real date and time",
		],
		[
			'payRecords that are not JSON',
			{ additionalFields: { payRecords: '[{' } },
			"'Payment Records (JSON)' is not valid JSON (Ginee field: payRecords)",
		],
		[
			'both forms of the payment',
			{
				additionalFields: {
					orderPayRecord: {
						record: { payAtDatetime: '2026-11-20T09:00:00Z', payAmount: 1, paymentMethod: 'COD' },
					},
					payRecords: JSON.stringify([
						{ payAtDatetime: '2026-11-20T09:00:00Z', payAmount: 1, paymentMethod: 'COD' },
					]),
				},
			},
			"'Payment Records (JSON)' is set as well as 'Payment Record': use only one of them",
		],
	])('refuses %s, naming the field, and sends nothing', async (_case, overrides, message) => {
		const order = [...emulator.store.orders.values()].find(
			(o) => o.channel === 'MANUAL_ID',
		) as IDataObject & { items: IDataObject[] };
		await expect(
			run(emulator, { parameters: updateManualOrderParameters(order, overrides) }),
		).rejects.toThrow(message);
		expect(emulator.requests).toHaveLength(0);
	});

	it('explains CHANNEL_NOT_SUPPORT with a hint', async () => {
		const shipping = [...emulator.store.orders.values()].find(
			(o) => o.channel === 'MANUAL_ID' && o.orderStatus === 'SHIPPING',
		) as IDataObject & { items: IDataObject[] };
		const error = await run(emulator, { parameters: updateManualOrderParameters(shipping) }).catch(
			(caught) => caught,
		);
		expect(error.message).toBe(
			'Ginee error CHANNEL_NOT_SUPPORT: This order operation channel does not support',
		);
		expect(error.description).toContain('PAID, PENDING_PAYMENT or PARTIALLY_PAID');
		// n8n's error panel shows httpCode as "Error code": Ginee's code, not the HTTP 200 it came in
		expect(error.httpCode).toBe('CHANNEL_NOT_SUPPORT');
	});

	it.each(['http500', 'drop', 'hang'])(
		'never sends a write twice after %s, and says it may have been applied',
		async (kind) => {
			const order = [...emulator.store.orders.values()].find(
				(o) => o.channel === 'MANUAL_ID' && o.orderStatus === 'PAID',
			) as IDataObject & { items: IDataObject[] };
			emulator.injectFault({ kind, path: UPDATE });
			const error = await run(emulator, {
				parameters: updateManualOrderParameters(order, { options: { timeout: 1000 } }),
			}).catch((caught) => caught);
			expect(emulator.calls(UPDATE)).toHaveLength(1);
			expect(error.message).toMatch(
				kind === 'http500'
					? /^Ginee answered HTTP 500 \(INTERNAL_ERROR: .*\): the change may already have been applied$/
					: /^No answer from Ginee \(.*\): the change may already have been applied$/,
			);
			expect(error.description).toMatch(
				/Check (in Ginee whether it was applied|the record in Ginee)/,
			);
		},
	);

	it.each(['http429', 'SERVICE_BUSY'])(
		'sends a write again after %s (Ginee did nothing), and applies it once',
		async (kind) => {
			const order = [...emulator.store.orders.values()].find(
				(o) => o.channel === 'MANUAL_ID' && o.orderStatus === 'PAID',
			) as IDataObject & { items: IDataObject[] };
			emulator.injectFault({ kind, path: UPDATE });
			const output = await run(emulator, { parameters: updateManualOrderParameters(order) });
			expect(output[0].json.orderId).toBe(order.orderId);
			expect(emulator.calls(UPDATE)).toHaveLength(2);
		},
	);

	it('with continueOnFail, one bad item out of ten leaves nine good results, each paired', async () => {
		const manual = [...emulator.store.orders.values()]
			.filter(
				(o) =>
					o.channel === 'MANUAL_ID' &&
					['PAID', 'PENDING_PAYMENT', 'PARTIALLY_PAID'].includes(o.orderStatus as string),
			)
			.slice(0, 10) as Array<IDataObject & { items: IDataObject[] }>;
		const output = await run(emulator, {
			items: items(10),
			continueOnFail: true,
			parameters: (i) =>
				updateManualOrderParameters(manual[i], i === 4 ? { customerEmail: '' } : {}),
		});
		expect(output).toHaveLength(10);
		expect(output.filter((item) => item.json.orderId)).toHaveLength(9);
		expect(output[4]).toEqual({
			json: {
				error: "'Customer Email' is required (Ginee field: customerEmail)",
				mayHaveBeenApplied: false,
			},
			// what n8n's "Continue (using error output)" routes by
			error: expect.objectContaining({
				message: "'Customer Email' is required (Ginee field: customerEmail)",
			}),
			pairedItem: { item: 4 },
		});
		output.forEach((item, index) => expect(item.pairedItem).toEqual({ item: index }));
		expect(emulator.calls(UPDATE)).toHaveLength(9);
	});

	it('with continueOnFail, a failed Get Details item does not lose the others', async () => {
		const ids = recent.slice(0, 10).map((order) => order.orderId as string);
		const output = await run(emulator, {
			items: items(10),
			continueOnFail: true,
			parameters: (i) => getDetailsParameters(i === 3 ? [] : [ids[i]]),
		});
		expect(output).toHaveLength(10);
		expect(output[3]).toEqual({
			json: { error: "'Order IDs' is empty: give at least one ID" },
			pairedItem: { item: 3 },
		});
		expect(output.filter((item) => item.json.orderId)).toHaveLength(9);
	});
});

describe('canvas subtitle', () => {
	it("names each operation by its action (one literal, n8n's lint rule wants it so)", () => {
		const { description } = new Ginee();
		const mapping = JSON.parse(
			String(description.subtitle).match(/^=\{\{ (\{.*\})\[\$parameter/)?.[1] ?? '{}',
		) as Record<string, string>;
		const actions = Object.fromEntries(
			description.properties
				.filter((property) => property.name === 'operation')
				.flatMap((property) =>
					(property.options as INodePropertyOptions[]).map((option) => [
						`${property.displayOptions?.show?.resource?.[0]}:${option.value}`,
						option.action,
					]),
				),
		);
		expect(Object.keys(actions)).toHaveLength(31);
		expect(mapping).toEqual(actions);
	});
});
