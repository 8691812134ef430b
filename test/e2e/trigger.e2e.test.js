'use strict';
// The Ginee Trigger: events, de-duplication, token, Fetch Full, restarts, inside a real n8n (the pinned version and an older line, installed as
// the Community Nodes installer does), talking HTTP to the Ginee emulator.
const { waitFor } = require('../../tools/n8n-harness/n8n');
const { PATHS } = require('../helpers/shared');
const {
	exampleDeliveries,
	generateDelivery,
	WEBHOOK_EVENTS,
} = require('../../tools/ginee-emulator/webhooks');
const {
	manualOutboundOrderCreate,
	purchaseInboundOrder,
} = require('../../tools/ginee-emulator/handlers/warehouseDocuments');
const http = require('node:http');
const zlib = require('node:zlib');
const { triggerWorkflow } = require('../../tools/n8n-harness/workflows');
const { insideN8n } = require('./insideN8n');

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

insideN8n(({ setup, emulator, n8n, recent }) => {
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

		it('refuses only what it cannot handle, saying why, starting nothing', async () => {
			const before = (await n8n.executions(allEvents.id)).length;
			const deep = `{"id":"DEEP-1","entity":"order","action":"CREATE","payload":${'['.repeat(5000)}${']'.repeat(5000)}}`;
			const cases = [
				// n8n parses a JSON body itself and refuses one it cannot parse, before the trigger
				[{ rawBody: 'not json' }, 422, 'Failed to parse request body'],
				// any other type is the trigger's to read
				[
					{ rawBody: 'not json', headers: { 'Content-Type': 'text/plain' } },
					400,
					'not valid UTF-8 JSON',
				],
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
					{
						rawBody: 'this is not gzip at all',
						headers: { 'Content-Encoding': 'gzip', 'Content-Type': 'application/octet-stream' },
					},
					400,
					'could not be read',
				],
				// a JSON body n8n unpacks itself: a broken gzip fails there, with n8n's own 500
				[
					{ rawBody: 'this is not gzip at all', headers: { 'Content-Encoding': 'gzip' } },
					500,
					'There was a problem executing the workflow',
				],
			];
			const answers = [];
			for (const [options] of cases) {
				const answer = await post('ginee-all', undefined, options);
				answers.push({ status: answer.status, error: answer.body.error ?? answer.body.message });
			}
			expect(answers).toEqual(
				cases.map(([, status, problem]) => ({ status, error: expect.stringContaining(problem) })),
			);
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
			try {
				// 2.8 refuses the publish; 2.4x publishes in the background and reports the trigger's
				// failure (n8n's log, and the editor's banner through its push channel)
				const refused = await n8n.api('POST', `/workflows/${second.id}/activate`).then(
					() => '',
					(error) => error.message,
				);
				const refusal = /Orders first.{0,4} already listens for order events/;
				// 2.4x tries a trigger five times, 15 s of pauses, before it reports the failure
				await waitFor(
					'the refusal to be reported',
					async () => refusal.test(refused) || refusal.test(n8n.logText()),
					90_000,
				);
				expect((await post('ginee-second', fresh('order', 'UPDATE'))).status).toBe(404);
				// unpublishing the first frees the module
				await n8n.api('POST', `/workflows/${first.id}/deactivate`);
				await n8n.api('POST', `/workflows/${second.id}/deactivate`).catch(() => undefined);
				await n8n.api('POST', `/workflows/${second.id}/activate`);
				await n8n.waitForWebhook('ginee-second/ginee');
			} finally {
				// the modules stay free for the tests after this one, whatever happened here
				for (const workflow of [first, second])
					await n8n.api('POST', `/workflows/${workflow.id}/deactivate`).catch(() => undefined);
			}
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
				order: { orderId, status: expect.any(String) },
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
