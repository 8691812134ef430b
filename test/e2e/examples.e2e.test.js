'use strict';
// The example workflows of examples/, inside a real n8n (the pinned version and an older line, installed as
// the Community Nodes installer does), talking HTTP to the Ginee emulator.
const http = require('node:http');
const { waitFor } = require('../../tools/n8n-harness/n8n');
const { DAY, PATHS, startLocalServer } = require('../helpers/shared');
const { exampleDeliveries, generateDelivery } = require('../../tools/ginee-emulator/webhooks');
const fs = require('node:fs');
const path = require('node:path');
const { example } = require('../../tools/n8n-harness/workflows');
const { insideN8n } = require('./insideN8n');

jest.setTimeout(600_000);

insideN8n(({ version, setup, emulator, n8n, recent }) => {
	describe('example workflows of examples/', () => {
		it('look up orders and keep the fields the team needs', async () => {
			await n8n.createWorkflow(example('get-order-details.json', setup.credential, 'example-get'), {
				activate: true,
			});
			const answer = await n8n.postWebhook('example-get', {});
			expect(answer.status).toBe(200);
			expect(answer.body).toHaveLength(4);
			expect(answer.body[0]).toEqual({
				Order: 'SO64A0B000CEDFD00000000000',
				Marketplace: 'Shopee',
				Status: expect.any(String),
				Customer: expect.any(String),
				'Total (IDR)': expect.any(Number),
				'Tracking number': expect.anything(),
			});
		});

		it('fix a manual order and read it back', async () => {
			await n8n.createWorkflow(
				example('update-manual-order.json', setup.credential, 'example-update'),
				{
					activate: true,
				},
			);
			const answer = await n8n.postWebhook('example-update', {});
			expect(answer.status).toBe(200);
			expect(answer.body).toEqual([
				expect.objectContaining({
					orderId: 'SO64A1E556CEDFD0000000000A',
					marketplaceOrderNumber: 'MAN-200010',
					buyerName: 'Rina Kurnia',
				}),
			]);
			expect(answer.body[0].items[0]).toEqual({
				sku: 'SMB-200',
				productName: expect.any(String),
				quantity: 3,
				actualPrice: 35000,
			});
		});

		it.each([
			'ginee-orders-to-slack-and-sheets.json',
			'daily-orders-to-google-sheets.json',
			'delivery-order-to-erp.json',
			'ask-about-an-order.json',
			'paid-orders-to-google-sheets-by-polling.json',
			'stock-from-google-sheets.json',
			'low-stock-alert-to-slack.json',
			'new-master-product-to-sheets.json',
			'woocommerce-order-to-ginee-manual-order.json',
			'paid-order-to-shipping-label.json',
			'daily-sales-summary-to-slack.json',
			'supplier-delivery-to-receive-stock.json',
			'price-list-from-google-sheets.json',
			'erp-product-to-ginee.json',
		])('%s imports as it is', async (file) => {
			const created = await n8n.createWorkflow(example(file, setup.credential));
			const stored = await n8n.api('GET', `/workflows/${created.id}`);
			expect(stored.nodes.map((node) => node.type)).toEqual(
				JSON.parse(fs.readFileSync(path.join(__dirname, '../../examples', file), 'utf8')).nodes.map(
					(node) => node.type,
				),
			);
		});

		it('Ginee orders: one trigger, a Switch sends every new order to Slack and paid ones to Sheets', async () => {
			// as `npm start` does: the example publishes with Slack and Sheets deactivated (n8n refuses
			// to publish steps without their credentials)
			const whole = await n8n.createWorkflow(
				example('ginee-orders-to-slack-and-sheets.json', setup.credential, undefined, {
					disabledNodes: ['Post to #orders', 'Append to the Paid orders sheet'],
				}),
				{ activate: true },
			);
			expect((await n8n.api('GET', `/workflows/${whole.id}`)).active).toBe(true);
			await n8n.api('POST', `/workflows/${whole.id}/deactivate`);
			// 2.40 keeps a deactivated workflow's webhook id taken until it is deleted, and refuses the
			// delete (409 "still being unpublished") for a moment after deactivating
			await waitFor(
				'the published example to be deleted',
				async () =>
					await n8n.api('DELETE', `/workflows/${whole.id}`).then(
						() => true,
						() => false,
					),
				20_000,
			);
			const workflow = await n8n.createWorkflow(
				example('ginee-orders-to-slack-and-sheets.json', setup.credential, undefined, {
					withoutNodes: ['Post to #orders', 'Append to the Paid orders sheet'],
				}),
				{ activate: true },
			);
			await n8n.waitForWebhook('ginee-orders/ginee');
			const order = recent[5];
			// n % 3 picks the payload's status: 3 → PAID, 4 → PENDING_PAYMENT
			const paid = generateDelivery({
				entity: 'order',
				action: 'CREATE',
				n: 3,
				orderId: order.orderId,
			});
			const pending = generateDelivery({ entity: 'order', action: 'CREATE', n: 4 });
			// an order that becomes PAID later: Order Status Changed (n = 6 → PAID)
			const later = recent[6];
			const paidLater = generateDelivery({
				entity: 'order',
				action: 'UPDATE',
				n: 6,
				orderId: later.orderId,
			});
			for (const delivery of [paid, pending, paidLater])
				expect((await n8n.postWebhook('ginee-orders/ginee', delivery)).status).toBe(200);
			const executions = await n8n.waitForExecutions(workflow.id, 3, { includeData: true });
			const outputOf = (node) =>
				executions.flatMap((execution) =>
					(execution.data.resultData.runData[node]?.[0].data.main[0] ?? []).map(
						(item) => item.json,
					),
				);
			const messages = outputOf('Message for the team').map((json) => json.text);
			expect(messages).toHaveLength(2);
			const fetched = executions
				.map(
					(execution) => execution.data.resultData.runData['Ginee orders'][0].data.main[0][0].json,
				)
				.find((json) => json.order?.orderId === order.orderId).order;
			// the trigger's Simplify: the same ten fields as Get Details Simplified
			expect(fetched).toEqual(expect.objectContaining({ buyerName: order.customerInfo.name }));
			expect(fetched).not.toHaveProperty('customerInfo');
			const { total } = fetched;
			expect(messages).toContain(
				`:package: New ${fetched.marketplace} order ${order.externalOrderSn} (PAID) – total ` +
					`${total} for ${order.customerInfo.name}`,
			);
			expect(messages).toContain(
				`:package: New SHOPEE_ID order ${pending.payload.orderId} (PENDING_PAYMENT) – total ? ` +
					'for a customer',
			);
			const rows = outputOf('Paid order row');
			expect(rows.map((row) => row['Order ID']).sort()).toEqual(
				[order.orderId, later.orderId].sort(),
			);
			expect(rows.find((row) => row['Order ID'] === order.orderId)).toEqual({
				'Order ID': order.orderId,
				'Order number': order.externalOrderSn,
				Marketplace: fetched.marketplace,
				'Paid at': paid.payload.payAt,
				Customer: order.customerInfo.name,
				Total: total,
			});
			await n8n.api('POST', `/workflows/${workflow.id}/deactivate`);
		});

		it('orders of the last day → Google Sheets: one row per order of the last day', async () => {
			await n8n.createWorkflow(
				example('daily-orders-to-google-sheets.json', setup.credential, 'example-sheets', {
					withoutNodes: ['Append to the Orders sheet'],
				}),
				{ activate: true },
			);
			const asked = Date.now();
			const answer = await n8n.postWebhook('example-sheets', {});
			const answered = Date.now();
			expect(answer.status).toBe(200);
			// n8n evaluates $now between `asked` and `answered`: orders clear of that margin must be in, older ones out
			const createdAt = (id) => Date.parse(emulator.store.orders.get(id).createAt);
			const surelyIn = [...emulator.store.orders.values()]
				.filter((order) => Date.parse(order.createAt) >= answered - DAY)
				.map((order) => order.orderId);
			const rows = answer.body.map((row) => row['Order ID']);
			expect(rows).toEqual(expect.arrayContaining(surelyIn));
			expect(rows.every((id) => createdAt(id) >= asked - DAY - 1000)).toBe(true);
			expect(new Set(rows).size).toBe(rows.length);
			expect(rows.length).toBeGreaterThan(5);
			expect(Object.keys(answer.body[0])).toEqual([
				'Order ID',
				'Order number',
				'Marketplace',
				'Status',
				'Created',
				'Customer',
				'Total',
			]);
			expect(emulator.calls('/openapi/order/v2/list-order').length).toBeGreaterThan(0);
		});

		it('stock from Google Sheets → Ginee: each freshly counted row sets its SKU, a bad row fails alone, an old count is not sent', async () => {
			const JAKARTA = 'WW64C000001CEDFD0000000001';
			await n8n.createWorkflow(
				example('stock-from-google-sheets.json', setup.credential, 'example-stock', {
					// the sheet's rows come with the test's request instead of from Google
					replaceNodes: {
						'Read the Stock sheet': {
							type: 'n8n-nodes-base.splitOut',
							typeVersion: 1,
							parameters: { fieldToSplitOut: 'body.rows', options: {} },
						},
					},
				}),
				{ activate: true },
			);
			const justNow = new Date(Date.now() - 5 * 60_000).toISOString();
			const yesterday = new Date(Date.now() - 26 * 60 * 60_000).toISOString();
			const stale = emulator.store.inventory.get(`${JAKARTA}|BATIK-LP`).warehouseStock;
			const rows = [
				{ SKU: 'MKP-60', 'Warehouse ID': JAKARTA, Quantity: 61, 'Counted At': justNow },
				{ SKU: 'NOT-IN-GINEE', 'Warehouse ID': JAKARTA, Quantity: 1, 'Counted At': justNow },
				{ SKU: 'SMB-200', 'Warehouse ID': JAKARTA, Quantity: 62, 'Counted At': justNow },
				// not counted in the last hour (or never): its number would undo Ginee's sales
				{ SKU: 'BATIK-LP', 'Warehouse ID': JAKARTA, Quantity: 500, 'Counted At': yesterday },
				{ SKU: 'BATIK-LP', 'Warehouse ID': JAKARTA, Quantity: 501 },
			];
			const answer = await n8n.postWebhook('example-stock', { rows });
			expect(answer.body.map((item) => item.warehouseStock ?? item.error)).toEqual([
				61,
				'Ginee refused the change of SKU NOT-IN-GINEE: SKU is not in this warehouse',
				62,
			]);
			expect(emulator.store.inventory.get(`${JAKARTA}|SMB-200`).warehouseStock).toBe(62);
			expect(emulator.store.inventory.get(`${JAKARTA}|BATIK-LP`).warehouseStock).toBe(stale);
		});

		it('low stock → Slack: one message naming every SKU at or under its safety stock', async () => {
			const JAKARTA = 'WW64C000001CEDFD0000000001';
			await n8n.createWorkflow(
				example('low-stock-alert-to-slack.json', setup.credential, 'example-low-stock', {
					withoutNodes: ['Post to #stock'],
					replaceText: { YOUR_WAREHOUSE_ID: JAKARTA },
				}),
				{ activate: true },
			);
			const alerts = [...emulator.store.inventory.values()].filter((row) => {
				const free = row.warehouseStock - row.lockedStock - row.spareStock - row.promotionStock;
				return (
					row.warehouseId === JAKARTA && row.everStocked && free > 0 && free <= row.safetyStock
				);
			});
			expect(alerts.length).toBeGreaterThan(1);
			const [message] = (await n8n.postWebhook('example-low-stock', {})).body;
			expect(message.text.startsWith(':warning: Low stock in Gudang Jakarta: ')).toBe(true);
			for (const row of alerts) expect(message.text).toContain(`${row.masterSku} (`);
		});

		it('price list from Google Sheets → every channel at the sheet’s price; only prices that differ are sent, a refused one again next run and the team told', async () => {
			emulator.setPriceTaskMs(100);
			await n8n.createWorkflow(
				example('price-list-from-google-sheets.json', setup.credential, 'example-prices', {
					// the sheet's rows come with the test's request instead of from Google; the message
					// for the team is the answer instead of a Slack post
					replaceNodes: {
						'Read the Prices sheet': {
							type: 'n8n-nodes-base.splitOut',
							typeVersion: 1,
							parameters: { fieldToSplitOut: 'body.rows', options: {} },
						},
						'Tell the team': {
							type: 'n8n-nodes-base.set',
							typeVersion: 3.4,
							parameters: {
								assignments: {
									assignments: [
										{
											id: 'text',
											name: 'text',
											type: 'string',
											value: '={{ "price not taken: " + $json.error }}',
										},
									],
								},
								options: {},
							},
						},
					},
				}),
				{ activate: true },
			);
			const variations = emulator.store.products
				.flatMap((product) => product.variations)
				.slice(40, 43);
			const base = 61000 + Number(version.replaceAll('.', ''));
			const rows = variations.map((variation, k) => ({ SKU: variation.sku, Price: base + k }));
			const first = (await n8n.postWebhook('example-prices', { rows })).body;
			expect(first.map((item) => item.status)).toEqual(['SUCCESS', 'SUCCESS', 'SUCCESS']);
			for (const item of first)
				for (const shop of item.channelPrices)
					expect(shop.price.amount).toBe(item.masterPrice.amount);
			const calls = emulator.calls(PATHS.setPrice).length;
			rows[1].Price += 500;
			const second = (await n8n.postWebhook('example-prices', { rows })).body;
			const sent = emulator.calls(PATHS.setPrice).slice(calls);
			expect(
				sent.flatMap((call) =>
					call.body.masterVariationPrices.map((entry) => entry.masterVariationId),
				),
			).toEqual([variations[1].id]);
			expect(second).toEqual([expect.objectContaining({ sku: rows[1].SKU, status: 'SUCCESS' })]);

			// Ginee refuses this hour's change: the team is told, and the next run sends it again
			rows[2].Price += 700;
			emulator.injectFault({ kind: 'refuse', path: PATHS.setPrice, data: 'Price locked' });
			const refused = (await n8n.postWebhook('example-prices', { rows })).body;
			expect(refused).toEqual([
				expect.objectContaining({
					text: 'price not taken: Ginee error BUSINESS_ERROR: Price locked',
				}),
			]);
			const before = emulator.calls(PATHS.setPrice).length;
			const retried = (await n8n.postWebhook('example-prices', { rows })).body;
			expect(retried).toEqual([expect.objectContaining({ sku: rows[2].SKU, status: 'SUCCESS' })]);
			expect(emulator.calls(PATHS.setPrice).slice(before)).toHaveLength(1);
		});

		it('supplier delivery → one inbound order in Ginee, and one Slack message saying what was received and what not', async () => {
			const SURABAYA = 'WW64C000002CEDFD0000000002';
			await n8n.createWorkflow(
				example('supplier-delivery-to-receive-stock.json', setup.credential, undefined, {
					webhookItems: { 'Delivery checked in': 'example-delivery' },
					// the Delivery tab's rows come with the form's answers instead of from Google
					replaceNodes: {
						'Read the Delivery tab': {
							type: 'n8n-nodes-base.splitOut',
							typeVersion: 1,
							parameters: { fieldToSplitOut: 'rows', options: {} },
						},
					},
					withoutNodes: ['Post to #warehouse'],
					replaceText: { YOUR_WAREHOUSE_ID: SURABAYA },
				}),
				{ activate: true },
			);
			const rows = [...emulator.store.inventory.values()];
			const [first, second] = rows.filter(
				(row) => row.warehouseId === SURABAYA && row.shelfInventoryIds.length === 1,
			);
			const before = [first.warehouseStock, second.warehouseStock];
			const form = {
				'Delivery note number': `GRN-${version}`,
				'Waybill number': 'JNE-77',
				rows: [
					{ SKU: first.masterSku, Quantity: 12, 'Unit Cost': 45000 },
					{ SKU: 'NOT-IN-GINEE', Quantity: 1, 'Unit Cost': 1 },
					{ SKU: second.masterSku, Quantity: 8, 'Unit Cost': 30000 },
				],
			};
			const calls = emulator.calls(PATHS.purchaseInboundOrder).length;
			const [message] = (await n8n.postWebhook('example-delivery', { items: [form] })).body;
			const sent = emulator.calls(PATHS.purchaseInboundOrder).slice(calls);
			expect(sent).toHaveLength(1);
			expect(sent[0].body).toMatchObject({ no: `GRN-${version}`, waybillNumber: 'JNE-77' });
			expect([first.warehouseStock, second.warehouseStock]).toEqual([
				before[0] + 12,
				before[1] + 8,
			]);
			expect(message.text).toMatch(
				new RegExp(
					`^:package: Delivery GRN-${version}: 2 SKUs, 20 units received \\(inbound order \\d+\\)\\. Not received: SKU NOT-IN-GINEE is in no warehouse in Ginee: check the SKU, or add it to this warehouse with Inventory → Add SKU to Warehouse$`,
				),
			);
			// the same delivery note sent again (written another way): nothing is received twice
			await n8n.postWebhook('example-delivery', {
				items: [{ ...form, 'Delivery note number': ` grn-${version} ` }],
			});
			expect(emulator.calls(PATHS.purchaseInboundOrder).slice(calls)).toHaveLength(1);
			expect([first.warehouseStock, second.warehouseStock]).toEqual([
				before[0] + 12,
				before[1] + 8,
			]);
		});

		it('ERP product → refused without the ERP key or from another photo host; its photo downloaded, uploaded to Ginee, and the product created with both SKUs', async () => {
			emulator.setProductCreateTaskMs(300);
			const key = await n8n.createCredential(`ERP key ${version}`, 'httpHeaderAuth', {
				name: 'X-ERP-Key',
				value: 'a-long-random-secret',
			});
			const photoRequests = [];
			const elsewhere = await startLocalServer((req, res) => {
				photoRequests.push(req.url);
				res.writeHead(200, { 'Content-Type': 'image/png' }).end();
			});
			const workflow = example('erp-product-to-ginee.json', setup.credential, undefined, {
				replaceText: { 'https://erp.example.com/': `${emulator.url}/` },
			});
			workflow.nodes.find(
				(candidate) => candidate.name === 'New product from the ERP',
			).credentials = { httpHeaderAuth: { id: key.id, name: key.name } };
			const created = await n8n.createWorkflow(workflow, { activate: true });
			const hookPath = 'erp-new-product-7f3a9c2e51d84b6e';
			const post = async (body, headers = { 'X-ERP-Key': 'a-long-random-secret' }) =>
				await n8n.postWebhook(hookPath, body, { headers });
			const code = `ERP${version.replaceAll('.', '')}`;
			const record = {
				name: `Kemeja Linen ${version}`,
				code,
				description: '<p>Linen, dijahit di Bandung</p>',
				weightGrams: 320,
				imageUrl: `${emulator.url}/sample-images/800x800.png`,
				variants: [
					{ sku: `${code}-M`, size: 'M', price: 210000, cost: 120000, ean: '8990001' },
					{ sku: `${code}-L`, size: 'L', price: 220000, cost: 125000 },
				],
			};
			const uploads = emulator.calls(PATHS.uploadImage).length;
			// without the ERP's key: refused, nothing runs
			expect((await post(record, {})).status).toBe(403);
			expect(await n8n.executions(created.id)).toHaveLength(0);
			// a photo link elsewhere than the ERP's image host: nothing downloaded, nothing created
			try {
				const away = await post({ ...record, imageUrl: `${elsewhere.url}/photo.png` });
				expect(away.status).toBeGreaterThanOrEqual(400);
			} finally {
				await elsewhere.stop();
			}
			expect(photoRequests).toEqual([]);
			expect(emulator.store.products.some((candidate) => candidate.spu === code)).toBe(false);
			const answer = (await post(record)).body;
			const product = emulator.store.products.find((candidate) => candidate.spu === code);
			expect(answer).toEqual({
				productId: product.productId,
				created: true,
				status: 'SUCCESS',
				name: record.name,
				spu: code,
				skus: [`${code}-M`, `${code}-L`],
				images: [expect.stringMatching(/\/images\/IMG\d+\.png$/)],
			});
			expect(emulator.calls(PATHS.uploadImage).slice(uploads)).toHaveLength(1);
			expect(product).toMatchObject({
				name: record.name,
				description: record.description,
				delivery: { weight: 320 },
				images: answer.images,
				variantOptions: [{ name: 'Size', values: ['M', 'L'] }],
			});
			expect(product.variations.map((variation) => [variation.sku, variation.barcode])).toEqual([
				[`${code}-M`, '8990001'],
				[`${code}-L`, undefined],
			]);
			// the same record again: refused (its SKUs exist), nothing created twice
			const again = (await post(record)).body;
			expect(again.error).toBe(`SKU ${code}-M already exists in Ginee`);
			expect(emulator.store.products.filter((candidate) => candidate.spu === code)).toHaveLength(1);
		});

		it('WooCommerce order → Ginee manual order: Ginee has the order, its items and payment', async () => {
			const shop = emulator.store.shops.find((candidate) => candidate.channel === 'MANUAL_ID');
			await n8n.createWorkflow(
				example('woocommerce-order-to-ginee-manual-order.json', setup.credential, undefined, {
					webhookItems: { 'New WooCommerce order': 'example-woo' },
					replaceText: {
						YOUR_MANUAL_SHOP_ID: shop.shopId,
						YOUR_WAREHOUSE_ID: 'WW64C000001CEDFD0000000001',
					},
				}),
				{ activate: true },
			);
			const number = `51${version.replaceAll('.', '')}`;
			const wooOrder = {
				number,
				total: '413000.00',
				payment_method: 'bacs',
				date_paid_gmt: '2026-11-30T03:00:00',
				customer_note: 'Tolong dibungkus rapi',
				billing: {
					first_name: 'Dewi',
					last_name: 'Lestari',
					email: 'dewi@example.test',
					phone: '+6281311213777',
				},
				shipping: {
					first_name: 'Dewi',
					last_name: 'Lestari',
					phone: '',
					state: 'Bali',
					city: 'Denpasar',
					postcode: '80361',
					address_1: 'Jl. Sunset Road 8',
				},
				line_items: [
					{ sku: 'BATIK-LP', quantity: 2, price: 189000 },
					{ sku: 'SMB-200', quantity: 1, price: 35000 },
				],
			};
			const [created] = (await n8n.postWebhook('example-woo', { items: [wooOrder] })).body;
			expect(created).toMatchObject({ externalOrderSn: `WOO-${number}`, shopId: shop.shopId });
			const order = emulator.store.orders.get(created.orderId);
			expect(order).toMatchObject({
				channel: 'MANUAL_ID',
				externalOrderSn: `WOO-${number}`,
				orderStatus: 'PAID',
				totalAmount: 413000,
				payAt: '2026-11-30T03:00:00.000Z',
				customerInfo: { name: 'Dewi Lestari', email: 'dewi@example.test' },
				extraInfo: { noteByBuyer: 'Tolong dibungkus rapi' },
			});
			expect(order.items.map((item) => [item.sku, item.quantity, item.actualPrice])).toEqual([
				['BATIK-LP', 2, 189000],
				['SMB-200', 1, 35000],
			]);
			expect(order.shippingAddressInfo).toMatchObject({
				phoneNumber: '+6281311213777',
				city: 'Denpasar',
				zipCode: '80361',
			});
		});

		it('paid order → accept → pick-up → shipping label: the label is a PDF file, the order is shipping', async () => {
			const workflow = await n8n.createWorkflow(
				example('paid-order-to-shipping-label.json', setup.credential, undefined, {
					withoutNodes: ['Label to #packing'],
				}),
				{ activate: true },
			);
			await n8n.waitForWebhook('ginee-fulfilment/ginee');
			const [paid] = emulator
				.createOrders({ count: 12, status: 'PAID' })
				.filter((created) => created.channel === 'SHOPEE_ID');
			// n % 3 === 0: the payload says PAID (and SHOPEE_ID)
			const delivery = generateDelivery({
				entity: 'order',
				action: 'CREATE',
				n: 303,
				orderId: paid.orderId,
			});
			expect((await n8n.postWebhook('ginee-fulfilment/ginee', delivery)).status).toBe(200);
			const [execution] = await n8n.waitForExecutions(workflow.id, 1, { includeData: true });
			const { runData } = execution.data.resultData;
			expect(runData['Ship by pick-up'][0].data.main[0][0].json).toMatchObject({
				orderId: paid.orderId,
				status: 'SUCCESS',
				deliveryType: 'PICK_UP',
			});
			const [label] = runData['Shipping label'][0].data.main[0];
			expect(label.binary.data).toMatchObject({
				mimeType: 'application/pdf',
				fileName: `label-${paid.orderId}.pdf`,
			});
			expect(emulator.store.orders.get(paid.orderId).orderStatus).toBe('SHIPPING');
			expect(emulator.calls(PATHS.batchShipping)[0].body.orderShips[0]).toMatchObject({
				orderId: paid.orderId,
				deliveryType: 'PICK_UP',
				addressId: expect.any(String),
				pickupTimeId: expect.any(String),
			});
			await n8n.api('POST', `/workflows/${workflow.id}/deactivate`);
		});

		it('daily sales summary → Slack: yesterday’s total per status in one message', async () => {
			await n8n.createWorkflow(
				example('daily-sales-summary-to-slack.json', setup.credential, 'example-sales', {
					withoutNodes: ['Post to #sales'],
				}),
				{ activate: true },
			);
			const [message] = (await n8n.postWebhook('example-sales', {})).body;
			const [call] = emulator.calls(PATHS.gmvInfo);
			const since = Date.parse(call.body.createSince);
			const to = Date.parse(call.body.createTo);
			// a day of the workflow's timezone: 24 hours, 23 or 25 where clocks change
			expect(Math.abs(to + 1 - since - DAY)).toBeLessThanOrEqual(DAY / 24);
			const total = [...emulator.store.orders.values()]
				.filter(
					(order) =>
						call.body.orderStatuses.includes(order.orderStatus) &&
						Date.parse(order.createAt) >= since &&
						Date.parse(order.createAt) <= to,
				)
				.reduce((sum, order) => sum + order.totalAmount, 0);
			expect(total).toBeGreaterThan(0);
			expect(message.text).toMatch(
				new RegExp(
					`^:chart_with_upwards_trend: Sales yesterday: IDR ${total.toLocaleString('id-ID').replaceAll('.', '\\.')} \\(paid `,
				),
			);
		});

		it('new master product → Sheets: the row has the product’s name and SKUs', async () => {
			const workflow = await n8n.createWorkflow(
				example('new-master-product-to-sheets.json', setup.credential, undefined, {
					withoutNodes: ['Append to the Products sheet'],
				}),
				{ activate: true },
			);
			await n8n.waitForWebhook('ginee-master-products/ginee');
			const product = emulator.store.products[2];
			const delivery = generateDelivery({
				entity: 'master_product_create',
				action: 'CREATE',
				n: 51,
				productId: product.productId,
			});
			expect((await n8n.postWebhook('ginee-master-products/ginee', delivery)).status).toBe(200);
			const [execution] = await n8n.waitForExecutions(workflow.id, 1, { includeData: true });
			expect(
				execution.data.resultData.runData['One row per product'][0].data.main[0][0].json,
			).toEqual({
				'Product ID': product.productId,
				Name: product.name,
				SKUs: product.variations.map((variation) => variation.sku).join(', '),
				Created: delivery.createAt,
			});
			await n8n.api('POST', `/workflows/${workflow.id}/deactivate`);
		});

		it('delivery order updated → ERP: the ERP receives the mapped delivery order', async () => {
			const received = [];
			const erp = http.createServer((req, res) => {
				let text = '';
				req.on('data', (chunk) => (text += chunk));
				req.on('end', () => {
					received.push({ method: req.method, url: req.url, body: JSON.parse(text) });
					res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
				});
			});
			await new Promise((resolve) => erp.listen(0, '127.0.0.1', resolve));
			try {
				const workflow = example('delivery-order-to-erp.json', setup.credential);
				const request = workflow.nodes.find((node) => node.name === 'Update the ERP');
				request.parameters.url = request.parameters.url.replace(
					'https://erp.example.com',
					`http://127.0.0.1:${erp.address().port}`,
				);
				const created = await n8n.createWorkflow(workflow, { activate: true });
				await n8n.waitForWebhook('ginee-delivery-erp/ginee');
				const update = exampleDeliveries()[1];
				expect((await n8n.postWebhook('ginee-delivery-erp/ginee', update)).status).toBe(200);
				await n8n.waitForExecutions(created.id, 1);
				expect(received).toEqual([
					{
						method: 'PUT',
						url: '/api/delivery-orders/WDO600573D16B2F070001497EAF',
						body: {
							salesOrder: '2102261G58H1VJ',
							gineeOrderId: 'SO5FD858B7EE35880001692D67',
							status: 'NEW',
							trackingNumber: '10000972949095',
							carrier: 'AnterAja',
							warehouse: 'CS624',
							lines: [{ sku: '800151', quantity: 4 }],
						},
					},
				]);
				await n8n.api('POST', `/workflows/${created.id}/deactivate`);
			} finally {
				await new Promise((resolve) => erp.close(resolve));
			}
		});
	});
});
