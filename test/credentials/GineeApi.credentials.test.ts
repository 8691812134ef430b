import type {
	ICredentialDataDecryptedObject,
	IHttpRequestMethods,
	IHttpRequestOptions,
} from 'n8n-workflow';

import { GineeApi } from '../../credentials/GineeApi.credentials';
import { credentialsFor, PATHS, startLocalServer, useEmulator } from '../helpers/fixtures';
import { n8nRequestHelpers } from '../helpers/executeContext';

// n8n's CredentialsTester reads body rules with lodash's get (lodash ships no types here)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const get = require('lodash/get') as (object: unknown, path: string) => unknown;

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
			).rejects.toThrow(/^'Host' (must|is not)/);
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
});

describe('the credential test’s body rules', () => {
	// n8n's CredentialsTester (2.8 and 2.40): the first body rule whose `get(body, key) === value`
	// fails the test with its message; none matching passes it.
	const verdict = (body: unknown) => {
		const rules = (new GineeApi().test.rules ?? []) as unknown as Array<{
			type: string;
			properties: { key: string; value: unknown; message: string };
		}>;
		const failed = rules.find(
			(rule) =>
				rule.type === 'responseSuccessBody' &&
				get(body, rule.properties.key) === rule.properties.value,
		);
		return failed ? failed.properties.message : 'OK';
	};

	it('passes only Ginee’s SUCCESS with data', () => {
		expect(verdict({ code: 'SUCCESS', message: 'OK', data: { content: [] } })).toBe('OK');
		expect(verdict({ code: 'SUCCESS', message: 'OK', data: null })).toMatch(
			/^Ginee refused the credential.*\(Ginee did not answer SUCCESS\)$/,
		);
	});

	it.each(['AUTH_FAILED', 'INVALID_SIGNATURE', 'PARAMETER_ERROR', 'UNAUTHORIZED'])(
		'names a refusal code Ginee may give: %s',
		(code) => {
			expect(verdict({ code, message: 'x', data: null })).toMatch(
				new RegExp(`^Ginee refused the credential.*\\(Ginee code ${code}\\)$`),
			);
		},
	);

	it.each([
		['a code nobody documented, with data', { code: 'NEW_REFUSAL_CODE', data: {} }],
		['a code as long as SUCCESS', { code: 'REFUSED', data: null }],
		['an empty code', { code: '', data: {} }],
	])('refuses %s', (_case, body) => {
		expect(verdict(body)).toMatch(/^Ginee refused the credential/);
	});

	it('says a Host without a code is not Ginee', () => {
		expect(verdict({ status: 'ok' })).toBe('This Host does not answer like Ginee. Check the Host.');
	});
});
