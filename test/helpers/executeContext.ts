// A minimal IExecuteFunctions for driving the node's code directly. Its HTTP helper signs with our
// credential's authenticate and sends through n8n's own HTTP client, as n8n-core does.
import type { ICredentialDataDecryptedObject, IDataObject, IExecuteFunctions, IHttpRequestOptions, INode, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { OutboundHttp } from '@n8n/backend-network';
import { Container } from '@n8n/di';

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

/** What n8n-core's httpRequestWithAuthentication does: authenticate, then n8n's own HTTP client. */
async function sendRequest(credentials: ICredentialDataDecryptedObject, options: IHttpRequestOptions) {
	try {
		const signed = await new GineeApi().authenticate(credentials, { ...options });
		return await n8nHttp().request(signed as never);
	} catch (error) {
		throw new NodeApiError(TEST_NODE, error as JsonObject);
	}
}

/** n8n's outbound HTTP client (@n8n/backend-network, what n8n-core sends every node request with). */
export function n8nHttp() {
	return Container.get(OutboundHttp).requests();
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
