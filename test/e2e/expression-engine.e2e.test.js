'use strict';
// The Ginee Trigger and n8n's expression engine (docs/performance.md, "Flash sales"). n8n 2.4x takes
// an expression isolate for the web-hook phase of every trigger but its own Webhook node; with
// N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE=true it takes one only when an expression is evaluated. Shown
// with n8n's own counter of isolates taken (on /metrics): the trigger takes none for a delivery
// (one whose Events field is an expression takes one, which shows the counter counts), and
// de-duplicates and refuses as under n8n's defaults.
const { N8nInstance } = require('../../tools/n8n-harness/n8n');
const { N8N_LINES } = require('../../tools/n8n-harness/versions');
const { sleep } = require('../helpers/shared');
const { generateDelivery } = require('../../tools/ginee-emulator/webhooks');
const { triggerOnlyWorkflow } = require('../../tools/n8n-harness/workflows');

jest.setTimeout(300_000);

describe(`Ginee Trigger with N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE=true, real n8n ${N8N_LINES[0]}`, () => {
	const n8n = new N8nInstance({
		version: N8N_LINES[0],
		env: { N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true', N8N_METRICS: 'true' },
	});
	let firstN = 9_400_000;
	const deliveries = (count) =>
		Array.from({ length: count }, () =>
			generateDelivery({ entity: 'order', action: 'CREATE', n: firstN++ }),
		);

	beforeAll(async () => {
		await n8n.start();
		await n8n.signIn();
	});
	afterAll(async () => {
		await n8n.dispose();
	});

	/** n8n's count of expression isolates taken since it started. */
	async function isolatesTaken() {
		const text = await (await fetch(`${n8n.baseUrl}/metrics`)).text();
		const line = text.split('\n').find((row) => /^n8n_expression_pool_acquired_total\b/.test(row));
		if (!line) throw new Error('n8n_expression_pool_acquired_total is not on /metrics');
		return Number(line.split(' ').pop());
	}

	const deliveryIds = (executions) =>
		executions.map(
			(execution) => execution.data.resultData.runData['Ginee Trigger'][0].data.main[0][0].json.id,
		);

	async function activeTrigger(name, webhookId, parameters = {}) {
		const workflow = await n8n.createWorkflow(triggerOnlyWorkflow(name, webhookId, parameters), {
			activate: true,
		});
		await n8n.waitForWebhook(`${webhookId}/ginee`);
		return workflow;
	}

	it('takes no isolate for a delivery; a trigger with an expression in its fields takes one', async () => {
		const current = await activeTrigger('Lazy engine: plain', 'lazy-plain');
		const withExpression = await activeTrigger('Lazy engine: expression', 'lazy-expression', {
			events: '={{ ["*"] }}',
		});

		const before = await isolatesTaken();
		const sent = deliveries(10);
		for (const delivery of sent)
			expect(await n8n.postWebhook('lazy-plain/ginee', delivery)).toEqual({
				status: 200,
				body: { status: true },
			});
		const ran = await n8n.waitForExecutions(current.id, sent.length, { includeData: true });
		expect(deliveryIds(ran).sort()).toEqual(sent.map((delivery) => delivery.id).sort());
		expect(await isolatesTaken()).toBe(before);

		const sentToExpression = deliveries(5);
		for (const delivery of sentToExpression)
			expect((await n8n.postWebhook('lazy-expression/ginee', delivery)).status).toBe(200);
		expect(await n8n.waitForExecutions(withExpression.id, sentToExpression.length)).toHaveLength(
			sentToExpression.length,
		);
		expect((await isolatesTaken()) - before).toBeGreaterThanOrEqual(sentToExpression.length);
	});

	it('runs a resend once and refuses a body that is not JSON, starting nothing', async () => {
		const workflow = await activeTrigger('Lazy engine: resends', 'lazy-resend');
		const [delivery] = deliveries(1);
		expect((await n8n.postWebhook('lazy-resend/ginee', delivery)).body).toEqual({ status: true });
		expect((await n8n.postWebhook('lazy-resend/ginee', delivery)).body).toEqual({
			status: true,
			duplicate: true,
		});
		// n8n parses the trigger's JSON body itself, and refuses one it cannot parse
		const malformed = await n8n.postWebhook('lazy-resend/ginee', undefined, {
			rawBody: '{"id": "broken",',
		});
		expect(malformed.status).toBeGreaterThanOrEqual(400);
		expect(malformed.status).toBeLessThan(500);
		// any other Content-Type is left to the trigger, which reads the raw body
		const asText = deliveries(1)[0];
		expect(
			await n8n.postWebhook('lazy-resend/ginee', undefined, {
				rawBody: JSON.stringify(asText),
				headers: { 'Content-Type': 'text/plain' },
			}),
		).toEqual({ status: 200, body: { status: true } });

		await n8n.waitForExecutions(workflow.id, 2);
		await sleep(1000);
		expect(deliveryIds(await n8n.executions(workflow.id, { includeData: true })).sort()).toEqual(
			[delivery.id, asText.id].sort(),
		);
	});
});
