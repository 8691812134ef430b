import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	IWebhookFunctions,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { gineeApiError, gineeConnectionError, networkFailure, type GineeEnvelope } from './errors';

export const GINEE_CREDENTIAL = 'gineeApi';
export const DEFAULT_TIMEOUT_MS = 30_000;

const MAX_READ_ATTEMPTS = 4;
const FIRST_BACKOFF_MS = 250;
/** Errors that show the request never reached Ginee, so even a write may be sent again. */
const NOT_DELIVERED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

export interface GineeRequestOptions {
	/** Reads are retried on SERVICE_BUSY, 429, 5xx and lost connections; writes only when never delivered. */
	kind: 'read' | 'write';
	timeout?: number;
	itemIndex?: number;
}

type GineeContext = IExecuteFunctions | ILoadOptionsFunctions | IWebhookFunctions;

function isRetryableAnswer(status: number, envelope: GineeEnvelope): boolean {
	return status === 429 || status >= 500 || envelope.code === 'SERVICE_BUSY';
}

function asEnvelope(body: unknown): GineeEnvelope {
	if (body && typeof body === 'object' && !Array.isArray(body)) return body as GineeEnvelope;
	if (typeof body === 'string') {
		try {
			return asEnvelope(JSON.parse(body));
		} catch {
			return { message: body.slice(0, 200) };
		}
	}
	return {};
}

export async function gineeBaseUrl(this: GineeContext): Promise<string> {
	const credentials = await this.getCredentials(GINEE_CREDENTIAL);
	return String(credentials.host || 'https://api.ginee.com').replace(/\/+$/, '');
}

/**
 * POSTs to Ginee's Open API (signed by the credential) and returns a SUCCESS answer's envelope.
 * Anything else becomes a NodeApiError that shows Ginee's code and message.
 */
export async function gineeApiRequest<T = unknown>(
	this: GineeContext,
	path: string,
	body: IDataObject,
	{ kind, timeout = DEFAULT_TIMEOUT_MS, itemIndex }: GineeRequestOptions,
): Promise<GineeEnvelope & { data: T }> {
	const request: IHttpRequestOptions = {
		method: 'POST',
		url: `${await gineeBaseUrl.call(this)}${path}`,
		body,
		json: true,
		timeout,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	};
	for (let attempt = 1; ; attempt++) {
		const canRetry = kind === 'read' && attempt < MAX_READ_ATTEMPTS;
		let response: IN8nHttpFullResponse;
		try {
			response = (await this.helpers.httpRequestWithAuthentication.call(this, GINEE_CREDENTIAL, request)) as IN8nHttpFullResponse;
		} catch (error) {
			// HTTP answers do not throw here (ignoreHttpStatusErrors): this is a request with no answer.
			const failure = networkFailure(error);
			if (canRetry || (NOT_DELIVERED.has(failure.code ?? '') && attempt < MAX_READ_ATTEMPTS)) {
				await sleep(FIRST_BACKOFF_MS * 2 ** (attempt - 1));
				continue;
			}
			throw gineeConnectionError(this.getNode(), failure, itemIndex);
		}
		const envelope = asEnvelope(response.body);
		if (response.statusCode < 300 && envelope.code === 'SUCCESS') return envelope as GineeEnvelope & { data: T };
		if (canRetry && isRetryableAnswer(response.statusCode, envelope)) {
			await sleep(FIRST_BACKOFF_MS * 2 ** (attempt - 1));
			continue;
		}
		throw gineeApiError(this.getNode(), envelope, response.statusCode, itemIndex);
	}
}
