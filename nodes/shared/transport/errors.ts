import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/** What Ginee wraps every answer in. */
export interface GineeEnvelope {
	code?: string;
	message?: string;
	data?: unknown;
	extra?: unknown;
	transactionId?: string;
}

const HINTS: Record<string, string> = {
	CHANNEL_NOT_SUPPORT:
		'Only manual orders (channel MANUAL_ID) whose status is PAID, PENDING_PAYMENT or ' +
		'PARTIALLY_PAID can be updated.',
	DATA_NOT_EXISTED:
		'Ginee has no such record. Check the ID, and the country chosen in the credential.',
	PARAMETER_ERROR: 'Ginee rejected a field of the request; the message names it.',
	UNAUTHORIZED:
		'Check the Access Key, Secret Key and Country of the Ginee credential, and that the app is ' +
		'enabled in Ginee.',
	IAM_FAILED:
		'The Ginee app behind this credential has no permission for this API. Ask Ginee to enable it.',
	SERVICE_BUSY: 'Ginee is busy. The node already retried; try again in a minute.',
};

export function gineeApiError(
	node: INode,
	envelope: GineeEnvelope,
	httpCode: number | undefined,
	itemIndex?: number,
): NodeApiError {
	const code = envelope.code ?? `HTTP_${httpCode ?? 'ERROR'}`;
	const message = envelope.message ?? 'No message from Ginee';
	const hint =
		HINTS[code] ?? (httpCode === 401 || httpCode === 403 ? HINTS.UNAUTHORIZED : undefined);
	return new NodeApiError(
		node,
		{ code, message, transactionId: envelope.transactionId ?? null } as JsonObject,
		{
			message: `Ginee error ${code}: ${message}`,
			description: hint,
			// n8n shows this as the error's "Error code": Ginee's own code says more than the HTTP
			// status, which is 200 for Ginee's business errors.
			httpCode: envelope.code ?? (httpCode === undefined ? undefined : String(httpCode)),
			itemIndex,
		},
	);
}

const NETWORK_REASONS: Record<string, string> = {
	ECONNABORTED: 'no answer within the timeout',
	ETIMEDOUT: 'no answer within the timeout',
	TimeoutError: 'no answer within the timeout',
	ECONNRESET: 'the connection was closed before Ginee answered',
	UND_ERR_SOCKET: 'the connection was closed before Ginee answered',
	ECONNREFUSED: 'the connection was refused',
	ENOTFOUND: 'the host was not found',
	EAI_AGAIN: 'the host was not found',
};

const NETWORK_CODE = new RegExp(`\\b(${Object.keys(NETWORK_REASONS).join('|')})\\b`);

/** A request that got no answer: the network error's code (when known) and message. */
interface NetworkFailure {
	code?: string;
	message: string;
}

function codeFromText(text: string): string | undefined {
	const named = NETWORK_CODE.exec(text)?.[1];
	if (named) return named;
	if (/timeout of \d+ms exceeded/i.test(text)) return 'ECONNABORTED';
	if (/socket hang up/i.test(text)) return 'ECONNRESET';
	return undefined;
}

/**
 * The network error behind a failed request. n8n wraps it in a NodeApiError: n8n 2.40 keeps it as
 * `cause`, n8n 2.8 drops it and keeps only its message among the error's `messages`.
 */
export function networkFailure(error: unknown): NetworkFailure {
	const wrapper = error as Error & { code?: string; cause?: unknown; messages?: unknown };
	const source =
		wrapper.cause instanceof Error ? (wrapper.cause as Error & { code?: string }) : wrapper;
	const messages = Array.isArray(wrapper.messages) ? wrapper.messages.map(String) : [];
	const known = source.code && source.code in NETWORK_REASONS ? source.code : undefined;
	return {
		code: known ?? codeFromText([source.message, ...messages].join('\n')) ?? source.code,
		message: String(source.message),
	};
}

/** Why a request got no answer, in words (never the raw error, which may quote the request). */
function describeNetworkFailure(failure: NetworkFailure): string {
	return NETWORK_REASONS[failure.code ?? ''] ?? 'the request failed';
}

/** n8n's SSRF protection refused an address: what it refused, as n8n's error names it. */
export interface SsrfBlock {
	ip?: string;
	hostname?: string;
}

const SSRF_ERRORS = ['SsrfBlockedIpError', 'SsrfBlockedHostnameError'];

/**
 * The block behind a failed request when n8n's SSRF protection (N8N_SSRF_PROTECTION_ENABLED)
 * refused the address before connecting, else undefined. n8n may wrap its error: the causes are
 * searched.
 */
export function ssrfBlock(error: unknown): SsrfBlock | undefined {
	let current = error as (Error & SsrfBlock & { cause?: unknown }) | undefined;
	for (let depth = 0; current && depth < 5; depth++) {
		if (SSRF_ERRORS.includes(current.name)) return { ip: current.ip, hostname: current.hostname };
		current = current.cause as typeof current;
	}
	return undefined;
}

/** Which address was blocked and the setting that allows it (a sandbox, a local emulator). */
export function ssrfAdvice(host: string, block: SsrfBlock): string {
	const ip = block.ip && block.ip !== host.replace(/:\d+$/, '') ? `, ${block.ip}` : '';
	return (
		`n8n's SSRF protection blocked ${host} (a private or local address${ip}): allow it with ` +
		"N8N_SSRF_ALLOWED_HOSTNAMES or N8N_SSRF_ALLOWED_IP_RANGES in n8n's environment"
	);
}

/**
 * A request n8n's SSRF protection refused: never sent, so never retried and never "may have been
 * applied".
 */
export function gineeSsrfError(
	node: INode,
	host: string,
	block: SsrfBlock,
	itemIndex?: number,
): NodeApiError {
	return new NodeApiError(node, { networkError: 'SSRF_BLOCKED' } as JsonObject, {
		message: ssrfAdvice(host, block),
		description:
			'Nothing was sent to Ginee. Ginee’s own API (https://api.ginee.com) needs no exception; a ' +
			'sandbox or a local emulator does: set the variable where n8n runs (in queue mode, on ' +
			'every process) and restart n8n.',
		itemIndex,
	});
}

/** Errors that show the request never reached Ginee, so even a write may be sent again. */
export const NOT_DELIVERED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * A failure with no answer from Ginee (refused, dropped, timed out), without request details. The
 * message holds no raw error code: NodeApiError would swap such a message for its generic one. A
 * write that may have reached Ginee says so: running it again could apply it twice.
 */
export function gineeConnectionError(
	node: INode,
	failure: NetworkFailure,
	kind: 'read' | 'write',
	itemIndex?: number,
): NodeApiError {
	const reason = describeNetworkFailure(failure);
	const mayHaveArrived = kind === 'write' && !NOT_DELIVERED.has(failure.code ?? '');
	const error = new NodeApiError(node, { networkError: failure.code ?? 'unknown' } as JsonObject, {
		message: mayHaveArrived
			? `No answer from Ginee (${reason}): the change may already have been applied`
			: `Could not reach Ginee: ${reason}`,
		description: mayHaveArrived
			? 'The request may have reached Ginee before the answer was lost, so the node did not send ' +
				'it again. Check in Ginee whether it was applied before running this again.'
			: kind === 'write'
				? 'Nothing reached Ginee. Check the Host of the Ginee credential and the network between ' +
					'n8n and Ginee.'
				: 'Check the Host of the Ginee credential and the network between n8n and Ginee. Reads ' +
					'were retried before giving up.',
		itemIndex,
	});
	if (mayHaveArrived) error.context.mayHaveBeenApplied = true;
	return error;
}

/**
 * A write answered with a server error (HTTP 5xx): a gateway may answer so after Ginee applied the
 * change, so it is never sent again and the item says so.
 */
export function gineeUncertainWriteError(
	node: INode,
	envelope: GineeEnvelope,
	httpCode: number,
	itemIndex?: number,
): NodeApiError {
	const ginee = envelope.code ? ` ${envelope.code}: ${envelope.message ?? 'no message'}` : '';
	const error = new NodeApiError(node, { code: `HTTP_${httpCode}` } as JsonObject, {
		message:
			`Ginee answered HTTP ${httpCode}${ginee ? ` (${ginee.trim()})` : ''}: the change may ` +
			'already have been applied',
		description:
			'A server error can come after Ginee applied the change, so the node did not send it ' +
			'again. Check the record in Ginee (e.g. with Get Details or Get Stock by SKU) before ' +
			'running this again.',
		httpCode: String(httpCode),
		itemIndex,
	});
	error.context.mayHaveBeenApplied = true;
	return error;
}

/**
 * A redirect answer: a signed request never follows one (it would carry the signature elsewhere).
 */
export function gineeRedirectError(
	node: INode,
	httpCode: number,
	location: unknown,
	itemIndex?: number,
): NodeApiError {
	const to = typeof location === 'string' && location ? ` to ${location.slice(0, 200)}` : '';
	return new NodeApiError(node, { code: `HTTP_${httpCode}` } as JsonObject, {
		message:
			`Ginee answered with a redirect (HTTP ${httpCode}${to}), which a signed request ` +
			`never follows`,
		description:
			'Check the Host of the Ginee credential: it should be the address that answers the API ' +
			'itself, e.g. https://api.ginee.com.',
		httpCode: String(httpCode),
		itemIndex,
	});
}

/** The error as n8n shows it best: node errors as they are, anything else wrapped for the item. */
export function asNodeError(
	node: INode,
	error: unknown,
	itemIndex?: number,
): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (itemIndex !== undefined) error.context.itemIndex = itemIndex;
		return error;
	}
	return new NodeOperationError(node, error as Error, { itemIndex });
}

/** Gives Ginee's error `code` a description that fits the operation (e.g. why it was refused). */
export function explainGineeCode(error: unknown, code: string, description: string): unknown {
	if (error instanceof NodeApiError && error.httpCode === code) error.description = description;
	return error;
}
