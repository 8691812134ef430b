// The retry and timeout paths: Ginee's backoff (1, 2, 4 s) and Retry-After are asked of n8n's
// `sleep`, recorded here instead of waited for; request timeouts and hangs are real (1 s each).
import type { IDataObject } from 'n8n-workflow';

import { runGinee } from '../../../helpers/executeContext';
import { getDetailsParameters, PATHS, recentOrders, useEmulator } from '../../../helpers/fixtures';

const waits: number[] = [];
jest.mock('n8n-workflow', () => ({
	...jest.requireActual('n8n-workflow'),
	sleep: async (ms: number) => {
		waits.push(ms);
	},
}));

const BATCH_GET = PATHS.batchGet;

describe('Ginee node: retries and timeouts', () => {
	const emulator = useEmulator();
	let recent: IDataObject[];
	beforeEach(() => {
		recent = recentOrders(emulator);
		waits.length = 0;
	});
	const run = runGinee;
	const getDetails = async (orderIds: string[]) =>
		await run(emulator, {
			parameters: {
				resource: 'order',
				operation: 'getDetails',
				lookupBy: 'orderIds',
				orderIds,
				output: 'raw',
				options: {},
			},
		});

	it('retries a read after SERVICE_BUSY, 429 and 500, then succeeds', async () => {
		emulator.injectFault({ kind: 'SERVICE_BUSY', path: BATCH_GET });
		emulator.injectFault({ kind: 'http429', path: BATCH_GET });
		emulator.injectFault({ kind: 'http500', path: BATCH_GET });
		const output = await run(emulator, {
			parameters: getDetailsParameters([recent[0].orderId]),
		});
		expect(emulator.calls(BATCH_GET).length).toBe(4);
		expect(waits).toEqual([1000, 2000, 4000]);
		expect(output[0].json.orderId).toBe(recent[0].orderId);
	});

	it('retries a read after a dropped connection and a hang past the timeout', async () => {
		emulator.injectFault({ kind: 'drop', path: BATCH_GET });
		emulator.injectFault({ kind: 'hang', path: BATCH_GET });
		const output = await run(emulator, {
			parameters: getDetailsParameters([recent[0].orderId], {
				options: { timeout: 1000 },
			}),
		});
		expect(emulator.calls(BATCH_GET).length).toBe(3);
		expect(waits).toEqual([1000, 2000]);
		expect(output[0].json.orderId).toBe(recent[0].orderId);
	});

	it('gives up on a read after bounded retries with Ginee’s code and message', async () => {
		emulator.injectFault({ kind: 'SERVICE_BUSY', path: BATCH_GET, times: 10 });
		await expect(
			run(emulator, {
				parameters: getDetailsParameters(['X']),
			}),
		).rejects.toThrow('Ginee error SERVICE_BUSY: Service is busy, please try again later');
		expect(emulator.calls(BATCH_GET).length).toBe(4);
		expect(waits).toEqual([1000, 2000, 4000]);
	});

	it('honours the request timeout on a hanging Ginee', async () => {
		emulator.injectFault({ kind: 'hang', path: BATCH_GET, times: 10 });
		const started = Date.now();
		await expect(
			run(emulator, {
				parameters: getDetailsParameters(['X'], {
					options: { timeout: 1000 },
				}),
			}),
		).rejects.toThrow('Could not reach Ginee');
		expect(emulator.calls(BATCH_GET).length).toBe(4);
		expect(Date.now() - started).toBeLessThan(15_000);
	});

	it('waits as long as Retry-After asks on a 429 (longer than its own backoff), then succeeds', async () => {
		emulator.injectFault({ kind: 'http429', path: BATCH_GET, retryAfter: 2 });
		const output = await getDetails([String(recent[0].orderId)]);
		expect(waits).toEqual([2000]);
		expect(output[0].json.orderId).toBe(recent[0].orderId);
	});

	it('gives a busy Ginee several seconds in total before a read gives up', async () => {
		emulator.injectFault({ kind: 'SERVICE_BUSY', path: BATCH_GET, times: 10 });
		await expect(getDetails(['X'])).rejects.toThrow('SERVICE_BUSY');
		expect(waits.reduce((total, ms) => total + ms, 0)).toBeGreaterThanOrEqual(6000);
	});
});
