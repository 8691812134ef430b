import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { gineeOrigin } from '../../../credentials/host';
import { parseExactJson } from './exactJson';
import {
	gineeApiError,
	gineeConnectionError,
	gineeRedirectError,
	gineeSsrfError,
	gineeUncertainWriteError,
	networkFailure,
	NOT_DELIVERED,
	ssrfBlock,
	type GineeEnvelope,
} from './errors';

export const GINEE_CREDENTIAL = 'gineeApi';
export const DEFAULT_TIMEOUT_MS = 30_000;
export const MIN_TIMEOUT_MS = 1_000;
export const MAX_TIMEOUT_MS = 300_000;

const MAX_ATTEMPTS = 4;
/** 1 s, 2 s, 4 s: a busy Ginee gets 7 s before a read gives up. */
const FIRST_BACKOFF_MS = 1_000;
const MAX_RETRY_AFTER_MS = 30_000;

export interface GineeRequestOptions {
	/**
	 * Reads are retried on SERVICE_BUSY, 429, 5xx and lost connections. Writes are retried only when
	 * Ginee surely did nothing: the connection was refused, or Ginee answered 429 or SERVICE_BUSY.
	 */
	kind: 'read' | 'write';
	timeout?: number;
	itemIndex?: number;
	/** At most this many attempts (default 4). */
	attempts?: number;
	method?: IHttpRequestMethods;
	/** Query parameters (GET endpoints); never part of the signature. */
	qs?: IDataObject;
	/**
	 * A time (ms since 1970) past which nothing is awaited: each attempt's timeout ends there, and
	 * no retry starts after it.
	 */
	deadline?: number;
	/** A file sent as multipart/form-data instead of a JSON body (UploadImage). */
	file?: UploadedFile;
}

/** One file of a multipart/form-data request, under its form field. */
export interface UploadedFile {
	field: string;
	fileName: string;
	mimeType: string;
	data: Buffer;
}

/** A multipart/form-data body holding one file, and its Content-Type. */
function multipartBody(file: UploadedFile): { body: Buffer; contentType: string } {
	const boundary = `----n8nGinee${Date.now().toString(16)}${Math.random().toString(16).slice(2)}`;
	const safeName = file.fileName.replace(/["\\\r\n]/g, '_');
	const head =
		`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; ` +
		`filename="${safeName}"\r\nContent-Type: ${file.mimeType}\r\n\r\n`;
	return {
		body: Buffer.concat([Buffer.from(head), file.data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
		contentType: `multipart/form-data; boundary=${boundary}`,
	};
}

export type GineeContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IWebhookFunctions
	| IPollFunctions;

/**
 * A timeout from an option or expression, kept within 1 s – 5 min; anything unusable gives 30 s.
 */
export function clampTimeout(value: unknown): number {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isFinite(number)) return DEFAULT_TIMEOUT_MS;
	return Math.min(MAX_TIMEOUT_MS, Math.max(MIN_TIMEOUT_MS, Math.round(number)));
}

/** Ginee refused the request without doing anything: safe to send again, even a write. */
function isRefusal(status: number, envelope: GineeEnvelope): boolean {
	return status === 429 || envelope.code === 'SERVICE_BUSY';
}

function isRetryableAnswer(
	status: number,
	envelope: GineeEnvelope,
	kind: 'read' | 'write',
): boolean {
	return isRefusal(status, envelope) || (kind === 'read' && (status >= 500 || status === 408));
}

/**
 * How long Ginee asked us to wait (Retry-After, seconds or an HTTP date), bounded; else undefined.
 */
function retryAfterMs(headers: IDataObject | undefined): number | undefined {
	const value = headers?.['retry-after'];
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const seconds = Number(value);
	const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(String(value)) - Date.now();
	if (!Number.isFinite(ms)) return undefined;
	return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ms));
}

function asEnvelope(body: unknown): GineeEnvelope {
	if (body && typeof body === 'object' && !Array.isArray(body)) return body as GineeEnvelope;
	if (typeof body === 'string') {
		try {
			return asEnvelope(parseExactJson(body));
		} catch {
			return { message: body.slice(0, 200) };
		}
	}
	return {};
}

async function gineeBaseUrl(this: GineeContext): Promise<string> {
	const credentials = await this.getCredentials(GINEE_CREDENTIAL);
	return gineeOrigin(credentials.host);
}

/**
 * Sends a request to Ginee's Open API (signed by the credential) and returns a SUCCESS answer's
 * envelope. Anything else becomes a NodeApiError that shows Ginee's code and message.
 */
export async function gineeApiRequest<T = unknown>(
	this: GineeContext,
	path: string,
	/** A JSON object, or the bare array one endpoint takes (ManualOutboundOrderExecuteBatch). */
	body: IDataObject | Array<string | number>,
	{
		kind,
		timeout = DEFAULT_TIMEOUT_MS,
		itemIndex,
		attempts = MAX_ATTEMPTS,
		method = 'POST',
		qs,
		deadline,
		file,
	}: GineeRequestOptions,
): Promise<GineeEnvelope & { data: T }> {
	const request: IHttpRequestOptions = {
		method,
		url: `${await gineeBaseUrl.call(this)}${path}`,
		json: true,
		// read as text: parseExactJson keeps IDs beyond 2^53 exact (a parsed body has them rounded)
		encoding: 'text',
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		disableFollowRedirect: true,
	};
	if (file) {
		const multipart = multipartBody(file);
		request.body = multipart.body;
		request.headers = { 'Content-Type': multipart.contentType };
	} else if (method !== 'GET') request.body = body;
	if (qs) request.qs = qs;
	const timeLeft = () => (deadline === undefined ? Infinity : deadline - Date.now());
	for (let attempt = 1; ; attempt++) {
		const backoff = FIRST_BACKOFF_MS * 2 ** (attempt - 1);
		const canRetry = attempt < attempts && timeLeft() > backoff;
		request.timeout = Math.max(1, Math.min(clampTimeout(timeout), timeLeft()));
		let response: IN8nHttpFullResponse;
		try {
			response = (await this.helpers.httpRequestWithAuthentication.call(
				this,
				GINEE_CREDENTIAL,
				request,
			)) as IN8nHttpFullResponse;
		} catch (error) {
			// HTTP answers do not throw here (ignoreHttpStatusErrors): this is a request with no answer.
			const blocked = ssrfBlock(error);
			if (blocked)
				throw gineeSsrfError(this.getNode(), new URL(request.url).host, blocked, itemIndex);
			const failure = networkFailure(error);
			if (canRetry && (kind === 'read' || NOT_DELIVERED.has(failure.code ?? ''))) {
				await sleep(backoff);
				continue;
			}
			throw gineeConnectionError(this.getNode(), failure, kind, itemIndex);
		}
		const status = response.statusCode;
		if (status >= 300 && status < 400)
			throw gineeRedirectError(this.getNode(), status, response.headers?.location, itemIndex);
		const envelope = asEnvelope(response.body);
		if (status < 300 && envelope.code === 'SUCCESS') return envelope as GineeEnvelope & { data: T };
		if (canRetry && isRetryableAnswer(status, envelope, kind)) {
			const wait = retryAfterMs(response.headers as IDataObject) ?? backoff;
			if (wait < timeLeft()) {
				await sleep(wait);
				continue;
			}
		}
		if (kind === 'write' && status >= 500)
			throw gineeUncertainWriteError(this.getNode(), envelope, status, itemIndex);
		throw gineeApiError(this.getNode(), envelope, status, itemIndex);
	}
}
