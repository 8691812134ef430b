import type { ICredentialsDecrypted, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';

import { gineeAuthorization } from '../../../credentials/signature';

const LIST_SHOP_PATH = '/openapi/shop/v1/list';

/**
 * Calls ListShop (read-only) with the credential and passes only on Ginee's `SUCCESS`, so a wrong key,
 * secret or country shows Ginee's own message instead of a false "connection tested successfully".
 */
export async function testGineeCredential(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const data = credential.data ?? {};
	const host = String(data.host || 'https://api.ginee.com').replace(/\/+$/, '');
	let answer: { code?: string; message?: string };
	// The test context offers only the deprecated `request` helper, so this one request uses fetch.
	try {
		const response = await fetch(`${host}${LIST_SHOP_PATH}`, {
			method: 'POST',
			headers: {
				Authorization: gineeAuthorization(String(data.accessKey), String(data.secretKey), 'POST', LIST_SHOP_PATH),
				'X-Advai-Country': String(data.country || 'ID'),
				'Content-Type': 'application/json',
			},
			body: JSON.stringify({ page: 0, size: 1 }),
			signal: AbortSignal.timeout(15_000),
		});
		answer = await response.json().catch(() => ({ message: `HTTP ${response.status} without a Ginee answer` }));
	} catch (error) {
		return { status: 'Error', message: `Could not reach Ginee at ${host}: ${(error as Error).message}` };
	}
	if (answer?.code === 'SUCCESS') return { status: 'OK', message: 'Connection tested successfully' };
	return { status: 'Error', message: `Ginee refused the credential: ${answer?.code ?? 'no code'}: ${answer?.message ?? 'no message'}` };
}
