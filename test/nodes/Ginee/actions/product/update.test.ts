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
});
