// What the node does with answers Ginee should never give, with redirects, Retry-After and odd options.
import type { IDataObject, NodeExecutionHint } from 'n8n-workflow';

import { clampTimeout, DEFAULT_TIMEOUT_MS } from '../../../../nodes/shared/transport';
import { runGinee } from '../../../helpers/executeContext';
import { PATHS, recentOrders, startLocalServer, useEmulator } from '../../../helpers/fixtures';

const BATCH_GET = PATHS.batchGet;

describe('Ginee node: reading answers and sending requests safely', () => {
	const emulator = useEmulator();
	let recent: IDataObject[];
	beforeEach(() => {
		recent = recentOrders(emulator);
	});

	const run = async (parameters: IDataObject, continueOnFail = false) =>
		await runGinee(emulator, { parameters, continueOnFail });
	const getDetails = (orderIds: string[], options: IDataObject = {}) =>
		run({
			resource: 'order',
			operation: 'getDetails',
			lookupBy: 'orderIds',
			orderIds,
			output: 'raw',
			options,
		});

	it('finds channel orders by the number a seller sees (externalOrderSn) as well as by externalOrderId', async () => {
		const [bySn, byId] = recent.filter(
			(order) =>
				order.externalOrderSn && order.externalOrderId && order.shopId === recent[0].shopId,
		);
		// Ginee's page names the field only "channel market order id": the emulator answers either
		emulator.injectFault({ kind: 'answer', path: BATCH_GET, data: [bySn, byId] });
		const output = await run({
			resource: 'order',
			operation: 'getDetails',
			lookupBy: 'channelOrderIds',
			shopId: bySn.shopId,
			channelOrderIds: [bySn.externalOrderSn, byId.externalOrderId],
			options: {},
		});
		expect(output.map((item) => [item.json.orderId, item.json.notFound ?? false])).toEqual([
			[bySn.orderId, false],
			[byId.orderId, false],
		]);
	});

	it('does not blame the archive when a channel order number is not found', async () => {
		const [item] = await run({
			resource: 'order',
			operation: 'getDetails',
			lookupBy: 'channelOrderIds',
			shopId: recent[0].shopId,
			channelOrderIds: ['NOPE-1'],
			options: {},
		});
		expect(item.json).toMatchObject({ channelOrderId: 'NOPE-1', notFound: true });
		expect(item.json.message).toContain('externalOrderSn');
		expect(item.json.message).not.toContain('Historical Data');
	});

	it('names the shop of a channel order not found, and says so above the output', async () => {
		const shop = (emulator.store.shops as IDataObject[]).find(
			(candidate) => candidate.shopId === recent[0].shopId,
		) as IDataObject;
		const ask = async (shopId: IDataObject) => {
			const hints: NodeExecutionHint[] = [];
			const output = await runGinee(emulator, {
				parameters: {
					resource: 'order',
					operation: 'getDetails',
					lookupBy: 'channelOrderIds',
					shopId,
					channelOrderIds: ['NOPE-1', 'NOPE-2'],
					options: {},
				},
				hints,
			});
			return { messages: output.map((item) => item.json.message), hints };
		};
		// picked from the list: the name the picker showed; given by ID: read from ListShop
		const picked = await ask({
			__rl: true,
			mode: 'list',
			value: shop.shopId,
			cachedResultName: 'Toko Picked',
		});
		expect(picked.messages[0]).toContain(
			`Order NOPE-1 not found in shop "Toko Picked" (${shop.shopId})`,
		);
		const byId = await ask({ __rl: true, mode: 'id', value: shop.shopId });
		expect(byId.messages[1]).toContain(`Order NOPE-2 not found in shop "${shop.name}"`);
		expect(byId.hints).toEqual([
			{
				type: 'warning',
				location: 'outputPane',
				message: expect.stringMatching(/^2 items are "not found" \(notFound: true\): Order NOPE-1/),
			},
		]);
		// the shop's name is not worth failing the answer for
		emulator.injectFault({ kind: 'refuse', path: PATHS.listShop });
		const unnamed = await ask({ __rl: true, mode: 'id', value: shop.shopId });
		expect(unnamed.messages[0]).toContain(`not found in shop ${shop.shopId}.`);
	});

	it.each<[string, unknown, string]>([
		['a string', 'abc', "Ginee's answer to GetOrderDetails is not a list (data is a string)"],
		[
			'an object without a list',
			{ orderId: 'SO1' },
			"Ginee's answer to GetOrderDetails is not a list (data is an object without a list)",
		],
	])(
		'fails loudly on batch-get data that is %s instead of reporting orders not found',
		async (_case, data, message) => {
			emulator.injectFault({ kind: 'answer', path: BATCH_GET, data });
			await expect(getDetails([String(recent[0].orderId)])).rejects.toThrow(message);
		},
	);

	it('skips a null entry and orders without orderId, keeping the rest', async () => {
		const [a, b] = recent;
		emulator.injectFault({
			kind: 'answer',
			path: BATCH_GET,
			data: [null, a, { channel: 'X' }, { channel: 'Y' }, b],
		});
		const output = await getDetails([String(a.orderId), String(b.orderId), 'SO-MISSING']);
		expect(output.map((item) => [item.json.orderId, item.json.notFound ?? false])).toEqual([
			[a.orderId, false],
			[b.orderId, false],
			['SO-MISSING', true],
		]);
	});

	it('never follows a redirect: the signed request goes nowhere else and the error names it', async () => {
		const received: IDataObject[] = [];
		const other = await startLocalServer((req, res) => {
			received.push({ url: req.url, authorization: req.headers.authorization });
			res
				.writeHead(200, { 'Content-Type': 'application/json' })
				.end('{"code":"SUCCESS","data":[]}');
		});
		try {
			emulator.injectFault({
				kind: 'redirect',
				path: BATCH_GET,
				location: `${other.url}${BATCH_GET}`,
			});
			await expect(getDetails([String(recent[0].orderId)])).rejects.toThrow(
				/^Ginee answered with a redirect \(HTTP 307 to http:\/\/127\.0\.0\.1:\d+\/openapi\/order\/v1\/batch-get\), which a signed request never follows$/,
			);
			expect(received).toEqual([]);
			expect(emulator.calls(BATCH_GET)).toHaveLength(1);
		} finally {
			await other.stop();
		}
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
		const shops = await run({
			resource: 'shop',
			operation: 'getMany',
			returnAll: true,
			options: { timeout: -1 },
		});
		expect(shops.length).toBe(emulator.store.shops.length);
	});
});
