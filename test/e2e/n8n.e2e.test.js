'use strict';
// Our nodes inside a real n8n (the pinned version and an older line, installed as the Community
// Nodes installer does), talking HTTP to the Ginee emulator.
const { N8N_LINES } = require('../harness/versions');
const http = require('node:http');
const { waitFor } = require('../harness/n8n');
const { useN8nWithEmulator } = require('../harness/setup');
const {
	DAY,
	PATHS,
	recentOrders,
	getDetailsParameters,
	startLocalServer,
	shippedManualOrderUpdate,
} = require('../helpers/shared');
const {
	exampleDeliveries,
	generateDelivery,
	WEBHOOK_EVENTS,
} = require('../../tools/ginee-emulator/webhooks');
const {
	manualOutboundOrderCreate,
	purchaseInboundOrder,
} = require('../../tools/ginee-emulator/handlers/warehouseDocuments');
const fs = require('node:fs');
const zlib = require('node:zlib');
const path = require('node:path');
const { example, gineeWorkflow, httpRequestWorkflow, triggerWorkflow } = require('./workflows');

jest.setTimeout(600_000);

/** A POST written by hand: own headers (none added), body sent in the given chunks. */
function rawPost(url, headers, chunks) {
	return new Promise((resolve, reject) => {
		const request = http.request(url, { method: 'POST', headers }, (response) => {
			let text = '';
			response.on('data', (chunk) => (text += chunk));
			response.on('end', () => resolve({ status: response.statusCode, text }));
		});
		request.on('error', reject);
		for (const chunk of chunks) request.write(chunk);
		request.end();
	});
}

const BATCH_GET = PATHS.batchGet;
const UPDATE = PATHS.updateManualOrder;

describe.each(N8N_LINES)('inside real n8n %s', (version) => {
	// 700 plain products: enough SKUs in both warehouses for 1,000 stock changes
	const setup = useN8nWithEmulator({ version, emulator: { plainProducts: 700 } });
	const { emulator, n8n } = setup;
	let recent;
	beforeAll(() => {
		recent = recentOrders(emulator);
	});

	/** A web hook → Update Manual Order workflow that sends each item's `body` as the JSON body. */
	const updateFromJsonWorkflow = (name, webhookPath) =>
		gineeWorkflow(name, webhookPath, setup.credential, {
			resource: 'order',
			operation: 'updateManualOrder',
			bodySource: 'json',
			jsonBody: '={{ JSON.stringify($json.body) }}',
			options: {},
		});

	beforeEach(() => {
		emulator.requests = [];
		emulator.faults.clear();
	});

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
			(await post('fulfilment-details', [{ id: orderId }]))[0].orderStatus;
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
			await order('ship', 'fulfilment-ship', {
				orderId: '={{ $json.orderId }}',
				deliveryType: '={{ $json.deliveryType }}',
				shippingProviderId: '={{ $json.courier }}',
				addressId: '={{ $json.addressId }}',
				address: '={{ $json.address }}',
				pickupTimeId: '={{ $json.pickupTimeId }}',
				options: { timeout: 2000 },
			});
			await order('cancel', 'fulfilment-cancel', {
				orderId: '={{ $json.orderId }}',
				cancelReason: '={{ $json.reason }}',
			});
			const print = gineeWorkflow('Fulfilment print', 'fulfilment-print', setup.credential, {
				resource: 'order',
				operation: 'printDocument',
				orderId: '={{ $json.orderId }}',
				documentType: 'LABEL',
				download: true,
				binaryPropertyName: 'data',
				options: {},
			});
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
			const shipped = await post('fulfilment-ship', [
				{
					orderId,
					deliveryType: 'PICK_UP',
					courier: options.logistics[0].logisticDetailList[0].logisticsProviderId,
					addressId: pickup.addressId,
					address: pickup.address,
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
				'fulfilment-ship',
				orderIds.map((orderId) => ({ orderId, deliveryType: 'DROP_OFF', courier: 'LP1' })),
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
			const [timedOut] = await post('fulfilment-ship', [
				{ orderId: late, deliveryType: 'DROP_OFF', courier: 'LP1' },
			]);
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
				orderStatuses: ['PAID', 'DELIVERED'],
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

	describe('credential', () => {
		/** The credential dialog's Test button, for the emulator's account with some fields changed. */
		const testWith = async (changes) =>
			await n8n.testCredential(setup.credential.id, setup.credential.name, 'gineeApi', {
				...emulator.account,
				host: emulator.url,
				...changes,
			});
		// n8n 2.8 applies the credential's response-code rules only to answers it received without an
		// HTTP error; for 401 and redirects it shows its own texts (CredentialsTester.runRequestTest).
		const ownTexts = version.startsWith('2.8.');
		const refusedInBody = expect.stringMatching(
			/^Ginee refused the credential\. Check the Access Key, the Secret Key and the Country/,
		);
		const refused = ownTexts
			? 'Authorization failed - please check your credentials'
			: refusedInBody;
		const notGinee = 'This Host does not answer like Ginee. Check the Host.';

		it('passes the credential test with read-only ListShop, also with whitespace around the keys', async () => {
			const ok = { status: 'OK', message: expect.any(String) };
			await expect(testWith({})).resolves.toEqual(ok);
			await expect(
				testWith({
					accessKey: `${emulator.account.accessKey}\n`,
					secretKey: ` ${emulator.account.secretKey} `,
				}),
			).resolves.toEqual(ok);
			expect(emulator.calls(PATHS.listShop).map((call) => call.body)).toEqual([
				{ page: 0, size: 1 },
				{ page: 0, size: 1 },
			]);
		});

		it.each([
			['a wrong secret', { secretKey: 'a-wrong-secret-42' }],
			['an unknown access key', { accessKey: 'someone-else' }],
			['a country the app is not authorized for', { country: 'TH' }],
		])(
			'fails the credential test for %s, pointing at the fields, without the keys',
			async (_case, changes) => {
				const result = await testWith(changes);
				expect(result).toEqual({ status: 'Error', message: refused });
				expect(result.message).not.toMatch(/a-wrong-secret-42|line two|emulator-secret/);
			},
		);

		it('fails the credential test for an access key with a line break, without the key', async () => {
			const result = await testWith({ accessKey: 'line one\nline two' });
			expect(result.status).toBe('Error');
			expect(result.message).not.toMatch(/line two|emulator-secret/);
		});

		it('names a Host without https, one that does not answer, and one that is not Ginee', async () => {
			expect(await testWith({ host: 'api.ginee.com' })).toEqual({
				status: 'Error',
				message: expect.stringMatching(/^'Host' must start with https:\/\//),
			});
			expect((await testWith({ host: 'http://127.0.0.1:9' })).status).toBe('Error');
			let gineeShaped;
			const stranger = await startLocalServer((_req, res) => {
				if (gineeShaped)
					res
						.writeHead(200, { 'Content-Type': 'application/json' })
						.end(JSON.stringify(gineeShaped));
				else res.writeHead(404, { 'Content-Type': 'text/html' }).end('<html>Not Found</html>');
			});
			try {
				expect(await testWith({ host: stranger.url })).toEqual({
					status: 'Error',
					message: ownTexts ? 'The resource you are requesting could not be found' : notGinee,
				});
				gineeShaped = { code: 'UNAUTHORIZED', message: 'x'.repeat(5000) };
				expect(await testWith({ host: stranger.url })).toEqual({
					status: 'Error',
					message: refusedInBody,
				});
				// HTTP 200 with any code but SUCCESS is a refusal, never "Connection successful"
				for (const [body, end] of [
					[
						{ code: 'INVALID_SIGNATURE', message: 'bad', data: null },
						'(Ginee code INVALID_SIGNATURE)',
					],
					[{ code: 'AUTH_FAILED', message: 'bad', data: null }, '(Ginee code AUTH_FAILED)'],
					[{ code: 'SOME_NEW_CODE', message: 'bad', data: {} }, '(Ginee did not answer SUCCESS)'],
				]) {
					gineeShaped = body;
					const result = await testWith({ host: stranger.url });
					expect(result.status).toBe('Error');
					expect(result.message.endsWith(end)).toBe(true);
				}
			} finally {
				await stranger.stop();
			}
		});

		it('never follows a redirect with the signature in the credential test', async () => {
			const received = [];
			const other = await startLocalServer((req, res) => {
				received.push(req.headers.authorization ?? 'none');
				res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"code":"SUCCESS"}');
			});
			const redirector = await startLocalServer((req, res) => {
				res.writeHead(307, { Location: `${other.url}${req.url}` }).end();
			});
			try {
				expect(await testWith({ host: redirector.url })).toEqual({
					status: 'Error',
					message: ownTexts
						? 'Request failed with status code 307'
						: expect.stringContaining('answered with a redirect (HTTP 307)'),
				});
				expect(received).toEqual([]);
			} finally {
				await redirector.stop();
				await other.stop();
			}
		});

		it('signs n8n’s own HTTP Request node used with the predefined credential type', async () => {
			const workflow = await n8n.createWorkflow(
				httpRequestWorkflow('http-request', setup.credential, emulator.url),
				{ activate: true },
			);
			const answer = await n8n.postWebhook('http-request', {});
			expect(answer.status).toBe(200);
			expect(answer.body[0]).toMatchObject({
				code: 'SUCCESS',
				data: { content: expect.any(Array) },
			});
			expect(emulator.calls('/openapi/shop/v1/list')[0].headers.authorization).toMatch(
				new RegExp(`^${emulator.account.accessKey}:`),
			);
			await n8n.api('POST', `/workflows/${workflow.id}/deactivate`);
		});
		it('signs nothing for another origin, and never lets a redirect carry the signature', async () => {
			const received = [];
			const stranger = http.createServer((req, res) => {
				received.push({ url: req.url, authorization: req.headers.authorization });
				res
					.writeHead(200, { 'Content-Type': 'application/json' })
					.end('{"code":"SUCCESS","data":[]}');
			});
			await new Promise((resolve) => stranger.listen(0, '127.0.0.1', resolve));
			const strangerUrl = `http://127.0.0.1:${stranger.address().port}`;
			try {
				const foreign = await n8n.createWorkflow(
					httpRequestWorkflow('http-foreign', setup.credential, strangerUrl),
					{ activate: true },
				);
				expect((await n8n.postWebhook('http-foreign', {})).status).toBe(500);
				const [refused] = await n8n.waitForExecutions(foreign.id, 1, { includeData: true });
				expect(JSON.stringify(refused.data.resultData.error)).toContain(
					'signs only requests to its Host',
				);

				emulator.injectFault({
					kind: 'redirect',
					path: '/openapi/shop/v1/list',
					location: `${strangerUrl}/openapi/shop/v1/list`,
				});
				const redirected = await n8n.createWorkflow(
					httpRequestWorkflow('http-redirected', setup.credential, emulator.url),
					{ activate: true },
				);
				await n8n.postWebhook('http-redirected', {});
				await n8n.waitForExecutions(redirected.id, 1);

				emulator.injectFault({
					kind: 'redirect',
					path: BATCH_GET,
					location: `${strangerUrl}${BATCH_GET}`,
				});
				await n8n.createWorkflow(
					gineeWorkflow(
						'Get Details redirected',
						'get-details-redirected',
						setup.credential,
						getDetailsParameters('={{ $json.id }}'),
						{ continueOnFail: true },
					),
					{ activate: true },
				);
				const answer = await n8n.postWebhook('get-details-redirected', {
					items: [{ id: recent[0].orderId }],
				});
				expect(answer.body).toEqual([
					{ error: expect.stringContaining('Ginee answered with a redirect (HTTP 307') },
				]);
				expect(received).toEqual([]);
				expect(emulator.calls(BATCH_GET)).toHaveLength(1);
			} finally {
				await new Promise((resolve) => stranger.close(resolve));
			}
		});
	});

	describe('Ginee node', () => {
		it('looks up 250 ids over 250 input items in 3 batch-get calls, each order paired to its item', async () => {
			const workflow = gineeWorkflow(
				'Get Details x250',
				'get-details',
				setup.credential,
				getDetailsParameters('={{ $json.id }}', {
					simplify: true,
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

		it('version 1.1: Output Simplified (a seller’s words) by default, Selected Fields exactly; version 1 still reads Simplify', async () => {
			const ids = recent.slice(0, 3).map((order) => order.orderId);
			const run = async (webhookPath, parameters, typeVersion) => {
				await n8n.createWorkflow(
					gineeWorkflow(`Output ${webhookPath}`, webhookPath, setup.credential, parameters, {
						typeVersion,
					}),
					{ activate: true },
				);
				const answer = await n8n.postWebhook(webhookPath, { items: [{ ids }] });
				expect(answer.status).toBe(200);
				return answer.body;
			};
			const simplified = await run('output-default', getDetailsParameters('={{ $json.ids }}'), 1.1);
			const selected = await run(
				'output-fields',
				getDetailsParameters('={{ $json.ids }}', {
					output: 'fields',
					fields: ['orderStatus', 'shippingAddressInfo'],
				}),
				1.1,
			);
			const rawV1 = await run(
				'output-v1-raw',
				getDetailsParameters('={{ $json.ids }}', { simplify: false }),
				1,
			);
			expect(rawV1.map((order) => order.orderId)).toEqual(ids);
			expect(Object.keys(rawV1[0]).length).toBeGreaterThan(30);
			// in a seller's words from version 1.1 (version 1's Simplify: Ginee's)
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
				rawV1.map((order) => order.externalOrderSn),
			);
			expect(selected).toEqual(
				rawV1.map((order) => ({
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
						simplify: false,
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
			expect(read.masterPrice).toEqual({ amount: 50000, currencyCode: 'IDR' });
			expect(
				read.channelPriceVOList.map((shop) => [shop.channel, shop.channelPrice.amount]),
			).toEqual([
				['SHOPEE_ID', 52000],
				['TOKOPEDIA_ID', 50000],
				['LAZADA_ID', 50000],
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
					`${n8n.baseUrl}/schemas/n8n-nodes-ginee.ginee/1.0.0/${resourceAndOperation}.json`,
				);
				return { status: response.status, body: response.ok ? await response.json() : null };
			};
			const details = await schema('order/getDetails');
			expect(details.status).toBe(200);
			expect(Object.keys(details.body.properties)).toEqual(
				expect.arrayContaining(['orderId', 'externalOrderSn', 'customerName', 'items']),
			);
			for (const name of ['order/getMany', 'order/updateManualOrder', 'shop/getMany'])
				expect((await schema(name)).status).toBe(200);
		});

		it('offers the account’s shops in the shop picker, searchable', async () => {
			const search = async (filter) =>
				await n8n.rest('POST', '/dynamic-node-parameters/resource-locator-results', {
					nodeTypeAndVersion: { name: 'n8n-nodes-ginee.ginee', version: 1 },
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
					simplify: true,
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

	describe('Ginee Trigger', () => {
		const post = (webhookId, body, options) => n8n.postWebhook(`${webhookId}/ginee`, body, options);
		let allEvents;
		let serial = 1000;
		const fresh = (entity, action) => generateDelivery({ entity, action, n: serial++ });

		/** Posts a fresh selected delivery and waits for it: afterwards every earlier delivery has been counted. */
		async function settledExecutions(workflowId, webhookId, expected) {
			expect((await post(webhookId, fresh('order', 'CREATE'))).status).toBe(200);
			const executions = await n8n.waitForExecutions(workflowId, expected + 1);
			return executions.length - 1;
		}

		beforeAll(async () => {
			allEvents = await n8n.createWorkflow(
				triggerWorkflow(
					'Ginee events',
					{
						events: [
							'order.CREATE',
							'delivery-order.CREATE',
							'delivery-order.UPDATE',
							'delivery-order.DELETE',
						],
					},
					'ginee-all',
				),
				{ activate: true },
			);
			await n8n.waitForWebhook('ginee-all/ginee');
		});

		it('starts exactly one execution per example delivery of the Web Hooks page and answers {"status": true}', async () => {
			for (const delivery of exampleDeliveries()) {
				const answer = await post('ginee-all', delivery);
				expect(answer).toEqual({ status: 200, body: { status: true } });
			}
			const executions = await n8n.waitForExecutions(allEvents.id, 3, { includeData: true });
			const emitted = executions.map(
				(execution) => execution.data.resultData.runData['Ginee Trigger'][0].data.main[0][0].json,
			);
			expect(emitted.map((json) => json.id).sort()).toEqual(
				exampleDeliveries()
					.map((d) => d.id)
					.sort(),
			);
			// every field Ginee sent, `user` included, exactly as sent
			for (const delivery of exampleDeliveries())
				expect(emitted.find((json) => json.id === delivery.id)).toEqual(delivery);
		});

		it('runs every entity and action once, and never a repeated id', async () => {
			const before = (await n8n.executions(allEvents.id)).length;
			const generated = WEBHOOK_EVENTS.map(([entity, action]) => fresh(entity, action));
			for (const delivery of generated)
				expect((await post('ginee-all', delivery)).status).toBe(200);
			for (const delivery of [...generated, ...exampleDeliveries()]) {
				expect(await post('ginee-all', delivery)).toEqual({
					status: 200,
					body: { status: true, duplicate: true },
				});
			}
			expect(await settledExecutions(allEvents.id, 'ginee-all', before + generated.length)).toBe(
				before + generated.length,
			);
		});

		it('starts exactly one execution per id when deliveries and their repeats arrive at the same time', async () => {
			const concurrent = await n8n.createWorkflow(
				triggerWorkflow('Concurrent', { events: ['*'] }, 'ginee-concurrent'),
				{ activate: true },
			);
			await n8n.waitForWebhook('ginee-concurrent/ginee');
			const deliveries = Array.from({ length: 20 }, () => fresh('order', 'CREATE'));
			const answers = await Promise.all(
				[...deliveries, ...deliveries].map((delivery) => post('ginee-concurrent', delivery)),
			);
			expect(answers.every((answer) => answer.status === 200)).toBe(true);
			expect(answers.filter((answer) => answer.body.duplicate)).toHaveLength(20);
			expect(await settledExecutions(concurrent.id, 'ginee-concurrent', 20)).toBe(20);
			const executions = await n8n.executions(concurrent.id, { includeData: true });
			const ids = executions.map(
				(execution) =>
					execution.data.resultData.runData['Ginee Trigger'][0].data.main[0][0].json.id,
			);
			const sent = deliveries.map((delivery) => delivery.id);
			expect(ids.filter((id) => sent.includes(id)).sort()).toEqual(sent.sort());
		});

		it('refuses only what it cannot handle, with a 4xx that names the problem, starting nothing', async () => {
			const before = (await n8n.executions(allEvents.id)).length;
			const deep = `{"id":"DEEP-1","entity":"order","action":"CREATE","payload":${'['.repeat(5000)}${']'.repeat(5000)}}`;
			const cases = [
				[{ rawBody: 'not json' }, 400, 'not valid UTF-8 JSON'],
				[{ rawBody: '[1,2]' }, 400, 'must be a JSON object, got an array'],
				[{ rawBody: '' }, 400, 'empty'],
				[{ rawBody: 'null' }, 400, 'got null'],
				[
					{ rawBody: JSON.stringify({ entity: 'order', action: 'CREATE', payload: {} }) },
					400,
					'Field "id" is missing',
				],
				[
					{ rawBody: JSON.stringify({ id: 7, entity: 'order', action: 'CREATE', payload: {} }) },
					400,
					'Field "id" must be a non-empty string',
				],
				[
					{ rawBody: JSON.stringify({ ...fresh('order', 'CREATE'), id: 'x'.repeat(257) }) },
					400,
					'longer than 256',
				],
				[{ rawBody: deep }, 400, 'deeper than 64'],
				[
					{ rawBody: JSON.stringify({ ...fresh('order', 'CREATE'), pad: 'x'.repeat(1_100_000) }) },
					413,
					'larger than',
				],
				[
					{ rawBody: 'this is not gzip at all', headers: { 'Content-Encoding': 'gzip' } },
					400,
					'could not be read',
				],
			];
			for (const [options, status, problem] of cases) {
				const answer = await post('ginee-all', undefined, options);
				expect({ status: answer.status, error: answer.body.error }).toEqual({
					status,
					error: expect.stringContaining(problem),
				});
			}
			// over 1 MiB with no Content-Length (chunked): the limit holds on the bytes read
			const chunked = await rawPost(
				`${n8n.baseUrl}/webhook/ginee-all/ginee`,
				{ 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
				[Buffer.from(`{"id":"BIG-1","pad":"`), Buffer.alloc(1_200_000, 0x78), Buffer.from('"}')],
			);
			expect(chunked.status).toBe(413);
			expect(await settledExecutions(allEvents.id, 'ginee-all', before)).toBe(before);
		});

		it('accepts what Ginee may send beyond its table: numeric createAt, no payload, no Content-Type, gzip, other fields', async () => {
			const anyEvent = await n8n.createWorkflow(
				triggerWorkflow('Liberal', { events: ['*'] }, 'ginee-liberal'),
				{ activate: true },
			);
			await n8n.waitForWebhook('ginee-liberal/ginee');
			const sent = [
				{ ...fresh('order', 'CREATE'), createAt: 1608792329174 },
				{ id: `NOPAYLOAD-${serial++}`, entity: 'order', action: 'CREATE' },
				{ id: `BARE-${serial++}` },
				{
					...fresh('delivery-order', 'UPDATE'),
					payload: 'not an object',
					futureField: { a: [1, 2] },
				},
			];
			for (const delivery of sent)
				expect(await post('ginee-liberal', delivery)).toEqual({
					status: 200,
					body: { status: true },
				});
			const untyped = fresh('order', 'CREATE');
			expect(
				(
					await rawPost(`${n8n.baseUrl}/webhook/ginee-liberal/ginee`, {}, [
						Buffer.from(JSON.stringify(untyped)),
					])
				).status,
			).toBe(200);
			const zipped = fresh('order', 'CREATE');
			expect(
				(
					await rawPost(
						`${n8n.baseUrl}/webhook/ginee-liberal/ginee`,
						{ 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
						[zlib.gzipSync(JSON.stringify(zipped))],
					)
				).status,
			).toBe(200);
			const executions = await n8n.waitForExecutions(anyEvent.id, sent.length + 2, {
				includeData: true,
			});
			const emitted = executions.map(
				(execution) => execution.data.resultData.runData['Ginee Trigger'][0].data.main[0][0].json,
			);
			for (const delivery of [...sent, untyped, zipped])
				expect(emitted.find((json) => json.id === delivery.id)).toEqual(delivery);
		});

		it('matches events whatever their case, and says why an event was ignored', async () => {
			// the credential makes it another Ginee account than 'Ginee events' (no credential)
			const ordersOnly = await n8n.createWorkflow(
				triggerWorkflow(
					'Orders only',
					{ events: ['order.CREATE'] },
					'ginee-orders',
					setup.credential,
				),
				{ activate: true },
			);
			await n8n.waitForWebhook('ginee-orders/ginee');
			expect(await post('ginee-orders', fresh('delivery-order', 'UPDATE'))).toEqual({
				status: 200,
				body: { status: true, ignored: 'delivery-order.UPDATE is not selected' },
			});
			expect(await post('ginee-orders', { id: `NO-ENTITY-${serial++}`, payload: {} })).toEqual({
				status: 200,
				body: { status: true, ignored: expect.stringContaining('only Any Event') },
			});
			expect(
				await post('ginee-orders', {
					...fresh('order', 'CREATE'),
					entity: 'Order',
					action: 'create',
				}),
			).toEqual({ status: 200, body: { status: true } });
			const [execution] = await n8n.waitForExecutions(ordersOnly.id, 1, { includeData: true });
			expect(
				execution.data.resultData.runData['Ginee Trigger'][0].data.main[0][0].json,
			).toMatchObject({ entity: 'Order', action: 'create' });
			await n8n.api('POST', `/workflows/${ordersOnly.id}/deactivate`);
		});

		it('refuses to publish a second trigger for the same Ginee module and account, naming the first', async () => {
			const first = await n8n.createWorkflow(
				triggerWorkflow(
					'Orders first',
					{ events: ['order.CREATE'] },
					'ginee-first',
					setup.credential,
				),
				{ activate: true },
			);
			const second = await n8n.createWorkflow(
				triggerWorkflow(
					'Orders second',
					{ events: ['delivery-order.CREATE', 'order.UPDATE'] },
					'ginee-second',
					setup.credential,
				),
			);
			// 2.8 refuses the publish; 2.4x publishes in the background and reports the trigger's
			// failure (n8n's log, and the editor's banner through its push channel)
			const refused = await n8n.api('POST', `/workflows/${second.id}/activate`).then(
				() => '',
				(error) => error.message,
			);
			const refusal = /Orders first.{0,4} already listens for order events/;
			await waitFor(
				'the refusal to be reported',
				async () => refusal.test(refused) || refusal.test(n8n.logText()),
				20_000,
			);
			expect((await post('ginee-second', fresh('order', 'UPDATE'))).status).toBe(404);
			// unpublishing the first frees the module
			await n8n.api('POST', `/workflows/${first.id}/deactivate`);
			await n8n.api('POST', `/workflows/${second.id}/deactivate`).catch(() => undefined);
			await n8n.api('POST', `/workflows/${second.id}/activate`);
			await n8n.waitForWebhook('ginee-second/ginee');
			await n8n.api('POST', `/workflows/${second.id}/deactivate`);
		});

		it('"Any event" lets new entities through', async () => {
			const anyEvent = await n8n.createWorkflow(
				triggerWorkflow('Any event', { events: ['*'] }, 'ginee-any'),
				{ activate: true },
			);
			await n8n.waitForWebhook('ginee-any/ginee');
			expect((await post('ginee-any', fresh('master_product_create', 'CREATE'))).status).toBe(200);
			const [execution] = await n8n.waitForExecutions(anyEvent.id, 1, { includeData: true });
			expect(
				execution.data.resultData.runData['Ginee Trigger'][0].data.main[0][0].json.entity,
			).toBe('master_product_create');
		});

		it('with Require Secret Token, checks the credential’s token (header or query) and refuses all when it is empty', async () => {
			const tokened = await n8n.createCredential('Ginee with webhook token', 'gineeApi', {
				...emulator.account,
				host: emulator.url,
				webhookToken: 's3cret-token',
			});
			const guarded = await n8n.createWorkflow(
				triggerWorkflow('Guarded', { events: ['*'], requireToken: true }, 'ginee-guarded', tokened),
				{ activate: true },
			);
			await n8n.waitForWebhook('ginee-guarded/ginee');
			expect(await post('ginee-guarded', fresh('order', 'CREATE'))).toMatchObject({ status: 401 });
			expect(
				await post('ginee-guarded', fresh('order', 'CREATE'), {
					headers: { 'X-Ginee-Token': 'wrong' },
				}),
			).toMatchObject({ status: 401 });
			expect(
				(
					await post('ginee-guarded', fresh('order', 'CREATE'), {
						headers: { 'X-Ginee-Token': 's3cret-token' },
					})
				).status,
			).toBe(200);
			expect(
				(await post('ginee-guarded', fresh('order', 'CREATE'), { query: '?token=s3cret-token' }))
					.status,
			).toBe(200);
			expect(
				(
					await post('ginee-guarded', fresh('order', 'CREATE'), {
						headers: { 'X-Ginee-Token': '' },
						query: '?token=s3cret-token',
					})
				).status,
			).toBe(200);
			expect(await n8n.waitForExecutions(guarded.id, 3)).toHaveLength(3);
			const stored = await n8n.api('GET', `/workflows/${guarded.id}`);
			expect(JSON.stringify(stored)).not.toContain('s3cret-token');

			const blank = await n8n.createCredential('Ginee without webhook token', 'gineeApi', {
				...emulator.account,
				host: emulator.url,
				webhookToken: '',
			});
			const closed = await n8n.createWorkflow(
				triggerWorkflow(
					'Token missing',
					{ events: ['*'], requireToken: true },
					'ginee-token-missing',
					blank,
				),
				{ activate: true },
			);
			await n8n.waitForWebhook('ginee-token-missing/ginee');
			for (const options of [{}, { headers: { 'X-Ginee-Token': '' } }, { query: '?token=' }]) {
				expect(await post('ginee-token-missing', fresh('order', 'CREATE'), options)).toEqual({
					status: 401,
					body: { status: false, error: expect.stringContaining('has none') },
				});
			}
			expect(
				await settledExecutions(
					allEvents.id,
					'ginee-all',
					(await n8n.executions(allEvents.id)).length,
				),
			).toBeGreaterThan(0);
			expect(await n8n.executions(closed.id)).toHaveLength(0);
		});

		it('fetches the full order for order events when asked, keeping the delivery beside it', async () => {
			const fetching = await n8n.createWorkflow(
				triggerWorkflow(
					'Fetch full order',
					{ events: ['order.CREATE'], fetchFullOrder: true },
					'ginee-fetch',
					setup.credential,
				),
				{ activate: true },
			);
			await n8n.waitForWebhook('ginee-fetch/ginee');
			const orderId = recent[3].orderId;
			const deliverCreated = async () =>
				(
					await post(
						'ginee-fetch',
						generateDelivery({ entity: 'order', action: 'CREATE', n: serial++, orderId }),
					)
				).status;
			expect(await deliverCreated()).toBe(200);
			emulator.injectFault({ kind: 'http500', path: BATCH_GET, times: 10 });
			expect(await deliverCreated()).toBe(200);
			expect(emulator.calls(BATCH_GET)).toHaveLength(2); // one attempt: Ginee waits for the answer meanwhile
			emulator.faults.clear();
			emulator.injectFault({ kind: 'hang', path: BATCH_GET, times: 10 });
			const started = Date.now();
			expect(await deliverCreated()).toBe(200);
			expect(Date.now() - started).toBeLessThan(9000);
			const executions = await n8n.waitForExecutions(fetching.id, 3, { includeData: true });
			const emitted = executions.map(
				(execution) => execution.data.resultData.runData['Ginee Trigger'][0].data.main[0][0].json,
			);
			const withOrder = emitted.find((json) => json.order);
			const withError = emitted.find((json) => /INTERNAL_ERROR/.test(json.fetchError ?? ''));
			expect(withOrder).toMatchObject({
				entity: 'order',
				payload: { orderId },
				order: { orderId, orderStatus: expect.any(String) },
			});
			expect(withError).toMatchObject({
				entity: 'order',
				payload: { orderId },
				order: null,
				fetchError: expect.stringContaining('INTERNAL_ERROR'),
			});
			expect(emitted.find((json) => /timeout/.test(json.fetchError ?? ''))).toMatchObject({
				order: null,
				fetchError: 'Could not reach Ginee: no answer within the timeout',
			});
		});

		it('takes master product and custom events, and fetches the full product, inbound and outbound order when asked', async () => {
			const products = await n8n.createWorkflow(
				triggerWorkflow(
					'Master products',
					{
						// Fetch Full Inbound / Outbound Order show (and apply) with their list entries
						events: [
							'master_product_create.CREATE',
							'master_product_update.UPDATE',
							'inbound_order.*',
							'outbound_order.*',
						],
						customEvents: 'fulfillment_order.CREATE',
						fetchFullProduct: true,
						fetchFullInboundOrder: true,
						fetchFullOutboundOrder: true,
					},
					'ginee-products',
					setup.credential,
				),
				{ activate: true },
			);
			await n8n.waitForWebhook('ginee-products/ginee');
			const [product] = emulator.store.products;
			const created = generateDelivery({
				entity: 'master_product_create',
				action: 'CREATE',
				n: serial++,
				productId: product.productId,
			});
			const inboundOrderId = purchaseInboundOrder(
				emulator.store,
				{
					warehouseId: 'WW64C000001CEDFD0000000001',
					deliveryMethod: 'DEFAULT',
					immediateExecute: true,
					needPushFulfillment: false,
					itemCreateList: [
						{
							shelfInventoryId: [...emulator.store.inventory.values()][0].shelfInventoryIds[0],
							planQuantity: 2,
							realQuantity: 2,
							planPrice: 10,
							realPrice: 10,
						},
					],
				},
				() => Date.now(),
			);
			const inbound = generateDelivery({
				entity: 'inbound_order',
				action: 'COMPLETE',
				n: serial++,
				inboundOrderId: String(inboundOrderId),
			});
			const outboundOrderId = manualOutboundOrderCreate(
				emulator.store,
				{
					warehouseId: 'WW64C000001CEDFD0000000001',
					deliveryMethod: 'DEFAULT',
					immediateExecute: false,
					needPushFulfillment: false,
					itemCreateList: [
						{
							shelfInventoryId: [...emulator.store.inventory.values()][0].shelfInventoryIds[0],
							planQuantity: 1,
							realQuantity: 1,
							planPrice: 10,
							realPrice: 10,
						},
					],
				},
				() => Date.now(),
			);
			const outbound = generateDelivery({
				entity: 'outbound_order',
				action: 'CREATE',
				n: serial++,
				outboundOrderId: String(outboundOrderId),
			});
			const deleted = generateDelivery({
				entity: 'master_product_delete',
				action: 'DELETE',
				n: serial++,
			});
			expect((await post('ginee-products', created)).status).toBe(200);
			expect((await post('ginee-products', inbound)).status).toBe(200);
			expect((await post('ginee-products', outbound)).status).toBe(200);
			expect(await post('ginee-products', deleted)).toEqual(
				expect.objectContaining({
					status: 200,
					body: { status: true, ignored: 'master_product_delete.DELETE is not selected' },
				}),
			);
			const executions = await n8n.waitForExecutions(products.id, 3, { includeData: true });
			const emitted = executions.map(
				(execution) => execution.data.resultData.runData['Ginee Trigger'][0].data.main[0][0].json,
			);
			expect(emitted.find((json) => json.entity === 'master_product_create')).toEqual({
				...created,
				product,
			});
			expect(emitted.find((json) => json.entity === 'inbound_order')).toEqual({
				...inbound,
				inboundOrder: JSON.parse(JSON.stringify(emulator.store.inboundOrders.get(inboundOrderId))),
			});
			expect(emulator.store.outboundOrders.get(outboundOrderId)).toMatchObject({
				status: 'CREATE',
			});
			expect(emulator.store.outboundOrders.get(outboundOrderId).id).toBe(outboundOrderId);
			expect(emitted.find((json) => json.entity === 'outbound_order')).toEqual({
				...outbound,
				outboundOrder: JSON.parse(
					JSON.stringify(emulator.store.outboundOrders.get(outboundOrderId)),
				),
			});
			expect(emulator.calls(PATHS.getMasterProduct).at(-1).method).toBe('GET');
		});

		it('still runs a delivery once when n8n restarts between the delivery and its repeat', async () => {
			const delivery = fresh('delivery-order', 'CREATE');
			const before = (await n8n.executions(allEvents.id)).length;
			expect((await post('ginee-all', delivery)).status).toBe(200);
			await n8n.waitForExecutions(allEvents.id, before + 1);
			await n8n.stop();
			await n8n.start();
			await n8n.signIn();
			await n8n.waitForWebhook('ginee-all/ginee');
			expect(await post('ginee-all', delivery)).toEqual({
				status: 200,
				body: { status: true, duplicate: true },
			});
			expect(await settledExecutions(allEvents.id, 'ginee-all', before + 1)).toBe(before + 1);
		});

		it('never writes the secret key into execution data or n8n’s log', async () => {
			const executions = await n8n.executions(allEvents.id, { includeData: true });
			expect(executions.length).toBeGreaterThan(0);
			expect(JSON.stringify(executions)).not.toContain(emulator.account.secretKey);
			expect(n8n.logText()).not.toContain(emulator.account.secretKey);
		});
	});
});
