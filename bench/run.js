#!/usr/bin/env node
'use strict';
// npm run bench: inside real n8n, against the Ginee emulator (50 ms added latency):
// (a) Get Details for 1,000 ids over 1,000 items: our node vs. HTTP Request with a hand-signed header;
// (b) a flash sale on the default set-up (SQLite): 12,000 deliveries at 10 connections to one Ginee
//     Trigger (version 1.1) and 12,000 to n8n's Webhook node on the same n8n, in alternating rounds
//     of 1,000 after 500 warm-up deliveries each (see `alternatingFlashSale`): throughput, what n8n
//     recorded once idle, the database errors in its log, and the size of the trigger's saved static
//     data;
// (c) the same, 5,000 each, in queue mode (main + worker + webhook process, PostgreSQL, Redis);
//     (b) and (c) each three times: with n8n's expression-engine defaults; with
//     N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE=true; and with that and the trigger's Save Delivery IDs
//     "Once a Second" (see docs/performance.md);
// (d) 1,000 stock changes over 1,000 items (two warehouses): our node (20 SKUs a call, with its
//     default 400 ms pause and with none) vs. HTTP Request with a hand-signed header (one call per SKU).
// (e) 1,000 price changes over 1,000 items: Price → Update (SKUs looked up, 20 per call, the task
//     followed) vs. HTTP Request with a hand-signed header (one call per SKU, its body prepared).
// `npm run bench -- --only stock` runs (d) alone, `--only price` (e) alone, `--only trigger` (b) and (c).
// Prints the tables and writes bench/results.md. Loopback only; every server is stopped at the end.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const prettier = require('prettier');
const { N8nInstance } = require('../tools/n8n-harness/n8n');
const { startPostgres, startRedis } = require('../tools/n8n-harness/services');
const {
	LOG_PATTERNS,
	account,
	percentile,
	sendSustained,
	waitUntilIdle,
	webhookBodyId,
} = require('../tools/n8n-harness/load');
const { GineeEmulator } = require('../tools/ginee-emulator/server');
const { listMasterVariationPrice } = require('../tools/ginee-emulator/handlers/products');
const { generateDelivery } = require('../tools/ginee-emulator/webhooks');
const {
	gineeWorkflow,
	webhookNode,
	chain,
	triggerOnlyWorkflow,
} = require('../tools/n8n-harness/workflows');

const ITEMS = 1000;
const FLASH_DELIVERIES = Number(process.env.BENCH_FLASH_DELIVERIES ?? 12_000);
const QUEUE_DELIVERIES = Number(process.env.BENCH_QUEUE_DELIVERIES ?? 5_000);
const CONNECTIONS = 10;
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 500);
const ROUND = Number(process.env.BENCH_ROUND ?? 1_000);
const LATENCY_MS = 50;
const ONLY = process.argv.includes('--only')
	? process.argv[process.argv.indexOf('--only') + 1]
	: '';
const ONLY_STOCK = ONLY === 'stock';
const ONLY_PRICE = ONLY === 'price';
const ONLY_TRIGGER = ONLY === 'trigger';
/**
 * n8n 2.4x evaluates expressions in isolates; by default it takes a fresh one for the web-hook phase
 * of every trigger but its own Webhook node, before the trigger runs. Lazy acquisition takes one only
 * when an expression is evaluated (the sandbox is the same).
 */
const LAZY_ACQUIRE = { N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true' };
const SET_UPS = [
	{ label: "n8n's defaults", env: {}, trigger: {} },
	{ label: 'lazy acquire', env: LAZY_ACQUIRE, trigger: {} },
	{
		label: 'lazy acquire, IDs saved once a second',
		env: LAZY_ACQUIRE,
		trigger: { saveDeliveryIds: 'everySecond' },
	},
];

function handSignedWorkflow(emulator) {
	const code = `const crypto = require('crypto');
const path = '/openapi/order/v1/batch-get';
const signature = crypto.createHmac('sha256', '${emulator.account.secretKey}').update('POST$' + path + '$').digest('base64');
return $input.all().map((item) => ({ json: { id: item.json.id, authorization: '${emulator.account.accessKey}:' + signature } }));`;
	return {
		name: 'Bench: HTTP Request, hand-signed',
		nodes: [
			webhookNode('bench-http'),
			{
				id: 'split',
				name: 'Split Out',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [200, 0],
				parameters: { fieldToSplitOut: 'body.items', options: {} },
			},
			{
				id: 'sign',
				name: 'Sign',
				type: 'n8n-nodes-base.code',
				typeVersion: 2,
				position: [400, 0],
				parameters: { jsCode: code },
			},
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
					headerParameters: {
						parameters: [
							{ name: 'Authorization', value: '={{ $json.authorization }}' },
							{ name: 'X-Advai-Country', value: 'ID' },
						],
					},
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

const ADJUST_INVENTORY = '/openapi/warehouse-inventory/v1/product/stock/update';

function handSignedStockWorkflow(emulator) {
	const code = `const crypto = require('crypto');
const path = '${ADJUST_INVENTORY}';
const signature = crypto.createHmac('sha256', '${emulator.account.secretKey}').update('POST$' + path + '$').digest('base64');
return $input.all().map((item) => ({ json: { ...item.json, authorization: '${emulator.account.accessKey}:' + signature } }));`;
	const workflow = handSignedWorkflow(emulator);
	workflow.name = 'Bench: HTTP Request, hand-signed stock';
	workflow.nodes[0] = webhookNode('bench-http-stock');
	workflow.nodes[2].parameters.jsCode = code;
	Object.assign(workflow.nodes[3].parameters, {
		url: `${emulator.url}${ADJUST_INVENTORY}`,
		jsonBody:
			'={{ JSON.stringify({ warehouseId: $json.warehouseId, stockList: [{ masterSku: $json.sku, quantity: $json.quantity }] }) }}',
	});
	return workflow;
}

/** (d): the same 1,000 changes through our node and through hand-signed HTTP Request calls. */
async function stockRuns(n8n, emulator, credential) {
	const changes = [...emulator.store.inventory.values()].slice(0, ITEMS).map((row, k) => ({
		warehouseId: row.warehouseId,
		sku: row.masterSku,
		quantity: 100 + (k % 50),
	}));
	if (changes.length < ITEMS) throw new Error(`only ${changes.length} stock rows`);
	const ginee = (name, webhookPath, options) =>
		n8n.createWorkflow(
			gineeWorkflow(name, webhookPath, credential, {
				resource: 'inventory',
				operation: 'setWarehouseStock',
				warehouseId: { __rl: true, mode: 'id', value: '={{ $json.warehouseId }}' },
				sku: '={{ $json.sku }}',
				quantity: '={{ $json.quantity }}',
				options,
			}),
			{ activate: true },
		);
	await ginee('Bench: Ginee stock', 'bench-ginee-stock', {});
	await ginee('Bench: Ginee stock, no pause', 'bench-ginee-stock-no-pause', { pauseMs: 0 });
	await n8n.createWorkflow(handSignedStockWorkflow(emulator), { activate: true });
	const timed = async (webhookPath) => {
		emulator.requests = [];
		const started = Date.now();
		const answer = await n8n.postWebhook(webhookPath, { items: changes });
		const seconds = (Date.now() - started) / 1000;
		if (answer.status !== 200 || answer.body.length !== ITEMS)
			throw new Error(`${webhookPath}: ${answer.status}, ${answer.body.length} items`);
		return { seconds, calls: emulator.calls(ADJUST_INVENTORY).length };
	};
	console.log(`(d) ${ITEMS} stock changes over ${ITEMS} items…`);
	return {
		ours: await timed('bench-ginee-stock'),
		oursNoPause: await timed('bench-ginee-stock-no-pause'),
		generic: await timed('bench-http-stock'),
	};
}

const PRICE_PATHS = {
	setPrice: '/openapi/product/variation/v1/set-price',
	lookups: [
		'/openapi/product/master/v1/list-master-variation',
		'/openapi/product/variation/v1/list-price',
	],
	result: '/openapi/product/variation/v1/set-price-result',
};

function handSignedPriceWorkflow(emulator) {
	const code = `const crypto = require('crypto');
const path = '${PRICE_PATHS.setPrice}';
const signature = crypto.createHmac('sha256', '${emulator.account.secretKey}').update('POST$' + path + '$').digest('base64');
return $input.all().map((item) => ({ json: { ...item.json, authorization: '${emulator.account.accessKey}:' + signature } }));`;
	const workflow = handSignedWorkflow(emulator);
	workflow.name = 'Bench: HTTP Request, hand-signed prices';
	workflow.nodes[0] = webhookNode('bench-http-price');
	workflow.nodes[2].parameters.jsCode = code;
	Object.assign(workflow.nodes[3].parameters, {
		url: `${emulator.url}${PRICE_PATHS.setPrice}`,
		jsonBody: '={{ JSON.stringify($json.body) }}',
	});
	return workflow;
}

/**
 * (e): the same 1,000 price changes through Price → Update and through hand-signed HTTP Request
 * calls, whose bodies are prepared here (the variation and shop listing IDs a user would otherwise
 * have to look up first).
 */
async function priceRuns(n8n, emulator, credential) {
	const products = emulator.store.products;
	const variations = products.flatMap((product) =>
		product.variations.map((variation) => ({ product, variation })),
	);
	if (variations.length < ITEMS) throw new Error(`only ${variations.length} variations`);
	const changes = variations.slice(0, ITEMS).map(({ variation }, k) => ({
		sku: variation.sku,
		price: 20000 + k,
	}));
	const recordOf = (variationId) =>
		listMasterVariationPrice(emulator.store, {
			page: 0,
			size: 1,
			masterVariationIds: [variationId],
		}).content[0];
	const bodies = variations.slice(0, ITEMS).map(({ variation }, k) => {
		const record = recordOf(variation.id);
		const money = (amount) => ({ amount, currencyCode: 'IDR' });
		return {
			body: {
				masterVariationPrices: [
					{
						masterVariationId: variation.id,
						masterPrice: money(changes[k].price),
						channelPrices: record.channelPriceVOList.map((shop) => ({
							channel: shop.channel,
							genieChannelVariationId: shop.channelVariationId,
							channelPrice: shop.channelPrice,
						})),
					},
				],
			},
		};
	});
	emulator.setPriceTaskMs(500);
	await n8n.createWorkflow(
		gineeWorkflow('Bench: Ginee prices', 'bench-ginee-price', credential, {
			resource: 'price',
			operation: 'update',
			identifyBy: 'sku',
			sku: '={{ $json.sku }}',
			masterPrice: '={{ $json.price }}',
			options: { waitSeconds: 120 },
		}),
		{ activate: true },
	);
	await n8n.createWorkflow(handSignedPriceWorkflow(emulator), { activate: true });
	const timed = async (webhookPath, items) => {
		emulator.requests = [];
		const started = Date.now();
		const answer = await n8n.postWebhook(webhookPath, { items });
		const seconds = (Date.now() - started) / 1000;
		if (answer.status !== 200 || answer.body.length !== ITEMS)
			throw new Error(`${webhookPath}: ${answer.status}, ${answer.body.length} items`);
		const updated = answer.body.filter(
			(item) => item.status === 'SUCCESS' || item.code === 'SUCCESS',
		).length;
		return {
			seconds,
			updated,
			writes: emulator.calls(PRICE_PATHS.setPrice).length,
			lookups: PRICE_PATHS.lookups.reduce((sum, path) => sum + emulator.calls(path).length, 0),
			results: emulator.requests.filter((request) => request.path === PRICE_PATHS.result).length,
		};
	};
	console.log(`(e) ${ITEMS} price changes over ${ITEMS} items…`);
	return {
		ours: await timed('bench-ginee-price', changes),
		generic: await timed('bench-http-price', bodies),
	};
}

function priceRows({ ours, generic }) {
	return [
		`| (e) Price → Update, ${ITEMS} changes over ${ITEMS} items: API calls | ${ours.writes} set-price + ${ours.lookups} look-ups + ${ours.results} result reads = ${ours.writes + ours.lookups + ours.results} | ${generic.writes} set-price (HTTP Request, hand-signed, IDs prepared beforehand): ${fixed(generic.writes / ours.writes)}× more writes |`,
		`| (e) same: wall time until every price is set (ours waits for Ginee's tasks) | ${fixed(ours.seconds, 2)} s, ${ours.updated} SUCCESS | ${fixed(generic.seconds, 2)} s for the calls alone (no task followed): ${compared(generic.seconds, ours.seconds)} |`,
	];
}

async function timedLookup(n8n, emulator, webhookPath, ids) {
	emulator.requests = [];
	const started = Date.now();
	const answer = await n8n.postWebhook(webhookPath, { items: ids.map((id) => ({ id })) });
	const seconds = (Date.now() - started) / 1000;
	if (answer.status !== 200 || answer.body.length !== ids.length)
		throw new Error(`${webhookPath}: ${answer.status}, ${answer.body.length} items`);
	return { seconds, calls: emulator.calls('/openapi/order/v1/batch-get').length };
}

const plainWebhookWorkflow = (name, webhookPath) => ({
	name,
	nodes: [
		{
			...webhookNode(webhookPath),
			parameters: {
				httpMethod: 'POST',
				path: webhookPath,
				responseMode: 'onReceived',
				options: {},
			},
		},
	],
	connections: {},
});

const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const statuses = (byStatus) =>
	Object.entries(byStatus)
		.sort()
		.map(([status, count]) => `${count} ${status}`)
		.join(', ') || 'none';

/**
 * One round: `count` new deliveries to `target` at 10 connections, each sent once (no resend),
 * then a wait until n8n is idle, so the next round does not compete with this one's backlog.
 */
async function sendRound(sender, observer, target, count) {
	const deliveries = Array.from({ length: count }, () =>
		generateDelivery({ entity: 'order', action: 'CREATE', n: target.nextN++ }),
	);
	const logBefore = { ...sender.logCounts };
	const run = await sendSustained(`${sender.baseUrl}/webhook/${target.urlPath}`, deliveries, {
		connections: CONNECTIONS,
	});
	await waitUntilIdle(observer, target.workflowId, { quietMs: 5_000, timeoutMs: 1_800_000 });
	for (const [id, statuses] of run.answers) target.answers.set(id, statuses);
	for (const name of ['databaseErrors', 'staticDataSaveFailures'])
		target.logged[name] += (sender.logCounts[name] ?? 0) - (logBefore[name] ?? 0);
	return run;
}

const acknowledgedIn = (answers) =>
	[...answers.values()].filter((statuses) => statuses.some((s) => s >= 200 && s < 300)).length;

/**
 * A flash sale to the Ginee Trigger and the Webhook node on the same n8n, `count` deliveries each
 * after WARM_UP each, in alternating rounds of ROUND (trigger then Webhook node, then the other way
 * round, …). n8n answers faster for thousands of requests after it starts, and a shared machine
 * varies from round to round (measured on one n8n: the trigger 63/s in one round and 101/s two
 * rounds later, the Webhook node 88/s between them): alternating gives both the same share of
 * each, where measuring one after the other favoured the second. Speeds and response times are
 * the measured rounds' (warm-up excluded); the accounting covers every delivery sent.
 * `observer` is the process whose API lists executions (the main process in queue mode).
 */
async function alternatingFlashSale(sender, observer, targets, count) {
	for (const target of targets) {
		Object.assign(target, { answers: new Map(), latencies: [], seconds: 0, acknowledged: 0 });
		Object.assign(target, {
			roundSpeeds: [],
			logged: { databaseErrors: 0, staticDataSaveFailures: 0 },
		});
		await sendRound(sender, observer, target, WARM_UP);
	}
	const rounds = 2 * Math.ceil(count / ROUND / 2);
	for (let round = 0; round < rounds; round++) {
		for (const target of round % 2 ? [...targets].reverse() : targets) {
			const run = await sendRound(sender, observer, target, Math.ceil(count / rounds));
			const acknowledged = acknowledgedIn(run.answers);
			target.latencies.push(...run.latencies);
			target.seconds += run.seconds;
			target.acknowledged += acknowledged;
			target.roundSpeeds.push(acknowledged / run.seconds);
		}
	}
	const results = [];
	for (const target of targets) {
		target.latencies.sort((a, b) => a - b);
		results.push({
			...(await account(observer, target.workflowId, target.answers, target.idOf)),
			perSecond: target.acknowledged / target.seconds,
			roundSpeeds: target.roundSpeeds,
			p50: percentile(target.latencies, 50),
			p99: percentile(target.latencies, 99),
			...target.logged,
		});
	}
	return results;
}

function sustainedRows(label, trigger, webhook) {
	const row = (what, ours, theirs) => `| ${label}: ${what} | ${ours} | ${theirs} |`;
	const speeds = (run) => run.roundSpeeds.map((speed) => fixed(speed, 0)).join(' · ');
	return [
		row(`deliveries sent (${WARM_UP} of them to warm up)`, trigger.sent, webhook.sent),
		row('answered 2xx (acknowledged)', trigger.acknowledged, webhook.acknowledged),
		row(
			'refused 5xx / connection dropped',
			`${trigger.refusals} / ${trigger.dropped}`,
			`${webhook.refusals} / ${webhook.dropped}`,
		),
		row(
			'acknowledged per second (warm-up excluded)',
			fixed(trigger.perSecond),
			fixed(webhook.perSecond),
		),
		row('per second, round by round (alternating)', speeds(trigger), speeds(webhook)),
		row(
			'response time p50 / p99',
			`${fixed(trigger.p50, 0)} / ${fixed(trigger.p99, 0)} ms`,
			`${fixed(webhook.p50, 0)} / ${fixed(webhook.p99, 0)} ms`,
		),
		row(
			'executions recorded once idle',
			`${trigger.executions} (${statuses(trigger.byStatus)})`,
			`${webhook.executions} (${statuses(webhook.byStatus)})`,
		),
		row('acknowledged, no execution (lost)', trigger.lost.length, webhook.lost.length),
		row(
			'ran twice / ran unacknowledged',
			`${trigger.twice.length} / ${trigger.unacknowledgedRuns.length}`,
			`${webhook.twice.length} / ${webhook.unacknowledgedRuns.length}`,
		),
		row("database errors in n8n's log", trigger.databaseErrors, webhook.databaseErrors),
		row('static-data save failures in the log', trigger.staticDataSaveFailures, '(no static data)'),
		row(
			'Ginee Trigger ÷ Webhook node: per second / p99',
			`${fixed(trigger.perSecond / webhook.perSecond, 2)}× / ${fixed(trigger.p99 / webhook.p99, 2)}×`,
			'',
		),
	];
}

async function singleProcessRuns(emulator) {
	const n8n = new N8nInstance({
		env: { NODE_FUNCTION_ALLOW_BUILTIN: 'crypto' },
		logPatterns: LOG_PATTERNS,
	});
	try {
		await n8n.start();
		await n8n.signIn();
		const credential = await n8n.createCredential('Ginee (bench)', 'gineeApi', {
			...emulator.account,
			host: emulator.url,
		});
		if (ONLY_STOCK) return { stock: await stockRuns(n8n, emulator, credential) };
		if (ONLY_PRICE) return { price: await priceRuns(n8n, emulator, credential) };
		const ids = [...emulator.store.orders.values()]
			.filter((order) => Date.now() - Date.parse(order.createAt) < 85 * 86_400_000)
			.slice(0, ITEMS)
			.map((order) => order.orderId);
		if (ids.length < ITEMS) throw new Error(`only ${ids.length} recent orders`);

		await n8n.createWorkflow(
			gineeWorkflow('Bench: Ginee node', 'bench-ginee', credential, {
				resource: 'order',
				operation: 'getDetails',
				lookupBy: 'orderIds',
				orderIds: '={{ $json.id }}',
				output: 'raw',
				options: {},
			}),
			{ activate: true },
		);
		await n8n.createWorkflow(handSignedWorkflow(emulator), { activate: true });
		console.log(
			`(a) Get Details, ${ITEMS} ids over ${ITEMS} items, Ginee answering after ${LATENCY_MS} ms…`,
		);
		const ours = await timedLookup(n8n, emulator, 'bench-ginee', ids);
		const generic = await timedLookup(n8n, emulator, 'bench-http', ids);
		const stock = await stockRuns(n8n, emulator, credential);
		const price = await priceRuns(n8n, emulator, credential);

		return {
			stock,
			price,
			n8n: {
				version: n8nVersion(n8n),
				node: execFileSync(n8n.runtime.node, ['--version']).toString().trim(),
			},
			ours,
			generic,
		};
	} finally {
		await n8n.dispose();
	}
}

/** (b): the trigger and the Webhook node in alternating rounds on one n8n with SQLite. */
async function sqliteFlashSale(settings) {
	const n8n = new N8nInstance({ env: settings.env, logPatterns: LOG_PATTERNS });
	try {
		await n8n.start();
		await n8n.signIn();
		const trigger = await n8n.createWorkflow(
			triggerOnlyWorkflow('Bench: Ginee Trigger', 'bench-trigger', settings.trigger),
			{ activate: true },
		);
		const plain = await n8n.createWorkflow(
			plainWebhookWorkflow('Bench: Webhook node', 'bench-webhook'),
			{ activate: true },
		);
		await n8n.waitForWebhook('bench-trigger/ginee');
		console.log(
			`(b) ${settings.label}: ${FLASH_DELIVERIES} deliveries each to the Ginee Trigger and the Webhook node, in alternating rounds at ${CONNECTIONS} connections…`,
		);
		const [triggerRun, webhookRun] = await alternatingFlashSale(
			n8n,
			n8n,
			[
				{ urlPath: 'bench-trigger/ginee', workflowId: trigger.id, nextN: 5_000_000 },
				{ urlPath: 'bench-webhook', workflowId: plain.id, nextN: 6_000_000, idOf: webhookBodyId },
			],
			FLASH_DELIVERIES,
		);
		const stored = await n8n.rest('GET', `/workflows/${trigger.id}`);
		return {
			n8n: {
				version: n8nVersion(n8n),
				node: execFileSync(n8n.runtime.node, ['--version']).toString().trim(),
			},
			triggerRun,
			webhookRun,
			staticDataBytes: Buffer.byteLength(JSON.stringify(stored.staticData ?? {})),
		};
	} finally {
		await n8n.dispose();
	}
}

/** (c): the same in queue mode (main, worker, webhook process; PostgreSQL, Redis). */
async function queueRuns(settings) {
	const postgres = await startPostgres();
	const redis = await startRedis();
	const env = {
		...settings.env,
		...postgres.env,
		...redis.env,
		EXECUTIONS_MODE: 'queue',
		N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true',
	};
	const processes = [];
	const start = async (command) => {
		const instance = new N8nInstance({ command, env, logPatterns: LOG_PATTERNS });
		processes.push(instance);
		return await instance.start();
	};
	try {
		const main = await start('start');
		await main.signIn();
		const [, webhook] = await Promise.all([start('worker'), start('webhook')]);
		const activate = async (workflow, webhookPath) => {
			const created = await main.createWorkflow(workflow);
			await main.api('POST', `/workflows/${created.id}/activate`);
			await webhook.waitForWebhook(webhookPath);
			return created;
		};
		const trigger = await activate(
			triggerOnlyWorkflow('Bench queue: Ginee Trigger', 'bench-queue-trigger', settings.trigger),
			'bench-queue-trigger/ginee',
		);
		const plain = await activate(
			plainWebhookWorkflow('Bench queue: Webhook node', 'bench-queue-webhook'),
			'bench-queue-webhook',
		);
		console.log(
			`(c) queue mode, ${settings.label}: ${QUEUE_DELIVERIES} deliveries each to the Ginee Trigger and the Webhook node, in alternating rounds…`,
		);
		const [triggerRun, webhookRun] = await alternatingFlashSale(
			webhook,
			main,
			[
				{ urlPath: 'bench-queue-trigger/ginee', workflowId: trigger.id, nextN: 7_000_000 },
				{
					urlPath: 'bench-queue-webhook',
					workflowId: plain.id,
					nextN: 8_000_000,
					idOf: webhookBodyId,
				},
			],
			QUEUE_DELIVERIES,
		);
		return { triggerRun, webhookRun };
	} finally {
		await Promise.allSettled(processes.reverse().map((instance) => instance.dispose()));
		await Promise.allSettled([postgres.stop(), redis.stop()]);
	}
}

function n8nVersion(n8n) {
	return JSON.parse(
		fs.readFileSync(path.join(path.dirname(n8n.runtime.n8nBin), '../package.json'), 'utf8'),
	).version;
}

/** "3.0× slower" or "4.9× faster": how the generic route's time compares with ours. */
function compared(theirs, ours) {
	return theirs >= ours
		? `${fixed(theirs / ours)}× slower`
		: `${fixed(ours / theirs)}× faster, all calls at once`;
}

function stockRows({ ours, oursNoPause, generic }) {
	return [
		`| (d) Set Warehouse Stock, ${ITEMS} changes over ${ITEMS} items: API calls | ${ours.calls} | ${generic.calls} (HTTP Request, hand-signed): ${fixed(generic.calls / ours.calls)}× more |`,
		`| (d) same: wall time, default 400 ms pause between calls | ${fixed(ours.seconds, 2)} s | ${fixed(generic.seconds, 2)} s: ${compared(generic.seconds, ours.seconds)} |`,
		`| (d) same: wall time, Pause Between Calls 0 | ${fixed(oursNoPause.seconds, 2)} s (${oursNoPause.calls} calls) | ${compared(generic.seconds, oursNoPause.seconds)} |`,
	];
}

/** (b) and (c) under each of SET_UPS: rows for the table, and the trigger's runs. */
async function flashSales() {
	const rows = [];
	const triggerRuns = [];
	let n8n;
	for (const settings of SET_UPS) {
		const single = await sqliteFlashSale(settings);
		const queue = await queueRuns(settings);
		n8n = single.n8n;
		const { triggerRun } = single;
		triggerRuns.push(triggerRun, queue.triggerRun);
		rows.push(
			...sustainedRows(`(b) SQLite, ${settings.label}`, triggerRun, single.webhookRun),
			`| (b) SQLite, ${settings.label}: trigger's saved static data after ${triggerRun.sent} deliveries | ${single.staticDataBytes} bytes | |`,
			...sustainedRows(
				`(c) queue mode, PostgreSQL, ${settings.label}`,
				queue.triggerRun,
				queue.webhookRun,
			),
		);
	}
	return { rows, triggerRuns, n8n };
}

/** Writes the report as the repository's Prettier settings format it (so `npm run lint` passes). */
async function writeReport(file, n8n, command, table) {
	const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
	const report = `# Benchmark results\n\n${new Date().toISOString()} · ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB · n8n ${n8n.version} on Node ${n8n.node} · emulator latency ${LATENCY_MS} ms · ${CONNECTIONS} connections, each delivery sent once · \`${command}\`\n\n${table}\n`;
	const target = path.join(__dirname, file);
	const options = await prettier.resolveConfig(target);
	fs.writeFileSync(target, await prettier.format(report, { ...options, filepath: target }));
	console.log(`\n${table}\n\nwritten to bench/${file}`);
}

const HEADER = [
	'| measure | Ginee node / Ginee Trigger | generic route (same n8n) |',
	'| --- | --- | --- |',
];

async function main() {
	if (ONLY_TRIGGER) {
		const sales = await flashSales();
		await writeReport(
			'trigger-results.md',
			sales.n8n,
			'npm run bench -- --only trigger',
			[...HEADER, ...sales.rows].join('\n'),
		);
		if (sales.triggerRuns.some(lostOrTwice)) process.exitCode = 1;
		return;
	}
	const emulator = new GineeEmulator({
		orderCount: 1500,
		latencyMs: LATENCY_MS,
		plainProducts: 1000,
	});
	await emulator.start();
	try {
		const single = await singleProcessRuns(emulator);
		if (ONLY_STOCK || ONLY_PRICE) {
			console.log(
				[
					'| measure | Ginee node | generic route |',
					'| --- | --- | --- |',
					...(ONLY_STOCK ? stockRows(single.stock) : priceRows(single.price)),
				].join('\n'),
			);
			return;
		}
		const sales = await flashSales();
		const { ours, generic } = single;
		const table = [
			...HEADER,
			`| (a) Get Details, ${ITEMS} ids over ${ITEMS} items: API calls | ${ours.calls} | ${generic.calls} (HTTP Request, hand-signed): ${fixed(generic.calls / ours.calls)}× more |`,
			`| (a) same: wall time | ${fixed(ours.seconds, 2)} s | ${fixed(generic.seconds, 2)} s: ${fixed(generic.seconds / ours.seconds)}× slower |`,
			...sales.rows,
			...stockRows(single.stock),
			...priceRows(single.price),
		].join('\n');
		await writeReport('results.md', single.n8n, 'npm run bench', table);
		if (sales.triggerRuns.some(lostOrTwice)) process.exitCode = 1;
	} finally {
		await emulator.stop();
	}
}

const lostOrTwice = (run) => run.lost.length || run.twice.length || run.unacknowledgedRuns.length;

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
