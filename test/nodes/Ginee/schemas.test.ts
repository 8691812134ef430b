// n8n's editor shows a node's schema preview (field names to drag into expressions before the node
// has run) from `__schema__/v<version>/<resource>/<operation>.json` beside the node. Each file here
// must describe what the operation really outputs with its defaults (Simplify on): derived from
// the output against the emulator. GINEE_WRITE_SCHEMAS=1 writes the files instead of checking them.
import type { IDataObject } from 'n8n-workflow';

import { runGinee, TEST_NODE } from '../../helpers/executeContext';
import { recentOrders, storedSchema, useEmulator, type Json } from '../../helpers/fixtures';

function merge(a: Json | undefined, b: Json): Json {
	if (!a || a.type === 'null') return b;
	if (b.type === 'null' || a.type !== b.type) return a;
	if (a.type === 'array') return { type: 'array', items: merge(a.items, b.items) };
	if (a.type !== 'object') return a;
	const properties: Json = { ...a.properties };
	for (const [key, value] of Object.entries(b.properties as Json))
		properties[key] = merge(properties[key], value);
	return { type: 'object', properties: sortKeys(properties) };
}

function sortKeys(object: Json): Json {
	return Object.fromEntries(Object.entries(object).sort(([x], [y]) => x.localeCompare(y)));
}

function schemaOf(value: unknown): Json {
	if (value === null || value === undefined) return { type: 'null' };
	if (Array.isArray(value))
		return {
			type: 'array',
			items:
				value.reduce<Json | undefined>((acc, entry) => merge(acc, schemaOf(entry)), undefined) ??
				{},
		};
	if (typeof value === 'object')
		return {
			type: 'object',
			properties: sortKeys(
				Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, schemaOf(entry)])),
			),
		};
	return { type: typeof value };
}

const WAREHOUSE = 'WW64C000001CEDFD0000000001';

// n8n reads the preview of the node's version from __schema__/v<version as x.y.z>/
describe('schema previews for the editor', () => {
	const emulator = useEmulator();
	const output = async (parameters: IDataObject) =>
		(await runGinee(emulator, { parameters })).map((item) => JSON.parse(JSON.stringify(item.json)));

	const manualOrderBody = (orderId: string) => ({
		id: orderId,
		externalOrderSn: 'MAN-1',
		customerName: 'Dewi',
		customerEmail: 'dewi@example.test',
		customerMobile: '+6281311213777',
		paymentMethod: 'PREPAY',
		payAmount: 1,
		payAtDatetime: '2026-11-21T08:00:00Z',
		orderItems: [{ id: 'OI1', sku: 'S', quantity: 1, actualPrice: 1, warehouseId: 'W' }],
		shippingAddress: {
			id: 'A',
			name: 'Dewi',
			phoneNumber: '+6281311213777',
			country: 'Indonesia',
			province: 'Bali',
			city: 'Denpasar',
		},
	});

	it.each<[string, () => Promise<Json[]>]>([
		[
			'order/getDetails',
			async () =>
				(
					await output({
						resource: 'order',
						operation: 'getDetails',
						lookupBy: 'orderIds',
						orderIds: recentOrders(emulator, 100).map((order) => order.orderId),
					})
				).filter((order) => !order.notFound), // found orders only: what a user maps from
		],
		[
			'order/getMany',
			async () =>
				await output({
					resource: 'order',
					operation: 'getMany',
					period: 'last7Days',
					returnAll: true,
				}),
		],
		[
			'order/updateManualOrder',
			async () => {
				const order = [...emulator.store.orders.values()].find(
					(candidate) => candidate.channel === 'MANUAL_ID' && candidate.orderStatus === 'PAID',
				) as Json;
				return await output({
					resource: 'order',
					operation: 'updateManualOrder',
					bodySource: 'json',
					jsonBody: JSON.stringify(manualOrderBody(order.orderId)),
				});
			},
		],
		...(
			[
				[
					'accept',
					(order: Json) => order.channel !== 'MANUAL_ID' && order.orderStatus === 'PAID',
					{},
				],
				[
					'cancel',
					(order: Json) => order.channel === 'MANUAL_ID' && order.orderStatus === 'PAID',
					{ cancelReason: 'MANUAL_BUSY' },
				],
				[
					'markShipped',
					(order: Json) => order.channel === 'MANUAL_ID' && order.orderStatus === 'PAID',
					{},
				],
				[
					'complete',
					(order: Json) => order.channel === 'MANUAL_ID' && order.orderStatus === 'SHIPPING',
					{},
				],
				[
					'printDocument',
					(order: Json) => order.channel !== 'MANUAL_ID' && order.orderStatus === 'SHIPPING',
					{ documentType: 'LABEL', download: false },
				],
				[
					'getShippingOptions',
					(order: Json) => order.channel !== 'MANUAL_ID' && order.orderStatus === 'READY_TO_SHIP',
					{},
				],
				[
					'ship',
					(order: Json) => order.channel !== 'MANUAL_ID' && order.orderStatus === 'READY_TO_SHIP',
					{ deliveryType: 'DROP_OFF', shippingProviderId: 'LP1' },
				],
			] as Array<[string, (order: Json) => boolean, IDataObject]>
		).map(([operation, fits, parameters]): [string, () => Promise<Json[]>] => [
			`order/${operation}`,
			async () => {
				const order = recentOrders(emulator).find(fits) as Json;
				return await output({
					resource: 'order',
					operation,
					orderId: order.orderId,
					options: {},
					...parameters,
				});
			},
		]),
		[
			'order/createManualOrder',
			async () => {
				const shop = emulator.store.shops.find((candidate) => candidate.channel === 'MANUAL_ID');
				const { id, ...body } = manualOrderBody('');
				void id;
				const { id: addressId, ...shippingAddress } = body.shippingAddress;
				void addressId;
				return await output({
					resource: 'order',
					operation: 'createManualOrder',
					bodySource: 'json',
					jsonBody: JSON.stringify({
						...body,
						shopId: shop?.shopId,
						orderItems: body.orderItems.map(({ id: itemId, ...item }) => (void itemId, item)),
						shippingAddress,
					}),
				});
			},
		],
		[
			'order/getSalesSummary',
			async () =>
				await output({
					resource: 'order',
					operation: 'getSalesSummary',
					period: 'last7Days',
					statuses: ['PAID', 'READY_TO_SHIP', 'SHIPPING', 'DELIVERED'],
				}),
		],
		[
			'product/getMany',
			async () => await output({ resource: 'product', operation: 'getMany', returnAll: true }),
		],
		[
			'product/get',
			async () =>
				await output({
					resource: 'product',
					operation: 'get',
					productId: emulator.store.products[0].productId,
				}),
		],
		[
			'product/findBySku',
			async () =>
				await output({
					resource: 'product',
					operation: 'findBySku',
					lookupBy: 'masterSkus',
					masterSkus: emulator.store.products[0].variations.map((v: Json) => v.sku),
				}),
		],
		[
			'price/getMany',
			async () =>
				await output({ resource: 'price', operation: 'getMany', searchBy: 'all', returnAll: true }),
		],
		[
			'price/update',
			async () => {
				emulator.setPriceTaskMs(0);
				return await output({
					resource: 'price',
					operation: 'update',
					sku: 'BATIK-LP',
					masterPrice: '199000',
					options: { waitSeconds: 5 },
				});
			},
		],
		[
			'product/delete',
			async () => {
				emulator.setProductDeleteTaskMs(0);
				const product = (emulator.store.products as Json[])[30];
				const skus = new Set((product.variations as Json[]).map((variation) => variation.sku));
				for (const row of ((emulator.store as Json).inventory as Map<string, Json>).values())
					if (skus.has(row.masterSku)) row.warehouseStock = 0;
				return await output({
					resource: 'product',
					operation: 'delete',
					productId: product.productId,
					options: { waitSeconds: 5 },
				});
			},
		],
		[
			'warehouseDocument/getOrderOutbound',
			async () =>
				await output({
					resource: 'warehouseDocument',
					operation: 'getOrderOutbound',
					orderId: [...emulator.store.orders.values()].find(
						(order: Json) => order.orderStatus === 'SHIPPING',
					)?.orderId,
				}),
		],
		[
			'product/create',
			async () => {
				emulator.setProductCreateTaskMs(0);
				return await output({
					resource: 'product',
					operation: 'create',
					name: 'Kemeja Contoh',
					spu: 'CONTOH',
					variations: {
						variation: [{ sku: 'CONTOH-M', sellingPrice: '150000', purchasePrice: '90000' }],
					},
					options: { waitSeconds: 5 },
				});
			},
		],
		[
			'product/update',
			async () =>
				await output({
					resource: 'product',
					operation: 'update',
					productId: emulator.store.products[0].productId,
					updateFields: { description: '<p>Baru</p>' },
				}),
		],
		[
			'warehouseDocument/receiveStock',
			async () =>
				await output({
					resource: 'warehouseDocument',
					operation: 'receiveStock',
					warehouseId: { __rl: true, mode: 'id', value: WAREHOUSE },
					lines: { line: [{ sku: 'BATIK-LP', quantity: '12', unitCost: '45000' }] },
					options: { documentNumber: 'GRN-1' },
				}),
		],
		[
			'warehouseDocument/sendOutStock',
			async () =>
				await output({
					resource: 'warehouseDocument',
					operation: 'sendOutStock',
					warehouseId: { __rl: true, mode: 'id', value: WAREHOUSE },
					lines: { line: [{ sku: 'BATIK-LP', quantity: '1', unitCost: '0' }] },
					options: { documentNumber: 'OUT-1' },
				}),
		],
		[
			'warehouseDocument/executeOutboundOrder',
			async () => {
				const [waiting] = await output({
					resource: 'warehouseDocument',
					operation: 'sendOutStock',
					warehouseId: { __rl: true, mode: 'id', value: WAREHOUSE },
					lines: { line: [{ sku: 'BATIK-LP', quantity: '1', unitCost: '0' }] },
					options: { executeNow: false },
				});
				return await output({
					resource: 'warehouseDocument',
					operation: 'executeOutboundOrder',
					outboundOrderId: waiting.outboundOrderId,
				});
			},
		],
		[
			'warehouseDocument/getInboundOrder',
			async () => {
				const [received] = await output({
					resource: 'warehouseDocument',
					operation: 'receiveStock',
					warehouseId: { __rl: true, mode: 'id', value: WAREHOUSE },
					lines: { line: [{ sku: 'BATIK-LP', quantity: '12', unitCost: '45000', remark: 'ok' }] },
					options: { waybillNumber: 'JNE1', remark: 'first delivery' },
				});
				return await output({
					resource: 'warehouseDocument',
					operation: 'getInboundOrder',
					inboundOrderId: received.inboundOrderId,
				});
			},
		],
		[
			'inventory/getMany',
			async () =>
				await output({
					resource: 'inventory',
					operation: 'getMany',
					warehouseId: { __rl: true, mode: 'id', value: WAREHOUSE },
					returnAll: true,
				}),
		],
		[
			'inventory/addToWarehouse',
			async () => {
				const inventory = (emulator.store as Json).inventory as Map<string, Json>;
				const sku = [...inventory.values()]
					.map((row) => row.masterSku as string)
					.find((candidate) => !inventory.has(`WW64C000002CEDFD0000000002|${candidate}`));
				return await output({
					resource: 'inventory',
					operation: 'addToWarehouse',
					warehouseId: { __rl: true, mode: 'id', value: 'WW64C000002CEDFD0000000002' },
					sku,
				});
			},
		],
		[
			'inventory/getStockBySku',
			async () =>
				await output({ resource: 'inventory', operation: 'getStockBySku', masterSkus: 'BATIK-LP' }),
		],
		[
			'inventory/setWarehouseStock',
			async () =>
				await output({
					resource: 'inventory',
					operation: 'setWarehouseStock',
					warehouseId: { __rl: true, mode: 'id', value: WAREHOUSE },
					sku: 'BATIK-LP',
					quantity: 10,
				}),
		],
		[
			'inventory/updateSpareStock',
			async () =>
				await output({
					resource: 'inventory',
					operation: 'updateSpareStock',
					warehouseId: { __rl: true, mode: 'id', value: WAREHOUSE },
					sku: 'BATIK-LP',
					spareAction: 'OVER_WRITE',
					spareQuantity: 1,
				}),
		],
		[
			'shop/getMany',
			async () => await output({ resource: 'shop', operation: 'getMany', returnAll: true }),
		],
	])('%s.json describes the operation’s output', async (name, produce) => {
		const items = await produce();
		expect(items.length).toBeGreaterThan(0);
		const derived = items.reduce<Json | undefined>(
			(acc, item) => merge(acc, schemaOf(item)),
			undefined,
		);
		expect(storedSchema(TEST_NODE.typeVersion, name, derived as Json)).toEqual(derived);
	});
});
