import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { runGinee } from '../../../../helpers/executeContext';
import { PATHS, useEmulator, type Json } from '../../../../helpers/fixtures';

describe('Product operations against the emulator', () => {
	const emulator = useEmulator();
	const run = async (parameters: IDataObject, items?: INodeExecutionData[]) =>
		await runGinee(emulator, { parameters: { resource: 'product', ...parameters }, items });
	const products = () => emulator.store.products;

	describe('Get Many', () => {
		it('returns every product with Return All, page by page from page 0', async () => {
			const output = await run({ operation: 'getMany', returnAll: true, filters: {} });
			expect(output.map((item) => item.json.productId)).toEqual(
				products().map((product) => product.productId),
			);
			expect(emulator.calls(PATHS.listMasterProduct).map((call) => call.body.page)).toEqual([0, 1]);
			expect(output[0].json.variationBriefs).toEqual([
				expect.objectContaining({ sku: 'BATIK-LP' }),
				expect.objectContaining({ sku: 'BATIK-LP-XL' }),
			]);
		});

		it('stops at the Limit', async () => {
			const output = await run({ operation: 'getMany', limit: 5, filters: {} });
			expect(output).toHaveLength(5);
			expect(emulator.calls(PATHS.listMasterProduct)).toHaveLength(1);
		});

		it('sends the filters, created dates in UTC', async () => {
			const output = await runGinee(emulator, {
				parameters: {
					resource: 'product',
					operation: 'getMany',
					returnAll: true,
					filters: {
						productName: ' batik ',
						sku: 'BATIK-LP-XL',
						categoryId: 'C110',
						createDateFrom: '2020-01-01T00:00:00',
						createDateTo: '2030-01-01T00:00:00',
					},
				},
				timezone: 'Asia/Jakarta',
			});
			expect(emulator.calls(PATHS.listMasterProduct)[0].body).toEqual({
				productName: 'batik',
				sku: 'BATIK-LP-XL',
				categoryId: 'C110',
				createDateFrom: '2019-12-31T17:00:00.000Z',
				createDateTo: '2029-12-31T17:00:00.000Z',
				page: 0,
				size: 100,
			});
			expect(output.map((item) => item.json.name)).toEqual(['Kemeja Batik Pria Lengan Panjang']);
		});

		it.each([
			[{ productName: 'Kopi', barCode: '8990000000010' }, "Give 'Product Name' or 'Barcode'"],
			[
				{ createDateFrom: '2026-01-01T00:00:00Z' },
				"'Created After' and 'Created Before' go together",
			],
			[
				{ createDateFrom: '2026-02-01T00:00:00Z', createDateTo: '2026-01-01T00:00:00Z' },
				"'Created Before' (2026-01-01T00:00:00.000Z) must not be before 'Created After'",
			],
		])('refuses %j before sending anything', async (filters, message) => {
			await expect(run({ operation: 'getMany', returnAll: true, filters })).rejects.toThrow(
				message,
			);
			expect(emulator.requests).toHaveLength(0);
		});
	});

	describe('Get', () => {
		it('GETs the product with productId in the query, signed for the path alone', async () => {
			const product = products()[3];
			const output = await run({ operation: 'get', productId: ` ${product.productId} ` });
			expect(output).toEqual([{ json: product, pairedItem: { item: 0 } }]);
			const [request] = emulator.requests;
			expect(request.method).toBe('GET');
			expect(
				new URLSearchParams((request as unknown as { query: string }).query).get('productId'),
			).toBe(product.productId);
		});

		it('shows Ginee’s DATA_NOT_EXISTED for an unknown product', async () => {
			await expect(run({ operation: 'get', productId: 'MP-NOPE' })).rejects.toThrow(
				'Ginee error DATA_NOT_EXISTED: Master product MP-NOPE does not exist',
			);
		});
	});

	describe('Find by SKU', () => {
		const skus = () =>
			products().flatMap((product) =>
				(product.variations as Json[]).map((variation) => variation.sku as string),
			);
		const findEach = async (asked: string[], continueOnFail = false) =>
			await runGinee(emulator, {
				parameters: (itemIndex) => ({
					resource: 'product',
					operation: 'findBySku',
					lookupBy: 'masterSkus',
					masterSkus: asked[itemIndex],
				}),
				items: asked.map((sku) => ({ json: { sku } })),
				continueOnFail,
			});

		it('collects the SKUs of all items, 20 per call, and gives each item its own variations', async () => {
			const known = skus().slice(0, 42);
			const asked = [...known, known[0], 'NOPE-1', 'NOPE-2', 'NOPE-3'];
			const output = await findEach(asked);
			const calls = emulator.calls(PATHS.listMasterVariation);
			expect(calls.map((call) => call.body.masterSkus.length)).toEqual([20, 20, 5]);
			expect(output).toHaveLength(asked.length);
			output.forEach((item, index) => {
				expect(item.pairedItem).toEqual({ item: index });
				if (asked[index].startsWith('NOPE'))
					expect(item.json).toMatchObject({ sku: asked[index], notFound: true });
				else
					expect(item.json).toMatchObject({
						masterSku: asked[index],
						productId: expect.stringMatching(/^MP/),
						variationId: expect.stringMatching(/^MV/),
					});
			});
		});

		it('looks up by variation ID too, several per item, comma-separated', async () => {
			const [first, second] = (products()[0].variations as Json[]).map((v) => v.id as string);
			const output = await run({
				operation: 'findBySku',
				lookupBy: 'masterVariationIds',
				masterVariationIds: `${first}, ${second}`,
			});
			expect(output.map((item) => item.json.variationId)).toEqual([first, second]);
			expect(emulator.calls(PATHS.listMasterVariation)[0].body).toEqual({
				masterVariationIds: [first, second],
			});
		});

		it('fails only the item without SKUs, with Continue on Fail', async () => {
			const output = await findEach(['BATIK-LP', '', 'MKP-60'], true);
			expect(output.map((item) => item.json.masterSku ?? item.json.error)).toEqual([
				'BATIK-LP',
				"'SKUs' is empty: give at least one",
				'MKP-60',
			]);
			expect(emulator.calls(PATHS.listMasterVariation)).toHaveLength(1);
		});
	});
});
