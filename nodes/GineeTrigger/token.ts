import { createHash, timingSafeEqual } from 'node:crypto';
import type { IWebhookFunctions } from 'n8n-workflow';

import { GINEE_CREDENTIAL } from '../shared/transport';

/** Compares a received token with the expected one in constant time, whatever their lengths. */
export function tokenMatches(received: unknown, expected: string): boolean {
	if (typeof received !== 'string' || expected === '') return false;
	const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
	return timingSafeEqual(digest(received), digest(expected));
}

/**
 * Whether the header or the query carries the token: an empty header does not hide a right query
 * token.
 */
export function requestCarriesToken(header: unknown, query: unknown, expected: string): boolean {
	const header1 = Array.isArray(header) ? header[0] : header;
	const query1 = Array.isArray(query) ? query[0] : query;
	return tokenMatches(header1, expected) || tokenMatches(query1, expected);
}

type Request = ReturnType<IWebhookFunctions['getRequestObject']>;

/**
 * Why this request may not deliver, or undefined when it may. The token lives in the credential
 * (encrypted); a token that is required but comes out empty refuses every delivery instead of
 * turning the check off.
 */
export async function tokenProblem(
	this: IWebhookFunctions,
	req: Request,
): Promise<string | undefined> {
	if (this.getNodeParameter('requireToken', false) !== true) return undefined;
	const credentials = await this.getCredentials(GINEE_CREDENTIAL).catch(() => undefined);
	const token = String(credentials?.webhookToken ?? '').trim();
	if (!token) return 'This trigger requires a secret token, and its Ginee credential has none';
	return requestCarriesToken(req.headers['x-ginee-token'], req.query.token, token)
		? undefined
		: 'Missing or wrong token';
}
