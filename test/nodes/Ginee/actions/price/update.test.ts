// Price → Update (UpdateMasterVariationPrice, a background task) against the emulator: every item
// checked and looked up before the first call, 20 SKUs per call, each item its own outcome from
// the task's result, a task still running reported as such, a call without an answer never resent.
import type { IDataObject } from 'n8n-workflow';

import { runGinee } from '../../../../helpers/executeContext';
import { PATHS, useEmulator, type Json } from '../../../../helpers/fixtures';

describe('Price → Update', () => {
	const emulator = useEmulator();
	const run = async (perItem: IDataObject[], continueOnFail = true) =>
		(
			await runGinee(emulator, {
				parameters: (itemIndex) => ({
					resource: 'price',
					operation: 'update',
					identifyBy: 'sku',
					options: { waitSeconds: 10 },
					...perItem[itemIndex],
				}),
				items: perItem.map((_, index) => ({ json: { index } })),
				continueOnFail,
			})
		).map((item) => item.json);
	const variation = (sku: string) =>
		(emulator.store.products as Json[])
			.flatMap((product) => product.variations as Json[])
			.find((candidate) => candidate.sku === sku) as Json;
	const priceList = async (sku: string) =>
		(
			await runGinee(emulator, {
				parameters: {
					resource: 'price',
					operation: 'getMany',
					searchBy: 'variationIds',
					variationIds: variation(sku).id,
					output: 'raw',
					options: {},
				},
			})
		)[0].json as Json;
	const sent = () =>
		emulator.calls(PATHS.setPrice).flatMap((call) => call.body.masterVariationPrices as Json[]);

	beforeEach(() => emulator.setPriceTaskMs(100));

	it('sets the master price and keeps each shop’s price, waiting for Ginee’s task', async () => {
		const before = await priceList('BATIK-LP');
		const shops = before.channelPriceVOList as Json[];
		const [item] = await run([{ sku: 'BATIK-LP', masterPrice: '199000' }], false);
		expect(item).toMatchObject({
			sku: 'BATIK-LP',
			variationId: variation('BATIK-LP').id,
			updated: true,
			status: 'SUCCESS',
			masterPrice: { amount: 199000, currencyCode: 'IDR' },
			taskId: expect.stringMatching(/^PT/),
		});
		expect(sent()).toEqual([
			{
				masterVariationId: variation('BATIK-LP').id,
				masterPrice: { amount: 199000, currencyCode: 'IDR' },
				channelPrices: shops.map((shop) => ({
					channel: shop.channel,
					genieChannelVariationId: shop.channelVariationId,
					channelPrice: { amount: shop.channelPrice.amount, currencyCode: 'IDR' },
				})),
			},
		]);
		const after = await priceList('BATIK-LP');
		expect(after.masterPrice).toEqual({ amount: 199000, currencyCode: 'IDR' });
		expect(after.channelPriceVOList).toEqual(shops);
	});

	it('Same as Master Price sets every shop to it; a channel price of its own wins', async () => {
		await run(
			[
				{
					sku: 'BATIK-LP',
					masterPrice: 150000,
					channelPriceMode: 'master',
					channelPrices: { price: [{ channel: 'SHOPEE_ID', amount: '155000' }] },
				},
			],
			false,
		);
		const prices = ((await priceList('BATIK-LP')).channelPriceVOList as Json[]).map((shop) => [
			shop.channel,
			shop.channelPrice.amount,
		]);
		expect(prices).toEqual([
			['SHOPEE_ID', 155000],
			['TOKOPEDIA_ID', 150000],
			['LAZADA_ID', 150000],
		]);
	});

	it('a SKU Ginee refuses in its task fails alone, with Ginee’s reason; the others are set', async () => {
		const output = await run([
			{ sku: 'BATIK-LP', masterPrice: '120000' },
			{
				sku: 'BATIK-LP-XL',
				masterPrice: '130000',
				channelPrices: { price: [{ channel: 'LAZADA_ID', amount: '50' }] },
			},
		]);
		expect(output[0]).toMatchObject({ status: 'SUCCESS', updated: true });
		expect(output[1].error).toBe(
			'Ginee did not set the price of SKU BATIK-LP-XL: The price on LAZADA_ID is below its minimum of 100',
		);
		expect(output[1].mayHaveBeenApplied).toBe(false);
		expect(emulator.calls(PATHS.setPrice)).toHaveLength(1);
		expect(variation('BATIK-LP').sellingPrice.amount).toBe(120000);
		expect(variation('BATIK-LP-XL').sellingPrice.amount).not.toBe(130000);
	});

	it('checks every item before the first call; without Continue On Fail nothing is sent', async () => {
		const items = [
			{ sku: 'BATIK-LP', masterPrice: '' },
			{ sku: 'BATIK-LP', masterPrice: '-5' },
			{ sku: 'NO-SUCH-SKU', masterPrice: '1000' },
			{
				sku: 'BATIK-LP',
				masterPrice: '1000',
				channelPrices: { price: [{ channel: 'ZALORA_ID', amount: '1' }] },
			},
			{ sku: 'BATIK-LP', masterPrice: '1000', currency: 'rupiah' },
			{ sku: 'BATIK-LP', masterPrice: '1000' },
			{ sku: 'BATIK-LP', masterPrice: '2000' },
		];
		await expect(run(items, false)).rejects.toThrow("'Master Price' is empty: give the new price");
		expect(emulator.calls(PATHS.setPrice)).toHaveLength(0);
		const output = await run(items);
		expect(output.map((item) => item.error ?? item.status)).toEqual([
			"'Master Price' is empty: give the new price",
			'\'Master Price\' must be a number from 0 to under 1,000,000,000, got "-5"',
			'SKU NO-SUCH-SKU not found in Ginee',
			'SKU BATIK-LP is not sold on ZALORA_ID (its shops are on SHOPEE_ID, TOKOPEDIA_ID, LAZADA_ID)',
			'\'Currency\' must be a three-letter code such as IDR, got "RUPIAH"',
			'SUCCESS',
			'SKU BATIK-LP is also in item 6: one price per SKU per run',
		]);
		expect(sent()).toHaveLength(1);
	});

	it('25 SKUs go 20 per call, each item its own outcome', async () => {
		const skus = (emulator.store.products as Json[])
			.flatMap((product) => product.variations as Json[])
			.slice(0, 25)
			.map((entry) => entry.sku as string);
		const output = await run(
			skus.map((sku, index) => ({ sku, masterPrice: String(10000 + index) })),
		);
		expect(
			emulator.calls(PATHS.setPrice).map((call) => call.body.masterVariationPrices.length),
		).toEqual([20, 5]);
		expect(output.map((item) => [item.sku, item.status])).toEqual(
			skus.map((sku) => [sku, 'SUCCESS']),
		);
		expect(variation(skus[24]).sellingPrice.amount).toBe(10024);
	});

	it('a task still running at the end of the wait is PROCESSING with its task ID, never updated', async () => {
		emulator.setPriceTaskMs(60_000);
		const [item] = await run([
			{ sku: 'BATIK-LP', masterPrice: '1000', options: { waitSeconds: 1 } },
		]);
		expect(item).toMatchObject({
			status: 'PROCESSING',
			updated: false,
			taskId: expect.stringMatching(/^PT/),
		});
		expect(emulator.calls(PATHS.setPriceResult).length).toBeGreaterThanOrEqual(1);
		expect(variation('BATIK-LP').sellingPrice.amount).not.toBe(1000);
	});

	it('a SKU a finished task lists in neither list (failNum 1, no failedPriceSettings) is not reported as updated', async () => {
		emulator.injectFault({
			kind: 'answer',
			path: PATHS.setPriceResult,
			data: {
				taskStatus: 'FINISHED',
				total: 1,
				successNum: 0,
				failNum: 1,
				successList: [],
				errorMsg: 'price check failed',
			},
		});
		const [item] = await run([{ sku: 'BATIK-LP', masterPrice: '1000' }]);
		expect(item).toEqual({
			error: expect.stringMatching(
				/^Ginee finished price task PT\d+ without confirming SKU BATIK-LP$/,
			),
			mayHaveBeenApplied: true,
		});
	});

	it('Keep Each Shop’s Price keeps a price Ginee lists as a bare number, and refuses a shop whose price Ginee does not give', async () => {
		const record = await priceList('BATIK-LP');
		const shops = record.channelPriceVOList as Json[];
		expect(shops.length).toBeGreaterThanOrEqual(2);
		const listed = (channelPrices: unknown[]) => ({
			content: [
				{
					...record,
					channelPriceVOList: shops.map((shop, k) => ({ ...shop, channelPrice: channelPrices[k] })),
				},
			],
			total: 1,
		});
		const bare = shops.map((shop) => shop.channelPrice.amount as number);
		emulator.injectFault({
			kind: 'answer',
			path: PATHS.listMasterVariationPrice,
			data: listed(bare),
		});
		await run([{ sku: 'BATIK-LP', masterPrice: '199000' }], false);
		expect(sent()[0].channelPrices.map((shop: Json) => shop.channelPrice.amount as number)).toEqual(
			bare,
		);

		emulator.requests = [];
		emulator.injectFault({
			kind: 'answer',
			path: PATHS.listMasterVariationPrice,
			data: listed([null, ...bare.slice(1)]),
		});
		await expect(run([{ sku: 'BATIK-LP', masterPrice: '199000' }], false)).rejects.toThrow(
			/^Ginee gives no current price for SKU BATIK-LP in shop .+, so it cannot be kept/,
		);
		expect(emulator.calls(PATHS.setPrice)).toHaveLength(0);
	});

	it('a set-price call that got no answer is not sent again, and says it may have been applied', async () => {
		emulator.injectFault({ kind: 'hang', path: PATHS.setPrice });
		const [item] = await run([
			{ sku: 'BATIK-LP', masterPrice: '1000', options: { timeout: 1000 } },
		]);
		expect(item.error).toMatch(/may already have been applied/);
		expect(item.mayHaveBeenApplied).toBe(true);
		expect(emulator.calls(PATHS.setPrice)).toHaveLength(1);
		expect(emulator.calls(PATHS.setPriceResult)).toHaveLength(0);
	});
});
