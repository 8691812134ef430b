#!/usr/bin/env node
'use strict';
// npm run bench: inside one real n8n, against the Ginee emulator with 50 ms added latency,
// (a) Get Details for 1,000 ids over 1,000 items: our node vs. HTTP Request with a hand-signed header;
// (b) a 2,000-delivery burst at 10 connections: Ginee Trigger vs. n8n's Webhook node.
// Prints a table and writes bench/results.md. Loopback only.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { N8nInstance } = require('../test/harness/n8n');
const { GineeEmulator } = require('../test/emulator/server');
const { generateDelivery } = require('../test/emulator/webhooks');
const { gineeWorkflow, webhookNode, chain } = require('../test/e2e/workflows');

const ITEMS = 1000;
const DELIVERIES = 2000;
const CONNECTIONS = 10;
const LATENCY_MS = 50;

function percentile(sorted, p) {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function handSignedWorkflow(emulator) {
	const code = `const crypto = require('crypto');
const path = '/openapi/order/v1/batch-get';
const signature = crypto.createHmac('sha256', '${emulator.account.secretKey}').update('POST$' + path + '$').digest('base64');
return $input.all().map((item) => ({ json: { id: item.json.id, authorization: '${emulator.account.accessKey}:' + signature } }));`;
	return {
		name: 'Bench: HTTP Request, hand-signed',
		nodes: [
			webhookNode('bench-http'),
			{ id: 'split', name: 'Split Out', type: 'n8n-nodes-base.splitOut', typeVersion: 1, position: [200, 0], parameters: { fieldToSplitOut: 'body.items', options: {} } },
			{ id: 'sign', name: 'Sign', type: 'n8n-nodes-base.code', typeVersion: 2, position: [400, 0], parameters: { jsCode: code } },
			{
				id: 'http',
				name: 'HTTP Request',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [600, 0],
				parameters: {
					method: 'POST',
					url: `${emulator.url}/openapi/order/v1/batch-get`,
					sendHeaders: true,
					headerParameters: { parameters: [{ name: 'Authorization', value: '={{ $json.authorization }}' }, { name: 'X-Advai-Country', value: 'ID' }] },
					sendBody: true,
					specifyBody: 'json',
					jsonBody: '={{ JSON.stringify({ orderIds: [$json.id] }) }}',
					options: {},
				},
			},
		],
		connections: chain('Webhook', 'Split Out', 'Sign', 'HTTP Request'),
	};
}

async function timedLookup(n8n, emulator, webhookPath, ids) {
	emulator.requests = [];
	const started = Date.now();
	const answer = await n8n.postWebhook(webhookPath, { items: ids.map((id) => ({ id })) });
	const seconds = (Date.now() - started) / 1000;
	if (answer.status !== 200 || answer.body.length !== ids.length) throw new Error(`${webhookPath}: ${answer.status}, ${answer.body.length} items`);
	return { seconds, calls: emulator.calls('/openapi/order/v1/batch-get').length };
}

async function burst(n8n, webhookPath, deliveries) {
	const latencies = [];
	let accepted = 0;
	let next = 0;
	const started = Date.now();
	await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
		while (next < deliveries.length) {
			const delivery = deliveries[next++];
			const sent = performance.now();
			const response = await fetch(`${n8n.baseUrl}/webhook/${webhookPath}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(delivery) });
			await response.text();
			latencies.push(performance.now() - sent);
			if (response.status === 200) accepted++;
		}
	}));
	const seconds = (Date.now() - started) / 1000;
	latencies.sort((a, b) => a - b);
	return { accepted, perSecond: accepted / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function main() {
	const emulator = new GineeEmulator({ orderCount: 1500, latencyMs: LATENCY_MS });
	await emulator.start();
	const n8n = new N8nInstance({ env: { NODE_FUNCTION_ALLOW_BUILTIN: 'crypto' } });
	try {
		await n8n.start();
		await n8n.signIn();
		const credential = await n8n.createCredential('Ginee (bench)', 'gineeApi', { ...emulator.account, host: emulator.url });
		const ids = [...emulator.store.orders.values()].filter((order) => Date.now() - Date.parse(order.createAt) < 85 * 86_400_000).slice(0, ITEMS).map((order) => order.orderId);
		if (ids.length < ITEMS) throw new Error(`only ${ids.length} recent orders`);

		await n8n.createWorkflow(gineeWorkflow('Bench: Ginee node', 'bench-ginee', credential, { resource: 'order', operation: 'getDetails', lookupBy: 'orderIds', orderIds: '={{ $json.id }}', simplify: false, options: {} }), { activate: true });
		await n8n.createWorkflow(handSignedWorkflow(emulator), { activate: true });
		console.log(`(a) Get Details, ${ITEMS} ids over ${ITEMS} items, Ginee answering after ${LATENCY_MS} ms…`);
		const ours = await timedLookup(n8n, emulator, 'bench-ginee', ids);
		const generic = await timedLookup(n8n, emulator, 'bench-http', ids);

		const trigger = await n8n.createWorkflow({
			name: 'Bench: Ginee Trigger',
			nodes: [{ id: 'trigger', name: 'Ginee Trigger', type: 'n8n-nodes-ginee.gineeTrigger', typeVersion: 1, position: [0, 0], webhookId: 'bench-trigger', parameters: { events: ['*'] } }],
			connections: {},
		}, { activate: true });
		const plain = await n8n.createWorkflow({
			name: 'Bench: Webhook node',
			nodes: [{ ...webhookNode('bench-webhook'), parameters: { httpMethod: 'POST', path: 'bench-webhook', responseMode: 'onReceived', options: {} } }],
			connections: {},
		}, { activate: true });
		await n8n.waitForWebhook('bench-trigger/ginee');
		console.log(`(b) ${DELIVERIES} deliveries at ${CONNECTIONS} connections…`);
		const deliveries = Array.from({ length: DELIVERIES }, (_, n) => generateDelivery({ entity: 'order', action: 'CREATE', n: 900_000 + n }));
		// each burst starts once the executions of the one before have finished, so neither competes with the other's backlog
		const triggerBurst = await burst(n8n, 'bench-trigger/ginee', deliveries);
		const triggerRuns = await n8n.waitForExecutions(trigger.id, DELIVERIES, { includeData: true, timeoutMs: 600_000 });
		const webhookBurst = await burst(n8n, 'bench-webhook', deliveries);
		await n8n.waitForExecutions(plain.id, DELIVERIES, { timeoutMs: 600_000 });
		const perId = new Map();
		for (const run of triggerRuns) {
			const id = run.data.resultData.runData['Ginee Trigger'][0].data.main[0][0].json.id;
			perId.set(id, (perId.get(id) ?? 0) + 1);
		}
		const exactlyOnce = deliveries.filter((delivery) => perId.get(delivery.id) === 1).length;

		const n8nVersion = JSON.parse(fs.readFileSync(path.join(path.dirname(n8n.runtime.n8nBin), '../package.json'), 'utf8')).version;
		const fixed = (value, digits = 1) => value.toFixed(digits);
		const table = [
			'| measure | Ginee node / Trigger | generic route | ratio |',
			'| --- | --- | --- | --- |',
			`| (a) Get Details, ${ITEMS} ids: API calls | ${ours.calls} | ${generic.calls} (HTTP Request, hand-signed) | ${fixed(generic.calls / ours.calls)}× fewer |`,
			`| (a) Get Details, ${ITEMS} ids: wall time | ${fixed(ours.seconds, 2)} s | ${fixed(generic.seconds, 2)} s | ${fixed(generic.seconds / ours.seconds)}× faster |`,
			`| (b) ${DELIVERIES} deliveries: accepted per second | ${fixed(triggerBurst.perSecond)} | ${fixed(webhookBurst.perSecond)} (Webhook node) | ${fixed(triggerBurst.perSecond / webhookBurst.perSecond, 2)} |`,
			`| (b) response time p50 | ${fixed(triggerBurst.p50)} ms | ${fixed(webhookBurst.p50)} ms | ${fixed(triggerBurst.p50 / webhookBurst.p50, 2)} |`,
			`| (b) response time p99 | ${fixed(triggerBurst.p99)} ms | ${fixed(webhookBurst.p99)} ms | ${fixed(triggerBurst.p99 / webhookBurst.p99, 2)} |`,
			`| (b) deliveries accepted | ${triggerBurst.accepted} | ${webhookBurst.accepted} | |`,
			`| (b) trigger: delivery ids with exactly one execution | ${exactlyOnce} of ${DELIVERIES} | | |`,
		].join('\n');
		const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
		const report = `# Benchmark results\n\n${new Date().toISOString()} · ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB · n8n ${n8nVersion} on Node ${execFileSync(n8n.runtime.node, ['--version']).toString().trim()} · emulator latency ${LATENCY_MS} ms · \`npm run bench\`\n\n${table}\n`;
		fs.writeFileSync(path.join(__dirname, 'results.md'), report);
		console.log(`\n${table}\n\nwritten to bench/results.md`);
		if (exactlyOnce !== DELIVERIES) process.exitCode = 1;
	} finally {
		await n8n.dispose();
		await emulator.stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
