// What the node does with answers Ginee should never give, with redirects, Retry-After and odd options.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IDataObject } from 'n8n-workflow';

import { Ginee } from '../../nodes/Ginee/Ginee.node';
import { clampTimeout, DEFAULT_TIMEOUT_MS } from '../../nodes/Ginee/transport';
import { credentialsFor, startEmulator, type Emulator } from '../helpers/emulator';
import { executeContext } from '../helpers/executeContext';

const BATCH_GET = '/openapi/order/v1/batch-get';
const DAY = 86_400_000;

describe('Ginee node: reading answers and sending requests safely', () => {
	let emulator: Emulator;
	let recent: IDataObject[];
	beforeAll(async () => {
		emulator = await startEmulator();
	});
	afterAll(async () => emulator.stop());
	beforeEach(() => {
		emulator.reset();
		recent = [...emulator.store.orders.values()].filter((order) => Date.now() - Date.parse(order.createAt) < 85 * DAY);
	});

	const run = async (parameters: IDataObject, continueOnFail = false) => {
		const context = executeContext({ credentials: credentialsFor(emulator), parameters, continueOnFail });
		const [output] = await new Ginee().execute.call(context);
		return output;
	};
	const getDetails = (orderIds: string[], options: IDataObject = {}) => run({ resource: 'order', operation: 'getDetails', lookupBy: 'orderIds', orderIds, simplify: false, options });

	it('finds channel orders by the number a seller sees (externalOrderSn) as well as by externalOrderId', async () => {
		const [bySn, byId] = recent.filter((order) => order.externalOrderSn && order.externalOrderId && order.shopId === recent[0].shopId);
		// Ginee's page names the field only "channel market order id": the emulator answers either
		emulator.injectFault({ kind: 'answer', path: BATCH_GET, data: [bySn, byId] });
		const output = await run({ resource: 'order', operation: 'getDetails', lookupBy: 'channelOrderIds', shopId: bySn.shopId, channelOrderIds: [bySn.externalOrderSn, byId.externalOrderId], options: {} });
		expect(output.map((item) => [item.json.orderId, item.json.notFound ?? false])).toEqual([
			[bySn.orderId, false],
			[byId.orderId, false],
		]);
	});

	it('does not blame the archive when a channel order number is not found', async () => {
		const [item] = await run({ resource: 'order', operation: 'getDetails', lookupBy: 'channelOrderIds', shopId: recent[0].shopId, channelOrderIds: ['NOPE-1'], options: {} });
		expect(item.json).toMatchObject({ channelOrderId: 'NOPE-1', notFound: true });
		expect(item.json.message).toContain('externalOrderSn');
		expect(item.json.message).not.toContain('Historical Data');
	});

	it.each<[string, unknown, string]>([
		['a string', 'abc', "Ginee's answer to batch-get is not a list (data is a string)"],
		['an object without a list', { orderId: 'SO1' }, "Ginee's answer to batch-get is not a list (data is an object without a list)"],
	])('fails loudly on batch-get data that is %s instead of reporting orders not found', async (_case, data, message) => {
		emulator.injectFault({ kind: 'answer', path: BATCH_GET, data });
		await expect(getDetails([String(recent[0].orderId)])).rejects.toThrow(message);
	});

	it('skips a null entry and orders without orderId, keeping the rest', async () => {
		const [a, b] = recent;
		emulator.injectFault({ kind: 'answer', path: BATCH_GET, data: [null, a, { channel: 'X' }, { channel: 'Y' }, b] });
		const output = await getDetails([String(a.orderId), String(b.orderId), 'SO-MISSING']);
		expect(output.map((item) => [item.json.orderId, item.json.notFound ?? false])).toEqual([
			[a.orderId, false],
			[b.orderId, false],
			['SO-MISSING', true],
		]);
	});

	it('never follows a redirect: the signed request goes nowhere else and the error names it', async () => {
		const received: IDataObject[] = [];
		const other = http.createServer((req, res) => {
			received.push({ url: req.url, authorization: req.headers.authorization });
			res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"code":"SUCCESS","data":[]}');
		});
		await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
		try {
			emulator.injectFault({ kind: 'redirect', path: BATCH_GET, location: `http://127.0.0.1:${(other.address() as AddressInfo).port}${BATCH_GET}` });
			await expect(getDetails([String(recent[0].orderId)])).rejects.toThrow(/^Ginee answered with a redirect \(HTTP 307 to http:\/\/127\.0\.0\.1:\d+\/openapi\/order\/v1\/batch-get\), which a signed request never follows$/);
			expect(received).toEqual([]);
			expect(emulator.calls(BATCH_GET)).toHaveLength(1);
		} finally {
			await new Promise((resolve) => other.close(resolve));
		}
	});

	it('waits as long as Retry-After asks on a 429 (longer than its own backoff), then succeeds', async () => {
		emulator.injectFault({ kind: 'http429', path: BATCH_GET, retryAfter: 2 });
		const started = Date.now();
		const output = await getDetails([String(recent[0].orderId)]);
		expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
		expect(output[0].json.orderId).toBe(recent[0].orderId);
	});

	it('gives a busy Ginee several seconds in total before a read gives up', async () => {
		emulator.injectFault({ kind: 'SERVICE_BUSY', path: BATCH_GET, times: 10 });
		const started = Date.now();
		await expect(getDetails(['X'])).rejects.toThrow('SERVICE_BUSY');
		expect(Date.now() - started).toBeGreaterThanOrEqual(6000);
	});

	it.each<[unknown, number]>([
		[0, 1000],
		[-5, 1000],
		[NaN, DEFAULT_TIMEOUT_MS],
		['abc', DEFAULT_TIMEOUT_MS],
		[undefined, DEFAULT_TIMEOUT_MS],
		[1e12, 300_000],
		['2500', 2500],
	])('keeps a Timeout of %j within 1 s – 5 min (%d ms)', (value, expected) => {
		expect(clampTimeout(value)).toBe(expected);
	});

	it('runs with a negative or zero Timeout from an expression instead of failing outside the request', async () => {
		for (const timeout of [-5, 0, Number.NaN]) {
			const output = await getDetails([String(recent[0].orderId)], { timeout });
			expect(output[0].json.orderId).toBe(recent[0].orderId);
		}
		const shops = await run({ resource: 'shop', operation: 'getMany', returnAll: true, options: { timeout: -1 } });
		expect(shops.length).toBe(emulator.store.shops.length);
	});
});
