// Price → Get Many (ListMasterVariationPrice) against the emulator, through n8n-core's request
// helpers: each search as Ginee's keyword types, pages from 0, Return All / Limit, checks first.
import type { IDataObject } from 'n8n-workflow';

import { runGinee } from '../../../../helpers/executeContext';
import { PATHS, useEmulator, type Json } from '../../../../helpers/fixtures';

describe('Price → Get Many', () => {
	const emulator = useEmulator();
	const run = async (parameters: IDataObject) =>
		(
			await runGinee(emulator, {
				parameters: {
					resource: 'price',
					operation: 'getMany',
					output: 'raw',
					options: {},
					...parameters,
				},
			})
		).map((item) => item.json);
	const variations = () =>
		(emulator.store.products as Json[]).flatMap((product) =>
			(product.variations as Json[]).map((variation) => ({ product, variation })),
		);
	const calls = () => emulator.calls(PATHS.listMasterVariationPrice);

	it('gives each variation its master price and its price in each shop, as Ginee sends them', async () => {
		const prices = await run({ searchBy: 'sku', sku: 'BATIK-LP', returnAll: true });
		const expected = variations().filter(({ variation }) => variation.sku.includes('BATIK-LP'));
		expect(prices.map((price) => price.masterSku)).toEqual(
			expected.map(({ variation }) => variation.sku),
		);
		expect(prices[0]).toMatchObject({
			variationId: expected[0].variation.id,
			productName: expected[0].product.name,
			masterPrice: expected[0].variation.sellingPrice,
		});
		const shops = prices[0].channelPriceVOList as Json[];
		expect(shops.map((shop) => shop.channel)).toEqual(['SHOPEE_ID', 'TOKOPEDIA_ID', 'LAZADA_ID']);
		expect(shops[0]).toEqual(
			expect.objectContaining({
				channelVariationId: expect.stringMatching(/^VA/),
				channelPrice: { amount: expect.any(Number), currencyCode: 'IDR' },
			}),
		);
		expect(calls()[0].body).toEqual({
			keywordType: 'SKU',
			keyword: 'BATIK-LP',
			page: 0,
			size: 100,
		});
	});

	it('Simplified: the master price and each shop with its price, in plain names', async () => {
		const output = await runGinee(emulator, {
			parameters: { resource: 'price', operation: 'getMany', searchBy: 'sku', sku: 'BATIK-LP' },
		});
		const raw = await run({ searchBy: 'sku', sku: 'BATIK-LP' });
		expect(output.map((item) => item.json)).toEqual(
			raw.map((record) => ({
				sku: record.masterSku,
				productName: record.productName,
				variation: record.variationName,
				variationId: record.variationId,
				masterPrice: (record.masterPrice as Json).amount,
				currency: 'IDR',
				shopPrices: (record.channelPriceVOList as Json[]).map((shop) => ({
					shop: shop.shopName,
					marketplace: { SHOPEE_ID: 'Shopee', TOKOPEDIA_ID: 'Tokopedia', LAZADA_ID: 'Lazada' }[
						shop.channel as string
					],
					price: (shop.channelPrice as Json).amount,
				})),
			})),
		);
		// Selected Fields keeps the variation's ID and SKU with the fields chosen
		const [selected] = await runGinee(emulator, {
			parameters: {
				resource: 'price',
				operation: 'getMany',
				searchBy: 'sku',
				sku: 'BATIK-LP',
				output: 'fields',
				fields: ['masterPrice'],
			},
		});
		expect(Object.keys(selected.json)).toEqual(['variationId', 'masterSku', 'masterPrice']);
	});

	it('searches by product name, barcode or variation IDs, each as Ginee asks for it', async () => {
		const [{ product, variation }] = variations();
		const byName = await run({
			searchBy: 'name',
			productName: ` ${product.name} `,
			returnAll: true,
		});
		expect(byName.map((price) => price.productName)).toContain(product.name);
		const byBarcode = await run({ searchBy: 'barcode', barcode: variation.barcode });
		expect(byBarcode.map((price) => price.variationId)).toEqual([variation.id]);
		const other = variations()[5].variation;
		const byIds = await run({
			searchBy: 'variationIds',
			variationIds: `${variation.id}, ${other.id}`,
		});
		expect(byIds.map((price) => price.variationId).sort()).toEqual([variation.id, other.id].sort());
		expect(calls().map((call) => call.body)).toEqual([
			{ keywordType: 'NAME', keyword: product.name, page: 0, size: 100 },
			{ keywordType: 'BARCODE', keyword: variation.barcode, page: 0, size: 100 },
			{ masterVariationIds: [variation.id, other.id], page: 0, size: 100 },
		]);
	});

	it('All SKUs reads page after page (from 0) with Return All, and stops at the Limit', async () => {
		const all = await run({ searchBy: 'all', returnAll: true });
		expect(all).toHaveLength(variations().length);
		expect(calls().map((call) => call.body.page)).toEqual([0, 1]);
		expect(new Set(all.map((price) => price.variationId)).size).toBe(all.length);
		const limited = await run({ searchBy: 'all', returnAll: false, limit: 7 });
		expect(limited.map((price) => price.variationId)).toEqual(
			all.slice(0, 7).map((price) => price.variationId),
		);
	});

	it('refuses an empty search before asking Ginee', async () => {
		await expect(run({ searchBy: 'sku', sku: '  ' })).rejects.toThrow(
			"'SKU' is empty: enter what to search for",
		);
		await expect(run({ searchBy: 'variationIds', variationIds: ' , ' })).rejects.toThrow(
			"'Variation IDs' is empty",
		);
		expect(calls()).toHaveLength(0);
	});
});
