'use strict';
const fs = require('node:fs');
const path = require('node:path');
// Workflow JSON for the end-to-end tests and the examples of `npm start`.

/** The one version of our nodes (nodes/shared/nodeVersion.ts; test/examples.test.js checks). */
const GINEE_NODE_VERSION = 1.1;

const webhookNode = (path, position = [0, 0]) => ({
	id: `webhook-${path}`,
	name: 'Webhook',
	type: 'n8n-nodes-base.webhook',
	typeVersion: 2,
	position,
	webhookId: `webhook-${path}`,
	parameters: {
		httpMethod: 'POST',
		path,
		responseMode: 'lastNode',
		responseData: 'allEntries',
		options: {},
	},
});

const TRIGGERS_TO_REPLACE = [
	'n8n-nodes-base.manualTrigger',
	'n8n-nodes-base.scheduleTrigger',
	'@n8n/n8n-nodes-langchain.chatTrigger',
];

/**
 * An example of examples/ bound to the credential. For a test run, its manual, schedule or chat
 * trigger becomes a webhook; `withoutNodes` drops and `disabledNodes` deactivates nodes that need an
 * outside service (Slack, Sheets), `replaceNodes` swaps one for a stand-in (same name and place),
 * `replaceText` fills placeholders (e.g. a warehouse ID), and `webhookItems` ({ trigger name: path })
 * feeds an outside service's trigger from a web hook instead: each of the body's `items` comes out
 * of a step with the trigger's name, as the trigger would give it.
 */
function example(
	file,
	credential,
	webhookPath,
	{
		withoutNodes = [],
		disabledNodes = [],
		replaceNodes = {},
		replaceText = {},
		webhookItems = {},
	} = {},
) {
	let text = fs
		.readFileSync(path.join(__dirname, '../../examples', file), 'utf8')
		.replaceAll('GINEE_CREDENTIAL_ID', credential.id);
	for (const [from, to] of Object.entries(replaceText)) text = text.replaceAll(from, to);
	const workflow = JSON.parse(text);
	for (const node of workflow.nodes)
		if (replaceNodes[node.name]) Object.assign(node, replaceNodes[node.name], { name: node.name });
	workflow.nodes = workflow.nodes.filter((node) => !withoutNodes.includes(node.name));
	for (const node of workflow.nodes) if (disabledNodes.includes(node.name)) node.disabled = true;
	for (const name of withoutNodes) delete workflow.connections[name];
	for (const connection of Object.values(workflow.connections)) {
		for (const [type, outputs] of Object.entries(connection)) {
			connection[type] = outputs.map((targets) =>
				targets.filter((target) => !withoutNodes.includes(target.node)),
			);
		}
	}
	for (const [name, itemsPath] of Object.entries(webhookItems)) {
		const trigger = workflow.nodes.find((node) => node.name === name);
		const feed = webhookNode(itemsPath, [trigger.position[0] - 220, trigger.position[1]]);
		feed.name = `${name} (web hook)`;
		Object.assign(trigger, {
			type: 'n8n-nodes-base.splitOut',
			typeVersion: 1,
			parameters: { fieldToSplitOut: 'body.items', options: {} },
		});
		delete trigger.webhookId;
		workflow.nodes.push(feed);
		workflow.connections[feed.name] = { main: [[{ node: name, type: 'main', index: 0 }]] };
	}
	const manual = workflow.nodes.find((node) => TRIGGERS_TO_REPLACE.includes(node.type));
	if (manual && webhookPath) {
		Object.assign(manual, webhookNode(webhookPath), {
			name: manual.name,
			position: manual.position,
		});
	}
	return workflow;
}

const credentialRef = (credential) => ({ gineeApi: { id: credential.id, name: credential.name } });

const chain = (...names) => {
	const connections = {};
	for (let i = 0; i < names.length - 1; i++)
		connections[names[i]] = { main: [[{ node: names[i + 1], type: 'main', index: 0 }]] };
	return connections;
};

/** "Split Out": one item for each of the web hook body's `items`. */
const splitOutNode = (path) => ({
	id: `split-${path}`,
	name: 'Split Out',
	type: 'n8n-nodes-base.splitOut',
	typeVersion: 1,
	position: [200, 0],
	parameters: { fieldToSplitOut: 'body.items', options: {} },
});

/** Webhook → (Split Out the body's `items` into one item each) → Ginee node with `parameters`. */
function gineeWorkflow(
	name,
	path,
	credential,
	parameters,
	{ continueOnFail = false, retryOnFail = false } = {},
) {
	return {
		name,
		nodes: [
			webhookNode(path),
			splitOutNode(path),
			{
				id: `ginee-${path}`,
				name: 'Ginee',
				type: 'n8n-nodes-ginee.ginee',
				typeVersion: GINEE_NODE_VERSION,
				position: [400, 0],
				parameters,
				credentials: credentialRef(credential),
				...(continueOnFail ? { onError: 'continueRegularOutput' } : {}),
				...(retryOnFail ? { retryOnFail: true, maxTries: 3, waitBetweenTries: 0 } : {}),
			},
		],
		connections: chain('Webhook', 'Split Out', 'Ginee'),
	};
}

function httpRequestWorkflow(path, credential, host) {
	return {
		name: 'HTTP Request with the Ginee credential',
		nodes: [
			webhookNode(path),
			{
				id: `http-${path}`,
				name: 'HTTP Request',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [200, 0],
				parameters: {
					method: 'POST',
					url: `${host}/openapi/shop/v1/list`,
					authentication: 'predefinedCredentialType',
					nodeCredentialType: 'gineeApi',
					sendBody: true,
					specifyBody: 'json',
					jsonBody: '{"page":0,"size":5}',
					options: {},
				},
				credentials: credentialRef(credential),
			},
		],
		connections: chain('Webhook', 'HTTP Request'),
	};
}

/** A Ginee Trigger node named "Ginee Trigger", with a credential when one is given. */
function gineeTriggerNode(webhookId, parameters, { credential } = {}) {
	return {
		id: `trigger-${webhookId}`,
		name: 'Ginee Trigger',
		type: 'n8n-nodes-ginee.gineeTrigger',
		typeVersion: GINEE_NODE_VERSION,
		position: [0, 0],
		webhookId,
		parameters,
		...(credential ? { credentials: credentialRef(credential) } : {}),
	};
}

function triggerWorkflow(name, triggerParameters, webhookId, credential) {
	return {
		name,
		nodes: [
			gineeTriggerNode(webhookId, { output: 'delivery', ...triggerParameters }, { credential }),
			{
				id: `filter-${webhookId}`,
				name: 'Paid Orders Only',
				type: 'n8n-nodes-base.filter',
				typeVersion: 2,
				position: [220, 0],
				parameters: {
					conditions: {
						options: { caseSensitive: true, leftValue: '', typeValidation: 'loose' },
						conditions: [
							{
								id: 'paid',
								leftValue: '={{ $json.payload.orderStatus ?? "PAID" }}',
								rightValue: 'PAID',
								operator: { type: 'string', operation: 'equals' },
							},
						],
						combinator: 'and',
					},
					options: {},
				},
			},
		],
		connections: chain('Ginee Trigger', 'Paid Orders Only'),
	};
}

/** One Ginee Trigger (Any Event) and nothing after it. */
function triggerOnlyWorkflow(name, webhookId, parameters = {}) {
	return {
		name,
		nodes: [gineeTriggerNode(webhookId, { events: ['*'], ...parameters })],
		connections: {},
	};
}

module.exports = {
	GINEE_NODE_VERSION,
	example,
	triggerOnlyWorkflow,
	gineeWorkflow,
	httpRequestWorkflow,
	triggerWorkflow,
	webhookNode,
	splitOutNode,
	credentialRef,
	chain,
};
