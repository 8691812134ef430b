'use strict';
// The Ginee node as a tool of n8n's AI Agent, inside real n8n: the example "Ask about an order" with
// a scripted model of our own, which calls a tool with the arguments it chose and answers from what
// the tool returned. The chat trigger becomes a webhook, so the test can ask its question over HTTP.
const { N8N_LINES } = require('../../tools/n8n-harness/versions');
const { useN8nWithEmulator } = require('../../tools/n8n-harness/setup');
const { ScriptedModel } = require('../../tools/n8n-harness/scriptedModel');
const { PATHS, recentOrders } = require('../helpers/shared');
const { example } = require('../../tools/n8n-harness/workflows');
const ORDER_ACTIONS = '../../dist/nodes/Ginee/actions/order';
const { option: getDetails } = require(`${ORDER_ACTIONS}/getDetails.description`);
const { option: getMany } = require(`${ORDER_ACTIONS}/getMany.description`);

jest.setTimeout(600_000);

const ORDER_IDS_HINT = 'Ginee order IDs (e.g. SO649BE10F4CEDFD00019F1A2B), separated by commas';

/** The example, asked over a webhook, with the scripted model's credential on its model node. */
function askAboutAnOrder(gineeCredential, modelCredential) {
	const workflow = example('ask-about-an-order.json', gineeCredential, 'ask-ginee');
	const byName = (name) => workflow.nodes.find((node) => node.name === name);
	byName('When a chat message is received').parameters.responseData = 'firstEntryJson';
	Object.assign(byName('AI Agent').parameters, {
		promptType: 'define',
		text: '={{ $json.body.chatInput }}',
	});
	byName('OpenAI Chat Model').credentials = {
		openAiApi: { id: modelCredential.id, name: modelCredential.name },
	};
	return workflow;
}

/** The text of a chat message, whether sent as a string or as parts. */
const textOf = (message) =>
	typeof message.content === 'string'
		? message.content
		: (message.content ?? []).map((part) => part.text ?? '').join('');

/**
 * The model's script: asked a question, it calls the tool with the order ID it finds in the
 * question; given the tool's result, it answers with the order's status (or that Ginee does not know it).
 */
function script(request) {
	const toolResult = request.messages.find((message) => message.role === 'tool');
	if (!toolResult) {
		const question = textOf(request.messages.findLast((message) => message.role === 'user'));
		const orderId = question.match(/order (\S+?)\?/)[1];
		return { toolCall: { name: 'Ginee_orders', arguments: { orderIds: orderId } } };
	}
	const result = textOf(toolResult);
	const status = result.match(/"status":"(\w+)"/)?.[1];
	const orderId = result.match(/"orderId":"([^"]+)"/)?.[1];
	return {
		content: /"notFound":true/.test(result)
			? `Ginee does not know order ${orderId}.`
			: `Order ${orderId} is ${status}.`,
	};
}

describe.each(N8N_LINES)('Ginee as a tool of the AI Agent inside real n8n %s', (version) => {
	const setup = useN8nWithEmulator({ version });
	const { emulator, n8n } = setup;
	const model = new ScriptedModel(script);
	let workflow;

	beforeAll(async () => {
		await model.start();
		const modelCredential = await n8n.createCredential('Scripted model', 'openAiApi', {
			apiKey: 'sk-scripted-model',
			url: model.url,
			// n8n 2.8's API schema wants the custom-header switch said to be off
			header: false,
		});
		workflow = await n8n.createWorkflow(askAboutAnOrder(setup.credential, modelCredential), {
			activate: true,
		});
	});

	afterAll(async () => {
		await model.stop();
	});

	beforeEach(() => {
		model.requests = [];
		emulator.requests = [];
	});

	it('lets the model look up an order: tool offered, call signed with its arguments, result read, answer given', async () => {
		const order = recentOrders(emulator)[0];
		const answer = await n8n.postWebhook('ask-ginee', {
			chatInput: `What is the status of order ${order.orderId}?`,
		});
		expect(answer.status).toBe(200);
		expect(answer.body.output).toBe(`Order ${order.orderId} is ${order.orderStatus}.`);

		const [asked, answered] = model.requests;
		expect(model.requests).toHaveLength(2);
		const offered = Object.fromEntries(asked.tools.map((tool) => [tool.function.name, tool]));
		expect(Object.keys(offered).sort()).toEqual(['Ginee_orders', 'Ginee_orders_in_a_time_range']);
		expect(offered.Ginee_orders.function).toMatchObject({
			description: getDetails.toolDescription,
			parameters: {
				type: 'object',
				properties: { orderIds: { type: 'string', description: ORDER_IDS_HINT } },
				required: ['orderIds'],
			},
		});
		expect(offered.Ginee_orders_in_a_time_range.function).toMatchObject({
			description: getMany.toolDescription,
			parameters: { properties: { from: { type: 'string' }, to: { type: 'string' } } },
		});

		const calls = emulator.calls(PATHS.batchGet);
		expect(calls.map((call) => call.body.orderIds)).toEqual([[order.orderId]]);
		expect(calls[0].headers.authorization).toMatch(new RegExp(`^${emulator.account.accessKey}:`));

		const toolResult = answered.messages.find((message) => message.role === 'tool');
		const result = textOf(toolResult);
		expect(result).toContain(`"status":"${order.orderStatus}"`);
		expect(result).toContain(`"buyerName":${JSON.stringify(order.customerInfo.name)}`);
		expect(result).not.toContain('paymentInfo');
		expect(Buffer.byteLength(result)).toBeLessThan(3000);
	});

	it('gives the model a readable "not found" for an ID Ginee does not know, and the run succeeds', async () => {
		const answer = await n8n.postWebhook('ask-ginee', {
			chatInput: 'What is the status of order SO-NOBODY-KNOWS?',
		});
		expect(answer.status).toBe(200);
		expect(answer.body.output).toBe('Ginee does not know order SO-NOBODY-KNOWS.');
		const result = textOf(model.requests[1].messages.find((message) => message.role === 'tool'));
		expect(result).toContain('"notFound":true');
		expect(emulator.calls(PATHS.batchGet)).toHaveLength(1);
		const runs = await n8n.waitForExecutions(workflow.id, 2);
		expect(runs.map((run) => run.status)).toEqual(['success', 'success']);
	});
});
