import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';

import { Ginee } from '../../../../../nodes/Ginee/Ginee.node';
import { executeContext, runGinee } from '../../../../helpers/executeContext';
import { credentialsFor, PATHS, useEmulator, type Json } from '../../../../helpers/fixtures';

const [JAKARTA, SURABAYA] = ['WW64C000001CEDFD0000000001', 'WW64C000002CEDFD0000000002'];
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Inventory operations against the emulator', () => {
	const emulator = useEmulator({ plainProducts: 700 });
	const rows = () => [
		...(emulator.store as unknown as { inventory: Map<string, Json> }).inventory.values(),
	];
	const row = (warehouseId: string, sku: string) =>
		(emulator.store as unknown as { inventory: Map<string, Json> }).inventory.get(
			`${warehouseId}|${sku}`,
		) as Json;
	const inBoth = () => {
		const jakarta = new Set(
			rows()
				.filter((r) => r.warehouseId === JAKARTA)
				.map((r) => r.masterSku),
		);
		return rows()
			.filter((r) => r.warehouseId === SURABAYA && jakarta.has(r.masterSku))
			.map((r) => r.masterSku as string);
	};
	const onlyJakarta = () => {
		const surabaya = new Set(
			rows()
				.filter((r) => r.warehouseId === SURABAYA)
				.map((r) => r.masterSku),
		);
		return rows()
			.filter((r) => r.warehouseId === JAKARTA && !surabaya.has(r.masterSku))
			.map((r) => r.masterSku as string);
	};
	/** Runs one write operation with one input item per change. */
	const write = async (
		operation: string,
		changes: IDataObject[],
		{ continueOnFail = false, options = { pauseMs: 0 } as IDataObject } = {},
	) =>
		await runGinee(emulator, {
			parameters: (itemIndex) => ({
				resource: 'inventory',
				operation,
				options,
				...changes[itemIndex],
			}),
			items: changes.map((_, index) => ({ json: { index } })),
			continueOnFail,
		});

	describe('Set Warehouse Stock', () => {
		it('an empty Quantity stops the run before anything is sent, never setting 0', async () => {
			const [sku, other] = onlyJakarta();
			const before = row(JAKARTA, sku).warehouseStock;
			const run = (quantities: Array<string | number>) =>
				runGinee(emulator, {
					parameters: (itemIndex) => ({
						resource: 'inventory',
						operation: 'setWarehouseStock',
						warehouseId: byId(JAKARTA),
						sku: [sku, other][itemIndex],
						quantity: quantities[itemIndex],
						options: { pauseMs: 0 },
					}),
					items: quantities.map((_, index) => ({ json: { index } })),
				});
			// '' is what n8n gives for the field left as it came
			await expect(run(['7', ''])).rejects.toThrow(
				"'Quantity' is empty: give the number of units, from 0 to 999998",
			);
			expect(emulator.calls(PATHS.adjustInventory)).toHaveLength(0);
			expect(row(JAKARTA, sku).warehouseStock).toBe(before);
			const output = await run(['7', 0]);
			expect(output.map((item) => item.json.warehouseStock)).toEqual([7, 0]);
			expect(row(JAKARTA, sku).warehouseStock).toBe(7);
		});

		it('1,000 changes over 1,000 items: 50 calls of 20, grouped by warehouse, each item its outcome', async () => {
			const skus = inBoth().slice(0, 500);
			expect(skus).toHaveLength(500);
			const changes = skus.flatMap((sku, k) => [
				{ warehouseId: byId(JAKARTA), sku, quantity: 100 + k },
				{ warehouseId: byId(SURABAYA), sku, quantity: 300 + k },
			]);
			const output = await write('setWarehouseStock', changes);
			const calls = emulator.calls(PATHS.adjustInventory);
			expect(calls).toHaveLength(50);
			for (const call of calls) {
				expect(call.body.stockList.length).toBeLessThanOrEqual(20);
				expect([JAKARTA, SURABAYA]).toContain(call.body.warehouseId);
			}
			expect(output).toHaveLength(1000);
			output.forEach((item, index) => {
				expect(item.pairedItem).toEqual({ item: index });
				expect(item.json).toMatchObject({
					masterSku: changes[index].sku,
					warehouseId: changes[index].warehouseId.value,
					warehouseStock: changes[index].quantity,
				});
			});
			expect(row(SURABAYA, skus[7]).warehouseStock).toBe(307);
		});

		it('a call with 3 unknown SKUs fails exactly those 3 items and sets the other 17', async () => {
			const skus = inBoth().slice(0, 17);
			const asked = [
				...skus.slice(0, 5),
				'NOPE-1',
				...skus.slice(5, 11),
				'NOPE-2',
				...skus.slice(11),
				'NOPE-3',
			];
			const output = await write(
				'setWarehouseStock',
				asked.map((sku) => ({ warehouseId: byId(JAKARTA), sku, quantity: 77 })),
				{ continueOnFail: true },
			);
			expect(emulator.calls(PATHS.adjustInventory)).toHaveLength(1);
			const failed = output.filter((item) => item.json.error).map((item) => item.pairedItem);
			expect(failed).toEqual(
				['NOPE-1', 'NOPE-2', 'NOPE-3'].map((sku) => ({ item: asked.indexOf(sku) })),
			);
			expect(output.find((item) => item.json.error)?.json.error).toBe(
				'Ginee refused the change of SKU NOPE-1: SKU is not in this warehouse',
			);
			for (const sku of skus) expect(row(JAKARTA, sku).warehouseStock).toBe(77);
			const later = await runGinee(emulator, {
				parameters: {
					resource: 'inventory',
					operation: 'getStockBySku',
					masterSkus: skus.slice(0, 3),
				},
			});
			expect(
				later.map(
					(item) =>
						(item.json.warehouseDistributionList as Json[]).find((w) => w.warehouseId === JAKARTA)
							?.warehouseStock,
				),
			).toEqual([77, 77, 77]);
		});

		it('a refused call (429) is sent again and applied once; a timed-out one is never sent again', async () => {
			const [sku, other] = inBoth();
			emulator.injectFault({ kind: 'http429', path: PATHS.adjustInventory, retryAfter: 0 });
			const retried = await write('setWarehouseStock', [
				{ warehouseId: byId(JAKARTA), sku, quantity: 5 },
			]);
			expect(emulator.calls(PATHS.adjustInventory)).toHaveLength(2);
			expect(retried[0].json.warehouseStock).toBe(5);
			emulator.injectFault({ kind: 'hang', path: PATHS.adjustInventory });
			const before = emulator.calls(PATHS.adjustInventory).length;
			const timedOut = await write(
				'setWarehouseStock',
				[{ warehouseId: byId(JAKARTA), sku: other, quantity: 6 }],
				{ continueOnFail: true, options: { pauseMs: 0, timeout: 1000 } },
			);
			expect(emulator.calls(PATHS.adjustInventory).length - before).toBe(1);
			expect(timedOut[0].json.error).toMatch(/may already have been applied/);
		});

		it('sends two changes of one SKU in separate calls, in input order, and paces its calls', async () => {
			const [sku, ...more] = inBoth();
			const changes = [
				{ warehouseId: byId(JAKARTA), sku, quantity: 1 },
				...more
					.slice(0, 25)
					.map((other) => ({ warehouseId: byId(JAKARTA), sku: other, quantity: 2 })),
				{ warehouseId: byId(JAKARTA), sku, quantity: 9 },
			];
			await write('setWarehouseStock', changes, { options: { pauseMs: 150 } });
			const calls = emulator.calls(PATHS.adjustInventory) as unknown as Array<{
				body: Json;
				receivedAt: number;
			}>;
			expect(calls.map((call) => call.body.stockList.length)).toEqual([20, 7]);
			expect(row(JAKARTA, sku).warehouseStock).toBe(9);
			expect(calls[1].receivedAt - calls[0].receivedAt).toBeGreaterThanOrEqual(140);
		});

		it.each([
			[{ warehouseId: byId(''), sku: 'A', quantity: 1 }, "'Warehouse' is required"],
			[{ warehouseId: byId(JAKARTA), sku: ' ', quantity: 1 }, "'SKU' is required"],
			[
				{ warehouseId: byId(JAKARTA), sku: 'A', quantity: 1.5 },
				"'Quantity' must be a whole number from 0 to 999998, got 1.5",
			],
			[
				{ warehouseId: byId(JAKARTA), sku: 'A', quantity: 999999 },
				"'Quantity' must be a whole number",
			],
		])('refuses %j before sending anything', async (change, message) => {
			await expect(write('setWarehouseStock', [change])).rejects.toThrow(message);
			expect(emulator.requests).toHaveLength(0);
		});
	});

	describe('Update Spare Stock', () => {
		it('increases, decreases and overwrites; available stock follows; refusals fail their items', async () => {
			const [sku] = onlyJakarta().filter(
				(candidate) => row(JAKARTA, candidate).warehouseStock >= 20,
			);
			const [both] = inBoth();
			const start = row(JAKARTA, sku);
			const output = await write(
				'updateSpareStock',
				[
					{ sku, spareAction: 'OVER_WRITE', spareQuantity: 4, warehouseId: byId('') },
					{ sku, spareAction: 'INCREASE', spareQuantity: 3, warehouseId: byId('') },
					{ sku, spareAction: 'DECREASE', spareQuantity: 2, warehouseId: byId('') },
					{ sku, spareAction: 'DECREASE', spareQuantity: 50, warehouseId: byId('') },
					{ sku: both, spareAction: 'INCREASE', spareQuantity: 1, warehouseId: byId('') },
					{ sku: both, spareAction: 'OVER_WRITE', spareQuantity: 0, warehouseId: byId(SURABAYA) },
				],
				{ continueOnFail: true },
			);
			expect(output.map((item) => item.json.spareStock ?? item.json.error)).toEqual([
				4,
				7,
				5,
				`Ginee refused the change of SKU ${sku}: spare stock cannot be less than 0`,
				`Ginee refused the change of SKU ${both}: SKU is in several warehouses: give warehouseId`,
				0,
			]);
			expect(output[2].json.availableStock).toBe(start.warehouseStock - start.lockedStock - 5);
			expect(
				emulator.calls(PATHS.updateSpareStock).map((call) => call.body.stockList.length),
			).toEqual([2, 1, 1, 1, 1]); // a SKU changed again waits for a later call; others fill the first
		});
	});

	describe('reads', () => {
		it('Get Many lists a warehouse page by page (under 50), flat, and by stock status', async () => {
			const all = await runGinee(emulator, {
				parameters: {
					resource: 'inventory',
					operation: 'getMany',
					warehouseId: byId(SURABAYA),
					returnAll: true,
					filters: {},
				},
			});
			expect(all).toHaveLength(rows().filter((r) => r.warehouseId === SURABAYA).length);
			expect(emulator.calls(PATHS.listWarehouseInventory)[0].body).toEqual({
				warehouseId: SURABAYA,
				page: 0,
				size: 49,
			});
			expect(Object.keys(all[0].json).sort()).toEqual(
				[
					'available',
					'inWarehouse',
					'productName',
					'reservedForOrders',
					'safetyStock',
					'sku',
					'spare',
					'variation',
					'warehouse',
				].sort(),
			);
			const alerts = await runGinee(emulator, {
				parameters: {
					resource: 'inventory',
					operation: 'getMany',
					warehouseId: byId(JAKARTA),
					returnAll: true,
					filters: { stockStatus: 'STATUS_ALERT' },
				},
			});
			expect(alerts.length).toBeGreaterThan(0);
			for (const item of alerts) {
				expect(item.json.available).toBeGreaterThan(0);
				expect(item.json.available).toBeLessThanOrEqual(item.json.safetyStock as number);
			}
		});

		it('Get Stock by SKU batches 20 SKUs per call over items; unknown SKUs come out as notFound', async () => {
			const skus = inBoth().slice(0, 30);
			const output = await runGinee(emulator, {
				parameters: (itemIndex) => ({
					resource: 'inventory',
					operation: 'getStockBySku',
					masterSkus: itemIndex === 0 ? skus.slice(0, 25) : [...skus.slice(20), 'NOPE'],
				}),
				items: [{ json: {} }, { json: {} }],
			});
			expect(
				emulator.calls(PATHS.inventoryBriefList).map((call) => call.body.masterSkus.length),
			).toEqual([20, 11]);
			expect(
				output.filter((item) => item.pairedItem && (item.pairedItem as Json).item === 1),
			).toHaveLength(11);
			expect(output.at(-1)?.json).toMatchObject({ sku: 'NOPE', notFound: true });
			expect(
				(output[0].json.warehouseDistributionList as Json[]).map((w) => w.warehouseName),
			).toEqual(['Gudang Jakarta', 'Gudang Surabaya']);
		});

		describe('the warehouse picker', () => {
			const search = async (filter?: string) => {
				const context = executeContext({
					credentials: credentialsFor(emulator),
					parameters: {},
				}) as unknown as ILoadOptionsFunctions;
				return (await new Ginee().methods.listSearch.searchWarehouses.call(context, filter))
					.results;
			};

			it('lists every warehouse of the account from Ginee’s warehouse search, searchable', async () => {
				expect(await search()).toEqual([
					{ name: 'Gudang Bandung (003)', value: 'WW64C000003CEDFD0000000003' },
					{ name: 'Gudang Jakarta (001)', value: JAKARTA },
					{ name: 'Gudang Surabaya (002)', value: SURABAYA },
				]);
				expect(emulator.calls(PATHS.searchWarehouses).map((call) => call.body)).toEqual([
					{ page: 0, size: 50 },
				]);
				expect(emulator.calls(PATHS.inventoryBriefList)).toHaveLength(0);
				expect(await search('surabaya')).toEqual([
					{ name: 'Gudang Surabaya (002)', value: SURABAYA },
				]);
			});

			it.each([
				['refuses', { kind: 'refuse' }],
				['fails', { kind: 'http500' }],
			])(
				'where Ginee %s the search: the warehouses of the SKUs’ stock, and the list says so',
				async (_case, fault) => {
					emulator.injectFault({ ...fault, path: PATHS.searchWarehouses });
					const results = await search();
					expect(results.slice(0, 2)).toEqual([
						{ name: 'Gudang Jakarta (001)', value: JAKARTA },
						{ name: 'Gudang Surabaya (002)', value: SURABAYA },
					]);
					expect(results[2]).toEqual({
						name:
							'Only warehouses holding one of your first 200 SKUs are listed: for another, ' +
							'choose By ID and type its ID',
						value: '',
					});
					expect(emulator.calls(PATHS.searchWarehouses)).toHaveLength(1);
				},
			);
		});
	});
});
