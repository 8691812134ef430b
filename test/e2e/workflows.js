'use strict';
// Workflow JSON for the end-to-end tests and the examples of `npm start`.

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

const credentialRef = (credential) => ({ gineeApi: { id: credential.id, name: credential.name } });

const chain = (...names) => {
	const connections = {};
	for (let i = 0; i < names.length - 1; i++)
		connections[names[i]] = { main: [[{ node: names[i + 1], type: 'main', index: 0 }]] };
	return connections;
};

/** Webhook → (Split Out the body's `items` into one item each) → Ginee node with `parameters`. */
function gineeWorkflow(name, path, credential, parameters, { continueOnFail = false } = {}) {
	return {
		name,
		nodes: [
			webhookNode(path),
			{
				id: `split-${path}`,
				name: 'Split Out',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [200, 0],
				parameters: { fieldToSplitOut: 'body.items', options: {} },
			},
			{
				id: `ginee-${path}`,
				name: 'Ginee',
				type: 'n8n-nodes-ginee.ginee',
				typeVersion: 1,
				position: [400, 0],
				parameters,
				credentials: credentialRef(credential),
				...(continueOnFail ? { onError: 'continueRegularOutput' } : {}),
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

function triggerWorkflow(name, triggerParameters, webhookId, credential) {
	return {
		name,
		nodes: [
			{
				id: `trigger-${webhookId}`,
				name: 'Ginee Trigger',
				type: 'n8n-nodes-ginee.gineeTrigger',
				typeVersion: 1,
				position: [0, 0],
				webhookId,
				parameters: { output: 'delivery', ...triggerParameters },
				...(credential ? { credentials: credentialRef(credential) } : {}),
			},
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

module.exports = {
	gineeWorkflow,
	httpRequestWorkflow,
	triggerWorkflow,
	webhookNode,
	credentialRef,
	chain,
};
