'use strict';
// A flash sale in miniature, inside real n8n (each line, its default SQLite set-up): 1,000
// distinct deliveries (3,000 in `npm run test:soak`) at 10 connections to one Ginee Trigger, sent
// as a retrying Ginee would.
// Acknowledged must mean recorded: once n8n is idle, every delivery answered 2xx has exactly one
// execution, a refused one none, and after a restart a resend of every delivery runs nothing again.
const { N8nInstance } = require('../../tools/n8n-harness/n8n');
const { N8N_LINES } = require('../../tools/n8n-harness/versions');
const {
	LOG_PATTERNS,
	account,
	sendSustained,
	waitUntilIdle,
} = require('../../tools/n8n-harness/load');
const { generateDelivery } = require('../../tools/ginee-emulator/webhooks');
const { runSize } = require('../../tools/n8n-harness/soak');
const { triggerWorkflow } = require('../../tools/n8n-harness/workflows');

jest.setTimeout(900_000);

const DELIVERIES = runSize(1000, 3000);

describe.each(N8N_LINES)('sustained load inside real n8n %s (SQLite)', (version) => {
	const n8n = new N8nInstance({ version, logPatterns: LOG_PATTERNS });

	beforeAll(async () => {
		await n8n.start();
		await n8n.signIn();
	});

	afterAll(async () => {
		await n8n.dispose();
	});

	it(`${DELIVERIES} deliveries at 10 connections: each acknowledged one runs exactly once, also across a restart`, async () => {
		const workflow = await n8n.createWorkflow(
			triggerWorkflow('Flash sale', { events: ['*'] }, 'ginee-flash-sale'),
			{ activate: true },
		);
		await n8n.waitForWebhook('ginee-flash-sale/ginee');
		const url = `${n8n.baseUrl}/webhook/ginee-flash-sale/ginee`;
		const deliveries = Array.from({ length: DELIVERIES }, (_, n) =>
			generateDelivery({ entity: 'order', action: 'CREATE', n: 3_000_000 + n }),
		);

		const run = await sendSustained(url, deliveries, {
			connections: 10,
			attempts: 20,
			retryDelayMs: 500,
		});
		await waitUntilIdle(n8n, workflow.id);
		const result = await account(n8n, workflow.id, run.answers);
		console.log(
			`sustained run on n8n ${version}: ${result.sent} deliveries in ${run.seconds.toFixed(0)} s; ${result.acknowledged} acknowledged, ` +
				`${result.refusals} refusals (5xx) and ${result.dropped} dropped connections, resent; executions ${JSON.stringify(result.byStatus)}; ` +
				`lost ${result.lost.length}, run twice ${result.twice.length}, run unacknowledged ${result.unacknowledgedRuns.length}; ` +
				`n8n log: ${JSON.stringify(n8n.logCounts)} ${JSON.stringify(n8n.logSamples)}`,
		);
		expect(result.acknowledged).toBe(DELIVERIES);
		expect(result.lost).toEqual([]);
		expect(result.twice).toEqual([]);
		expect(result.unacknowledgedRuns).toEqual([]);
		expect(result.executions).toBe(DELIVERIES);

		// the record of accepted ids survived the run's static-data saves (and any that failed): after a
		// restart, every delivery sent again is a duplicate and starts nothing
		await n8n.stop();
		await n8n.start();
		await n8n.signIn();
		await n8n.waitForWebhook('ginee-flash-sale/ginee');
		const resent = await sendSustained(url, deliveries, {
			connections: 10,
			attempts: 20,
			retryDelayMs: 500,
		});
		expect([...resent.answers.values()].every((statuses) => statuses.at(-1) === 200)).toBe(true);
		const after = await waitUntilIdle(n8n, workflow.id, { quietMs: 5000 });
		expect(after).toHaveLength(DELIVERIES);
	});
});
