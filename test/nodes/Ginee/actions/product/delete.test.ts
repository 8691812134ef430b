// Product → Delete (BatchDeleteProductAsync, a background task) against the emulator: every item
// checked first, each product sent once, Ginee's task followed within Wait for Result, each item
// its product's outcome (deleted, Ginee's refusal, or PROCESSING), a call without an answer never
// sent again.
import type { IDataObject } from 'n8n-workflow';

import { runGinee } from '../../../../helpers/executeContext';
import { PATHS, useEmulator, type Json } from '../../../../helpers/fixtures';

describe('Product → Delete', () => {
	const emulator = useEmulator();
	const run = async (perItem: IDataObject[], continueOnFail = true) =>
		(
			await runGinee(emulator, {
				parameters: (itemIndex) => ({
					resource: 'product',
					operation: 'delete',
					options: { waitSeconds: 10 },
					...perItem[itemIndex],
				}),
				items: perItem.map((_, index) => ({ json: { index } })),
				continueOnFail,
			})
		).map((item) => item.json);
	const products = () => emulator.store.products as Json[];
	const exists = (productId: string) =>
		products().some((product) => product.productId === productId);
	/** A plain product whose stock is emptied first (the emulator refuses to delete stocked ones). */
	const emptied = (k: number) => {
		const product = products()[20 + k];
		const skus = new Set((product.variations as Json[]).map((variation) => variation.sku));
		for (const row of ((emulator.store as Json).inventory as Map<string, Json>).values())
			if (skus.has(row.masterSku)) row.warehouseStock = 0;
		return product.productId as string;
	};
	const stocked = () => products()[60].productId as string;
	const sent = () =>
		emulator.calls(PATHS.batchDeleteProduct).map((call) => call.body.productIds as string[]);

	beforeEach(() => emulator.setProductDeleteTaskMs(100));

	it('deletes each product once, waiting for Ginee’s task; Ginee’s refusal fails its item only', async () => {
		const [a, b] = [emptied(0), emptied(1)];
		const refused = stocked();
		const items = await run([
			{ productId: a },
			{ productId: refused },
			{ productId: b },
			{ productId: a },
		]);
		expect(sent()).toEqual([[a, refused, b]]);
		expect(items[0]).toEqual({
			productId: a,
			deleted: true,
			status: 'SUCCESS',
			taskId: expect.stringMatching(/^DT/),
		});
		expect(items[1]).toEqual({
			error: expect.stringMatching(
				new RegExp(
					`^Ginee did not delete product ${refused}: .*${refused} still has warehouse stock`,
				),
			),
			mayHaveBeenApplied: false,
		});
		expect(items[2]).toMatchObject({ productId: b, deleted: true });
		expect(items[3]).toEqual(items[0]);
		expect([exists(a), exists(refused), exists(b)]).toEqual([false, true, false]);
		expect(emulator.calls(PATHS.deleteProductResult)).not.toHaveLength(0);
	});

	it('a task still running at the end of the wait is PROCESSING with its task ID, never deleted', async () => {
		emulator.setProductDeleteTaskMs(60_000);
		const productId = emptied(2);
		const [item] = await run([{ productId, options: { waitSeconds: 1 } }], false);
		expect(item).toMatchObject({
			productId,
			deleted: false,
			status: 'PROCESSING',
			taskId: expect.stringMatching(/^DT/),
			message: expect.stringContaining('Do not delete it again'),
		});
		expect(exists(productId)).toBe(true);
	});

	it('checks every item before the first call; without Continue On Fail nothing is sent', async () => {
		await expect(run([{ productId: emptied(3) }, { productId: '  ' }], false)).rejects.toThrow(
			"'Product ID' is required",
		);
		expect(sent()).toHaveLength(0);
	});

	it('a delete call that got no answer is not sent again, and says it may have been applied', async () => {
		emulator.injectFault({ kind: 'hang', path: PATHS.batchDeleteProduct });
		const [item] = await run([{ productId: emptied(4), options: { timeout: 1000 } }]);
		expect(item.error).toMatch(/may already have been applied/);
		expect(item.mayHaveBeenApplied).toBe(true);
		expect(emulator.calls(PATHS.batchDeleteProduct)).toHaveLength(1);
		expect(emulator.calls(PATHS.deleteProductResult)).toHaveLength(0);
	});

	it('a finished task counting failures it does not name confirms no product of it as deleted', async () => {
		const [a, b] = [emptied(5), emptied(6)];
		emulator.injectFault({
			kind: 'answer',
			path: PATHS.deleteProductResult,
			data: { status: 'FINISHED', total: 2, successNum: 1, failNum: 1, failProductIds: [] },
		});
		const items = await run([{ productId: a }, { productId: b }]);
		for (const [index, productId] of [a, b].entries())
			expect(items[index]).toEqual({
				error: expect.stringContaining(`product ${productId} may or may not be deleted`),
				mayHaveBeenApplied: true,
			});
	});
});
