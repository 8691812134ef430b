'use strict';
// An OpenAI-compatible chat model on 127.0.0.1 that follows a script instead of thinking: each call
// to /chat/completions is answered by `reply(request, callIndex)`, which returns either
// { toolCall: { name, arguments } } or { content }. Every request body is kept for the test.
const http = require('node:http');

function completion(model, message, finishReason) {
	return {
		id: `chatcmpl-scripted-${Date.now()}`,
		object: 'chat.completion',
		created: Math.floor(Date.now() / 1000),
		model,
		choices: [{ index: 0, message, finish_reason: finishReason, logprobs: null }],
		usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
	};
}

function messageOf(step, callIndex) {
	if (step.toolCall) {
		const toolCall = {
			id: `call_${callIndex}`,
			type: 'function',
			function: { name: step.toolCall.name, arguments: JSON.stringify(step.toolCall.arguments) },
		};
		return [{ role: 'assistant', content: null, tool_calls: [toolCall] }, 'tool_calls'];
	}
	return [{ role: 'assistant', content: step.content }, 'stop'];
}

/** The same answer as server-sent events, for a client that asks with `stream: true`. */
function streamed(res, body) {
	const [choice] = body.choices;
	const delta = { role: 'assistant', content: choice.message.content ?? '' };
	if (choice.message.tool_calls) {
		delta.tool_calls = choice.message.tool_calls.map((call, index) => ({ index, ...call }));
	}
	const chunk = (choices) =>
		`data: ${JSON.stringify({ ...body, object: 'chat.completion.chunk', choices })}\n\n`;
	res.writeHead(200, { 'Content-Type': 'text/event-stream' });
	res.write(chunk([{ index: 0, delta, finish_reason: null }]));
	res.write(chunk([{ index: 0, delta: {}, finish_reason: choice.finish_reason }]));
	res.end('data: [DONE]\n\n');
}

class ScriptedModel {
	constructor(reply) {
		this.reply = reply;
		this.requests = [];
		this.server = http.createServer((req, res) => this.handle(req, res));
	}

	async start() {
		await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${this.server.address().port}/v1`;
		return this.url;
	}

	async stop() {
		this.server.closeAllConnections?.();
		await new Promise((resolve) => this.server.close(resolve));
	}

	async handle(req, res) {
		const chunks = [];
		for await (const chunk of req) chunks.push(chunk);
		if (req.method !== 'POST' || !req.url.endsWith('/chat/completions')) {
			res.writeHead(404, { 'Content-Type': 'application/json' });
			res.end(JSON.stringify({ error: { message: `not scripted: ${req.method} ${req.url}` } }));
			return;
		}
		const request = JSON.parse(Buffer.concat(chunks).toString('utf8'));
		const callIndex = this.requests.push(request) - 1;
		try {
			const [message, finishReason] = messageOf(this.reply(request, callIndex), callIndex);
			const body = completion(request.model, message, finishReason);
			if (request.stream) streamed(res, body);
			else res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
		} catch (error) {
			res.writeHead(500, { 'Content-Type': 'application/json' });
			res.end(JSON.stringify({ error: { message: error.message } }));
		}
	}
}

module.exports = { ScriptedModel };
