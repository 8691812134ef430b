import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	IDataObject,
	INodeCredentialTestResult,
} from 'n8n-workflow';

import { GineeApi } from '../../../credentials/GineeApi.credentials';
import { GineeHostError, gineeOrigin } from '../../../credentials/host';
import { describeNetworkFailure, networkFailure } from './errors';

const LIST_SHOP_PATH = '/openapi/shop/v1/list';
const TEST_TIMEOUT_MS = 15_000;
const MAX_SHOWN = 300;

const cut = (text: string) => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);
const failed = (message: string): INodeCredentialTestResult => ({ status: 'Error', message });

function isGineeAnswer(body: unknown): body is { code: string; message?: unknown } {
	return (
		body !== null && typeof body === 'object' && typeof (body as IDataObject).code === 'string'
	);
}

/**
 * Calls ListShop (read-only) through n8n's own request helper and passes only on Ginee's `SUCCESS`.
 * Ginee's code and message are shown only when the answer is Ginee's; nothing else is echoed, so
 * neither a stranger's answer nor an error that quotes the request reaches the dialog.
 */
export async function testGineeCredential(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const data = credential.data ?? {};
	let origin: string;
	let signed: IDataObject;
	try {
		origin = gineeOrigin(data.host);
		signed = (await new GineeApi().authenticate(data, {
			method: 'POST',
			url: `${origin}${LIST_SHOP_PATH}`,
		})) as unknown as IDataObject;
	} catch (error) {
		return failed(
			error instanceof GineeHostError ? error.message : 'The credential could not sign a request',
		);
	}
	let response: { statusCode: number; body: unknown };
	try {
		// A credential test gets only n8n's legacy `request` helper; unlike fetch, it goes through
		// n8n's
		// HTTP stack (proxy settings, SSRF protection), which is why it is used here.
		// eslint-disable-next-line @n8n/community-nodes/no-deprecated-workflow-functions
		response = await this.helpers.request({
			method: 'POST',
			uri: `${origin}${LIST_SHOP_PATH}`,
			headers: signed.headers,
			body: { page: 0, size: 1 },
			json: true,
			timeout: TEST_TIMEOUT_MS,
			resolveWithFullResponse: true,
			simple: false,
			followRedirect: false,
			followAllRedirects: false,
		});
	} catch (error) {
		return failed(
			`Could not reach Ginee at ${origin}: ${describeNetworkFailure(networkFailure(error))}`,
		);
	}
	const { statusCode, body } = response;
	if (statusCode >= 300 && statusCode < 400) {
		return failed(
			`${origin} answered with a redirect (HTTP ${statusCode}); a signed request never follows ` +
				`one. Check the Host.`,
		);
	}
	if (!isGineeAnswer(body))
		return failed(`This Host does not answer like Ginee (HTTP ${statusCode}). Check the Host.`);
	if (body.code === 'SUCCESS' && statusCode < 300)
		return { status: 'OK', message: 'Connection tested successfully' };
	const message = typeof body.message === 'string' ? body.message : 'no message';
	return failed(cut(`Ginee refused the credential: ${body.code}: ${message}`));
}
