import type { JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { gineeConnectionError, networkFailure } from '../../../../nodes/shared/transport/errors';
import { TEST_NODE } from '../../../helpers/executeContext';

const networkError = (message: string, code?: string) =>
	Object.assign(new Error(message), code ? { code } : {});

/** What n8n 2.8 throws for a request with no answer: its own message, the network error only in `messages`. */
const asN8n28Throws = (rawMessage: string, n8nMessage: string) =>
	Object.assign(new Error(n8nMessage), { messages: [rawMessage] });

describe('networkFailure: the network error behind n8n’s wrapper', () => {
	it.each([
		[
			'n8n 2.40 (network error kept as cause)',
			new NodeApiError(
				TEST_NODE,
				networkError('read ECONNRESET', 'ECONNRESET') as unknown as JsonObject,
			),
			'ECONNRESET',
		],
		[
			'n8n 2.40, a timeout',
			new NodeApiError(
				TEST_NODE,
				networkError('timeout of 2000ms exceeded', 'ECONNABORTED') as unknown as JsonObject,
			),
			'ECONNABORTED',
		],
		[
			'n8n 2.8, a timeout',
			asN8n28Throws(
				'timeout of 2000ms exceeded',
				'The connection timed out, consider setting the ‘Retry on Fail’ option',
			),
			'ECONNABORTED',
		],
		[
			'n8n 2.8, a dropped connection',
			asN8n28Throws('socket hang up', 'The connection to the server was closed unexpectedly'),
			'ECONNRESET',
		],
		[
			'n8n 2.8, a refused connection',
			asN8n28Throws('connect ECONNREFUSED 127.0.0.1:9', 'The service refused the connection'),
			'ECONNREFUSED',
		],
		[
			'n8n 2.8, an unknown host',
			asN8n28Throws('getaddrinfo ENOTFOUND ginee.invalid', 'The DNS server returned an error'),
			'ENOTFOUND',
		],
		['a bare network error', networkError('read ECONNRESET', 'ECONNRESET'), 'ECONNRESET'],
	])('finds the code under %s', (_case, thrown, code) => {
		expect(networkFailure(thrown).code).toBe(code);
	});

	it('leaves the code unknown when nothing names it, and says the request failed', () => {
		const failure = networkFailure(asN8n28Throws('something odd', 'Something odd happened'));
		expect(failure.code).toBeUndefined();
		expect(gineeConnectionError(TEST_NODE, failure, 'read').message).toBe(
			'Could not reach Ginee: the request failed',
		);
	});

	it.each([
		['timeout of 1000ms exceeded', 'Could not reach Ginee: no answer within the timeout'],
		['socket hang up', 'Could not reach Ginee: the connection was closed before Ginee answered'],
		['connect ECONNREFUSED 127.0.0.1:9', 'Could not reach Ginee: the connection was refused'],
	])('turns n8n 2.8’s “%s” into a plain message', (raw, message) => {
		expect(
			gineeConnectionError(TEST_NODE, networkFailure(asN8n28Throws(raw, 'n8n’s own text')), 'read')
				.message,
		).toBe(message);
	});

	it.each([
		[
			'timeout of 1000ms exceeded',
			'No answer from Ginee (no answer within the timeout): the change may already have been applied',
			'check in Ginee whether it was applied',
		],
		[
			'socket hang up',
			'No answer from Ginee (the connection was closed before Ginee answered): the change may already have been applied',
			'did not send it again',
		],
		[
			'connect ECONNREFUSED 127.0.0.1:9',
			'Could not reach Ginee: the connection was refused',
			'Nothing reached Ginee',
		],
	])(
		'tells, for a write that got “%s”, whether the change may have been applied',
		(raw, message, description) => {
			const error = gineeConnectionError(
				TEST_NODE,
				networkFailure(asN8n28Throws(raw, 'n8n’s own text')),
				'write',
			);
			expect(error.message).toBe(message);
			expect(error.description?.toLowerCase()).toContain(description.toLowerCase());
		},
	);
});
