// Inventory → Add SKU to Warehouse (BatchAddWarehouseInventory) against the emulator: each SKU
// looked up first (its variation; a SKU already in the warehouse needs no call), 20 per call,
// Ginee's refusal on its entry only, and the added SKU ready to receive stock.
import type { IDataObject } from 'n8n-workflow';

import { runGinee } from '../../../../helpers/executeContext';
import { PATHS, useEmulator, type Json } from '../../../../helpers/fixtures';

const JAKARTA = 'WW64C000001CEDFD0000000001';
const SURABAYA = 'WW64C000002CEDFD0000000002';

describe('Inventory → Add SKU to Warehouse', () => {
	const emulator = useEmulator();
	const inventory = () => (emulator.store as Json).inventory as Map<string, Json>;
	/** SKUs Jakarta holds and Surabaya does not. */
	const jakartaOnly = () =>
		[...inventory().values()]
			.filter((row) => row.warehouseId === JAKARTA)
			.map((row) => row.masterSku as string)
			.filter((sku) => !inventory().has(`${SURABAYA}|${sku}`));
	const variationId = (sku: string) =>
		(emulator.store.products as Json[])
			.flatMap((product) => product.variations as Json[])
			.find((variation) => variation.sku === sku)?.id;
	const addition = (sku: string, extra: IDataObject = {}) => ({
		warehouseId: { __rl: true, mode: 'id', value: SURABAYA },
		sku,
		options: {},
		...extra,
	});
	const run = async (perItem: IDataObject[], continueOnFail = true) =>
		(
			await runGinee(emulator, {
				parameters: (itemIndex) => ({
					resource: 'inventory',
					operation: 'addToWarehouse',
					...perItem[itemIndex],
				}),
				items: perItem.map((_, index) => ({ json: { index } })),
				continueOnFail,
			})
		).map((item) => item.json);
	const sent = () =>
		emulator
			.calls(PATHS.batchAddWarehouseInventory)
			.flatMap((call) => call.body.itemList as Json[]);

	it('adds the SKU with its variation ID and currency; stock can then be received there', async () => {
		const [sku] = jakartaOnly();
		const [item] = await run([addition(sku, { options: { currency: 'idr' } })], false);
		expect(sent()).toEqual([
			{ warehouseId: SURABAYA, masterVariationId: variationId(sku), currencyCode: 'IDR' },
		]);
		expect(item).toEqual({
			sku,
			warehouseId: SURABAYA,
			variationId: variationId(sku),
			added: true,
			warehouseInventoryId: inventory().get(`${SURABAYA}|${sku}`)?.id,
		});
		const [document] = (
			await runGinee(emulator, {
				parameters: {
					resource: 'warehouseDocument',
					operation: 'receiveStock',
					warehouseId: { __rl: true, mode: 'id', value: SURABAYA },
					lines: { line: [{ sku, quantity: '5', unitCost: '100' }] },
					options: {},
				},
			})
		).map((output) => output.json);
		expect(document.inboundOrderId).toMatch(/^\d+$/);
		expect(inventory().get(`${SURABAYA}|${sku}`)?.warehouseStock).toBe(5);
	});

	it('a SKU already in the warehouse is not sent; one named twice is sent once, both items its outcome', async () => {
		const [sku] = jakartaOnly();
		const items = await run([addition(sku), addition(sku), addition('BATIK-LP')], false);
		expect(sent()).toHaveLength(1);
		expect(items[1]).toEqual(items[0]);
		expect(items.map((item) => item.added)).toEqual([true, true, false]);
		expect(items[2].message).toBe('The SKU is already in this warehouse');
		// a second run changes nothing: the SKU is there now
		const again = await run([addition(sku)], false);
		expect(again[0]).toMatchObject({
			added: false,
			message: 'The SKU is already in this warehouse',
		});
		expect(sent()).toHaveLength(1);
	});

	it('checks every item before the first call; Ginee’s refusal fails its entry only', async () => {
		const [a, b] = jakartaOnly();
		await expect(run([addition(a), addition('NO-SUCH-SKU')], false)).rejects.toThrow(
			'SKU NO-SUCH-SKU not found in Ginee',
		);
		await expect(run([addition(a, { options: { currency: 'rupiah' } })], false)).rejects.toThrow(
			"'Currency' must be a three-letter code such as IDR",
		);
		expect(sent()).toHaveLength(0);
		// Ginee's own refusal: the warehouse does not exist (the picker's By ID takes any text)
		const items = await run([
			addition(a, { warehouseId: { __rl: true, mode: 'id', value: 'WW-GONE' } }),
			addition(b),
		]);
		expect(items[0]).toEqual({
			error: `Ginee did not add SKU ${a} to warehouse WW-GONE: Warehouse does not exist`,
			mayHaveBeenApplied: false,
		});
		expect(items[1].added).toBe(true);
		expect(emulator.calls(PATHS.batchAddWarehouseInventory)).toHaveLength(1);
	});

	it('25 SKUs go 20 per call', async () => {
		const skus = jakartaOnly().slice(0, 25);
		expect(skus).toHaveLength(25);
		const items = await run(
			skus.map((sku) => addition(sku)),
			false,
		);
		expect(
			emulator.calls(PATHS.batchAddWarehouseInventory).map((call) => call.body.itemList.length),
		).toEqual([20, 5]);
		expect(items.every((item) => item.added === true)).toBe(true);
	});
});
