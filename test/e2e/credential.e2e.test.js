'use strict';
// The Ginee API credential: its test, its signature, its host, inside a real n8n (the pinned version and an older line, installed as
// the Community Nodes installer does), talking HTTP to the Ginee emulator.
const http = require('node:http');
const { PATHS, getDetailsParameters, startLocalServer } = require('../helpers/shared');
const { gineeWorkflow, httpRequestWorkflow } = require('../../tools/n8n-harness/workflows');
const { insideN8n } = require('./insideN8n');

jest.setTimeout(600_000);

const BATCH_GET = PATHS.batchGet;

insideN8n(({ version, setup, emulator, n8n, recent }) => {
	describe('credential', () => {
		/** The credential dialog's Test button, for the emulator's account with some fields changed. */
		const testWith = async (changes) =>
			await n8n.testCredential(setup.credential.id, setup.credential.name, 'gineeApi', {
				...emulator.account,
				host: emulator.url,
				...changes,
			});
		// n8n 2.8 applies the credential's response-code rules only to answers it received without an
		// HTTP error; for 401 and redirects it shows its own texts (CredentialsTester.runRequestTest).
		const ownTexts = version.startsWith('2.8.');
		const refusedInBody = expect.stringMatching(
			/^Ginee refused the credential\. Check the Access Key, the Secret Key and the Country/,
		);
		const refused = ownTexts
			? 'Authorization failed - please check your credentials'
			: refusedInBody;
		const notGinee = 'This Host does not answer like Ginee. Check the Host.';

		it('passes the credential test with read-only ListShop, also with whitespace around the keys', async () => {
			const ok = { status: 'OK', message: expect.any(String) };
			await expect(testWith({})).resolves.toEqual(ok);
			await expect(
				testWith({
					accessKey: `${emulator.account.accessKey}\n`,
					secretKey: ` ${emulator.account.secretKey} `,
				}),
			).resolves.toEqual(ok);
			expect(emulator.calls(PATHS.listShop).map((call) => call.body)).toEqual([
				{ page: 0, size: 1 },
				{ page: 0, size: 1 },
			]);
		});

		it.each([
			['a wrong secret', { secretKey: 'a-wrong-secret-42' }],
			['an unknown access key', { accessKey: 'someone-else' }],
			['a country the app is not authorized for', { country: 'TH' }],
		])(
			'fails the credential test for %s, pointing at the fields, without the keys',
			async (_case, changes) => {
				const result = await testWith(changes);
				expect(result).toEqual({ status: 'Error', message: refused });
				expect(result.message).not.toMatch(/a-wrong-secret-42|line two|emulator-secret/);
			},
		);

		it('fails the credential test for an access key with a line break, without the key', async () => {
			const result = await testWith({ accessKey: 'line one\nline two' });
			expect(result.status).toBe('Error');
			expect(result.message).not.toMatch(/line two|emulator-secret/);
		});

		it('names a Host without https, one that does not answer, and one that is not Ginee', async () => {
			expect(await testWith({ host: 'api.ginee.com' })).toEqual({
				status: 'Error',
				message: expect.stringMatching(/^'Host' must start with https:\/\//),
			});
			expect((await testWith({ host: 'http://127.0.0.1:9' })).status).toBe('Error');
			let gineeShaped;
			const stranger = await startLocalServer((_req, res) => {
				if (gineeShaped)
					res
						.writeHead(200, { 'Content-Type': 'application/json' })
						.end(JSON.stringify(gineeShaped));
				else res.writeHead(404, { 'Content-Type': 'text/html' }).end('<html>Not Found</html>');
			});
			try {
				expect(await testWith({ host: stranger.url })).toEqual({
					status: 'Error',
					message: ownTexts ? 'The resource you are requesting could not be found' : notGinee,
				});
				gineeShaped = { code: 'UNAUTHORIZED', message: 'x'.repeat(5000) };
				expect(await testWith({ host: stranger.url })).toEqual({
					status: 'Error',
					message: refusedInBody,
				});
				// HTTP 200 with any code but SUCCESS is a refusal, never "Connection successful"
				for (const [body, end] of [
					[
						{ code: 'INVALID_SIGNATURE', message: 'bad', data: null },
						'(Ginee code INVALID_SIGNATURE)',
					],
					[{ code: 'AUTH_FAILED', message: 'bad', data: null }, '(Ginee code AUTH_FAILED)'],
					[{ code: 'SOME_NEW_CODE', message: 'bad', data: {} }, '(Ginee did not answer SUCCESS)'],
				]) {
					gineeShaped = body;
					const result = await testWith({ host: stranger.url });
					expect(result.status).toBe('Error');
					expect(result.message.endsWith(end)).toBe(true);
				}
			} finally {
				await stranger.stop();
			}
		});

		it('never follows a redirect with the signature in the credential test', async () => {
			const received = [];
			const other = await startLocalServer((req, res) => {
				received.push(req.headers.authorization ?? 'none');
				res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"code":"SUCCESS"}');
			});
			const redirector = await startLocalServer((req, res) => {
				res.writeHead(307, { Location: `${other.url}${req.url}` }).end();
			});
			try {
				expect(await testWith({ host: redirector.url })).toEqual({
					status: 'Error',
					message: ownTexts
						? 'Request failed with status code 307'
						: expect.stringContaining('answered with a redirect (HTTP 307)'),
				});
				expect(received).toEqual([]);
			} finally {
				await redirector.stop();
				await other.stop();
			}
		});

		it('signs n8n’s own HTTP Request node used with the predefined credential type', async () => {
			const workflow = await n8n.createWorkflow(
				httpRequestWorkflow('http-request', setup.credential, emulator.url),
				{ activate: true },
			);
			const answer = await n8n.postWebhook('http-request', {});
			expect(answer.status).toBe(200);
			expect(answer.body[0]).toMatchObject({
				code: 'SUCCESS',
				data: { content: expect.any(Array) },
			});
			expect(emulator.calls('/openapi/shop/v1/list')[0].headers.authorization).toMatch(
				new RegExp(`^${emulator.account.accessKey}:`),
			);
			await n8n.api('POST', `/workflows/${workflow.id}/deactivate`);
		});
		it('signs nothing for another origin, and never lets a redirect carry the signature', async () => {
			const received = [];
			const stranger = http.createServer((req, res) => {
				received.push({ url: req.url, authorization: req.headers.authorization });
				res
					.writeHead(200, { 'Content-Type': 'application/json' })
					.end('{"code":"SUCCESS","data":[]}');
			});
			await new Promise((resolve) => stranger.listen(0, '127.0.0.1', resolve));
			const strangerUrl = `http://127.0.0.1:${stranger.address().port}`;
			try {
				const foreign = await n8n.createWorkflow(
					httpRequestWorkflow('http-foreign', setup.credential, strangerUrl),
					{ activate: true },
				);
				expect((await n8n.postWebhook('http-foreign', {})).status).toBe(500);
				const [refused] = await n8n.waitForExecutions(foreign.id, 1, { includeData: true });
				expect(JSON.stringify(refused.data.resultData.error)).toContain(
					'signs only requests to its Host',
				);

				emulator.injectFault({
					kind: 'redirect',
					path: '/openapi/shop/v1/list',
					location: `${strangerUrl}/openapi/shop/v1/list`,
				});
				const redirected = await n8n.createWorkflow(
					httpRequestWorkflow('http-redirected', setup.credential, emulator.url),
					{ activate: true },
				);
				await n8n.postWebhook('http-redirected', {});
				await n8n.waitForExecutions(redirected.id, 1);

				emulator.injectFault({
					kind: 'redirect',
					path: BATCH_GET,
					location: `${strangerUrl}${BATCH_GET}`,
				});
				await n8n.createWorkflow(
					gineeWorkflow(
						'Get Details redirected',
						'get-details-redirected',
						setup.credential,
						getDetailsParameters('={{ $json.id }}'),
						{ continueOnFail: true },
					),
					{ activate: true },
				);
				const answer = await n8n.postWebhook('get-details-redirected', {
					items: [{ id: recent[0].orderId }],
				});
				expect(answer.body).toEqual([
					{ error: expect.stringContaining('Ginee answered with a redirect (HTTP 307') },
				]);
				expect(received).toEqual([]);
				expect(emulator.calls(BATCH_GET)).toHaveLength(1);
			} finally {
				await new Promise((resolve) => stranger.close(resolve));
			}
		});
	});
});
