'use strict';
// The Ginee Order Trigger in an active workflow of real n8n, polling every minute (n8n's shortest
// interval) while the emulator's orders change, with Ginee's indexing lag switched on, and across
// a stop of n8n during which orders change: every new order and every change to PAID is emitted
// exactly once. (Node-level tests run many more polls: test/nodes/GineeOrderTrigger/.)
const { useN8nWithEmulator } = require('../../tools/n8n-harness/setup');
const { N8N_LINES } = require('../../tools/n8n-harness/versions');
const { sleep } = require('../helpers/shared');
const { example, GINEE_NODE_VERSION } = require('../../tools/n8n-harness/workflows');

jest.setTimeout(900_000);

const LAG_MS = 20_000;

function pollingWorkflow(name, parameters, credential) {
	return {
		name,
		nodes: [
			{
				id: `poll-${name.replace(/\W/g, '')}`,
				name: 'Ginee Order Trigger',
				type: 'n8n-nodes-ginee.gineeOrderTrigger',
				typeVersion: GINEE_NODE_VERSION,
				position: [0, 0],
				parameters: { pollTimes: { item: [{ mode: 'everyMinute' }] }, ...parameters },
				credentials: { gineeApi: { id: credential.id, name: credential.name } },
			},
		],
		connections: {},
	};
}

describe(`Ginee Order Trigger inside real n8n ${N8N_LINES[0]}`, () => {
	const setup = useN8nWithEmulator({ version: N8N_LINES[0] });
	const { emulator, n8n } = setup;

	/** Every order id the workflow's executions emitted, repeats included. */
	async function emitted(workflowId, field = 'orderId') {
		const executions = await n8n.executions(workflowId, { includeData: true });
		return executions.flatMap((execution) =>
			(
				execution.data?.resultData?.runData?.['Ginee Order Trigger']?.[0]?.data?.main?.[0] ?? []
			).map((item) => item.json[field]),
		);
	}

	/** Waits until every expected id was emitted (bounded), then gives what was emitted. */
	async function emittedOnce(workflowId, expected, timeoutMs) {
		const until = Date.now() + timeoutMs;
		let ids = await emitted(workflowId);
		while (Date.now() < until && !expected.every((id) => ids.includes(id))) {
			await sleep(5000);
			ids = await emitted(workflowId);
		}
		return ids;
	}

	it('emits every new order and every change to PAID once, with lag and across a restart', async () => {
		emulator.setListLag(LAG_MS);
		// the data set's last changes (made when the emulator started) are listed LAG_MS late: an
		// activation poll before then would not record them, and a later poll would rightly take
		// them for changes; the triggers start once they are listed
		const newest = Math.max(
			...[...emulator.store.orders.values()].map((order) => Date.parse(order.lastUpdateAt)),
		);
		await sleep(Math.max(0, newest + LAG_MS + 1000 - Date.now()));
		const newOrders = await n8n.createWorkflow(
			pollingWorkflow('New orders', { event: 'newOrder' }, setup.credential),
			{ activate: true },
		);
		const paidOrders = await n8n.createWorkflow(
			pollingWorkflow(
				'Paid orders',
				{ event: 'statusChanged', statuses: ['PAID'] },
				setup.credential,
			),
			{ activate: true },
		);
		const sheetsExample = example(
			'paid-orders-to-google-sheets-by-polling.json',
			setup.credential,
			undefined,
			{ withoutNodes: ['Append to the Paid orders sheet'] },
		);
		sheetsExample.nodes[0].parameters.pollTimes = { item: [{ mode: 'everyMinute' }] };
		const sheets = await n8n.createWorkflow(sheetsExample, { activate: true });
		await sleep(5000); // the activation poll records how orders look now
		const created = [];
		const paid = [];
		// changes spread over three polls: new orders (pending), and earlier ones paid
		for (let round = 0; round < 3; round++) {
			const fresh = emulator.createOrders({ count: 3 });
			created.push(...fresh.map((order) => order.orderId));
			const toPay = created.filter((id) => !paid.includes(id)).slice(0, 2);
			emulator.advanceOrders({ orderIds: toPay });
			paid.push(...toPay);
			await sleep(60_000);
		}
		// the last changes are listed LAG_MS late: at most two more polls
		expect((await emittedOnce(newOrders.id, created, 150_000)).sort()).toEqual([...created].sort());
		expect((await emittedOnce(paidOrders.id, paid, 60_000)).sort()).toEqual([...paid].sort());
		await n8n.stop();
		const whileDown = emulator.createOrders({ count: 2 }).map((order) => order.orderId);
		const paidWhileDown = [...whileDown, created[created.length - 1]];
		emulator.advanceOrders({ orderIds: paidWhileDown });
		await sleep(30_000);
		await n8n.start();
		created.push(...whileDown);
		paid.push(...paidWhileDown);
		const afterRestart = await emittedOnce(newOrders.id, created, 240_000);
		expect(afterRestart.sort()).toEqual([...created].sort());
		const paidAfterRestart = await emittedOnce(paidOrders.id, paid, 120_000);
		expect(paidAfterRestart.sort()).toEqual([...paid].sort());
		// the example (polling every minute here): a row per paid order, once, with what it was before
		const rowsOf = async () =>
			(await n8n.executions(sheets.id, { includeData: true })).flatMap((execution) =>
				(execution.data.resultData.runData['One row per paid order']?.[0].data.main[0] ?? []).map(
					(item) => item.json,
				),
			);
		let rows = await rowsOf();
		for (let wait = 0; wait < 12 && rows.length < paid.length; wait++) {
			await sleep(5000);
			rows = await rowsOf();
		}
		expect(rows.map((row) => row['Order ID']).sort()).toEqual([...paid].sort());
		expect(rows.every((row) => ['PENDING_PAYMENT', null, ''].includes(row.Was))).toBe(true);
		emulator.setListLag(0);
	});

	it('never emits an order as new again after 5,000 newer orders pushed it out of its record', async () => {
		emulator.setListLag(0);
		const workflow = await n8n.createWorkflow(
			pollingWorkflow(
				'New orders, short look back',
				{ event: 'newOrder', options: { lookBackMinutes: 0.5 } },
				setup.credential,
			),
			{ activate: true },
		);
		await sleep(5000); // the activation poll
		const [order] = emulator.createOrders({ count: 1 });
		expect(await emittedOnce(workflow.id, [order.orderId], 90_000)).toEqual([order.orderId]);
		const crowd = emulator.createOrders({ count: 5001 }).map((created) => created.orderId);
		// a poll of 5,001 orders: up to a minute until it starts, then 51 pages and one large execution
		expect((await emittedOnce(workflow.id, crowd, 180_000)).length).toBe(5002);
		emulator.advanceOrders({ orderIds: [order.orderId] });
		// the next poll (every minute) lists the changed order and emits nothing
		await sleep(90_000);
		const ids = await emitted(workflow.id);
		expect(ids.filter((id) => id === order.orderId)).toHaveLength(1);
		expect(ids).toHaveLength(5002);
	});
});
