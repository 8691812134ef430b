'use strict';
// The write guarantees where n8n's own run options meet them, inside real n8n on both lines: Execute
// Once with Retry On Fail, a look-up that fails on a later try, a retried batch's report, and two
// write nodes fed by one output. The node-level fault model (test/nodes/Ginee/actions/
// writeFaults.test.ts) covers every operation × fault × call position × mode against the emulator.
const { N8N_LINES } = require('../../tools/n8n-harness/versions');
const { useN8nWithEmulator } = require('../../tools/n8n-harness/setup');
const { PATHS } = require('../helpers/shared');
const {
	chain,
	credentialRef,
	GINEE_NODE_VERSION,
	splitOutNode,
	webhookNode,
} = require('../../tools/n8n-harness/workflows');

jest.setTimeout(300_000);

const JAKARTA = 'WW64C000001CEDFD0000000001';
const byId = (value) => ({ __rl: true, mode: 'id', value });

describe.each(N8N_LINES)('writes inside real n8n %s', (version) => {
	const setup = useN8nWithEmulator({ version, emulator: { plainProducts: 200 } });
	const { emulator, n8n } = setup;

	beforeEach(() => {
		emulator.reset();
		emulator.requests = [];
	});

	const rows = () => [...emulator.store.inventory.values()];
	/** SKUs on one shelf in Jakarta with stock to spare. */
	const jakartaSkus = (count) => {
		const skus = rows()
			.filter(
				(row) =>
					row.warehouseId === JAKARTA &&
					row.shelfInventoryIds.length === 1 &&
					row.warehouseStock - row.lockedStock - row.spareStock >= 20,
			)
			.map((row) => row.masterSku)
			.slice(0, count);
		expect(skus).toHaveLength(count);
		return skus;
	};
	const row = (sku) => emulator.store.inventory.get(`${JAKARTA}|${sku}`);
	const applied = (path) => emulator.calls(path).filter((call) => call.applied);

	/** Webhook → Split Out (body.items) → the Ginee nodes given, each fed by Split Out. */
	const writeWorkflow = (name, path, gineeNodes) => ({
		name,
		nodes: [
			webhookNode(path),
			splitOutNode(path),
			...gineeNodes.map(({ name: nodeName, parameters, settings = {} }, index) => ({
				id: `${path}-${index}`,
				name: nodeName,
				type: 'n8n-nodes-ginee.ginee',
				typeVersion: GINEE_NODE_VERSION,
				position: [400, index * 200],
				parameters,
				credentials: credentialRef(setup.credential),
				retryOnFail: true,
				maxTries: 3,
				waitBetweenTries: 0,
				...settings,
			})),
		],
		connections: {
			...chain('Webhook', 'Split Out'),
			'Split Out': {
				main: [
					gineeNodes.map(({ name: nodeName }) => ({ node: nodeName, type: 'main', index: 0 })),
				],
			},
		},
	});
	/** Runs the workflow once with these items; gives the execution, with its data. */
	const runOnce = async (workflow, path, items) => {
		const created = await n8n.createWorkflow(workflow, { activate: true });
		await n8n.postWebhook(path, { items });
		const [execution] = await n8n.waitForExecutions(created.id, 1, { includeData: true });
		return execution;
	};
	const spareParameters = {
		resource: 'inventory',
		operation: 'updateSpareStock',
		sku: '={{ $json.sku }}',
		spareAction: 'INCREASE',
		spareQuantity: 1,
		warehouseId: byId(JAKARTA),
		options: { pauseMs: 0, timeout: 1000 },
	};

	it('Execute Once + Retry On Fail: +1 applied without an answer is never sent again', async () => {
		const skus = jakartaSkus(2);
		const before = skus.map((sku) => row(sku).spareStock);
		emulator.injectFault({ kind: 'appliedThenHang', path: PATHS.updateSpareStock });
		const execution = await runOnce(
			writeWorkflow(`Execute Once ${version}`, `once-${version}`, [
				{ name: 'Spare Stock', parameters: spareParameters, settings: { executeOnce: true } },
			]),
			`once-${version}`,
			skus.map((sku) => ({ sku })),
		);
		// three tries of the node, one call to Ginee: +1, never +3
		expect(emulator.calls(PATHS.updateSpareStock)).toHaveLength(1);
		expect(skus.map((sku) => row(sku).spareStock)).toEqual([before[0] + 1, before[1]]);
		expect(execution.data.resultData.error.message).toMatch(/may already have been applied/);
	});

	it('Receive Stock, 3 items, Retry On Fail: a look-up failing on a later try reports the two inbound orders Ginee holds', async () => {
		const skus = jakartaSkus(3);
		const before = skus.map((sku) => row(sku).warehouseStock);
		// try 1: the shelves are read, items 1 and 2 received, item 3 refused; from try 2 on, the
		// shelf look-up fails
		emulator.injectFault({ kind: 'latency', path: PATHS.inventoryBriefList, ms: 0 });
		emulator.injectFault({ kind: 'refuse', path: PATHS.inventoryBriefList, times: 20 });
		emulator.injectFault({ kind: 'latency', path: PATHS.purchaseInboundOrder, ms: 0, times: 2 });
		emulator.injectFault({ kind: 'refuse', path: PATHS.purchaseInboundOrder, data: 'Busy shelf' });
		const execution = await runOnce(
			writeWorkflow(`Receive ${version}`, `receive-${version}`, [
				{
					name: 'Receive Stock',
					parameters: {
						resource: 'warehouseDocument',
						operation: 'receiveStock',
						warehouseId: byId(JAKARTA),
						lines: { line: [{ sku: '={{ $json.sku }}', quantity: '5', unitCost: '1000' }] },
						options: {},
					},
				},
			]),
			`receive-${version}`,
			skus.map((sku) => ({ sku })),
		);
		const { message, description } = execution.data.resultData.error;
		expect(applied(PATHS.purchaseInboundOrder)).toHaveLength(2);
		expect(skus.map((sku) => row(sku).warehouseStock)).toEqual([
			before[0] + 5,
			before[1] + 5,
			before[2],
		]);
		expect(message).toBe(`Ginee error BUSINESS_ERROR: Refused (item 3, ${skus[2]})`);
		expect(description).not.toMatch(/Nothing was sent/);
		expect(description).toContain(
			`Earlier tries of this run: Ginee applied items 1 (${skus[0]}) and 2 (${skus[1]}); ` +
				`item 3 (${skus[2]}) could not be checked, not sent.`,
		);
	});

	it('Set Warehouse Stock, 45 SKUs, the 2nd call applied then 502, Retry On Fail: one truthful summary', async () => {
		const skus = jakartaSkus(45);
		emulator.injectFault({ kind: 'latency', path: PATHS.adjustInventory, ms: 0 });
		emulator.injectFault({ kind: 'appliedThen502', path: PATHS.adjustInventory });
		const execution = await runOnce(
			writeWorkflow(`Set stock ${version}`, `set-${version}`, [
				{
					name: 'Set Stock',
					parameters: {
						resource: 'inventory',
						operation: 'setWarehouseStock',
						sku: '={{ $json.sku }}',
						quantity: 77,
						warehouseId: byId(JAKARTA),
						options: { pauseMs: 0 },
					},
				},
			]),
			`set-${version}`,
			skus.map((sku) => ({ sku })),
		);
		const { message, description } = execution.data.resultData.error;
		// try 1: calls 1 and 2 (502 after applying); try 2: items 41–45; try 3: nothing left to send
		expect(emulator.calls(PATHS.adjustInventory)).toHaveLength(3);
		expect(skus.map((sku) => row(sku).warehouseStock)).toEqual(skus.map(() => 77));
		expect(message).toMatch(
			new RegExp(
				`^Ginee answered HTTP 502: the change may already have been applied \\(item 21, SKU ${skus[20]}\\)\\. ` +
					`Ginee applied items 1 \\(SKU ${skus[0]}\\), .* and 15 more; items 22 \\(SKU ${skus[21]}\\), .* ` +
					'and 9 more may already have been applied\\.$',
			),
		);
		expect(message).not.toContain('not sent');
		expect(description.match(/On Error to Continue/g)).toHaveLength(1);
	});

	it('two write nodes on one output each send their change (Retry On Fail keeps them apart)', async () => {
		const skus = jakartaSkus(2);
		const before = skus.map((sku) => row(sku).spareStock);
		const execution = await runOnce(
			writeWorkflow(`Two nodes ${version}`, `two-${version}`, [
				{ name: 'Spare Stock A', parameters: spareParameters },
				{ name: 'Spare Stock B', parameters: spareParameters },
			]),
			`two-${version}`,
			skus.map((sku) => ({ sku })),
		);
		expect(execution.status).toBe('success');
		expect(emulator.calls(PATHS.updateSpareStock)).toHaveLength(2);
		expect(skus.map((sku) => row(sku).spareStock)).toEqual(before.map((value) => value + 2));
	});

	describe('Product → Update', () => {
		const updateWorkflow = (path) =>
			writeWorkflow(`Update product ${path}`, path, [
				{
					name: 'Update Product',
					parameters: {
						resource: 'product',
						operation: 'update',
						productId: '={{ $json.productId }}',
						updateFields: { name: '={{ $json.name }}' },
						options: {},
					},
					settings: { retryOnFail: false },
				},
			]);
		const stored = (k) => emulator.store.products[k];
		const withoutTimes = (record) =>
			JSON.parse(
				JSON.stringify(record, (key, value) => (key === 'updateDatetime' ? undefined : value)),
			);

		it('keeps every field it does not know as it was in Ginee', async () => {
			const product = stored(5);
			Object.assign(product, {
				videos: [{ url: 'https://cdn.example.test/v/5.mp4' }],
				warranty: { type: 'SELLER', period: 6 },
			});
			Object.assign(product.variations[0], { weight: 280, status: 'ENABLE' });
			const before = structuredClone(product);
			const execution = await runOnce(updateWorkflow(`update-${version}`), `update-${version}`, [
				{ productId: product.productId, name: 'Nama Baru' },
			]);
			expect(execution.status).toBe('success');
			const after = stored(5);
			expect(after.name).toBe('Nama Baru');
			const plain = (record) => {
				const copy = withoutTimes(record);
				delete copy.name;
				for (const variation of copy.variations) {
					// prices Ginee gave as numbers go back as Price objects
					variation.purchasePrice = variation.purchasePrice?.amount ?? variation.purchasePrice;
					variation.averageCostPrice =
						variation.averageCostPrice?.amount ?? variation.averageCostPrice;
				}
				return copy;
			};
			expect(plain(after)).toEqual(plain(before));
		});

		it('refuses an update raced by a price change, keeping the new price', async () => {
			const product = stored(6);
			// the price changes in Ginee as the node reads the product again, just before sending
			emulator.injectFault({ kind: 'latency', path: PATHS.getMasterProduct, ms: 0 });
			emulator.injectFault({
				kind: 'latency',
				path: PATHS.getMasterProduct,
				ms: 0,
				onTake: () => {
					product.variations[0].sellingPrice = { amount: 77700, currencyCode: 'IDR' };
					product.updateDatetime = new Date().toISOString();
				},
			});
			const execution = await runOnce(updateWorkflow(`race-${version}`), `race-${version}`, [
				{ productId: product.productId, name: 'Tidak Dikirim' },
			]);
			expect(execution.data.resultData.error.message).toBe(
				`Product ${product.productId} changed in Ginee while the node was updating it; ` +
					'nothing was sent, so that change is kept',
			);
			expect(emulator.calls(PATHS.updateMasterProduct)).toHaveLength(0);
			expect(product.variations[0].sellingPrice.amount).toBe(77700);
			expect(product.name).not.toBe('Tidak Dikirim');
		});
	});
});
