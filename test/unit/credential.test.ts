import type { ICredentialDataDecryptedObject, ICredentialTestFunctions, IHttpRequestMethods, IHttpRequestOptions } from 'n8n-workflow';

import { GineeApi } from '../../credentials/GineeApi.credentials';
import { testGineeCredential } from '../../nodes/Ginee/transport/credentialTest';
import { credentialsFor, startEmulator, type Emulator } from '../helpers/emulator';

const credential = new GineeApi();

async function send(options: IHttpRequestOptions & { uri?: string }) {
	const target = options.url.startsWith('http') ? options.url : `${options.baseURL}${options.url}`;
	const response = await fetch(target, {
		method: options.method,
		headers: options.headers as Record<string, string>,
		body: JSON.stringify(options.body ?? {}),
	});
	return { status: response.status, body: (await response.json()) as { code: string; message: string } };
}

describe('Ginee API credential', () => {
	let emulator: Emulator;
	beforeAll(async () => {
		emulator = await startEmulator({ orderCount: 50 });
	});
	afterAll(async () => emulator.stop());

	const shapes: Array<[string, (url: string) => IHttpRequestOptions]> = [
		['baseURL + relative url (credential test, declarative routing)', (url) => ({ baseURL: url, url: '/openapi/shop/v1/list', method: 'POST' })],
		['full url', (url) => ({ url: `${url}/openapi/shop/v1/list`, method: 'POST' })],
		['url with a query string', (url) => ({ url: `${url}/openapi/shop/v1/list?page=0&size=1`, method: 'POST' })],
		['lower-case method', (url) => ({ url: `${url}/openapi/shop/v1/list`, method: 'post' as IHttpRequestMethods })],
		['legacy uri (HTTP Request node)', (url) => ({ uri: `${url}/openapi/shop/v1/list`, method: 'POST' }) as unknown as IHttpRequestOptions],
	];

	it.each(shapes)('signs requests given as %s so that Ginee accepts them', async (_shape, build) => {
		const request = build(emulator.url);
		const signed = await credential.authenticate(credentialsFor(emulator), request);
		expect(signed.headers).toMatchObject({ 'X-Advai-Country': 'ID', 'Content-Type': 'application/json' });
		const target = (request as { uri?: string }).uri ?? (request.url.startsWith('http') ? request.url : `${request.baseURL}${request.url}`);
		const answer = await send({ ...signed, url: target, method: 'POST' });
		expect(answer.body.code).toBe('SUCCESS');
	});

	it.each<[string, Partial<ICredentialDataDecryptedObject>, string]>([
		['a wrong secret', { secretKey: 'not-the-secret' }, 'Signature verification failed'],
		['a wrong access key', { accessKey: 'someone-else' }, 'Access key does not exist'],
		['a wrong country', { country: 'MY' }, 'not authorized for country MY'],
	])('is refused by Ginee with %s', async (_case, overrides, message) => {
		const signed = await credential.authenticate(credentialsFor(emulator, overrides), { url: `${emulator.url}/openapi/shop/v1/list`, method: 'POST' });
		const answer = await send(signed);
		expect(answer.body.code).not.toBe('SUCCESS');
		expect(answer.body.message).toContain(message);
	});

	const runTest = (data: ICredentialDataDecryptedObject) =>
		testGineeCredential.call({} as ICredentialTestFunctions, { id: '1', name: 'Ginee', type: 'gineeApi', data });

	it('credential test passes with the right keys and calls read-only ListShop', async () => {
		const before = emulator.calls('/openapi/shop/v1/list').length;
		await expect(runTest(credentialsFor(emulator))).resolves.toEqual({ status: 'OK', message: 'Connection tested successfully' });
		const calls = emulator.calls('/openapi/shop/v1/list');
		expect(calls).toHaveLength(before + 1);
		expect(calls[calls.length - 1].body).toEqual({ page: 0, size: 1 });
	});

	it.each<[Partial<ICredentialDataDecryptedObject>, string]>([
		[{ secretKey: 'wrong-secret-value-123' }, 'UNAUTHORIZED: Signature verification failed'],
		[{ accessKey: 'someone-else' }, 'UNAUTHORIZED: Access key does not exist'],
		[{ country: 'TH' }, 'UNAUTHORIZED: This app is not authorized for country TH'],
	])('credential test reports Ginee’s message for %j, without the secret', async (overrides, message) => {
		const result = await runTest(credentialsFor(emulator, overrides));
		expect(result.status).toBe('Error');
		expect(result.message).toContain(message);
		expect(result.message).not.toContain(emulator.account.secretKey);
		expect(result.message).not.toContain('wrong-secret-value-123');
	});

	it('credential test names an unreachable host without leaking the secret', async () => {
		const result = await runTest(credentialsFor(emulator, { host: 'http://127.0.0.1:9' }));
		expect(result).toMatchObject({ status: 'Error' });
		expect(result.message).toContain('Could not reach Ginee at http://127.0.0.1:9');
		expect(result.message).not.toContain(emulator.account.secretKey);
	});
});
