// Product → Update (UpdateMasterProduct, which replaces the whole product) against the emulator: the
// product is read first (GetMasterProductDetail) and sent back whole with only the item's changes,
// images from binary data replace the current ones, each item checked before anything is sent.
import type { IDataObject } from 'n8n-workflow';

import { runGinee } from '../../../../helpers/executeContext';
import { itemsWithFiles, removeBinaryStorage } from '../../../../helpers/binaryFiles';
import { PATHS, useEmulator, type Json } from '../../../../helpers/fixtures';
import { solidPng } from '../../../../../tools/ginee-emulator/images';

describe('Product → Update', () => {
	const emulator = useEmulator();
	afterAll(() => removeBinaryStorage());

	const run = async (perItem: IDataObject[], continueOnFail = true, photo?: Buffer) => {
		const { items, helpers } = await itemsWithFiles(
			perItem.map((): Record<string, Buffer> => (photo ? { photo } : {})),
			() => 'photo.jpg',
		);
		const output = await runGinee(emulator, {
			parameters: (itemIndex) => ({
				resource: 'product',
				operation: 'update',
				...perItem[itemIndex],
			}),
			items,
			continueOnFail,
			helpers,
		});
		return output.map((item) => item.json);
	};
	const product = (k: number) => (emulator.store.products as Json[])[k];
	const updates = () => emulator.calls(PATHS.updateMasterProduct).map((call) => call.body);

	it('changes only the given fields: the rest of the product, its SKUs and prices stay as they were', async () => {
		const before = structuredClone(product(1));
		const [item] = await run([
			{
				productId: before.productId,
				updateFields: {
					name: 'Sambal Bawang Pedas 200 g',
					description: '<p>Baru</p>',
					packageWeight: 450,
				},
			},
		]);
		expect(item).toEqual({
			productId: before.productId,
			updated: true,
			name: 'Sambal Bawang Pedas 200 g',
			changed: ['name', 'description', 'delivery'],
		});
		const after = product(1);
		expect(after).toMatchObject({
			name: 'Sambal Bawang Pedas 200 g',
			description: '<p>Baru</p>',
			delivery: { ...before.delivery, weight: 450 },
			shortDescription: before.shortDescription,
			brand: before.brand,
			images: before.images,
			fullCategoryId: before.fullCategoryId,
			variantOptions: before.variantOptions,
			genieProductCondition: before.genieProductCondition,
		});
		expect(after.variations.map((v: Json) => [v.id, v.sku, v.sellingPrice, v.barcode])).toEqual(
			before.variations.map((v: Json) => [v.id, v.sku, v.sellingPrice, v.barcode]),
		);
		// the purchase price Ginee gave as a number goes back as the Price object the update takes
		expect(updates()[0].variations[0].purchasePrice).toEqual({
			amount: before.variations[0].purchasePrice,
			currencyCode: 'IDR',
		});
	});

	it('replaces the images with the item’s binary files, uploaded first', async () => {
		const photo = solidPng(1024, 768);
		const { productId } = product(2);
		const [item] = await run([{ productId, updateFields: { imageFields: 'photo' } }], false, photo);
		expect(item).toMatchObject({ updated: true, changed: ['images'] });
		expect(product(2).images).toEqual([expect.stringMatching(/\/images\/IMG\d+\.png$/)]);
		expect(emulator.calls(PATHS.uploadImage)).toHaveLength(1);
	});

	it('checks every item and reads every product before sending; a fault fails its item only', async () => {
		const [a, b] = [product(3).productId, product(4).productId];
		await expect(
			run([{ productId: a, updateFields: { name: 'X' } }, { productId: b }], false),
		).rejects.toThrow("'Update Fields' is empty: add the fields to change");
		expect(updates()).toHaveLength(0);

		const items = await run([
			{ productId: 'MP-NOT-THERE', updateFields: { name: 'X' } },
			{ productId: a, updateFields: { minPurchase: 3 } },
			{ productId: a, updateFields: { name: 'Y' } },
			{ productId: b, updateFields: { reviewStatus: 'PAY_NO_ATTENTION', shortDescription: '' } },
		]);
		expect(items[0]).toEqual({
			error: expect.stringContaining('MP-NOT-THERE does not exist'),
			mayHaveBeenApplied: false,
		});
		expect(items[1]).toMatchObject({ updated: true, changed: ['minPurchase'] });
		expect(items[2]).toEqual({
			error: `Product ${a} is also updated by item 2`,
			mayHaveBeenApplied: false,
		});
		expect(items[3]).toMatchObject({ updated: true, changed: ['status'] });
		expect(updates().map((body) => body.id)).toEqual([a, b]);
		expect(product(3).minPurchase).toBe(3);
	});

	it('an update Ginee answered with 5xx may have been applied, and is not sent again', async () => {
		emulator.injectFault({ kind: 'appliedThen502', path: PATHS.updateMasterProduct });
		const { productId } = product(5);
		const [item] = await run([{ productId, updateFields: { name: 'Changed' } }]);
		expect(item).toMatchObject({ mayHaveBeenApplied: true });
		expect(updates()).toHaveLength(1);
		expect(product(5).name).toBe('Changed');
	});

	it('round-trips what it does not know: GetMasterProductDetail after = before, except the fields changed', async () => {
		// fields Ginee may give that the node has no field for, on the product and its variations
		const stored = product(6);
		Object.assign(stored, {
			videos: [{ url: 'https://cdn.example.test/v/1.mp4', cover: 'c.jpg' }],
			warranty: { type: 'SELLER', period: 12 },
			extraInfo: { preOrder: { settingType: 'DAYS', timeToShip: 3 } },
		});
		Object.assign(stored.variations[0], { weight: 310, status: 'ENABLE', cost: { note: 'x' } });
		const read = async () =>
			(
				await runGinee(emulator, {
					parameters: { resource: 'product', operation: 'get', productId: stored.productId },
				})
			)[0].json as Json;
		const before = await read();
		const [item] = await run(
			[{ productId: stored.productId, updateFields: { name: 'Nama Baru' } }],
			false,
		);
		expect(item).toMatchObject({ updated: true, changed: ['name'] });
		const sent = updates()[0];
		expect(sent).toMatchObject({ type: 'NORMAL', status: 'PAY_NO_ATTENTION', condition: 'NEW' });
		expect(sent.variations[0].stock).toEqual(before.variations[0].stock);
		const after = await read();
		const withoutTimes = (record: Json) =>
			JSON.parse(
				JSON.stringify(record, (key, value) => (key === 'updateDatetime' ? undefined : value)),
			);
		// the one shape change: a price given as a bare number goes back as a Price object
		for (const price of ['purchasePrice', 'averageCostPrice'])
			expect(after.variations.map((variation: Json) => variation[price])).toEqual(
				before.variations.map((variation: Json) => ({
					amount: variation[price],
					currencyCode: 'IDR',
				})),
			);
		const same = (record: Json) => ({
			...withoutTimes(record),
			name: undefined,
			variations: withoutTimes(record).variations.map((variation: Json) => ({
				...variation,
				purchasePrice: undefined,
				averageCostPrice: undefined,
			})),
		});
		expect(same(after)).toEqual(same(before));
		expect(after.name).toBe('Nama Baru');
	});

	it('a product changed in Ginee between its read and the update (a price set meanwhile) is refused on its item, not reverted', async () => {
		const { productId } = product(7);
		const other = product(8).productId;
		// both products are read first; as the node reads product 7 again just before sending it,
		// its price changes in Ginee
		emulator.injectFault({ kind: 'latency', path: PATHS.getMasterProduct, ms: 0, times: 2 });
		emulator.injectFault({
			kind: 'latency',
			path: PATHS.getMasterProduct,
			ms: 0,
			onTake: () => {
				product(7).variations[0].sellingPrice = { amount: 123456, currencyCode: 'IDR' };
				product(7).updateDatetime = new Date().toISOString();
			},
		});
		const items = await run([
			{ productId, updateFields: { name: 'Tidak Dikirim' } },
			{ productId: other, updateFields: { name: 'Dikirim' } },
		]);
		expect(items[0]).toEqual({
			error: `Product ${productId} changed in Ginee while the node was updating it; nothing was sent, so that change is kept`,
			mayHaveBeenApplied: false,
		});
		expect(items[1]).toMatchObject({ updated: true });
		expect(updates().map((body) => body.id)).toEqual([other]);
		expect(product(7).variations[0].sellingPrice.amount).toBe(123456);
		expect(product(7).name).not.toBe('Tidak Dikirim');
	});

	it('never invents what the update needs: no stock or a status it cannot send back fails the item before anything is sent', async () => {
		delete product(9).variations[0].stock;
		product(10).masterProductStatus = 'ACTIVE';
		const items = await run([
			{ productId: product(9).productId, updateFields: { name: 'A' } },
			{ productId: product(10).productId, updateFields: { name: 'B' } },
			{ productId: product(11).productId, updateFields: { name: 'C' } },
		]);
		expect(items[0].error).toBe(
			`Ginee gave no stock of SKU ${product(9).variations[0].sku} for product ${product(9).productId}, which its update needs`,
		);
		expect(items[1].error).toBe(
			`Ginee lists product ${product(10).productId} with status "ACTIVE", which its update cannot send back: choose 'Review Status' in Update Fields`,
		);
		expect(items[2]).toMatchObject({ updated: true });
		expect(updates().map((body) => body.id)).toEqual([product(11).productId]);
		const [chosen] = await run([
			{
				productId: product(10).productId,
				updateFields: { name: 'B', reviewStatus: 'PENDING_REVIEW' },
			},
		]);
		expect(chosen).toMatchObject({ updated: true });
		expect(product(10).masterProductStatus).toBe('PENDING_REVIEW');
	});
});
