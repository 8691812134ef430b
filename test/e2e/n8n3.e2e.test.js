'use strict';
// Ready for n8n 3.0, checked inside real n8n 2.41.1 (3.0 is not on the npm registry): its SSRF
// protection (which 3.0 tightens) with and without an exception for a local Ginee Host, and its
// 3.0 Migration Report over every example and the workflows below.
const fs = require('node:fs');
const path = require('node:path');
const { N8N_LINES } = require('../../tools/n8n-harness/versions');
const { useN8nWithEmulator } = require('../../tools/n8n-harness/setup');
const { example, gineeWorkflow, triggerWorkflow } = require('../../tools/n8n-harness/workflows');
const { generateDelivery } = require('../../tools/ginee-emulator/webhooks');
const {
	PATHS,
	getDetailsParameters,
	printLabelParameters,
	recentOrders,
} = require('../helpers/shared');

jest.setTimeout(600_000);

const VERSION = N8N_LINES[0];
const JAKARTA = { __rl: true, mode: 'id', value: 'WW64C000001CEDFD0000000001' };
const EXAMPLES = fs
	.readdirSync(path.join(__dirname, '../../examples'))
	.filter((file) => file.endsWith('.json'));

/** The workflows every block runs: a read, a write, a download and the trigger's fetch. */
async function createWorkflows({ n8n, credential }) {
	const create = async (workflow) => await n8n.createWorkflow(workflow, { activate: true });
	const options = { continueOnFail: true };
	await create(
		gineeWorkflow(
			'SSRF: read',
			'ssrf-read',
			credential,
			getDetailsParameters('={{ $json.id }}'),
			options,
		),
	);
	await create(
		gineeWorkflow(
			'SSRF: write',
			'ssrf-write',
			credential,
			{
				resource: 'inventory',
				operation: 'setWarehouseStock',
				warehouseId: JAKARTA,
				sku: '={{ $json.sku }}',
				quantity: '={{ $json.quantity }}',
				options: {},
			},
			options,
		),
	);
	await create(
		gineeWorkflow(
			'SSRF: label',
			'ssrf-label',
			credential,
			printLabelParameters('={{ $json.orderId }}'),
			options,
		),
	);
	const trigger = await create(
		triggerWorkflow(
			'SSRF: trigger',
			{ events: ['order.CREATE'], fetchFullOrder: true },
			'ssrf-trigger',
			credential,
		),
	);
	await n8n.waitForWebhook('ssrf-trigger/ginee');
	return trigger;
}

/** The credential dialog's Test button for the emulator's account. */
const testCredential = async ({ n8n, emulator, credential }) =>
	await n8n.testCredential(credential.id, credential.name, 'gineeApi', {
		...emulator.account,
		host: emulator.url,
	});

const post = async (n8n, webhookPath, items) =>
	(await n8n.postWebhook(webhookPath, { items })).body;

describe(`n8n ${VERSION} with SSRF protection on and the emulator allowed (N8N_SSRF_ALLOWED_IP_RANGES)`, () => {
	const setup = useN8nWithEmulator({
		version: VERSION,
		env: { N8N_SSRF_PROTECTION_ENABLED: 'true', N8N_SSRF_ALLOWED_IP_RANGES: '127.0.0.1/32' },
	});
	const { emulator, n8n } = setup;
	let trigger;

	beforeAll(async () => {
		trigger = await createWorkflows(setup);
	});

	it('the credential test, a read, a write, a label download and the trigger’s fetch all work', async () => {
		const tested = await testCredential(setup);
		expect(tested.status).toBe('OK');
		const [order] = recentOrders(emulator);
		const [read] = await post(n8n, 'ssrf-read', [{ id: order.orderId }]);
		expect(read).toMatchObject({ orderId: order.orderId, status: order.orderStatus });
		const [written] = await post(n8n, 'ssrf-write', [{ sku: 'BATIK-LP', quantity: 12 }]);
		expect(written).toMatchObject({ warehouseStock: 12 });
		expect(emulator.calls(PATHS.adjustInventory)).toHaveLength(1);
		const shipping = [...emulator.store.orders.values()].find(
			(candidate) => candidate.orderStatus === 'SHIPPING' && candidate.channel !== 'MANUAL_ID',
		);
		const [label] = await post(n8n, 'ssrf-label', [{ orderId: shipping.orderId }]);
		expect(label.error).toBeUndefined();
		expect(label.pdfUrl).toMatch(/\.pdf$/);
		expect(
			(
				await n8n.postWebhook(
					'ssrf-trigger/ginee',
					generateDelivery({ entity: 'order', action: 'CREATE', n: 1, orderId: order.orderId }),
				)
			).status,
		).toBe(200);
		const [execution] = await n8n.waitForExecutions(trigger.id, 1, { includeData: true });
		const emitted = execution.data.resultData.runData['Ginee Trigger'][0].data.main[0][0].json;
		expect(emitted.fetchError).toBeUndefined();
		expect(emitted.order).toMatchObject({ orderId: order.orderId });
	});

	it('the 3.0 Migration Report finds nothing about our nodes or credential in any example', async () => {
		for (const file of EXAMPLES)
			await n8n.createWorkflow(example(file, setup.credential, file.replace(/\.json$/, '')));
		const { report, totalWorkflows } = await n8n.rest(
			'POST',
			'/breaking-changes/report/refresh?version=v3',
		);
		expect(totalWorkflows).toBeGreaterThanOrEqual(EXAMPLES.length + 4);
		const ours = [];
		for (const result of report.workflowResults.filter((rule) => rule.nbAffectedWorkflows > 0)) {
			const detail = await n8n.rest('GET', `/breaking-changes/report/${result.ruleId}`);
			for (const workflow of detail.affectedWorkflows ?? [])
				for (const issue of workflow.issues ?? [])
					if (String(issue.nodeName ?? '').match(/ginee/i) || /ginee/i.test(issue.title))
						ours.push(`${result.ruleId}: ${workflow.name}: ${issue.title}`);
		}
		expect(ours).toEqual([]);
		// what concerns an instance that runs Ginee workflows: README Compatibility says what to do
		const instance = report.instanceResults.map((result) => result.ruleId);
		expect(instance).toEqual(
			expect.arrayContaining(['unverified-packages-v3', 'ssrf-default-blocked-ranges-v3']),
		);
	});
});

describe(`n8n ${VERSION} with SSRF protection on and no exception for the emulator`, () => {
	const setup = useN8nWithEmulator({
		version: VERSION,
		env: { N8N_SSRF_PROTECTION_ENABLED: 'true' },
	});
	const { emulator, n8n } = setup;
	let trigger;
	const blocked = expect.stringContaining(
		'SSRF protection blocked 127.0.0.1:', // the Host, then the setting that allows it
	);

	beforeAll(async () => {
		trigger = await createWorkflows(setup);
	});

	it('a read, a write and the trigger’s fetch each name the setting; nothing reaches Ginee', async () => {
		const [order] = recentOrders(emulator);
		const [read] = await post(n8n, 'ssrf-read', [{ id: order.orderId }]);
		expect(read.error).toEqual(blocked);
		expect(read.error).toContain('N8N_SSRF_ALLOWED_HOSTNAMES');
		const [written] = await post(n8n, 'ssrf-write', [{ sku: 'BATIK-LP', quantity: 12 }]);
		expect(written.error).toEqual(blocked);
		expect(JSON.stringify(written)).not.toMatch(/may already have been applied/);
		await n8n.postWebhook(
			'ssrf-trigger/ginee',
			generateDelivery({ entity: 'order', action: 'CREATE', n: 2, orderId: order.orderId }),
		);
		const [execution] = await n8n.waitForExecutions(trigger.id, 1, { includeData: true });
		const emitted = execution.data.resultData.runData['Ginee Trigger'][0].data.main[0][0].json;
		expect(emitted).toMatchObject({ order: null, fetchError: blocked });
		expect(emulator.calls(PATHS.batchGet)).toHaveLength(0);
		expect(emulator.calls(PATHS.adjustInventory)).toHaveLength(0);
	});

	it('the credential test fails with n8n’s own words about the blocked address', async () => {
		const tested = await testCredential(setup);
		expect(tested).toEqual({ status: 'Error', message: expect.stringMatching(/restricted IP/) });
		expect(emulator.calls(PATHS.listShop)).toHaveLength(0);
	});
});
