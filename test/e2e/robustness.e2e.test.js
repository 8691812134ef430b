'use strict';
// Fault and fuzz runs inside real n8n (each n8n line): a slow, failing, hanging or dropping Ginee;
// an n8n restart while deliveries arrive; 600 generated requests (2,400 in `npm run test:soak`)
// against the trigger's production URL.
const { N8N_LINES } = require('../../tools/n8n-harness/versions');
const { useN8nWithEmulator } = require('../../tools/n8n-harness/setup');
const { PATHS, recentOrders, sleep, getDetailsParameters } = require('../helpers/shared');
const { generateDelivery } = require('../../tools/ginee-emulator/webhooks');
const { fuzzCase } = require('../fuzz/deliveries');
const { deliveredId, waitUntilIdle } = require('../../tools/n8n-harness/load');
const { runSize } = require('../../tools/n8n-harness/soak');
const { gineeWorkflow, triggerWorkflow } = require('../../tools/n8n-harness/workflows');

jest.setTimeout(900_000);

const BATCH_GET = PATHS.batchGet;
const N8N_STARTING_UP = 'n8n is starting up. Please wait';
const FUZZ_REQUESTS = runSize(600, 2400);

/** Runs `task` over `inputs` with `workers` at once. */
async function inParallel(inputs, workers, task) {
	let next = 0;
	await Promise.all(
		Array.from({ length: workers }, async () => {
			while (next < inputs.length) {
				const index = next++;
				await task(inputs[index], index);
			}
		}),
	);
}

/** A body sent as a stream goes without Content-Length (chunked). */
const streamed = (body) => new Blob([body]).stream();

async function send(n8n, path, { headers, body, chunked = false }) {
	try {
		const response = await fetch(`${n8n.baseUrl}/webhook/${path}`, {
			method: 'POST',
			headers,
			body: chunked ? streamed(body) : body,
			duplex: 'half',
		});
		const text = await response.text();
		return { status: response.status, text };
	} catch (error) {
		return { status: 0, text: error.message };
	}
}

describe.each(N8N_LINES)('robustness inside real n8n %s', (version) => {
	const setup = useN8nWithEmulator({ version });
	const { emulator, n8n } = setup;

	describe('fault run: every read ends in success after retry or a named error, no item lost', () => {
		let ids;
		beforeAll(async () => {
			ids = recentOrders(emulator)
				.slice(0, 20)
				.map((order) => order.orderId);
			await n8n.createWorkflow(
				gineeWorkflow(
					'Faults',
					'faults',
					setup.credential,
					getDetailsParameters('={{ $json.id }}', {
						options: { timeout: 2000 },
					}),
					{ continueOnFail: true },
				),
				{ activate: true },
			);
		});

		it.each([
			['a slow Ginee', [{ kind: 'latency', ms: 800 }], 'success'],
			['two 500s', [{ kind: 'http500', times: 2 }], 'success'],
			['three SERVICE_BUSY', [{ kind: 'SERVICE_BUSY', times: 3 }], 'success'],
			['a 429', [{ kind: 'http429' }], 'success'],
			['a connection dropped mid-request', [{ kind: 'drop' }], 'success'],
			['a hang past the timeout', [{ kind: 'hang' }], 'success'],
			[
				'a Ginee that keeps answering 500',
				[{ kind: 'http500', times: 10 }],
				'Ginee error INTERNAL_ERROR: Internal server error',
			],
			[
				'a Ginee that keeps hanging',
				[{ kind: 'hang', times: 10 }],
				'Could not reach Ginee: no answer within the timeout',
			],
			[
				'a Ginee that keeps dropping the connection',
				[{ kind: 'drop', times: 10 }],
				'Could not reach Ginee: the connection was closed before Ginee answered',
			],
		])('with %s', async (_case, faults, outcome) => {
			emulator.faults.clear();
			for (const fault of faults) emulator.injectFault({ path: BATCH_GET, ...fault });
			const answer = await n8n.postWebhook('faults', { items: ids.map((id) => ({ id })) });
			expect(answer.status).toBe(200);
			expect(answer.body).toHaveLength(ids.length);
			answer.body.forEach((row, index) => {
				if (outcome === 'success') expect(row.orderId).toBe(ids[index]);
				else expect(row.error).toContain(outcome);
			});
			emulator.faults.clear();
		});
	});

	describe('n8n restarted while deliveries arrive', () => {
		it('runs every delivery answered 200 exactly once, during the shutdown too; only one n8n answered with an error or not at all may run again', async () => {
			const workflow = await n8n.createWorkflow(
				triggerWorkflow('Restart', { events: ['*'] }, 'ginee-restart'),
				{ activate: true },
			);
			await n8n.waitForWebhook('ginee-restart/ginee');
			const deliveries = Array.from({ length: 400 }, (_, n) =>
				generateDelivery({ entity: 'order', action: 'CREATE', n: 500_000 + n }),
			);
			const accepted = new Map();
			/** Deliveries n8n answered with an error or not at all, at least once (then sent again). */
			const refusedOnce = new Set();
			let refusedWhileDown = 0;
			let startingUp = 0;
			let stopping = Infinity;
			let ready = Infinity;
			const restart = (async () => {
				while (accepted.size < 40) await sleep(50);
				stopping = Date.now();
				await n8n.stop();
				await n8n.start();
				ready = Date.now();
			})();
			const deadline = Date.now() + 300_000;
			await inParallel(deliveries, 5, async (delivery) => {
				for (;;) {
					const sentAt = Date.now();
					const answer = await send(n8n, 'ginee-restart/ginee', {
						headers: { 'Content-Type': 'application/json' },
						body: JSON.stringify(delivery),
					});
					// While n8n checks its database at start, n8n itself answers every request 200 "n8n is
					// starting up. Please wait" (abstract-server.js, both lines): the trigger never saw the
					// delivery. Ginee would take it as delivered (docs/ginee-trigger.md: n8n restarts); sent again here.
					if (answer.status === 200 && answer.text === N8N_STARTING_UP) startingUp++;
					else if (answer.status === 200) {
						expect(JSON.parse(answer.text)).toMatchObject({ status: true });
						accepted.set(delivery.id, { sentAt, answeredAt: Date.now() });
						await sleep(800); // a steady stream for about a minute, longer than n8n takes to restart
						return;
					} else {
						refusedWhileDown++;
						refusedOnce.add(delivery.id);
					}
					if (Date.now() > deadline)
						throw new Error(
							`delivery ${delivery.id} never accepted: ${answer.status} ${answer.text}`,
						);
					await sleep(200); // as Ginee would, send it again a little later
				}
			});
			await restart;
			await n8n.signIn();
			expect(refusedWhileDown).toBeGreaterThan(0);
			const duringShutdown = [...accepted]
				.filter(([, at]) => at.answeredAt >= stopping && at.sentAt <= ready)
				.map(([id]) => id);

			// acknowledged means recorded: every delivery answered 200, during the shutdown too, has one
			// execution; one n8n recorded but could not run before stopping shows as "crashed" (its data
			// may no longer name the delivery) and is retried, as a user would in Executions
			await waitUntilIdle(n8n, workflow.id, { quietMs: 5000 });
			const executions = await n8n.executions(workflow.id);
			const crashed = executions.filter((execution) => execution.status === 'crashed');
			expect(
				executions.filter((execution) => !['success', 'crashed'].includes(execution.status)),
			).toEqual([]);
			// on its own, nothing n8n acknowledged at the first try ran twice; a delivery n8n answered with
			// an error or not at all may have been recorded and run before n8n stopped (docs/ginee-trigger.md, n8n restarts)
			const ranOnItsOwn = (await n8n.executions(workflow.id, { includeData: true }))
				.filter((execution) => execution.status === 'success')
				.map(deliveredId);
			const ranTwiceOnItsOwn = ranOnItsOwn.filter((id, index) => ranOnItsOwn.indexOf(id) !== index);
			expect(ranTwiceOnItsOwn.filter((id) => !refusedOnce.has(id))).toEqual([]);
			expect(new Set(ranTwiceOnItsOwn).size).toBe(ranTwiceOnItsOwn.length);
			for (const execution of crashed)
				await n8n.rest('POST', `/executions/${execution.id}/retry`, { loadWorkflow: false });
			const all = await n8n.waitForExecutions(workflow.id, executions.length + crashed.length, {
				includeData: true,
				timeoutMs: 120_000,
			});
			const ran = all.filter((execution) => execution.status === 'success').map(deliveredId);
			// The one window (docs/ginee-trigger.md, n8n restarts): during its shutdown n8n recorded a delivery, then
			// answered it with an error or not at all; it was sent again and ran, and its first execution
			// ran too, before n8n stopped or when retried after the crash. Any other repeat fails here.
			const repeats = ran.filter((id, index) => ran.indexOf(id) !== index);
			expect(repeats.filter((id) => !refusedOnce.has(id))).toEqual([]);
			expect(new Set(repeats).size).toBe(repeats.length);
			expect(repeats.length).toBeLessThanOrEqual(crashed.length + ranTwiceOnItsOwn.length);
			expect([...new Set(ran)].sort()).toEqual([...accepted.keys()].sort());
			console.log(
				`restart run: ${deliveries.length} deliveries; ${refusedWhileDown} refused while n8n was down and sent again; ` +
					`${startingUp} answered by n8n's own start-up page and sent again; ` +
					`${duringShutdown.length} answered 200 during the shutdown; ${crashed.length} recorded but left unrun by the shutdown and retried; ` +
					`${new Set(ran).size} ran; ${ranTwiceOnItsOwn.length} left unanswered by the shutdown ran twice on their own ` +
					`(${ranTwiceOnItsOwn.join(', ')}), ${repeats.length - ranTwiceOnItsOwn.length} more when a crashed execution was retried`,
			);
		});
	});

	describe('fuzz run', () => {
		it(`${FUZZ_REQUESTS} generated requests: n8n stays up, junk starts nothing, every valid delivery starts exactly one execution`, async () => {
			const workflow = await n8n.createWorkflow(
				triggerWorkflow('Fuzz', { events: ['*'] }, 'ginee-fuzz'),
				{ activate: true },
			);
			await n8n.waitForWebhook('ginee-fuzz/ginee');
			const accepted = [];
			const cases = [];
			for (let index = 0; index < FUZZ_REQUESTS; index++) {
				const generated = fuzzCase(7, index, accepted);
				if (generated.starts) accepted.push(generated.id);
				cases.push(generated);
			}
			const counts = {};
			const unexpected = [];
			await inParallel(cases, 4, async (generated) => {
				const answer = await send(n8n, 'ginee-fuzz/ginee', generated);
				const key = `${generated.kind} → ${answer.status}`;
				counts[key] = (counts[key] ?? 0) + 1;
				// `status`: what n8n itself answers before the trigger sees the request
				const ok = generated.status
					? answer.status === generated.status
					: generated.starts || generated.kind === 'repeat'
						? answer.status === 200
						: answer.status >= 400 && answer.status < 500;
				if (!ok)
					unexpected.push({
						kind: generated.kind,
						status: answer.status,
						text: answer.text.slice(0, 200),
					});
			});
			console.log(
				`fuzz run: ${cases.length} requests, ${accepted.length} valid\n${Object.entries(counts)
					.sort()
					.map(([key, count]) => `  ${key}: ${count}`)
					.join('\n')}`,
			);
			expect(unexpected).toEqual([]);
			expect((await fetch(`${n8n.baseUrl}/healthz`)).status).toBe(200);
			const executions = await n8n.waitForExecutions(workflow.id, accepted.length, {
				includeData: true,
				timeoutMs: 300_000,
			});
			const ids = executions.map(
				(execution) =>
					execution.data.resultData.runData['Ginee Trigger'][0].data.main[0][0].json.id,
			);
			expect(ids.sort()).toEqual([...accepted].sort());
		});
	});

	it('leaves no trace of the secret key in execution data or n8n’s log', async () => {
		const workflows = await n8n.api('GET', '/workflows?limit=100');
		let checked = 0;
		for (const workflow of workflows.data) {
			const executions = await n8n.executions(workflow.id, { includeData: true });
			checked += executions.length;
			expect(JSON.stringify(executions)).not.toContain(emulator.account.secretKey);
		}
		expect(checked).toBeGreaterThan(300);
		expect(n8n.logText()).not.toContain(emulator.account.secretKey);
	});
});
