'use strict';
// Sustained web-hook load for tests and the bench: many distinct deliveries at a fixed number of
// connections, a sender that may resend what was refused or dropped (as a retrying Ginee would), and
// the accounting afterwards: which deliveries n8n acknowledged and which executions it recorded.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** What n8n's log says about its database under load. */
const LOG_PATTERNS = {
	databaseErrors:
		/SQLITE_BUSY|database is locked|QueryFailedError|ResourceRequest timed out|Timeout acquiring|could not serialize|deadlock detected/g,
	staticDataSaveFailures:
		/There was a problem saving the workflow with id "[^"]*" to save changed/g,
};

async function postOnce(url, body) {
	try {
		const response = await fetch(url, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body,
		});
		const text = await response.text();
		return { status: response.status, text };
	} catch (error) {
		// n8n closed the connection (other side closed, reset): a delivery not answered
		return { status: 0, text: String(error?.cause?.code ?? error?.message ?? error) };
	}
}

/**
 * Sends every delivery to `url` with `connections` at once. A 2xx ends a delivery; anything else is
 * sent again after `retryDelayMs`, at most `attempts` times in all. Returns, per delivery id, every
 * status it got, the response times (sorted, ms) and the seconds it all took.
 */
async function sendSustained(
	url,
	deliveries,
	{ connections = 10, attempts = 1, retryDelayMs = 500 } = {},
) {
	const answers = new Map();
	const latencies = [];
	const started = Date.now();
	let next = 0;
	await Promise.all(
		Array.from({ length: connections }, async () => {
			while (next < deliveries.length) {
				const delivery = deliveries[next++];
				const body = JSON.stringify(delivery);
				const statuses = [];
				answers.set(delivery.id, statuses);
				for (let attempt = 1; attempt <= attempts; attempt++) {
					const sent = performance.now();
					const { status } = await postOnce(url, body);
					latencies.push(performance.now() - sent);
					statuses.push(status);
					if (status >= 200 && status < 300) break;
					if (attempt < attempts) await sleep(retryDelayMs);
				}
			}
		}),
	);
	latencies.sort((a, b) => a - b);
	return { answers, latencies, seconds: (Date.now() - started) / 1000 };
}

/** Polls the workflow's executions until their number and statuses stay the same for `quietMs`. */
async function waitUntilIdle(n8n, workflowId, { quietMs = 10_000, timeoutMs = 600_000 } = {}) {
	const deadline = Date.now() + timeoutMs;
	let last = '';
	let since = Date.now();
	while (Date.now() < deadline) {
		const executions = await n8n.executions(workflowId);
		const signature = executions
			.map((execution) => `${execution.id}:${execution.status}`)
			.sort()
			.join(',');
		const busy = executions.some((execution) =>
			['running', 'new', 'waiting'].includes(execution.status),
		);
		if (signature !== last) {
			last = signature;
			since = Date.now();
		} else if (Date.now() - since >= (busy ? quietMs * 3 : quietMs)) {
			return executions;
		}
		await sleep(1000);
	}
	throw new Error(`workflow ${workflowId} did not become idle within ${timeoutMs} ms`);
}

/** The first item a trigger node emitted, also for an execution that never ran ("new"). */
function firstItem(execution, nodeName) {
	return (
		execution.data?.resultData?.runData?.[nodeName]?.[0]?.data?.main?.[0]?.[0]?.json ??
		execution.data?.executionData?.nodeExecutionStack?.[0]?.data?.main?.[0]?.[0]?.json
	);
}

/** The delivery id a Ginee Trigger execution was started with. */
const deliveredId = (execution) => firstItem(execution, 'Ginee Trigger')?.id;
/** The delivery id an execution of n8n's Webhook node was started with (the request body's id). */
const webhookBodyId = (execution) => firstItem(execution, 'Webhook')?.body?.id;

/** The p-th percentile of sorted numbers. */
const percentile = (sorted, p) =>
	sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/**
 * Matches what the sender was told with what n8n recorded: acknowledged deliveries without an
 * execution (lost), with more than one (run twice), executions of deliveries never acknowledged, and
 * executions by status.
 */
async function account(n8n, workflowId, answers, idOf = deliveredId) {
	const executions = await n8n.executions(workflowId, { includeData: true });
	const perId = new Map();
	const byStatus = {};
	for (const execution of executions) {
		byStatus[execution.status] = (byStatus[execution.status] ?? 0) + 1;
		const id = idOf(execution);
		perId.set(id, (perId.get(id) ?? 0) + 1);
	}
	const acknowledged = [...answers]
		.filter(([, statuses]) => statuses.some((status) => status >= 200 && status < 300))
		.map(([id]) => id);
	const acknowledgedSet = new Set(acknowledged);
	const refusals = [...answers.values()].flat().filter((status) => status >= 500).length;
	const dropped = [...answers.values()].flat().filter((status) => status === 0).length;
	return {
		sent: answers.size,
		acknowledged: acknowledged.length,
		refusals,
		dropped,
		executions: executions.length,
		byStatus,
		lost: acknowledged.filter((id) => !perId.has(id)),
		twice: [...perId].filter(([, count]) => count > 1).map(([id]) => id),
		unacknowledgedRuns: [...perId.keys()].filter((id) => !acknowledgedSet.has(id)),
	};
}

module.exports = {
	LOG_PATTERNS,
	postOnce,
	sendSustained,
	waitUntilIdle,
	account,
	deliveredId,
	webhookBodyId,
	percentile,
};
