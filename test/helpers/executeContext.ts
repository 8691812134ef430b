// A minimal IExecuteFunctions for driving the node's code directly. Its HTTP helper really sends
// the request (signed by our credential's authenticate) so the node talks to the emulator as in n8n.
import type { ICredentialDataDecryptedObject, IDataObject, IExecuteFunctions, IHttpRequestOptions, INode, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { GineeApi } from '../../credentials/GineeApi.credentials';

type Parameters = IDataObject | ((itemIndex: number) => IDataObject);

export interface ContextOptions {
	parameters: Parameters;
	items?: INodeExecutionData[];
	credentials: ICredentialDataDecryptedObject;
	continueOnFail?: boolean;
	timezone?: string;
}

export const TEST_NODE: INode = {
	id: 'ginee-test-node',
	name: 'Ginee',
	type: 'n8n-nodes-ginee.ginee',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

async function sendRequest(credentials: ICredentialDataDecryptedObject, options: IHttpRequestOptions) {
	const signed = await new GineeApi().authenticate(credentials, options);
	let response: Response;
	try {
		response = await fetch(signed.url, {
			method: signed.method ?? 'GET',
			headers: signed.headers as Record<string, string>,
			body: signed.body === undefined ? undefined : JSON.stringify(signed.body),
			signal: AbortSignal.timeout(signed.timeout ?? 30_000),
		});
	} catch (error) {
		// n8n wraps a request that got no answer in a NodeApiError whose cause is the network error
		const cause = (error as { cause?: { code?: string } }).cause;
		const networkError = Object.assign(new Error((error as Error).message), { code: cause?.code ?? (error as { name?: string }).name });
		throw new NodeApiError(TEST_NODE, networkError as unknown as JsonObject);
	}
	const text = await response.text();
	let body: unknown = text;
	try {
		body = JSON.parse(text);
	} catch {
		// keep text
	}
	if (!signed.ignoreHttpStatusErrors && response.status >= 400) throw Object.assign(new Error(`HTTP ${response.status}`), { body });
	return signed.returnFullResponse ? { statusCode: response.status, body, headers: {} } : body;
}

export function executeContext(options: ContextOptions): IExecuteFunctions {
	const items = options.items ?? [{ json: {} }];
	const parametersFor = (itemIndex: number) =>
		typeof options.parameters === 'function' ? options.parameters(itemIndex) : options.parameters;
	const context = {
		getInputData: () => items,
		getNode: () => TEST_NODE,
		getNodeParameter: (name: string, itemIndex: number, fallback?: unknown) => parametersFor(itemIndex)[name] ?? fallback,
		continueOnFail: () => options.continueOnFail ?? false,
		getTimezone: () => options.timezone ?? 'UTC',
		getCredentials: async () => options.credentials,
		helpers: {
			httpRequestWithAuthentication: async (_type: string, request: IHttpRequestOptions) =>
				await sendRequest(options.credentials, request),
		},
	};
	return context as unknown as IExecuteFunctions;
}
