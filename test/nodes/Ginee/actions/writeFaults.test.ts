// The write guarantees under every fault, for every write operation, as a model: each operation ×
// each fault (Ginee's refusal, 5xx after applying, no answer after applying, no answer before
// applying, 429, a failing look-up on the first or on a later try) × each call position × each run
// mode (Continue On Fail off, on, Retry On Fail with 3 tries, Execute Once + Retry On Fail). The
// emulator records which requests it carried out; against that record: nothing is applied twice,
// every item's reported outcome is true, and the error's summary agrees with what happened.
import type { IDataObject, INode, INodeExecutionData } from 'n8n-workflow';

import { runGinee, TEST_NODE } from '../../../helpers/executeContext';
import {
	createManualOrderParameters,
	PATHS,
	recentOrders,
	updateManualOrderParameters,
	useEmulator,
	type Emulator,
	type Json,
} from '../../../helpers/fixtures';
import { RESOURCES } from '../../../../nodes/Ginee/actions/router';

const JAKARTA = 'WW64C000001CEDFD0000000001';
const SURABAYA = 'WW64C000002CEDFD0000000002';
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** One write operation as the model sees it. */
interface Row {
	/** resource.operation */
	operation: string;
	/** The path of its write calls. */
	writePath: string;
	/** How many write calls a run of its items makes. */
	calls: number;
	/** The look-up it makes before sending, if any. */
	lookUpPath?: string;
	/** Its items' parameters, and the key by which a write request names each item's change. */
	build(emulator: Emulator): Promise<{ items: IDataObject[]; keys: string[] }>;
	/** The item keys a write request carries. */
	keysOf(body: Json): string[];
}

interface Built {
	items: IDataObject[];
	keys: string[];
}

const inventoryRows = (emulator: Emulator) => [
	...((emulator.store as Json).inventory as Map<string, Json>).values(),
];
const available = (row: Json) =>
	row.warehouseStock - row.lockedStock - row.spareStock - (row.promotionStock ?? 0);
/** SKUs on one shelf in Jakarta with stock to spare. */
const jakartaRows = (emulator: Emulator, count: number) =>
	inventoryRows(emulator)
		.filter(
			(row) =>
				row.warehouseId === JAKARTA && row.shelfInventoryIds.length === 1 && available(row) >= 20,
		)
		.slice(0, count);
const ordersWhere = (emulator: Emulator, test: (order: Json) => boolean, count: number) =>
	recentOrders(emulator)
		.filter((order) => test(order) && !order.cancelled)
		.slice(0, count);
const manual = (status: string) => (order: Json) =>
	order.channel === 'MANUAL_ID' && order.orderStatus === status;
const variationOf = (emulator: Emulator, sku: string) =>
	(emulator.store.products as Json[])
		.flatMap((product) => product.variations as Json[])
		.find((variation) => variation.sku === sku)?.id as string;
const orderIdsIn = (body: Json) => (body.orderInfoList as Json[]).map((entry) => entry.orderId);
const shelfLines = (body: Json) =>
	(body.itemCreateList as Json[]).map((line) => String(line.shelfInventoryId));

const ROWS: Row[] = [
	{
		operation: 'inventory.setWarehouseStock',
		writePath: PATHS.adjustInventory,
		calls: 2,
		async build(emulator) {
			const skus = jakartaRows(emulator, 21).map((row) => row.masterSku as string);
			return {
				items: skus.map((sku) => ({ sku, warehouseId: byId(JAKARTA), quantity: 70 })),
				keys: skus,
			};
		},
		keysOf: (body) => (body.stockList as Json[]).map((entry) => entry.masterSku),
	},
	{
		operation: 'inventory.updateSpareStock',
		writePath: PATHS.updateSpareStock,
		calls: 1,
		async build(emulator) {
			const skus = jakartaRows(emulator, 3).map((row) => row.masterSku as string);
			return {
				items: skus.map((sku) => ({
					sku,
					spareAction: 'INCREASE',
					spareQuantity: 1,
					warehouseId: byId(JAKARTA),
				})),
				keys: skus,
			};
		},
		keysOf: (body) => (body.stockList as Json[]).map((entry) => entry.masterSku),
	},
	{
		operation: 'inventory.addToWarehouse',
		writePath: PATHS.batchAddWarehouseInventory,
		calls: 1,
		lookUpPath: PATHS.listMasterVariation,
		async build(emulator) {
			const inSurabaya = new Set(
				inventoryRows(emulator)
					.filter((row) => row.warehouseId === SURABAYA)
					.map((row) => row.masterSku),
			);
			const skus = inventoryRows(emulator)
				.filter((row) => row.warehouseId === JAKARTA && !inSurabaya.has(row.masterSku))
				.slice(0, 3)
				.map((row) => row.masterSku as string);
			return {
				items: skus.map((sku) => ({ sku, warehouseId: byId(SURABAYA) })),
				keys: skus.map((sku) => variationOf(emulator, sku)),
			};
		},
		keysOf: (body) => (body.itemList as Json[]).map((entry) => entry.masterVariationId),
	},
	{
		operation: 'order.accept',
		writePath: PATHS.acceptOrder,
		calls: 3,
		async build(emulator) {
			const orders = ordersWhere(
				emulator,
				(order) => order.channel !== 'MANUAL_ID' && order.orderStatus === 'PAID',
				3,
			);
			return {
				items: orders.map((order) => ({ orderId: order.orderId })),
				keys: orders.map((order) => order.orderId),
			};
		},
		keysOf: (body) => [body.orderId],
	},
	{
		operation: 'order.cancel',
		writePath: PATHS.cancelOrder,
		calls: 3,
		lookUpPath: PATHS.batchGet,
		async build(emulator) {
			const orders = ordersWhere(emulator, manual('PAID'), 3);
			return {
				items: orders.map((order) => ({
					orderId: order.orderId,
					cancelReason: 'MANUAL_CUSTOMER_REQUEST',
				})),
				keys: orders.map((order) => order.orderId),
			};
		},
		keysOf: orderIdsIn,
	},
	{
		operation: 'order.complete',
		writePath: PATHS.completeOrder,
		calls: 1,
		lookUpPath: PATHS.batchGet,
		async build(emulator) {
			const orders = ordersWhere(emulator, manual('SHIPPING'), 3);
			return {
				items: orders.map((order) => ({ orderId: order.orderId })),
				keys: orders.map((order) => order.orderId),
			};
		},
		keysOf: orderIdsIn,
	},
	{
		operation: 'order.createManualOrder',
		writePath: PATHS.createManualOrder,
		calls: 3,
		async build(emulator) {
			const numbers = ['WEB-F1', 'WEB-F2', 'WEB-F3'];
			return {
				items: numbers.map((sn) => createManualOrderParameters(emulator, sn) as IDataObject),
				keys: numbers,
			};
		},
		keysOf: (body) => [body.externalOrderSn],
	},
	{
		operation: 'order.markShipped',
		writePath: PATHS.moveShipped,
		calls: 1,
		lookUpPath: PATHS.batchGet,
		async build(emulator) {
			const orders = ordersWhere(emulator, manual('PAID'), 3);
			return {
				items: orders.map((order) => ({ orderId: order.orderId })),
				keys: orders.map((order) => order.orderId),
			};
		},
		keysOf: orderIdsIn,
	},
	{
		operation: 'order.ship',
		writePath: PATHS.batchShipping,
		calls: 1,
		async build(emulator) {
			const orders = emulator
				.createOrders({ count: 8, status: 'READY_TO_SHIP' })
				.filter((order) => order.channel !== 'MANUAL_ID')
				.slice(0, 3);
			return {
				items: orders.map((order) => ({
					orderId: order.orderId,
					deliveryType: 'DROP_OFF',
					shippingProviderId: 'LP1',
					options: { waitSeconds: 5 },
				})),
				keys: orders.map((order) => order.orderId),
			};
		},
		keysOf: (body) => (body.orderShips as Json[]).map((entry) => entry.orderId),
	},
	{
		operation: 'order.updateManualOrder',
		writePath: PATHS.updateManualOrder,
		calls: 3,
		async build(emulator) {
			const orders = ordersWhere(emulator, manual('PAID'), 3);
			return {
				items: orders.map((order) => updateManualOrderParameters(order) as IDataObject),
				keys: orders.map((order) => order.orderId),
			};
		},
		keysOf: (body) => [body.id],
	},
	{
		operation: 'price.update',
		writePath: PATHS.setPrice,
		calls: 1,
		lookUpPath: PATHS.listMasterVariation,
		async build(emulator) {
			const skus = ['BATIK-LP', 'KOPI-GAYO-XL', 'PRD-004'];
			return {
				items: skus.map((sku, k) => ({
					identifyBy: 'sku',
					sku,
					masterPrice: String(100000 + k),
					channelPriceMode: 'master',
					options: { waitSeconds: 5 },
				})),
				keys: skus.map((sku) => variationOf(emulator, sku)),
			};
		},
		keysOf: (body) =>
			(body.masterVariationPrices as Json[]).map((entry) => entry.masterVariationId),
	},
	{
		operation: 'product.create',
		writePath: PATHS.createMasterProduct,
		calls: 3,
		lookUpPath: PATHS.listMasterVariation,
		async build() {
			const tags = ['F1', 'F2', 'F3'];
			return {
				items: tags.map((tag) => ({
					name: `Kemeja Uji ${tag}`,
					spu: `UJI-${tag}`,
					variations: {
						variation: [{ sku: `UJI-${tag}-M`, sellingPrice: '150000', purchasePrice: '90000' }],
					},
					options: { waitSeconds: 5 },
				})),
				keys: tags.map((tag) => `UJI-${tag}`),
			};
		},
		keysOf: (body) => [body.spu],
	},
	{
		operation: 'product.delete',
		writePath: PATHS.batchDeleteProduct,
		calls: 1,
		async build(emulator) {
			const products = (emulator.store.products as Json[]).slice(20, 23);
			const skus = new Set(
				products.flatMap((product) => (product.variations as Json[]).map((v) => v.sku)),
			);
			for (const row of inventoryRows(emulator))
				if (skus.has(row.masterSku)) row.warehouseStock = 0;
			return {
				items: products.map((product) => ({
					productId: product.productId,
					options: { waitSeconds: 5 },
				})),
				keys: products.map((product) => product.productId),
			};
		},
		keysOf: (body) => body.productIds,
	},
	{
		operation: 'product.update',
		writePath: PATHS.updateMasterProduct,
		calls: 3,
		async build(emulator) {
			const products = (emulator.store.products as Json[]).slice(1, 4);
			return {
				items: products.map((product, k) => ({
					productId: product.productId,
					updateFields: { name: `Nama Baru ${k}` },
				})),
				keys: products.map((product) => product.productId),
			};
		},
		keysOf: (body) => [body.id],
	},
	{
		operation: 'warehouseDocument.executeOutboundOrder',
		writePath: PATHS.manualOutboundOrderExecuteBatch,
		calls: 1,
		async build(emulator) {
			const ids: string[] = [];
			for (const row of jakartaRows(emulator, 3)) {
				const [created] = await runGinee(emulator, {
					parameters: {
						resource: 'warehouseDocument',
						operation: 'sendOutStock',
						warehouseId: byId(JAKARTA),
						lines: { line: [{ sku: row.masterSku, quantity: '1', unitCost: '0' }] },
						options: { executeNow: false },
					},
				});
				ids.push(String(created.json.outboundOrderId));
			}
			return { items: ids.map((outboundOrderId) => ({ outboundOrderId })), keys: ids };
		},
		keysOf: (body) => (body as unknown as unknown[]).map(String),
	},
	...(['receiveStock', 'sendOutStock'] as const).map(
		(operation): Row => ({
			operation: `warehouseDocument.${operation}`,
			writePath:
				operation === 'receiveStock' ? PATHS.purchaseInboundOrder : PATHS.manualOutboundOrderCreate,
			calls: 3,
			lookUpPath: PATHS.inventoryBriefList,
			async build(emulator) {
				const rows = jakartaRows(emulator, 3);
				return {
					items: rows.map((row) => ({
						warehouseId: byId(JAKARTA),
						lines: { line: [{ sku: row.masterSku, quantity: '2', unitCost: '1000' }] },
					})),
					keys: rows.map((row) => String(row.shelfInventoryIds[0])),
				};
			},
			keysOf: shelfLines,
		}),
	),
];

type Mode = 'stop' | 'continueOnFail' | 'retry' | 'executeOnceRetry';
const MODES: Mode[] = ['stop', 'continueOnFail', 'retry', 'executeOnceRetry'];

/** A fault, and when it strikes: at a write call's position, or at the look-up of a try. */
type Fault =
	| { name: string; kind: string; at: 'write' }
	| { name: string; kind: 'lookUp'; at: 'firstTry' | 'laterTry' };
const WRITE_FAULTS: Fault[] = [
	{ name: "Ginee's refusal", kind: 'refuse', at: 'write' },
	{ name: '502 after applying', kind: 'appliedThen502', at: 'write' },
	{ name: 'no answer after applying', kind: 'appliedThenDrop', at: 'write' },
	{ name: 'no answer before applying', kind: 'drop', at: 'write' },
	{ name: '429', kind: 'http429', at: 'write' },
];
const LOOK_UP_FAULTS: Fault[] = [
	{ name: 'a failing look-up', kind: 'lookUp', at: 'firstTry' },
	{ name: 'a failing look-up on a later try', kind: 'lookUp', at: 'laterTry' },
];

/** What the node said of each item (1-based), from its output or its error. */
type Said = 'applied' | 'mayHaveBeenApplied' | 'notApplied';

const CATEGORIES: Array<[RegExp, Said]> = [
	[/^Ginee applied none$/, 'notApplied'],
	[/^Ginee applied /, 'applied'],
	[/may already have been applied$/, 'mayHaveBeenApplied'],
	[/^Ginee refused /, 'notApplied'],
	[/not sent$/, 'notApplied'],
];

/** The items a summary names, by category: "Ginee applied items 1 (…) and 2 (…); item 3 not sent". */
function readSummary(summary: string): Map<number, Said> {
	const said = new Map<number, Said>();
	for (const part of summary.replace(/\.$/, '').split('; ')) {
		const category = CATEGORIES.find(([pattern]) => pattern.test(part))?.[1];
		if (!category) throw new Error(`unreadable summary part: ${part}`);
		for (const match of part.matchAll(/(?:items? |, | and )(\d+)(?= \(|,| and|$| may| not)/g))
			said.set(Number(match[1]), category);
	}
	return said;
}

describe('Every write operation under every fault (model)', () => {
	const emulator = useEmulator({ orderCount: 400, plainProducts: 80 });

	it('has a row for every operation that writes', () => {
		const writing = Object.entries(RESOURCES).flatMap(([resource, { operations }]) =>
			Object.entries(operations)
				.filter(([, operation]) => operation.option.writes === true)
				.map(([name]) => `${resource}.${name}`),
		);
		expect(ROWS.map((row) => row.operation).sort()).toEqual(writing.sort());
	});

	/** Runs the node as n8n does in the mode: Retry On Fail runs it again on the same items. */
	async function runInMode(
		row: Row,
		built: Built,
		mode: Mode,
		beforeTry: (tryIndex: number) => void,
	): Promise<{ output?: INodeExecutionData[]; error?: Error & { description?: string } }> {
		const [resource, operation] = row.operation.split('.');
		const items = built.items.map((_, index) => ({ json: { index } }));
		const node: INode = { ...TEST_NODE, id: `fault-${row.operation}` };
		const tries = mode === 'retry' || mode === 'executeOnceRetry' ? 3 : 1;
		const continueOnFail = mode === 'continueOnFail';
		let last: { output?: INodeExecutionData[]; error?: Error } = {};
		for (let tryIndex = 0; tryIndex < tries; tryIndex++) {
			beforeTry(tryIndex);
			try {
				const output = await runGinee(emulator, {
					parameters: (itemIndex) => ({
						resource,
						operation,
						...built.items[itemIndex],
						options: { timeout: 1000, pauseMs: 0, ...(built.items[itemIndex].options as Json) },
					}),
					// Execute Once: n8n hands the node a new array of the first item on every try
					items: mode === 'executeOnceRetry' ? items.slice(0, 1) : items,
					continueOnFail,
					node,
					executionId: 'fault-model',
				});
				return { output };
			} catch (error) {
				last = { error: error as Error };
			}
		}
		return last;
	}

	const cases = ROWS.flatMap((row) =>
		[...WRITE_FAULTS, ...(row.lookUpPath ? LOOK_UP_FAULTS : [])].flatMap((fault) =>
			(fault.at === 'write' ? Array.from({ length: row.calls }, (_, k) => k + 1) : [1]).flatMap(
				(position) =>
					MODES.filter((mode) => fault.at !== 'laterTry' || mode === 'retry').map(
						(mode) => [row.operation, fault.name, position, mode, row, fault] as const,
					),
			),
		),
	);

	it.each(cases)('%s, %s at call %i, %s', async (_name, _fault, position, mode, row, fault) => {
		emulator.setShipTaskMs(0);
		emulator.setPriceTaskMs(0);
		emulator.setProductDeleteTaskMs(0);
		emulator.setProductCreateTaskMs(0);
		const built = await row.build(emulator);
		const baseline = emulator.requests.length;
		if (fault.at === 'write') {
			for (let k = 1; k < position; k++)
				emulator.injectFault({ kind: 'latency', path: row.writePath, ms: 0 });
			emulator.injectFault({ kind: fault.kind, path: row.writePath, retryAfter: 0 });
		}
		// Ginee refusing the look-up (a read that failed after its retries fails the same way)
		const lookUpFails = () =>
			emulator.injectFault({ kind: 'refuse', path: row.lookUpPath, times: 100 });
		if (fault.at === 'firstTry') lookUpFails();
		if (fault.at === 'laterTry')
			emulator.injectFault({ kind: 'appliedThen502', path: row.writePath });

		const { output, error } = await runInMode(row, built, mode, (tryIndex) => {
			if (fault.at === 'laterTry' && tryIndex === 1) lookUpFails();
		});

		// How often Ginee carried out each item's change
		const writes = emulator.requests
			.slice(baseline)
			.filter((request) => request.path === row.writePath);
		const applied = new Map<string, number>();
		for (const request of writes as Array<{ body: Json; applied?: boolean }>)
			if (request.applied)
				for (const key of row.keysOf(request.body)) applied.set(key, (applied.get(key) ?? 0) + 1);
		const timesApplied = (itemNumber: number) => applied.get(built.keys[itemNumber - 1]) ?? 0;

		// Nothing applied twice
		for (const [key, times] of applied) expect([key, times]).toEqual([key, 1]);
		// Without Continue On Fail or retries, the first failed call is the last one sent (Ginee
		// answering 429 is no failure: the node waits and sends it again)
		if (mode === 'stop' && fault.at === 'write' && fault.kind !== 'http429')
			expect(writes).toHaveLength(position);

		const sent = mode === 'executeOnceRetry' ? 1 : built.items.length;
		const truthOf = (itemNumber: number, said: Said) => {
			const times = timesApplied(itemNumber);
			if (said === 'applied') expect([itemNumber, said, times]).toEqual([itemNumber, said, 1]);
			if (said === 'notApplied') expect([itemNumber, said, times]).toEqual([itemNumber, said, 0]);
			if (said === 'mayHaveBeenApplied') expect(times).toBeLessThanOrEqual(1);
		};

		if (output) {
			expect(output).toHaveLength(sent);
			output.forEach((item, index) => {
				expect(item.pairedItem).toEqual({ item: index });
				const said: Said =
					item.json.error === undefined
						? 'applied'
						: item.json.mayHaveBeenApplied
							? 'mayHaveBeenApplied'
							: 'notApplied';
				truthOf(index + 1, said);
			});
			return;
		}
		expect(error).toBeDefined();
		const { message, description = '' } = error as Error & { description?: string };
		const failedNumber = sent > 1 ? Number(/\(item (\d+)[,)]/.exec(message)?.[1]) : 1;
		expect(failedNumber).toBeGreaterThan(0);
		const failedSaid: Said =
			(error as unknown as { context: IDataObject }).context.mayHaveBeenApplied === true
				? 'mayHaveBeenApplied'
				: 'notApplied';
		truthOf(failedNumber, failedSaid);
		if (/^Nothing was sent to Ginee/.test(description)) {
			expect(writes).toHaveLength(0);
			return;
		}
		if (sent === 1) return;
		const summary = /^Nothing more was sent/.test(description)
			? (/Earlier tries of this run: (.*?)\.(?= [A-Z]|$)/.exec(description)?.[1] as string)
			: message.slice(message.indexOf('Ginee applied', message.indexOf('(item ')));
		const said = readSummary(summary);
		// a category names at most 10 items, then "and N more"
		const unnamed = [...summary.matchAll(/and (\d+) more/g)].reduce(
			(sum, match) => sum + Number(match[1]),
			0,
		);
		const mentioned = /^Nothing more/.test(description) ? sent : sent - 1;
		expect(said.size + unnamed).toBe(mentioned);
		for (const [itemNumber, category] of said) truthOf(itemNumber, category);
	});
});
