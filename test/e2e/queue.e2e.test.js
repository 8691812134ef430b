'use strict';
// n8n's queue mode as sellers scale it out: PostgreSQL and Redis from Debian's packages, a main
// process, one worker and a webhook process, each with its own user folder and our package
// installed into it as docs/queue-mode.md says. The main process serves no production webhooks
// here, so every delivery provably goes through the webhook process; manual executions (the
// editor's Execute step) run on the worker, as n8n 3.0 always runs them.
const { N8nInstance } = require('../../tools/n8n-harness/n8n');
const { startPostgres, startRedis } = require('../../tools/n8n-harness/services');
const { account, sendSustained, waitUntilIdle } = require('../../tools/n8n-harness/load');
const { GineeEmulator } = require('../../tools/ginee-emulator/server');
const { createEmulatorCredential } = require('../../tools/n8n-harness/setup');
const { PATHS, recentOrders, getDetailsParameters } = require('../helpers/shared');
const { generateDelivery } = require('../../tools/ginee-emulator/webhooks');
const {
	chain,
	credentialRef,
	GINEE_NODE_VERSION,
	gineeWorkflow,
	triggerWorkflow,
} = require('../../tools/n8n-harness/workflows');

jest.setTimeout(600_000);

const BATCH_GET = PATHS.batchGet;

describe('n8n queue mode: main, worker and webhook process on PostgreSQL and Redis', () => {
	const emulator = new GineeEmulator();
	const processes = [];
	let postgres;
	let redis;
	let main;
	let worker;
	let webhook;
	let credential;
	let queueEnv;

	async function startProcess(command, { withPackage = true } = {}) {
		const instance = new N8nInstance({ command, env: queueEnv, withPackage });
		processes.push(instance);
		return await instance.start();
	}

	/** Activates on the main process, then waits until the given webhook process serves the path. */
	async function activate(workflow, webhookPath, via = webhook) {
		const created = await main.createWorkflow(workflow);
		await main.api('POST', `/workflows/${created.id}/activate`);
		await via.waitForWebhook(webhookPath);
		return created;
	}

	const emittedIds = (executions) =>
		executions.map(
			(execution) => execution.data.resultData.runData['Ginee Trigger'][0].data.main[0][0].json.id,
		);
	const ranOnWorker = (executionId) =>
		new RegExp(`Worker started execution ${executionId} `).test(worker.logText());

	beforeAll(async () => {
		await emulator.start();
		postgres = await startPostgres();
		redis = await startRedis();
		queueEnv = {
			...postgres.env,
			...redis.env,
			EXECUTIONS_MODE: 'queue',
			N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true',
			OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		};
		// the main process creates the schema; the others start once it is ready
		main = await startProcess('start');
		await main.signIn();
		[worker, webhook] = await Promise.all([startProcess('worker'), startProcess('webhook')]);
		credential = await createEmulatorCredential(main, emulator, 'Ginee (queue)');
	});

	afterAll(async () => {
		await Promise.allSettled(processes.reverse().map((instance) => instance.dispose()));
		await Promise.allSettled([postgres?.stop(), redis?.stop(), emulator.stop()]);
	});

	beforeEach(() => {
		emulator.requests = [];
	});

	it('runs Get Details on the worker against Ginee, answered through the webhook process', async () => {
		const workflow = await activate(
			gineeWorkflow(
				'Queue: Get Details',
				'queue-details',
				credential,
				getDetailsParameters('={{ $json.id }}', {
					output: 'simplified',
				}),
			),
			'queue-details',
		);
		const ids = recentOrders(emulator)
			.slice(0, 120)
			.map((order) => order.orderId);
		const answer = await webhook.postWebhook('queue-details', { items: ids.map((id) => ({ id })) });
		expect(answer.status).toBe(200);
		expect(answer.body.map((row) => row.orderId)).toEqual(ids);
		expect((await main.postWebhook('queue-details', { items: [] })).status).toBe(404);
		expect(emulator.calls(BATCH_GET)).toHaveLength(2);
		const [execution] = await main.waitForExecutions(workflow.id, 1);
		expect(execution.status).toBe('success');
		expect(ranOnWorker(execution.id)).toBe(true);
		for (const instance of processes)
			expect(instance.logText()).not.toMatch(/Unrecognized node type/);
	});

	it('runs the editor’s Execute step on the worker: a read, a write, the polling trigger’s test fetch; its lists load', async () => {
		const ours = (name, type, parameters, position) => ({
			id: name.replace(/\W/g, ''),
			name,
			type,
			typeVersion: GINEE_NODE_VERSION,
			position,
			parameters,
			credentials: credentialRef(credential),
		});
		/** The editor's Execute step on `nodeName`: its items, once the worker ran it. */
		const executeStep = async (workflow, nodeName) => {
			const created = await main.createWorkflow(workflow);
			const started = await main.rest('POST', `/workflows/${created.id}/run`, {
				destinationNode: { nodeName, mode: 'inclusive' },
			});
			const [execution] = await main.waitForExecutions(created.id, 1, { includeData: true });
			expect([execution.id, execution.mode, execution.status]).toEqual([
				String(started.executionId),
				'manual',
				'success',
			]);
			expect(ranOnWorker(execution.id)).toBe(true);
			return execution.data.resultData.runData[nodeName][0].data.main[0].map((item) => item.json);
		};
		const step = async (name, parameters) =>
			await executeStep(
				{
					name: `Queue: Execute step, ${name}`,
					nodes: [
						{
							id: 'start',
							name: 'Start',
							type: 'n8n-nodes-base.manualTrigger',
							typeVersion: 1,
							position: [0, 0],
							parameters: {},
						},
						ours('Ginee', 'n8n-nodes-ginee.ginee', parameters, [250, 0]),
					],
					connections: chain('Start', 'Ginee'),
				},
				'Ginee',
			);
		const [order] = recentOrders(emulator);
		expect(await step('read', getDetailsParameters([order.orderId]))).toEqual([
			expect.objectContaining({ orderId: order.orderId, status: order.orderStatus }),
		]);
		const written = await step('write', {
			resource: 'inventory',
			operation: 'setWarehouseStock',
			warehouseId: { __rl: true, mode: 'id', value: 'WW64C000001CEDFD0000000001' },
			sku: 'BATIK-LP',
			quantity: '21',
			options: {},
		});
		expect(written).toEqual([expect.objectContaining({ warehouseStock: 21 })]);
		expect(emulator.calls(PATHS.adjustInventory)).toHaveLength(1);
		const sample = await executeStep(
			{
				name: 'Queue: Execute step, polling trigger',
				nodes: [
					ours(
						'Ginee Orders (Polling)',
						'n8n-nodes-ginee.gineeOrderTrigger',
						{ event: 'newOrder' },
						[0, 0],
					),
				],
				connections: {},
			},
			'Ginee Orders (Polling)',
		);
		expect(sample.length).toBeGreaterThan(0);
		expect(sample[0]).toHaveProperty('marketplaceOrderNumber');
		// the editor's lists (answered by the main process)
		const lists = {
			nodeTypeAndVersion: { name: 'n8n-nodes-ginee.ginee', version: GINEE_NODE_VERSION },
			credentials: credentialRef(credential),
		};
		const shops = await main.rest('POST', '/dynamic-node-parameters/options', {
			...lists,
			path: 'parameters.shopIds',
			methodName: 'getShops',
			currentNodeParameters: { resource: 'order', operation: 'getMany' },
		});
		expect(shops.map((shop) => shop.value).sort()).toEqual(
			emulator.store.shops.map((shop) => shop.shopId).sort(),
		);
		const warehouses = await main.rest(
			'POST',
			'/dynamic-node-parameters/resource-locator-results',
			{
				...lists,
				path: 'parameters.warehouseId',
				methodName: 'searchWarehouses',
				currentNodeParameters: { resource: 'inventory', operation: 'getMany' },
			},
		);
		expect(warehouses.results.map((warehouse) => warehouse.name)).toContain('Gudang Jakarta (001)');
	});

	it('fails the execution with “Unrecognized node type” on a worker that lacks the package', async () => {
		await worker.stop();
		const bare = await startProcess('worker', { withPackage: false });
		try {
			const workflow = await activate(
				gineeWorkflow(
					'Queue: bare worker',
					'queue-bare',
					credential,
					getDetailsParameters('={{ $json.id }}'),
				),
				'queue-bare',
			);
			expect(
				(await webhook.postWebhook('queue-bare', { items: [{ id: 'SO-1' }] })).status,
			).toBeGreaterThanOrEqual(500);
			const [execution] = await main.waitForExecutions(workflow.id, 1, { includeData: true });
			expect(execution.status).toBe('error');
			expect(JSON.stringify(execution.data.resultData.error)).toContain(
				'Unrecognized node type: n8n-nodes-ginee.ginee',
			);
			expect(emulator.calls(BATCH_GET)).toHaveLength(0);
		} finally {
			await bare.dispose();
			await worker.start();
		}
	});

	describe('Ginee Trigger behind the webhook process', () => {
		let workflow;
		let serial = 500_000;
		const fresh = () => generateDelivery({ entity: 'order', action: 'CREATE', n: serial++ });
		const post = (delivery, via = webhook) => via.postWebhook('queue-trigger/ginee', delivery);

		/** Posts one more fresh delivery and waits for it: afterwards every earlier one has been counted. */
		async function settledExecutions(expected) {
			expect((await post(fresh())).status).toBe(200);
			return await main.waitForExecutions(workflow.id, expected + 1, { includeData: true });
		}

		beforeAll(async () => {
			workflow = await activate(
				triggerWorkflow('Queue: Ginee Trigger', { events: ['*'] }, 'queue-trigger'),
				'queue-trigger/ginee',
			);
		});

		it('starts exactly one execution, on the worker, per delivery id when deliveries and their repeats arrive together', async () => {
			const deliveries = Array.from({ length: 25 }, fresh);
			const answers = await Promise.all(
				[...deliveries, ...deliveries].map((delivery) => post(delivery)),
			);
			expect(answers.every((answer) => answer.status === 200)).toBe(true);
			expect(answers.filter((answer) => answer.body.duplicate)).toHaveLength(25);
			const executions = await settledExecutions(25);
			expect(executions).toHaveLength(26);
			const sent = deliveries.map((delivery) => delivery.id);
			expect(
				emittedIds(executions)
					.filter((id) => sent.includes(id))
					.sort(),
			).toEqual([...sent].sort());
			expect(executions.every((execution) => ranOnWorker(execution.id))).toBe(true);
		});

		it('acknowledges only what it recorded under sustained load: 600 deliveries at 10 connections, each run once', async () => {
			const sustainedWorkflow = await activate(
				triggerWorkflow('Queue: sustained', { events: ['*'] }, 'queue-sustained'),
				'queue-sustained/ginee',
			);
			const deliveries = Array.from({ length: 600 }, fresh);
			const run = await sendSustained(
				`${webhook.baseUrl}/webhook/queue-sustained/ginee`,
				deliveries,
				{ connections: 10, attempts: 20, retryDelayMs: 500 },
			);
			await waitUntilIdle(main, sustainedWorkflow.id, { quietMs: 5000 });
			const result = await account(main, sustainedWorkflow.id, run.answers);
			expect(result.acknowledged).toBe(600);
			expect({
				lost: result.lost,
				twice: result.twice,
				unacknowledged: result.unacknowledgedRuns,
			}).toEqual({ lost: [], twice: [], unacknowledged: [] });
			expect(result.byStatus).toEqual({ success: 600 });
		});

		it('starts nothing for a repeat that reaches a second webhook process later', async () => {
			const before = (await main.executions(workflow.id)).length;
			const second = await startProcess('webhook');
			await second.waitForWebhook('queue-trigger/ginee');
			const repeats = emittedIds(await main.executions(workflow.id, { includeData: true }));
			for (const id of repeats) {
				expect(await post({ ...fresh(), id }, second)).toEqual({
					status: 200,
					body: { status: true, duplicate: true },
				});
			}
			expect(await settledExecutions(before)).toHaveLength(before + 1);
		});

		it('leaves no trace of the secret key in execution data or any process’s log', async () => {
			const executions = await main.executions(workflow.id, { includeData: true });
			expect(JSON.stringify(executions)).not.toContain(emulator.account.secretKey);
			for (const instance of processes)
				expect(instance.logText()).not.toContain(emulator.account.secretKey);
		});
	});
});
