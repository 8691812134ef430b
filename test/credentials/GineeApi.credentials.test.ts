import type {
	ICredentialDataDecryptedObject,
	ICredentialTestFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
} from 'n8n-workflow';

import { GineeApi } from '../../credentials/GineeApi.credentials';
import { testGineeCredential } from '../../nodes/Ginee/transport/credentialTest';
import { credentialsFor, PATHS, startLocalServer, useEmulator } from '../helpers/fixtures';
import { n8nRequestHelpers } from '../helpers/executeContext';

const credential = new GineeApi();

async function send(options: IHttpRequestOptions & { uri?: string }) {
	const target = options.url.startsWith('http') ? options.url : `${options.baseURL}${options.url}`;
	const response = await fetch(target, {
		method: options.method,
		headers: options.headers as Record<string, string>,
		body: JSON.stringify(options.body ?? {}),
	});
	return {
		status: response.status,
		body: (await response.json()) as { code: string; message: string },
	};
}

describe('Ginee API credential', () => {
	const emulator = useEmulator({ orderCount: 50 });

	const shapes: Array<[string, (url: string) => IHttpRequestOptions]> = [
		[
			'baseURL + relative url (credential test, declarative routing)',
			(url) => ({ baseURL: url, url: PATHS.listShop, method: 'POST' }),
		],
		['full url', (url) => ({ url: `${url}/openapi/shop/v1/list`, method: 'POST' })],
		[
			'url with a query string',
			(url) => ({ url: `${url}/openapi/shop/v1/list?page=0&size=1`, method: 'POST' }),
		],
		[
			'lower-case method',
			(url) => ({ url: `${url}/openapi/shop/v1/list`, method: 'post' as IHttpRequestMethods }),
		],
		[
			'legacy uri (HTTP Request node)',
			(url) =>
				({ uri: `${url}/openapi/shop/v1/list`, method: 'POST' }) as unknown as IHttpRequestOptions,
		],
	];

	it.each(shapes)(
		'signs requests given as %s so that Ginee accepts them',
		async (_shape, build) => {
			const request = build(emulator.url);
			const signed = await credential.authenticate(credentialsFor(emulator), request);
			expect(signed.headers).toMatchObject({
				'X-Advai-Country': 'ID',
				'Content-Type': 'application/json',
			});
			const target =
				(request as { uri?: string }).uri ??
				(request.url.startsWith('http') ? request.url : `${request.baseURL}${request.url}`);
			const answer = await send({ ...signed, url: target, method: 'POST' });
			expect(answer.body.code).toBe('SUCCESS');
		},
	);

	it.each<[string, Partial<ICredentialDataDecryptedObject>, string]>([
		['a wrong secret', { secretKey: 'not-the-secret' }, 'Signature verification failed'],
		['a wrong access key', { accessKey: 'someone-else' }, 'Access key does not exist'],
		['a wrong country', { country: 'MY' }, 'not authorized for country MY'],
	])('is refused by Ginee with %s', async (_case, overrides, message) => {
		const signed = await credential.authenticate(credentialsFor(emulator, overrides), {
			url: `${emulator.url}/openapi/shop/v1/list`,
			method: 'POST',
		});
		const answer = await send(signed);
		expect(answer.body.code).not.toBe('SUCCESS');
		expect(answer.body.message).toContain(message);
	});

	// n8n gives a credential test its legacy request helper: the same client, as here
	const testContext = {
		helpers: {
			request: async (options: object) => await n8nRequestHelpers().request(options as never),
		},
	} as unknown as ICredentialTestFunctions;
	const runTest = (data: ICredentialDataDecryptedObject) =>
		testGineeCredential.call(testContext, { id: '1', name: 'Ginee', type: 'gineeApi', data });

	it('credential test passes with the right keys and calls read-only ListShop', async () => {
		const before = emulator.calls(PATHS.listShop).length;
		await expect(runTest(credentialsFor(emulator))).resolves.toEqual({
			status: 'OK',
			message: 'Connection tested successfully',
		});
		const calls = emulator.calls(PATHS.listShop);
		expect(calls).toHaveLength(before + 1);
		expect(calls[calls.length - 1].body).toEqual({ page: 0, size: 1 });
	});

	it.each<[Partial<ICredentialDataDecryptedObject>, string]>([
		[
			{ secretKey: `${emulator.account.secretKey}-but-wrong` },
			'UNAUTHORIZED: Signature verification failed',
		],
		[{ accessKey: 'someone-else' }, 'UNAUTHORIZED: Access key does not exist'],
		[{ country: 'TH' }, 'UNAUTHORIZED: This app is not authorized for country TH'],
	])(
		'credential test reports Ginee’s message for %j, without the secret',
		async (overrides, message) => {
			const result = await runTest(credentialsFor(emulator, overrides));
			expect(result.status).toBe('Error');
			expect(result.message).toContain(message);
			expect(result.message).not.toContain(emulator.account.secretKey);
		},
	);

	it('credential test names an unreachable host without leaking the secret', async () => {
		const result = await runTest(credentialsFor(emulator, { host: 'http://127.0.0.1:9' }));
		expect(result).toMatchObject({ status: 'Error' });
		expect(result.message).toContain('Could not reach Ginee at http://127.0.0.1:9');
		expect(result.message).not.toContain(emulator.account.secretKey);
	});

	describe('signs only for its own Host', () => {
		it.each<[string, string]>([
			['another origin', 'https://attacker.example/openapi/order/v1/update-manual-order'],
			['the same host on another port', 'http://127.0.0.1:1/openapi/shop/v1/list'],
			['a relative URL without a base', PATHS.listShop],
		])('refuses to sign a request to %s', async (_case, url) => {
			await expect(
				credential.authenticate(credentialsFor(emulator), { url, method: 'POST' }),
			).rejects.toThrow(/signs only requests to its Host/);
		});

		it('signs the Host with or without a trailing slash or default port', async () => {
			const signed = await credential.authenticate(
				credentialsFor(emulator, { host: `${emulator.url}/` }),
				{ url: `${emulator.url}/openapi/shop/v1/list`, method: 'POST' },
			);
			expect(signed.headers?.Authorization).toMatch(/^emulator-access-key:/);
			await expect(
				credential.authenticate(
					{ ...credentialsFor(emulator), host: 'https://api.ginee.com' },
					{ url: 'https://api.ginee.com:443/openapi/shop/v1/list', method: 'POST' },
				),
			).resolves.toBeDefined();
		});

		it.each<[string, string]>([
			['plain http to another machine', 'http://api.ginee.com'],
			['no scheme', 'api.ginee.com'],
			['not an address', 'https://'],
		])('refuses a Host with %s, saying how to fix it', async (_case, host) => {
			await expect(
				credential.authenticate(credentialsFor(emulator, { host }), {
					url: `${host}/openapi/shop/v1/list`,
					method: 'POST',
				}),
			).rejects.toThrow(/Host must|Host is not/);
			const result = await runTest(credentialsFor(emulator, { host }));
			expect(result).toEqual({
				status: 'Error',
				message: expect.stringMatching(/^Host (must|is not)/),
			});
		});

		it('never follows a redirect with the signature, in n8n’s HTTP client', async () => {
			const received: string[] = [];
			const other = await startLocalServer((req, res) => {
				received.push(req.headers.authorization ?? 'none');
				res.end('{}');
			});
			const redirector = await startLocalServer((req, res) => {
				res.writeHead(307, { Location: `${other.url}${req.url}` }).end();
			});
			const host = redirector.url;
			try {
				const signed = await credential.authenticate(credentialsFor(emulator, { host }), {
					url: `${host}/openapi/order/v1/batch-get`,
					method: 'POST',
					body: {},
					returnFullResponse: true,
					ignoreHttpStatusErrors: true,
				});
				const answer = (await n8nRequestHelpers().httpRequest(signed as never)) as {
					statusCode: number;
				};
				expect(answer.statusCode).toBe(307);
				const legacy = {
					...signed,
					uri: signed.url,
					followRedirect: true,
					followAllRedirects: true,
					simple: false,
					resolveWithFullResponse: true,
				};
				const signedLegacy = await credential.authenticate(
					credentialsFor(emulator, { host }),
					legacy as never,
				);
				expect(
					((await n8nRequestHelpers().request(signedLegacy as never)) as { statusCode: number })
						.statusCode,
				).toBe(307);
				const result = await runTest(credentialsFor(emulator, { host }));
				expect(result.message).toContain('answered with a redirect (HTTP 307)');
				expect(received).toEqual([]);
			} finally {
				await redirector.stop();
				await other.stop();
			}
		});
	});

	it('sets Content-Type only when the request has none (multipart uploads keep theirs)', async () => {
		const multipart = await credential.authenticate(credentialsFor(emulator), {
			url: `${emulator.url}/openapi/common/v1/image/upload`,
			method: 'POST',
			headers: { 'content-type': 'multipart/form-data; boundary=x' },
		});
		expect(multipart.headers).toEqual({
			'content-type': 'multipart/form-data; boundary=x',
			Authorization: expect.any(String),
			'X-Advai-Country': 'ID',
		});
		const plain = await credential.authenticate(credentialsFor(emulator), {
			url: `${emulator.url}/openapi/shop/v1/list`,
			method: 'POST',
		});
		expect(plain.headers).toMatchObject({ 'Content-Type': 'application/json' });
	});

	it('trims whitespace around the keys, and a key with a newline never reaches the test result', async () => {
		const padded = credentialsFor(emulator, {
			accessKey: `${emulator.account.accessKey}\n`,
			secretKey: ` ${emulator.account.secretKey} `,
		});
		await expect(runTest(padded)).resolves.toEqual({
			status: 'OK',
			message: 'Connection tested successfully',
		});
		const broken = await runTest(credentialsFor(emulator, { accessKey: 'line one\nline two' }));
		expect(broken.status).toBe('Error');
		expect(broken.message).not.toContain('line two');
		expect(broken.message).not.toMatch(/Authorization|emulator-secret/);
	});

	it('tells a Host that does not answer like Ginee apart from Ginee refusing the keys, cutting long messages', async () => {
		let gineeShaped = false;
		const stranger = await startLocalServer((_req, res) => {
			if (gineeShaped)
				res
					.writeHead(200, { 'Content-Type': 'application/json' })
					.end(JSON.stringify({ code: 'UNAUTHORIZED', message: 'x'.repeat(5000) }));
			else
				res
					.writeHead(404, { 'Content-Type': 'text/html' })
					.end('<html>Not Found: secret stuff</html>');
		});
		try {
			const host = stranger.url;
			expect(await runTest(credentialsFor(emulator, { host }))).toEqual({
				status: 'Error',
				message: 'This Host does not answer like Ginee (HTTP 404). Check the Host.',
			});
			gineeShaped = true;
			const long = await runTest(credentialsFor(emulator, { host }));
			expect(long.message.length).toBeLessThan(320);
			expect(long.message).toMatch(/^Ginee refused the credential: UNAUTHORIZED: x+…$/);
		} finally {
			await stranger.stop();
		}
	});
});
