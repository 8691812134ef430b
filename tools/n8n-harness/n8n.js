'use strict';
// A real n8n for tests and `npm start`: own user folder, free ports, our package installed as the
// Community Nodes installer lays it out, an owner and an API key, and helpers to drive it over HTTP.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { ensureN8n, packPackage, installIntoUserFolder } = require('./install');
const { userFolderFromTemplate } = require('./userFolderTemplate');

const OWNER = {
	email: 'owner@ginee.local',
	password: 'GineeLocal1!',
	firstName: 'Ginee',
	lastName: 'Seller',
};
const READY_TIMEOUT_MS = 180_000;
const POLL_MS = 250;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/** SIGTERM, then SIGKILL when the process has not exited within `graceMs`; `exited` resolves on its exit. */
async function terminate(child, exited, graceMs) {
	if (!child || child.exitCode !== null || child.signalCode !== null) return;
	child.kill('SIGTERM');
	let timer;
	const stopped = await Promise.race([
		exited.then(() => true),
		new Promise((resolve) => (timer = setTimeout(resolve, graceMs, false))),
	]);
	clearTimeout(timer);
	if (!stopped) {
		child.kill('SIGKILL');
		await exited;
	}
}

/** Polls `check` until it returns a truthy value or `timeoutMs` passes. */
async function waitFor(what, check, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	let lastError;
	while (Date.now() < deadline) {
		try {
			const result = await check();
			if (result) return result;
		} catch (error) {
			lastError = error;
		}
		await sleep(POLL_MS);
	}
	throw new Error(
		`Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${lastError.message}` : ''}`,
	);
}

class N8nInstance {
	/**
	 * `command` is n8n's: `start` (the main process), or in queue mode `worker` or `webhook`.
	 * A worker has no editor; its health server answers readiness instead. `withPackage: false`
	 * leaves our package out of the user folder (a process the README's install step was skipped on).
	 */
	constructor({
		port,
		userFolder,
		env = {},
		keepUserFolder = false,
		version,
		command = 'start',
		withPackage = true,
		logPatterns = {},
	} = {}) {
		this.command = command;
		this.withPackage = withPackage;
		this.requestedPort = port;
		this.userFolder = userFolder;
		this.extraEnv = env;
		this.keepUserFolder = keepUserFolder || Boolean(userFolder);
		this.version = version;
		// A new SQLite n8n starts from a copy of a migrated, signed-up user folder
		this.fromTemplate =
			!userFolder &&
			command === 'start' &&
			env.DB_TYPE === undefined &&
			process.env.GINEE_FRESH_N8N !== '1';
		this.log = [];
		/** Counts of log lines matching each pattern, over the whole life of the instance (the kept log is cut). */
		this.logPatterns = logPatterns;
		this.logCounts = {};
		/** The first log line that matched each pattern. */
		this.logSamples = {};
	}

	get baseUrl() {
		return `http://127.0.0.1:${this.port}`;
	}

	/** Installs n8n if needed, our freshly built package into the user folder, then starts n8n. */
	async start() {
		this.runtime ??= ensureN8n(this.version);
		if (!this.userFolder && this.fromTemplate) {
			const tarball = this.withPackage ? packPackage() : undefined;
			this.userFolder = await userFolderFromTemplate(
				this.runtime.n8nBin,
				tarball,
				async (folder) => {
					const first = new N8nInstance({
						version: this.version,
						userFolder: folder,
						withPackage: this.withPackage,
					});
					await first.start();
					await first.signIn();
					await first.stop();
				},
			);
			this.installed = this.withPackage;
		}
		this.userFolder ??= fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-ginee-'));
		if (!this.installed && this.withPackage) {
			installIntoUserFolder(this.userFolder, packPackage());
			this.installed = true;
		}
		this.port = this.requestedPort ?? this.port ?? (await freePort());
		const env = {
			PATH: `${path.dirname(this.runtime.node)}:${process.env.PATH}`,
			HOME: process.env.HOME,
			N8N_USER_FOLDER: this.userFolder,
			N8N_PORT: String(this.port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: '127.0.0.1',
			N8N_EDITOR_BASE_URL: this.baseUrl,
			N8N_WEBHOOK_URL: `${this.baseUrl}/`,
			WEBHOOK_URL: `${this.baseUrl}/`,
			N8N_ENCRYPTION_KEY: 'ginee-local-test-encryption-key',
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			N8N_SECURE_COOKIE: 'false',
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
			N8N_LOG_LEVEL: 'info',
			N8N_LOG_OUTPUT: 'console',
			DB_SQLITE_POOL_SIZE: '2',
			...(this.command === 'worker'
				? {
						QUEUE_HEALTH_CHECK_ACTIVE: 'true',
						QUEUE_HEALTH_CHECK_PORT: String(this.port),
						N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
					}
				: {}),
			...this.extraEnv,
		};
		this.process = spawn(this.runtime.node, [this.runtime.n8nBin, this.command], {
			env,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const remember = (chunk) => {
			const text = chunk.toString();
			this.log.push(text);
			if (this.log.length > 2000) this.log.splice(0, 1000);
			for (const [name, pattern] of Object.entries(this.logPatterns)) {
				const found = text.match(pattern)?.length ?? 0;
				this.logCounts[name] = (this.logCounts[name] ?? 0) + found;
				if (found && !this.logSamples[name])
					this.logSamples[name] = text
						.split('\n')
						.find((line) => line.match(pattern))
						?.slice(0, 300);
			}
		};
		this.process.stdout.on('data', remember);
		this.process.stderr.on('data', remember);
		this.exited = new Promise((resolve) =>
			this.process.once('exit', (code, signal) => resolve({ code, signal })),
		);
		await waitFor(
			'n8n readiness',
			async () => {
				if (this.process.exitCode !== null)
					throw new Error(
						`n8n exited with ${this.process.exitCode}:\n${this.logText().slice(-3000)}`,
					);
				const response = await fetch(`${this.baseUrl}/healthz/readiness`);
				if (!response.ok || this.command !== 'start') return response.ok;
				// n8n 2.8 reports readiness a few seconds before its REST routes answer
				return (await fetch(`${this.baseUrl}/rest/settings`)).ok;
			},
			READY_TIMEOUT_MS,
		);
		return this;
	}

	logText() {
		return this.log.join('');
	}

	async stop() {
		// n8n waits up to N8N_GRACEFUL_SHUTDOWN_TIMEOUT (30 s) for running executions
		await terminate(this.process, this.exited, 45_000);
	}

	/** Kills n8n at once (SIGKILL), as a crash or a killed container would. */
	async crash() {
		this.process.kill('SIGKILL');
		await this.exited;
	}

	/** Stops n8n and removes a temporary user folder. */
	async dispose() {
		await this.stop();
		if (!this.keepUserFolder && this.userFolder)
			fs.rmSync(this.userFolder, { recursive: true, force: true });
	}

	async rest(method, urlPath, body) {
		const response = await fetch(`${this.baseUrl}/rest${urlPath}`, {
			method,
			headers: {
				'Content-Type': 'application/json',
				...(this.cookie ? { Cookie: this.cookie } : {}),
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const json = await response.json().catch(() => ({}));
		if (!response.ok)
			throw new Error(
				`n8n ${method} /rest${urlPath} answered ${response.status}: ${JSON.stringify(json)}`,
			);
		const cookie = response.headers.get('set-cookie');
		if (cookie) this.cookie = cookie.split(';')[0];
		return json.data ?? json;
	}

	/** Creates the owner (first start) or logs in, and makes a public-API key. */
	async signIn() {
		try {
			await this.rest('POST', '/owner/setup', OWNER);
		} catch {
			await this.rest('POST', '/login', {
				emailOrLdapLoginId: OWNER.email,
				password: OWNER.password,
			});
		}
		if (!this.apiKey) {
			const scopes = await this.rest('GET', '/api-keys/scopes');
			const key = await this.rest('POST', '/api-keys', {
				label: `harness-${Date.now()}`,
				scopes,
				expiresAt: null,
			});
			this.apiKey = key.rawApiKey;
		}
		return OWNER;
	}

	async api(method, urlPath, body) {
		const response = await fetch(`${this.baseUrl}/api/v1${urlPath}`, {
			method,
			headers: { 'Content-Type': 'application/json', 'X-N8N-API-KEY': this.apiKey },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const json = await response.json().catch(() => ({}));
		if (!response.ok)
			throw new Error(
				`n8n ${method} /api/v1${urlPath} answered ${response.status}: ${JSON.stringify(json)}`,
			);
		return json;
	}

	async createCredential(name, type, data) {
		// n8n 2.8's schema for the credential's "Allowed HTTP Request Domains" requires `allowedDomains`
		// unless the mode is given, so say "all" (n8n's default) wherever that setting exists
		const schema = await this.api('GET', `/credentials/schema/${type}`);
		const defaults = schema.properties?.allowedHttpRequestDomains
			? { allowedHttpRequestDomains: 'all' }
			: {};
		return await this.api('POST', '/credentials', { name, type, data: { ...defaults, ...data } });
	}

	/** The credential dialog's "Test" button. */
	async testCredential(id, name, type, data) {
		return await this.rest('POST', '/credentials/test', { credentials: { id, name, type, data } });
	}

	/** Creates a workflow; with `activate`, publishes it and waits until its production webhooks answer. */
	async createWorkflow(workflow, { activate = false } = {}) {
		const created = await this.api('POST', '/workflows', {
			settings: { executionOrder: 'v1' },
			connections: {},
			...workflow,
		});
		if (activate) {
			await this.api('POST', `/workflows/${created.id}/activate`);
			for (const node of workflow.nodes.filter(
				(candidate) => candidate.parameters?.path && candidate.webhookId !== undefined,
			)) {
				await this.waitForWebhook(node.parameters.path, node.parameters.httpMethod ?? 'POST');
			}
		}
		return created;
	}

	/** Waits until n8n has registered a production webhook: a GET then no longer says "not registered". */
	async waitForWebhook(webhookPath, method = 'POST') {
		await waitFor(
			`webhook ${webhookPath}`,
			async () => {
				const response = await fetch(`${this.baseUrl}/webhook/${webhookPath}`, {
					method: method === 'GET' ? 'HEAD' : 'GET',
				});
				const text = await response.text();
				return response.status !== 404 || /did you mean/i.test(text);
			},
			60_000,
		);
	}

	async postWebhook(webhookPath, body, { headers = {}, rawBody, query = '' } = {}) {
		const response = await fetch(`${this.baseUrl}/webhook/${webhookPath}${query}`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', ...headers },
			body: rawBody ?? JSON.stringify(body),
		});
		const text = await response.text();
		let json;
		try {
			json = JSON.parse(text);
		} catch {
			json = undefined;
		}
		return { status: response.status, body: json ?? text };
	}

	async executions(workflowId, { includeData = false } = {}) {
		const all = [];
		let cursor;
		for (let page = 0; page < 100; page++) {
			const query = new URLSearchParams({
				workflowId: String(workflowId),
				limit: '250',
				includeData: String(includeData),
			});
			if (cursor) query.set('cursor', cursor);
			const result = await this.api('GET', `/executions?${query}`);
			all.push(...result.data);
			cursor = result.nextCursor;
			if (!cursor) break;
		}
		return all;
	}

	/** Waits until `count` executions of the workflow have finished, and returns them. */
	async waitForExecutions(workflowId, count, { includeData = false, timeoutMs = 60_000 } = {}) {
		return await waitFor(
			`${count} executions of workflow ${workflowId}`,
			async () => {
				const executions = await this.executions(workflowId, { includeData });
				const finished = executions.filter(
					(execution) => execution.finished || execution.stoppedAt,
				);
				return finished.length >= count ? finished : false;
			},
			timeoutMs,
		);
	}
}

module.exports = { N8nInstance, OWNER, waitFor, freePort, terminate };
