'use strict';
// The Ginee node: reads, writes, binary data, errors, inside a real n8n (the pinned version and an older line, installed as
// the Community Nodes installer does), talking HTTP to the Ginee emulator.
const {
	DAY,
	PATHS,
	getDetailsParameters,
	recentOrders,
	shippedManualOrderUpdate,
} = require('../helpers/shared');
const { GINEE_NODE_VERSION, gineeWorkflow } = require('../../tools/n8n-harness/workflows');
const { insideN8n } = require('./insideN8n');

jest.setTimeout(600_000);

const BATCH_GET = PATHS.batchGet;
const UPDATE = PATHS.updateManualOrder;

insideN8n(({ setup, emulator, n8n, recent, updateFromJsonWorkflow }) => {
	describe('Ginee node', () => {
		it('looks up 250 ids over 250 input items in 3 batch-get calls, each order paired to its item', async () => {
			const workflow = gineeWorkflow(
				'Get Details x250',
				'get-details',
				setup.credential,
				getDetailsParameters('={{ $json.id }}', {
					output: 'simplified',
				}),
			);
			workflow.nodes.push({
				id: 'pair',
				name: 'Requested',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				position: [600, 0],
				parameters: {
					mode: 'manual',
					assignments: {
						assignments: [
							{
								id: 'r',
								name: 'requestedId',
								value: "={{ $('Split Out').item.json.id }}",
								type: 'string',
							},
							{ id: 'o', name: 'orderId', value: '={{ $json.orderId }}', type: 'string' },
						],
					},
					options: {},
				},
			});
			workflow.connections.Ginee = { main: [[{ node: 'Requested', type: 'main', index: 0 }]] };
			await n8n.createWorkflow(workflow, { activate: true });
			const ids = recent.slice(0, 250).map((order) => order.orderId);
			const answer = await n8n.postWebhook('get-details', { items: ids.map((id) => ({ id })) });
			expect(answer.status).toBe(200);
			expect(emulator.calls(BATCH_GET)).toHaveLength(3);
			expect(answer.body).toHaveLength(250);
			answer.body.forEach((row, index) =>
				expect(row).toEqual({ requestedId: ids[index], orderId: ids[index] }),
			);
		});

		it('Output: Simplified (a seller’s words) by default, Raw as Ginee sends it, Selected Fields exactly', async () => {
			const ids = recent.slice(0, 3).map((order) => order.orderId);
			const run = async (webhookPath, parameters) => {
				await n8n.createWorkflow(
					gineeWorkflow(`Output ${webhookPath}`, webhookPath, setup.credential, parameters),
					{ activate: true },
				);
				const answer = await n8n.postWebhook(webhookPath, { items: [{ ids }] });
				expect(answer.status).toBe(200);
				return answer.body;
			};
			const simplified = await run('output-default', getDetailsParameters('={{ $json.ids }}'));
			const selected = await run(
				'output-fields',
				getDetailsParameters('={{ $json.ids }}', {
					output: 'fields',
					fields: ['orderStatus', 'shippingAddressInfo'],
				}),
			);
			const raw = await run(
				'output-raw',
				getDetailsParameters('={{ $json.ids }}', { output: 'raw' }),
			);
			expect(raw.map((order) => order.orderId)).toEqual(ids);
			expect(Object.keys(raw[0]).length).toBeGreaterThan(30);
			expect(simplified.map((order) => Object.keys(order))).toEqual(
				ids.map(() => [
					'orderId',
					'marketplaceOrderNumber',
					'marketplace',
					'country',
					'status',
					'createdAt',
					'total',
					'buyerName',
					'trackingNumber',
					'items',
				]),
			);
			expect(simplified.map((order) => order.marketplaceOrderNumber)).toEqual(
				raw.map((order) => order.externalOrderSn),
			);
			expect(selected).toEqual(
				raw.map((order) => ({
					orderId: order.orderId,
					orderStatus: order.orderStatus,
					shippingAddressInfo: order.shippingAddressInfo,
				})),
			);
		});

		it('sends historicalData and includedSection, and reports an id Ginee did not return', async () => {
			const old = [...emulator.store.orders.values()].find(
				(order) => Date.now() - Date.parse(order.createAt) > 95 * DAY,
			);
			await n8n.createWorkflow(
				gineeWorkflow(
					'Get Details options',
					'get-details-options',
					setup.credential,
					getDetailsParameters('={{ $json.ids }}', {
						output: 'raw',
						options: { historicalData: true, includeShippingDocumentInfo: true },
					}),
				),
				{ activate: true },
			);
			const answer = await n8n.postWebhook('get-details-options', {
				items: [{ ids: [old.orderId, 'SO-NOT-THERE'] }],
			});
			expect(emulator.calls(BATCH_GET)[0].body).toEqual({
				orderIds: [old.orderId, 'SO-NOT-THERE'],
				historicalData: true,
				includedSection: ['SHIPPING_DOCUMENT_INFO'],
			});
			expect(answer.body.map((row) => [row.orderId, row.notFound ?? false])).toEqual([
				[old.orderId, false],
				['SO-NOT-THERE', true],
			]);
		});

		it('updates a manual order, and a later Get Details shows the change', async () => {
			const order = recentOrders(emulator).find(
				(o) => o.channel === 'MANUAL_ID' && o.orderStatus === 'PARTIALLY_PAID',
			);
			await n8n.createWorkflow(
				gineeWorkflow('Update Manual Order', 'update-order', setup.credential, {
					resource: 'order',
					operation: 'updateManualOrder',
					bodySource: 'fields',
					id: '={{ $json.id }}',
					externalOrderSn: '={{ $json.sn }}',
					customerName: 'Agus Wijaya',
					customerEmail: 'agus@example.test',
					customerMobile: '+6281200000000',
					paymentMethod: 'COD',
					payAmount: 120000,
					payAtDatetime: '2026-11-21T08:00:00Z',
					orderItems: {
						item: [
							{
								id: '={{ $json.itemId }}',
								sku: 'KOPI-GAYO',
								quantity: 2,
								actualPrice: 60000,
								warehouseId: 'WW6572A6A3DC0E82000102B8CE',
								weight: '0.5',
							},
						],
					},
					shippingAddress: {
						address: {
							id: 'OAI1',
							name: 'Agus',
							phoneNumber: '+6281200000000',
							country: 'Indonesia',
							province: 'Jawa Barat',
							city: 'Bandung',
							district: 'Coblong',
							zipCode: '40132',
							fullAddress: 'Jl. Dago 1',
						},
					},
					additionalFields: { noteBySeller: 'Edited from n8n' },
					options: {},
				}),
				{ activate: true },
			);
			const updated = await n8n.postWebhook('update-order', {
				items: [{ id: order.orderId, sn: 'N8N-EDIT-1', itemId: order.items[0].itemId }],
			});
			expect(updated.body).toEqual([{ orderId: order.orderId, transactionId: expect.any(String) }]);
			expect(emulator.calls(UPDATE)[0].body).toMatchObject({
				payAtDatetime: '2026-11-21T08:00:00.000Z',
				orderItems: [{ weight: 0.5 }],
			});
			const fetched = await n8n.postWebhook('get-details', { items: [{ id: order.orderId }] });
			expect(fetched.body[0]).toEqual({ requestedId: order.orderId, orderId: order.orderId });
			const detail = await n8n.postWebhook('get-details-options', {
				items: [{ ids: [order.orderId] }],
			});
			expect(detail.status).toBe(200);
			expect(emulator.store.orders.get(order.orderId)).toMatchObject({
				externalOrderSn: 'N8N-EDIT-1',
				extraInfo: { noteBySeller: 'Edited from n8n' },
			});
		});

		it('stops with an error that names the invalid field, sending nothing', async () => {
			const workflow = await n8n.createWorkflow(
				updateFromJsonWorkflow('Update invalid', 'update-invalid'),
				{ activate: true },
			);
			const body = {
				id: 'SO1',
				externalOrderSn: 'X',
				customerName: 'A',
				customerEmail: 'a@b.c',
				customerMobile: '1',
				paymentMethod: 'CASH',
				payAmount: 1,
				payAtDatetime: '2026-11-21T08:00:00Z',
				orderItems: [],
				shippingAddress: {},
			};
			const answer = await n8n.postWebhook('update-invalid', { items: [{ body }] });
			expect(answer.status).toBe(500);
			const [execution] = await n8n.waitForExecutions(workflow.id, 1, { includeData: true });
			expect(execution.data.resultData.error.message).toBe(
				`'Payment Method' must be PREPAY or COD, got "CASH" (Ginee field: paymentMethod)`,
			);
			expect(emulator.calls(UPDATE)).toHaveLength(0);
		});

		it('with “continue on error”, one bad item out of ten leaves nine good results', async () => {
			await n8n.createWorkflow(
				gineeWorkflow(
					'Get Details continue',
					'get-details-continue',
					setup.credential,
					getDetailsParameters('={{ $json.id }}'),
					{ continueOnFail: true },
				),
				{ activate: true },
			);
			const ids = recent.slice(0, 10).map((order) => order.orderId);
			ids[6] = '';
			const answer = await n8n.postWebhook('get-details-continue', {
				items: ids.map((id) => ({ id })),
			});
			expect(answer.body).toHaveLength(10);
			expect(answer.body[6]).toEqual({ error: "'Order IDs' is empty: give at least one ID" });
			expect(answer.body.filter((row) => row.orderId)).toHaveLength(9);
		});

		it('Price: Update sets master and shop prices from items, Ginee’s refusal on its SKU only; Get Many reads them back', async () => {
			emulator.setPriceTaskMs(200);
			const variations = emulator.store.products.flatMap((product) => product.variations);
			const skus = variations.slice(0, 25).map((variation) => variation.sku);
			await n8n.createWorkflow(
				gineeWorkflow(
					'Set prices',
					'set-prices',
					setup.credential,
					{
						resource: 'price',
						operation: 'update',
						sku: '={{ $json.sku }}',
						masterPrice: '={{ $json.price }}',
						channelPriceMode: 'master',
						channelPrices: {
							price: [{ channel: 'SHOPEE_ID', amount: '={{ $json.shopeePrice }}' }],
						},
						options: { waitSeconds: 30 },
					},
					{ continueOnFail: true },
				),
				{ activate: true },
			);
			const changes = skus.map((sku, k) => ({
				sku,
				price: 50000 + k * 1000,
				shopeePrice: k === 3 ? 10 : 52000 + k * 1000, // under the emulator's minimum of 100
			}));
			const calls = emulator.calls(PATHS.setPrice).length;
			const output = (await n8n.postWebhook('set-prices', { items: changes })).body;
			expect(emulator.calls(PATHS.setPrice).length - calls).toBe(2);
			expect(output.map((item) => item.error ?? item.status)).toEqual(
				changes.map((change, k) =>
					k === 3
						? `Ginee did not set the price of SKU ${change.sku}: The price on SHOPEE_ID is below its minimum of 100`
						: 'SUCCESS',
				),
			);
			await n8n.createWorkflow(
				gineeWorkflow('Read prices', 'read-prices', setup.credential, {
					resource: 'price',
					operation: 'getMany',
					searchBy: 'variationIds',
					variationIds: variations[0].id,
				}),
				{ activate: true },
			);
			const [read] = (await n8n.postWebhook('read-prices', { items: [{}] })).body;
			expect([read.masterPrice, read.currency]).toEqual([50000, 'IDR']);
			expect(read.shopPrices.map((shop) => [shop.marketplace, shop.price])).toEqual([
				['Shopee', 52000],
				['Tokopedia', 50000],
				['Lazada', 50000],
			]);
		});

		it('Warehouse Document: a delivery sheet becomes one inbound order, a SKU not in the warehouse fails alone; Get Inbound Order reads it; Send Out Stock takes some out', async () => {
			const SURABAYA = 'WW64C000002CEDFD0000000002';
			const rows = [...emulator.store.inventory.values()];
			const inSurabaya = rows.filter(
				(row) => row.warehouseId === SURABAYA && row.shelfInventoryIds.length === 1,
			);
			const elsewhere = rows.find(
				(row) =>
					!rows.some(
						(other) => other.warehouseId === SURABAYA && other.masterSku === row.masterSku,
					),
			);
			const delivery = inSurabaya
				.slice(0, 30)
				.map((row, k) => ({ sku: row.masterSku, qty: k + 1, cost: 1000 + k }));
			delivery.splice(7, 0, { sku: elsewhere.masterSku, qty: 5, cost: 900 });
			const before = inSurabaya.slice(0, 30).map((row) => row.warehouseStock);
			await n8n.createWorkflow(
				gineeWorkflow(
					'Receive delivery',
					'receive-delivery',
					setup.credential,
					{
						resource: 'warehouseDocument',
						operation: 'receiveStock',
						warehouseId: { __rl: true, mode: 'id', value: SURABAYA },
						lines: {
							line: [
								{
									sku: '={{ $json.sku }}',
									quantity: '={{ $json.qty }}',
									unitCost: '={{ $json.cost }}',
								},
							],
						},
						options: { combineItems: true, documentNumber: 'GRN-E2E', waybillNumber: 'JNE-1' },
					},
					{ continueOnFail: true },
				),
				{ activate: true },
			);
			const calls = emulator.calls(PATHS.purchaseInboundOrder).length;
			const output = (await n8n.postWebhook('receive-delivery', { items: delivery })).body;
			expect(emulator.calls(PATHS.purchaseInboundOrder).length - calls).toBe(1);
			expect(output).toHaveLength(31);
			expect(output[7].error).toContain(
				`SKU ${elsewhere.masterSku} is not in warehouse ${SURABAYA} yet`,
			);
			const received = output.filter((item) => !item.error);
			expect(new Set(received.map((item) => item.inboundOrderId)).size).toBe(1);
			expect(inSurabaya.slice(0, 30).map((row) => row.warehouseStock)).toEqual(
				before.map((stock, k) => stock + k + 1),
			);
			await n8n.createWorkflow(
				gineeWorkflow('Read inbound order', 'read-inbound', setup.credential, {
					resource: 'warehouseDocument',
					operation: 'getInboundOrder',
					inboundOrderId: '={{ $json.id }}',
				}),
				{ activate: true },
			);
			const [order] = (
				await n8n.postWebhook('read-inbound', { items: [{ id: received[0].inboundOrderId }] })
			).body;
			expect(order).toMatchObject({
				no: 'GRN-E2E',
				status: 'COMPLETE',
				realQuantity: (30 * 31) / 2,
				waybillNumber: 'JNE-1',
			});
			expect(order.items.map((item) => item.masterSku)).toEqual(
				delivery.filter((_, k) => k !== 7).map((row) => row.sku),
			);
			// and some of it leaves again: Send Out Stock, one outbound order per item
			await n8n.createWorkflow(
				gineeWorkflow(
					'Send out stock',
					'send-out-stock',
					setup.credential,
					{
						resource: 'warehouseDocument',
						operation: 'sendOutStock',
						warehouseId: { __rl: true, mode: 'id', value: SURABAYA },
						lines: {
							line: [{ sku: '={{ $json.sku }}', quantity: '={{ $json.qty }}', unitCost: '0' }],
						},
						options: { remark: 'damaged' },
					},
					{ continueOnFail: true },
				),
				{ activate: true },
			);
			const available = (row) =>
				row.warehouseStock - row.lockedStock - row.spareStock - row.promotionStock;
			const [damaged, tooMany] = inSurabaya.filter((row) => available(row) > 0);
			const stockBefore = [damaged.warehouseStock, tooMany.warehouseStock];
			const out = (
				await n8n.postWebhook('send-out-stock', {
					items: [
						{ sku: damaged.masterSku, qty: 1 },
						{ sku: tooMany.masterSku, qty: available(tooMany) + 1 },
					],
				})
			).body;
			expect(out[0]).toMatchObject({
				takenFromStock: true,
				outboundOrderId: expect.stringMatching(/^\d+$/),
			});
			expect(out[1].error).toContain(`Not enough stock of ${tooMany.masterSku}`);
			expect([damaged.warehouseStock, tooMany.warehouseStock]).toEqual([
				stockBefore[0] - 1,
				stockBefore[1],
			]);
		});

		it('Inventory: 1,000 stock changes in 50 calls, unknown SKUs fail alone, 429 retried once, a timeout never resent', async () => {
			const [JAKARTA, SURABAYA] = ['WW64C000001CEDFD0000000001', 'WW64C000002CEDFD0000000002'];
			const stockRow = (warehouseId, sku) => emulator.store.inventory.get(`${warehouseId}|${sku}`);
			const rows = [...emulator.store.inventory.values()];
			const inSurabaya = new Set(
				rows.filter((row) => row.warehouseId === SURABAYA).map((row) => row.masterSku),
			);
			const skus = rows
				.filter((row) => row.warehouseId === JAKARTA && inSurabaya.has(row.masterSku))
				.map((row) => row.masterSku)
				.slice(0, 500);
			await n8n.createWorkflow(
				gineeWorkflow(
					'Set stock',
					'set-stock',
					setup.credential,
					{
						resource: 'inventory',
						operation: 'setWarehouseStock',
						warehouseId: { __rl: true, mode: 'id', value: '={{ $json.warehouseId }}' },
						sku: '={{ $json.sku }}',
						quantity: '={{ $json.quantity }}',
						options: { pauseMs: 0, timeout: 2000 },
					},
					{ continueOnFail: true },
				),
				{ activate: true },
			);
			const setStock = async (changes) =>
				(await n8n.postWebhook('set-stock', { items: changes })).body;
			const changes = skus.flatMap((sku, k) => [
				{ warehouseId: JAKARTA, sku, quantity: 1000 + k },
				{ warehouseId: SURABAYA, sku, quantity: 2000 + k },
			]);
			const calls = emulator.calls(PATHS.adjustInventory).length;
			const output = await setStock(changes);
			expect(emulator.calls(PATHS.adjustInventory).length - calls).toBe(50);
			expect(output).toHaveLength(1000);
			output.forEach((item, index) =>
				expect([item.masterSku, item.warehouseId, item.warehouseStock]).toEqual([
					changes[index].sku,
					changes[index].warehouseId,
					changes[index].quantity,
				]),
			);
			expect(stockRow(SURABAYA, skus[499]).warehouseStock).toBe(2499);

			const batch = [
				...skus.slice(0, 8),
				'NOPE-A',
				...skus.slice(8, 16),
				'NOPE-B',
				'NOPE-C',
				...skus.slice(16, 17),
			];
			const partial = await setStock(
				batch.map((sku) => ({ warehouseId: JAKARTA, sku, quantity: 7 })),
			);
			expect(
				partial.map((item, index) => (item.error ? batch[index] : null)).filter(Boolean),
			).toEqual(['NOPE-A', 'NOPE-B', 'NOPE-C']);
			for (const sku of skus.slice(0, 17)) expect(stockRow(JAKARTA, sku).warehouseStock).toBe(7);

			emulator.injectFault({ kind: 'http429', path: PATHS.adjustInventory, retryAfter: 0 });
			const before429 = emulator.calls(PATHS.adjustInventory).length;
			const retried = await setStock([{ warehouseId: JAKARTA, sku: skus[0], quantity: 11 }]);
			expect(emulator.calls(PATHS.adjustInventory).length - before429).toBe(2);
			expect(retried[0].warehouseStock).toBe(11);

			emulator.injectFault({ kind: 'hang', path: PATHS.adjustInventory });
			const beforeHang = emulator.calls(PATHS.adjustInventory).length;
			const hung = await setStock([{ warehouseId: JAKARTA, sku: skus[1], quantity: 12 }]);
			expect(emulator.calls(PATHS.adjustInventory).length - beforeHang).toBe(1);
			expect(hung[0].error).toMatch(/may already have been applied/);
			emulator.faults.clear();

			await n8n.createWorkflow(
				gineeWorkflow('Stock by SKU', 'stock-by-sku', setup.credential, {
					resource: 'inventory',
					operation: 'getStockBySku',
					masterSkus: '={{ $json.sku }}',
					options: {},
				}),
				{ activate: true },
			);
			const stock = (
				await n8n.postWebhook('stock-by-sku', { items: skus.slice(0, 3).map((sku) => ({ sku })) })
			).body;
			expect(
				stock.map((item) => item.warehouseDistributionList.map((place) => place.warehouseStock)),
			).toEqual([
				[11, 2000],
				[7, 2001],
				[7, 2002],
			]);
		});

		it('Product: Find by SKU batches over items, Get is a signed GET, Get Many pages', async () => {
			const run = async (name, parameters, items) => {
				await n8n.createWorkflow(
					gineeWorkflow(name, name, setup.credential, {
						resource: 'product',
						options: {},
						...parameters,
					}),
					{ activate: true },
				);
				return await n8n.postWebhook(name, { items });
			};
			const [product] = emulator.store.products;
			const found = await run(
				'find-skus',
				{ operation: 'findBySku', lookupBy: 'masterSkus', masterSkus: '={{ $json.sku }}' },
				[{ sku: 'BATIK-LP' }, { sku: 'NOPE-SKU' }, { sku: 'BATIK-LP-XL' }],
			);
			expect(found.body).toEqual([
				expect.objectContaining({ masterSku: 'BATIK-LP', productId: product.productId }),
				expect.objectContaining({ sku: 'NOPE-SKU', notFound: true }),
				expect.objectContaining({ masterSku: 'BATIK-LP-XL', productId: product.productId }),
			]);
			expect(emulator.calls(PATHS.listMasterVariation).at(-1).body).toEqual({
				masterSkus: ['BATIK-LP', 'NOPE-SKU', 'BATIK-LP-XL'],
			});
			const got = await run('get-product', { operation: 'get', productId: '={{ $json.id }}' }, [
				{ id: product.productId },
			]);
			expect(got.body).toEqual([product]);
			expect(emulator.calls(PATHS.getMasterProduct).at(-1).method).toBe('GET');
			const many = await run(
				'many-products',
				{ operation: 'getMany', returnAll: true, filters: {} },
				[{}],
			);
			expect(many.body.map((item) => item.productId)).toEqual(
				emulator.store.products.map((candidate) => candidate.productId),
			);
		});

		it('serves each operation’s schema preview to the editor (fields to map before a run)', async () => {
			const schema = async (resourceAndOperation) => {
				const response = await fetch(
					`${n8n.baseUrl}/schemas/n8n-nodes-ginee.ginee/1.1.0/${resourceAndOperation}.json`,
				);
				return { status: response.status, body: response.ok ? await response.json() : null };
			};
			const details = await schema('order/getDetails');
			expect(details.status).toBe(200);
			expect(Object.keys(details.body.properties)).toEqual(
				expect.arrayContaining(['orderId', 'marketplaceOrderNumber', 'buyerName', 'items']),
			);
			for (const name of ['order/getMany', 'order/updateManualOrder', 'shop/getMany'])
				expect((await schema(name)).status).toBe(200);
		});

		it('offers the account’s shops in the shop picker, searchable', async () => {
			const search = async (filter) =>
				await n8n.rest('POST', '/dynamic-node-parameters/resource-locator-results', {
					nodeTypeAndVersion: { name: 'n8n-nodes-ginee.ginee', version: GINEE_NODE_VERSION },
					path: 'parameters.shopId',
					methodName: 'searchShops',
					filter,
					currentNodeParameters: {
						resource: 'order',
						operation: 'getDetails',
						lookupBy: 'channelOrderIds',
					},
					credentials: { gineeApi: { id: setup.credential.id, name: setup.credential.name } },
				});
			const all = await search(undefined);
			expect(all.results.map((shop) => shop.value).sort()).toEqual(
				emulator.store.shops.map((shop) => shop.shopId).sort(),
			);
			const lazada = await search('lazada');
			expect(lazada.results.map((shop) => shop.value).sort()).toEqual(
				emulator.store.shops
					.filter((shop) => shop.channel === 'LAZADA_ID')
					.map((shop) => shop.shopId)
					.sort(),
			);
		});

		it('gets every order of a 40-day range exactly once', async () => {
			await n8n.createWorkflow(
				gineeWorkflow('Get Many', 'get-many', setup.credential, {
					resource: 'order',
					operation: 'getMany',
					timeRangeBy: 'create',
					period: 'custom',
					since: '={{ $json.since }}',
					to: '={{ $json.to }}',
					returnAll: true,
					output: 'simplified',
					filters: {},
				}),
				{ activate: true },
			);
			const to = Date.now() - DAY;
			const since = to - 40 * DAY;
			const answer = await n8n.postWebhook('get-many', {
				items: [{ since: new Date(since).toISOString(), to: new Date(to).toISOString() }],
			});
			const expected = [...emulator.store.orders.values()]
				.filter((order) => Date.parse(order.createAt) >= since && Date.parse(order.createAt) <= to)
				.map((order) => order.orderId);
			expect(answer.body.map((row) => row.orderId).sort()).toEqual(expected.sort());
			const windows = emulator
				.calls('/openapi/order/v2/list-order')
				.map((call) => Date.parse(call.body.createTo) - Date.parse(call.body.createSince));
			expect(windows.every((span) => span <= 15 * DAY)).toBe(true);
		});

		it('shows Ginee’s CHANNEL_NOT_SUPPORT and a bad signature as readable errors', async () => {
			const body = shippedManualOrderUpdate(emulator);
			const updating = await n8n.createWorkflow(
				updateFromJsonWorkflow('Update not supported', 'update-not-supported'),
				{ activate: true },
			);
			expect((await n8n.postWebhook('update-not-supported', { items: [{ body }] })).status).toBe(
				500,
			);
			const [refused] = await n8n.waitForExecutions(updating.id, 1, { includeData: true });
			expect(refused.data.resultData.error.message).toBe(
				'Ginee error CHANNEL_NOT_SUPPORT: This order operation channel does not support',
			);
			expect(refused.data.resultData.error.description).toContain(
				'PAID, PENDING_PAYMENT or PARTIALLY_PAID',
			);
			// the error panel's "Error code": Ginee's code, not the HTTP 200 it came in
			expect(refused.data.resultData.error.httpCode).toBe('CHANNEL_NOT_SUPPORT');

			const wrong = await n8n.createCredential('Ginee wrong secret', 'gineeApi', {
				...emulator.account,
				secretKey: 'definitely-wrong-secret',
				host: emulator.url,
			});
			const failing = await n8n.createWorkflow(
				gineeWorkflow(
					'Wrong secret',
					'wrong-secret',
					wrong,
					getDetailsParameters('={{ $json.id }}'),
				),
				{ activate: true },
			);
			expect(
				(await n8n.postWebhook('wrong-secret', { items: [{ id: recent[0].orderId }] })).status,
			).toBe(500);
			const [failed] = await n8n.waitForExecutions(failing.id, 1, { includeData: true });
			expect(failed.data.resultData.error.message).toBe(
				'Ginee error UNAUTHORIZED: Signature verification failed',
			);
			expect(JSON.stringify(failed)).not.toContain('definitely-wrong-secret');
		});

		it('retries SERVICE_BUSY inside n8n and then succeeds', async () => {
			emulator.injectFault({ kind: 'SERVICE_BUSY', path: BATCH_GET });
			const answer = await n8n.postWebhook('get-details-continue', {
				items: [{ id: recent[0].orderId }],
			});
			expect(answer.body).toEqual([expect.objectContaining({ orderId: recent[0].orderId })]);
			expect(emulator.calls(BATCH_GET)).toHaveLength(2);
		});
	});
});
