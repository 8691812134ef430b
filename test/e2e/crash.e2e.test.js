'use strict';
// n8n killed (SIGKILL) in the middle of a flash sale, restarted, and every delivery it had answered
// 200 sent again (docs/ginee-trigger.md, "n8n restarts or crashes"). Save Delivery IDs "Before Each
// Answer" (the default): none runs again. "Once a Second": only deliveries answered in the last
// moments before the kill may run again; the run prints how many did.
const { N8nInstance } = require('../../tools/n8n-harness/n8n');
const { N8N_LINES } = require('../../tools/n8n-harness/versions');
const { postOnce } = require('../../tools/n8n-harness/load');
const { sleep } = require('../helpers/shared');
const { generateDelivery } = require('../../tools/ginee-emulator/webhooks');
const { triggerOnlyWorkflow } = require('../../tools/n8n-harness/workflows');

jest.setTimeout(600_000);

const SENT = 3000;
/**
 * n8n is killed once this many deliveries are answered 200, the sale has run this long, and half of
 * them were answered more than WINDOW_MS before the kill.
 */
const KILL_AFTER = 200;
const MIN_SALE_MS = 10_000;
const CONNECTIONS = 10;
/**
 * A second between saves, plus what the last save may take on a busy machine (measured up to 2.2 s
 * before the kill in a fresh-clone `npm test`).
 */
const WINDOW_MS = 5000;

describe(`Ginee Trigger when n8n ${N8N_LINES[0]} is killed during a flash sale (SQLite)`, () => {
	const n8n = new N8nInstance({ version: N8N_LINES[0] });

	beforeAll(async () => {
		await n8n.start();
		await n8n.signIn();
	});
	afterAll(async () => {
		await n8n.dispose();
	});

	/**
	 * Sends deliveries at 10 connections, kills n8n mid-sale (KILL_AFTER, MIN_SALE_MS), restarts it and
	 * sends each answered one again. Gives when each was answered, when n8n was killed, and which ran
	 * again (answered without `duplicate`).
	 */
	async function killMidSale(saveDeliveryIds, webhookId, firstN) {
		await n8n.createWorkflow(
			triggerOnlyWorkflow(`Crash: ${saveDeliveryIds}`, webhookId, { saveDeliveryIds }),
			{ activate: true },
		);
		await n8n.waitForWebhook(`${webhookId}/ginee`);
		const url = `${n8n.baseUrl}/webhook/${webhookId}/ginee`;
		const deliveries = Array.from({ length: SENT }, (_, n) =>
			generateDelivery({ entity: 'order', action: 'CREATE', n: firstN + n }),
		);
		const answeredAt = new Map();
		let killedAt;
		const started = Date.now();
		const killer = (async () => {
			// the kill waits until the sale ran well beyond the window: however slow a busy machine
			// makes n8n, half of KILL_AFTER were answered more than WINDOW_MS before it
			const answeredBeforeWindow = () => {
				const line = Date.now() - WINDOW_MS;
				let count = 0;
				for (const at of answeredAt.values()) if (at < line) count++;
				return count;
			};
			const goingOn = () =>
				answeredAt.size < KILL_AFTER ||
				Date.now() - started < MIN_SALE_MS ||
				answeredBeforeWindow() <= KILL_AFTER / 2;
			while (goingOn() && Date.now() - started < 300_000) await sleep(5);
			killedAt = Date.now();
			await n8n.crash();
		})();
		let next = 0;
		await Promise.all(
			Array.from({ length: CONNECTIONS }, async () => {
				while (next < deliveries.length && killedAt === undefined) {
					const delivery = deliveries[next++];
					const { status } = await postOnce(url, JSON.stringify(delivery));
					if (status === 200) answeredAt.set(delivery.id, Date.now());
				}
			}),
		);
		await killer;

		await n8n.start();
		await n8n.signIn();
		await n8n.waitForWebhook(`${webhookId}/ginee`);
		const ranAgain = [];
		for (const delivery of deliveries.filter((sent) => answeredAt.has(sent.id))) {
			const { status, text } = await postOnce(url, JSON.stringify(delivery));
			expect(status).toBe(200);
			if (!JSON.parse(text).duplicate) ranAgain.push(delivery.id);
		}
		const beforeKill = (id) => killedAt - answeredAt.get(id);
		console.log(
			`killed with Save Delivery IDs ${saveDeliveryIds}: ${answeredAt.size} answered 200 over ` +
				`${((killedAt - started) / 1000).toFixed(1)} s; ${ranAgain.length} ran again when sent after the restart` +
				(ranAgain.length
					? `, answered ${Math.min(...ranAgain.map(beforeKill))}–${Math.max(...ranAgain.map(beforeKill))} ms before the kill`
					: ''),
		);
		return { answeredAt, ranAgain, beforeKill };
	}

	it('Before Each Answer (the default): no delivery answered 200 runs again', async () => {
		const { answeredAt, ranAgain } = await killMidSale('eachDelivery', 'crash-each', 9_600_000);
		expect(answeredAt.size).toBeGreaterThanOrEqual(KILL_AFTER);
		expect(ranAgain).toEqual([]);
	});

	it('Once a Second: only deliveries answered in the last moments before the kill run again', async () => {
		const { answeredAt, ranAgain, beforeKill } = await killMidSale(
			'everySecond',
			'crash-second',
			9_700_000,
		);
		expect(answeredAt.size).toBeGreaterThanOrEqual(KILL_AFTER);
		// the sale ran well beyond the window, so the deliveries answered before it show saves happened
		expect(
			[...answeredAt.keys()].filter((id) => beforeKill(id) > WINDOW_MS).length,
		).toBeGreaterThan(KILL_AFTER / 2);
		expect(ranAgain.filter((id) => beforeKill(id) > WINDOW_MS)).toEqual([]);
	});
});
