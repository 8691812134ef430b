#!/usr/bin/env node
'use strict';
// `npm start`: builds this package, starts the Ginee emulator (or uses a real Ginee host) and n8n on
// 127.0.0.1:5678 with our nodes installed as the Community Nodes installer does, an owner account,
// a Ginee credential and the example workflows. Ctrl-C stops everything it started.
//
//   npm start -- [--port 5678] [--emulator-port 8787] [--timezone Asia/Jakarta] [--fresh]
//   GINEE_HOST=https://api.ginee.com GINEE_ACCESS_KEY=… GINEE_SECRET_KEY=… GINEE_COUNTRY=ID npm start
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { N8nInstance, OWNER } = require('../tools/n8n-harness/n8n');
const { GineeEmulator } = require('../tools/ginee-emulator/server');
const { emulatorHelp } = require('./startHelp');

const REPO = path.resolve(__dirname, '..');
// n8n's data for npm start lives in the lab folder, outside the repository (scripts/lab-dir.sh)
const LAB = execFileSync('bash', [path.join(__dirname, 'lab-dir.sh')], { encoding: 'utf8' }).trim();
const HOME = path.join(LAB, 'start');
const STATE_FILE = path.join(HOME, 'state.json');
// Every example; the first-steps one is imported last, so n8n's Overview (newest first) lists it
// first. The trigger one is published (its URL is printed).
const FIRST_EXAMPLE = 'get-order-details.json';
const ACTIVE_EXAMPLE = 'ginee-orders-to-slack-and-sheets.json';
const EXAMPLES = [
	...fs
		.readdirSync(path.join(REPO, 'examples'))
		.filter((file) => file.endsWith('.json') && file !== FIRST_EXAMPLE)
		.sort(),
	FIRST_EXAMPLE,
];
const TRIGGER_PATH = 'ginee-orders/ginee';
const TAG = 'Ginee';

function option(name, fallback) {
	const index = process.argv.indexOf(`--${name}`);
	return index === -1 ? fallback : process.argv[index + 1];
}

/** Steps that need an outside account; n8n refuses to publish a workflow whose steps lack one. */
const OUTSIDE_SERVICES = ['n8n-nodes-base.slack', 'n8n-nodes-base.googleSheets'];

/** An example with our credential, its Slack and Google Sheets steps deactivated until set up. */
function loadExample(file, credentialId, credentialName) {
	const text = fs
		.readFileSync(path.join(REPO, 'examples', file), 'utf8')
		.replaceAll('GINEE_CREDENTIAL_ID', credentialId)
		.replaceAll('Ginee (local emulator)', credentialName);
	const workflow = JSON.parse(text);
	for (const node of workflow.nodes) if (OUTSIDE_SERVICES.includes(node.type)) node.disabled = true;
	return workflow;
}

/** n8n's tag for the examples, made on the first start. */
async function gineeTag(n8n) {
	const { data: tags = [] } = await n8n.api('GET', '/tags?limit=250');
	return tags.find((tag) => tag.name === TAG) ?? (await n8n.api('POST', '/tags', { name: TAG }));
}

async function main() {
	const port = Number(option('port', process.env.N8N_PORT ?? 5678));
	execFileSync('bash', [path.join(__dirname, 'move-lab.sh')], { stdio: 'inherit' });
	if (process.argv.includes('--fresh')) fs.rmSync(HOME, { recursive: true, force: true });
	fs.mkdirSync(HOME, { recursive: true });

	console.log('Building n8n-nodes-ginee…');
	execFileSync('npm', ['run', 'build', '--silent'], { cwd: REPO, stdio: 'inherit' });

	let emulator;
	let account;
	let credentialName;
	if (process.env.GINEE_HOST) {
		account = {
			accessKey: process.env.GINEE_ACCESS_KEY,
			secretKey: process.env.GINEE_SECRET_KEY,
			country: process.env.GINEE_COUNTRY ?? 'ID',
			host: process.env.GINEE_HOST,
		};
		if (!account.accessKey || !account.secretKey)
			throw new Error('GINEE_HOST needs GINEE_ACCESS_KEY and GINEE_SECRET_KEY too');
		credentialName = 'Ginee';
	} else {
		emulator = new GineeEmulator();
		await emulator.start(Number(option('emulator-port', 8787)));
		account = { ...emulator.account, host: emulator.url };
		credentialName = 'Ginee (local emulator)';
	}

	// n8n's own default is America/New_York: a seller's 09:00 would be read as New York time.
	const timezone =
		option('timezone', process.env.GENERIC_TIMEZONE) ??
		Intl.DateTimeFormat().resolvedOptions().timeZone;
	const n8n = new N8nInstance({
		port,
		userFolder: path.join(HOME, 'user'),
		env: { GENERIC_TIMEZONE: timezone },
	});
	const stop = async () => {
		console.log('\nStopping n8n and the emulator…');
		await n8n.stop();
		if (emulator) await emulator.stop();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);

	console.log(
		`Starting n8n on http://127.0.0.1:${port} (the first run installs n8n: about 7 minutes)…`,
	);
	await n8n.start();
	await n8n.signIn();

	const state = fs.existsSync(STATE_FILE) ? JSON.parse(fs.readFileSync(STATE_FILE, 'utf8')) : {};
	if (state.host !== account.host || !state.examples) {
		const credential = await n8n.createCredential(credentialName, 'gineeApi', account);
		Object.assign(state, { host: account.host, credentialId: credential.id, examples: {} });
	}
	// Examples added since the last start are imported too, all tagged "Ginee"
	const missing = EXAMPLES.filter((example) => !state.examples[example]);
	const tag = missing.length ? await gineeTag(n8n) : undefined;
	for (const file of missing) {
		const workflow = loadExample(file, state.credentialId, credentialName);
		const created = await n8n.createWorkflow(workflow);
		await n8n.api('PUT', `/workflows/${created.id}/tags`, [{ id: tag.id }]);
		if (file === ACTIVE_EXAMPLE) await n8n.api('POST', `/workflows/${created.id}/activate`);
		state.examples[file] = { id: created.id, name: workflow.name };
	}
	fs.writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
	await n8n.waitForWebhook(TRIGGER_PATH);
	const first = state.examples[FIRST_EXAMPLE];
	const titles = [FIRST_EXAMPLE, ...EXAMPLES.filter((file) => file !== FIRST_EXAMPLE)].map(
		(file) => `                  - ${state.examples[file].name}`,
	);

	console.log(`
n8n is ready:     ${n8n.baseUrl}
  sign in with    ${OWNER.email} / ${OWNER.password}
  credential      "${credentialName}" → ${account.host}
  trigger URL     ${n8n.baseUrl}/webhook/${TRIGGER_PATH}
  timezone        ${timezone} (dates without an offset are read in it; --timezone to change)
  workflows       ${EXAMPLES.length} examples, tagged "${TAG}" (Overview → Workflows); the orders trigger one is
                  published, its Slack and Google Sheets steps off until you add your accounts:
${titles.join('\n')}

First steps:      open ${n8n.baseUrl}/workflow/${first.id}
                  ("${first.name}"), sign in, click "Execute workflow",
                  then double-click the node "Get order details" to see its fields and output.
${emulator ? emulatorHelp(emulator, n8n.baseUrl, TRIGGER_PATH) : ''}
Press Ctrl-C to stop.`);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
