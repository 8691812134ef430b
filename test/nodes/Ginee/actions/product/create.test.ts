// Product → Create (CreateMasterProduct, which Ginee finishes in the background) against the
// emulator: images from the item's binary data checked and uploaded (UploadImage, multipart), every
// item checked before anything is sent (fields, images, SKUs Ginee already has), each product sent
// once, then looked up by its first SKU until it is listed or Wait for Result is over.
import type { IDataObject } from 'n8n-workflow';

import { runGinee } from '../../../../helpers/executeContext';
import { itemsWithFiles, removeBinaryStorage } from '../../../../helpers/binaryFiles';
import { PATHS, useEmulator, type Json } from '../../../../helpers/fixtures';
import { solidPng } from '../../../../../tools/ginee-emulator/images';

/** The parameters of a valid two-SKU product, SKUs made unique by `tag`. */
export const productParameters = (tag: string, extra: IDataObject = {}): IDataObject => ({
	resource: 'product',
	operation: 'create',
	name: `Kemeja Uji ${tag}`,
	spu: `UJI-${tag}`,
	variations: {
		variation: [
			{ sku: `UJI-${tag}-M`, sellingPrice: '150000', purchasePrice: '90000', optionValues: 'M' },
			{
				sku: `UJI-${tag}-XL`,
				sellingPrice: 165000,
				purchasePrice: '99000',
				optionValues: 'XL',
				barcode: `899-${tag}`,
			},
		],
	},
	additionalFields: { variantOptionNames: 'Size' },
	options: { waitSeconds: 10 },
	...extra,
});

describe('Product → Create', () => {
	const emulator = useEmulator();
	afterAll(() => removeBinaryStorage());
	beforeEach(() => emulator.setProductCreateTaskMs(300));

	/** Runs Create on items, each with its parameters and binary files ({ field: bytes }). */
	const run = async (
		perItem: Array<{ parameters: IDataObject; files?: Record<string, Buffer> }>,
		continueOnFail = true,
	) => {
		const { items, helpers } = await itemsWithFiles(perItem.map(({ files = {} }) => files));
		const output = await runGinee(emulator, {
			parameters: (itemIndex) => perItem[itemIndex].parameters,
			items,
			continueOnFail,
			helpers,
		});
		return output.map((item) => item.json);
	};
	const created = () => emulator.calls(PATHS.createMasterProduct).map((call) => call.body);
	const uploads = () => emulator.calls(PATHS.uploadImage);
	const listed = (spu: string) =>
		(emulator.store.products as Json[]).filter((product) => product.spu === spu);

	it('uploads the images, creates the product as Ginee’s table asks, and waits until it is listed', async () => {
		const front = solidPng(600, 600);
		const back = solidPng(800, 400, [10, 120, 60]);
		const [item] = await run([
			{
				parameters: productParameters('A', {
					additionalFields: {
						variantOptionNames: 'Size',
						imageFields: 'front, back',
						brand: 'Nusantara',
						description: '<p>Batik tulis</p>',
						packageWeight: 350,
						packageLength: 30,
						minPurchase: 2,
					},
				}),
				files: { front, back },
			},
		]);
		const [product] = listed('UJI-A');
		expect(item).toEqual({
			productId: product.productId,
			created: true,
			status: 'SUCCESS',
			name: 'Kemeja Uji A',
			spu: 'UJI-A',
			skus: ['UJI-A-M', 'UJI-A-XL'],
			images: [
				expect.stringMatching(/\/images\/IMG\d+\.png$/),
				expect.stringMatching(/\/images\/IMG\d+\.png$/),
			],
		});
		expect(uploads().map((call) => call.body)).toEqual([
			[{ name: 'image', fileName: 'front.png', contentType: 'image/png', bytes: front.length }],
			[{ name: 'image', fileName: 'back.png', contentType: 'image/png', bytes: back.length }],
		]);
		expect(created()).toEqual([
			{
				name: 'Kemeja Uji A',
				spu: 'UJI-A',
				type: 'NORMAL',
				condition: 'NEW',
				status: 'PENDING_REVIEW',
				brand: 'Nusantara',
				description: '<p>Batik tulis</p>',
				minPurchase: 2,
				variantOptions: [{ name: 'Size', values: ['M', 'XL'] }],
				variations: [
					{
						sku: 'UJI-A-M',
						optionValues: ['M'],
						sellingPrice: { amount: 150000, currencyCode: 'IDR' },
						purchasePrice: { amount: 90000, currencyCode: 'IDR' },
						stock: { availableStock: 0 },
					},
					{
						sku: 'UJI-A-XL',
						optionValues: ['XL'],
						sellingPrice: { amount: 165000, currencyCode: 'IDR' },
						purchasePrice: { amount: 99000, currencyCode: 'IDR' },
						stock: { availableStock: 0 },
						barcode: '899-A',
					},
				],
				delivery: { weight: 350, length: 30 },
				images: item.images,
			},
		]);
		// the images Ginee stored are the bytes of the item's binary fields
		const stored = (emulator.store as Json).images as Map<string, { data: Buffer }>;
		expect([...stored.values()].map((image) => image.data)).toEqual([front, back]);
	});

	it('checks every item first: a fault names its field and, without Continue On Fail, nothing is sent', async () => {
		const cases: Array<[IDataObject, Record<string, Buffer> | undefined, string]> = [
			[{ name: ' ' }, undefined, "'Product Name' is empty"],
			[
				{
					variations: {
						variation: [
							{ sku: 'UJI-B-M', sellingPrice: '', purchasePrice: '1', optionValues: 'M' },
						],
					},
				},
				undefined,
				"'Variations 1: Selling Price' is empty",
			],
			[
				{ additionalFields: { variantOptionNames: 'Size, Colour' } },
				undefined,
				"'Variations 1: Option Values' gives 1 value(s) for 2 Variant Option Name(s) (Size, Colour)",
			],
			[
				{ additionalFields: { variantOptionNames: 'Size', imageFields: 'photo' } },
				{ photo: solidPng(200, 300) },
				"'Images (Binary Fields)': photo is 200×300 pixels: each side must be 256 to 4096",
			],
			[
				{ additionalFields: { variantOptionNames: 'Size', imageFields: 'photo' } },
				{ photo: Buffer.from('GIF89a not a photo') },
				"'Images (Binary Fields)': photo is not a JPG or PNG image",
			],
			[
				{ additionalFields: { variantOptionNames: 'Size', imageFields: 'photo' } },
				{ photo: Buffer.concat([solidPng(300, 300), Buffer.alloc(2 * 1024 * 1024)]) },
				"'Images (Binary Fields)': photo is 2.0 MB: it must be under 2 MB",
			],
			[
				{ additionalFields: { variantOptionNames: 'Size', imageFields: 'data' } },
				undefined,
				"'Images (Binary Fields)': data is not a binary field of this item (it has no binary data)",
			],
			[
				{ additionalFields: { variantOptionNames: 'Size', reviewStatus: 'PAY_NO_ATTENTION' } },
				undefined,
				"Cannot create this product: a Reviewed product needs 'Category IDs'",
			],
		];
		for (const [extra, files, message] of cases) {
			emulator.requests.length = 0;
			await expect(
				run(
					[
						{ parameters: productParameters('OK') },
						{ parameters: productParameters('B', extra), files },
					],
					false,
				),
			).rejects.toThrow(message);
			expect(uploads()).toHaveLength(0);
			expect(created()).toHaveLength(0);
		}
	});

	it('takes the variations as JSON from an earlier node, checked like the fields', async () => {
		const json = (variationsJson: unknown) =>
			productParameters('J', {
				variationsSource: 'json',
				variationsJson: variationsJson as IDataObject,
				additionalFields: { variantOptionNames: 'Colour, Size' },
			});
		const [item] = await run([
			{
				parameters: json(
					JSON.stringify([
						{
							sku: 'UJI-J-RM',
							sellingPrice: 100000,
							purchasePrice: 60000,
							optionValues: ['Red', 'M'],
						},
						{
							sku: 'UJI-J-BM',
							sellingPrice: '100000',
							purchasePrice: '60000',
							optionValues: 'Blue, M',
						},
					]),
				),
			},
		]);
		expect(item).toMatchObject({ created: true, skus: ['UJI-J-RM', 'UJI-J-BM'] });
		expect(created()[0].variantOptions).toEqual([
			{ name: 'Colour', values: ['Red', 'Blue'] },
			{ name: 'Size', values: ['M'] },
		]);
		for (const [value, message] of [
			['[{"sku": "UJI-K"', "'Variations (JSON)' is not valid JSON"],
			[{ sku: 'UJI-K' }, "'Variations (JSON)' must be a list of objects, one per SKU"],
			[['UJI-K'], "'Variations (JSON)' entry 1 is not an object"],
			[
				[{ sku: 'UJI-K', sellingPrice: 1, purchasePrice: -1, optionValues: ['Red', 'M'] }],
				"'Variations 1: Purchase Price' must be a number from 0 to under 1,000,000,000, got -1",
			],
		] as Array<[unknown, string]>)
			await expect(run([{ parameters: json(value) }], false)).rejects.toThrow(message);
	});

	it('refuses a SKU Ginee already has or an earlier item creates; with Continue On Fail the others go on', async () => {
		const existing = (emulator.store.products as Json[])[3].variations[0].sku as string;
		const taken = productParameters('C');
		(taken.variations as Json).variation[0].sku = existing;
		const items = await run([
			{ parameters: taken },
			{ parameters: productParameters('D') },
			{ parameters: productParameters('D', { spu: 'UJI-D2', name: 'Copy' }) },
		]);
		expect(items[0]).toEqual({
			error: `SKU ${existing} already exists in Ginee`,
			mayHaveBeenApplied: false,
		});
		expect(items[1]).toMatchObject({ created: true, spu: 'UJI-D' });
		expect(items[2]).toEqual({
			error: 'SKU UJI-D-M is also created by item 2',
			mayHaveBeenApplied: false,
		});
		expect(created().map((body) => body.spu)).toEqual(['UJI-D']);
		// one look-up for all the items' SKUs, each once, before anything was sent
		expect(emulator.calls(PATHS.listMasterVariation)[0].body.masterSkus).toEqual([
			existing,
			'UJI-C-XL',
			'UJI-D-M',
			'UJI-D-XL',
		]);
	});

	it('a product Ginee is still creating after the wait is PROCESSING, and is not sent again', async () => {
		emulator.setProductCreateTaskMs(60_000);
		const [item] = await run([
			{ parameters: productParameters('E', { options: { waitSeconds: 1 } }) },
		]);
		expect(item).toMatchObject({
			productId: null,
			created: false,
			status: 'PROCESSING',
			message: expect.stringContaining('Do not create it again'),
		});
		expect(created()).toHaveLength(1);
		expect(listed('UJI-E')).toHaveLength(0);
	});

	it('a create without an answer may have been applied and is not sent again; a refused image sends no product', async () => {
		emulator.injectFault({ kind: 'hang', path: PATHS.createMasterProduct });
		const [hung] = await run([
			{ parameters: productParameters('F', { options: { timeout: 1000, waitSeconds: 1 } }) },
		]);
		expect(hung).toMatchObject({ mayHaveBeenApplied: true });
		expect(hung.error).toMatch(/may already have been applied/);
		expect(created()).toHaveLength(1);

		emulator.requests.length = 0;
		emulator.injectFault({ kind: 'refuse', path: PATHS.uploadImage, data: 'image rejected' });
		const [refused] = await run([
			{
				parameters: productParameters('G', {
					additionalFields: { variantOptionNames: 'Size', imageFields: 'data' },
				}),
				files: { data: solidPng(300, 300) },
			},
		]);
		expect(refused).toEqual({
			error: expect.stringMatching(/^Ginee did not take the image in 'data': .*image rejected/),
			mayHaveBeenApplied: false,
		});
		expect(created()).toHaveLength(0);
	});
});
