// Version 1.1's Output choice (Simplified / Raw / Selected Fields) on every operation that had
// Simplify, against the emulator; version 1 keeps its Simplify switch.
import type { IDataObject, INode } from 'n8n-workflow';

import { Ginee } from '../../../../nodes/Ginee/Ginee.node';
import { marketplaceOf, simplifyOrder } from '../../../../nodes/shared/simplifyOrder';
import { runGinee, TEST_NODE } from '../../../helpers/executeContext';
import { getDetailsParameters, PATHS, recentOrders, useEmulator } from '../../../helpers/fixtures';

const WAREHOUSE = { __rl: true, mode: 'id', value: 'WW64C000001CEDFD0000000001' };
const VERSION_1_1: INode = { ...TEST_NODE, typeVersion: 1.1 };
// Ginee's channel codes and the marketplace names of the node's channel filter
const MARKETPLACES: Record<string, string> = {
	SHOPEE_ID: 'Shopee',
	LAZADA_ID: 'Lazada',
	TOKOPEDIA_ID: 'Tokopedia',
	TIKTOK_ID: 'TikTok Shop',
	BLIBLI_ID: 'Blibli',
	MANUAL_ID: 'Manual Order',
};
const OPERATIONS_WITH_OUTPUT = ['order:getDetails', 'order:getMany', 'inventory:getMany'];

describe('Output: Simplified, Raw or Selected Fields (version 1.1)', () => {
	const emulator = useEmulator();
	const run = async (parameters: IDataObject, node: INode = VERSION_1_1) =>
		(await runGinee(emulator, { parameters, node })).map((item) => item.json);
	const orderIds = () =>
		recentOrders(emulator)
			.slice(0, 3)
			.map((order) => order.orderId as string);
	const rawOrders = (ids: string[]) =>
		ids.map((id) => JSON.parse(JSON.stringify(emulator.store.orders.get(id))));

	it('is offered from version 1.1 on, and Simplify only on version 1, for each operation that had it', () => {
		const { description } = new Ginee();
		expect(description.version).toEqual([1, 1.1]);
		for (const key of OPERATIONS_WITH_OUTPUT) {
			const [resource, operation] = key.split(':');
			const shown = (name: string) =>
				description.properties.find(
					(property) =>
						property.name === name &&
						property.displayOptions?.show?.resource?.[0] === resource &&
						property.displayOptions?.show?.operation?.[0] === operation,
				)?.displayOptions?.show?.['@version'];
			expect([key, shown('simplify')]).toEqual([key, [1]]);
			expect([key, shown('output')]).toEqual([key, [{ _cnd: { gte: 1.1 } }]]);
			expect([key, shown('fields')]).toEqual([key, [{ _cnd: { gte: 1.1 } }]]);
		}
	});

	it('Simplified (the default) uses a seller’s names where Simplify kept Ginee’s; Raw is every field Ginee sent', async () => {
		const ids = orderIds();
		const raw = await run(getDetailsParameters(ids, { output: 'raw' }));
		expect(raw.map((order) => order.orderId)).toEqual(ids);
		expect(Object.keys(raw[0]).length).toBeGreaterThan(30);
		expect(raw).toEqual(await run(getDetailsParameters(ids, { simplify: false }), TEST_NODE));
		const version1 = await run(getDetailsParameters(ids, { simplify: true }), TEST_NODE);
		expect(version1).toEqual(raw.map(simplifyOrder));
		const simplified = await run(getDetailsParameters(ids));
		expect(simplified).toEqual(
			version1.map((order) => ({
				orderId: order.orderId,
				marketplaceOrderNumber: order.externalOrderSn,
				marketplace: MARKETPLACES[order.channel as string],
				country: 'ID',
				status: order.orderStatus,
				createdAt: order.createAt,
				total: order.totalAmount,
				buyerName: order.customerName,
				trackingNumber: order.trackingNumber,
				items: order.items,
			})),
		);
		expect(new Set(simplified.map((order) => order.marketplace)).size).toBeGreaterThan(1);
	});

	it('a channel of another country or one the node does not know still reads as marketplace and country', () => {
		expect(marketplaceOf('SHOPEE_MY')).toEqual({ marketplace: 'Shopee', country: 'MY' });
		expect(marketplaceOf('TIKTOK_TH')).toEqual({ marketplace: 'TikTok Shop', country: 'TH' });
		expect(marketplaceOf('NEWMARKET_PH')).toEqual({ marketplace: 'NEWMARKET', country: 'PH' });
		expect(marketplaceOf(undefined)).toEqual({ marketplace: null, country: null });
	});

	it('Simplified stock uses a seller’s names where Simplify kept Ginee’s', async () => {
		const parameters = {
			resource: 'inventory',
			operation: 'getMany',
			warehouseId: WAREHOUSE,
			returnAll: false,
			limit: 3,
		};
		const raw = await run({ ...parameters, output: 'raw' });
		const simplified = await run(parameters);
		expect(simplified).toEqual(
			raw.map((record) => {
				const stock = record.warehouseInventory as IDataObject;
				const variation = record.masterVariation as IDataObject;
				return {
					sku: variation.masterSku,
					productName: variation.name,
					variation: variation.variationName,
					warehouse: (record.warehouse as IDataObject).name,
					inWarehouse: stock.warehouseStock,
					available: stock.availableStock,
					spare: stock.spareStock,
					reservedForOrders: stock.lockedStock,
					safetyStock: stock.safetyStock,
				};
			}),
		);
		const version1 = await run({ ...parameters, simplify: true }, TEST_NODE);
		expect(version1[0]).toHaveProperty('lockedStock');
		expect(version1[0]).toHaveProperty('warehouseId');
	});

	it('Selected Fields returns exactly the chosen fields of Ginee’s order, with its ID', async () => {
		const ids = orderIds();
		const output = await run(
			getDetailsParameters(ids, {
				output: 'fields',
				fields: ['shippingAddressInfo', 'orderStatus'],
			}),
		);
		expect(output).toEqual(
			rawOrders(ids).map((order) => ({
				orderId: order.orderId,
				shippingAddressInfo: order.shippingAddressInfo,
				orderStatus: order.orderStatus,
			})),
		);
	});

	it('Selected Fields of Get Many orders and of a warehouse’s stock', async () => {
		const to = Date.now();
		const orders = await run({
			resource: 'order',
			operation: 'getMany',
			timeRangeBy: 'create',
			period: 'custom',
			since: new Date(to - 3 * 86_400_000).toISOString(),
			to: new Date(to).toISOString(),
			returnAll: false,
			limit: 5,
			output: 'fields',
			fields: ['totalAmount'],
		});
		expect(orders).toHaveLength(5);
		for (const order of orders) {
			expect(Object.keys(order)).toEqual(['orderId', 'totalAmount']);
			expect(order.totalAmount).toBe(
				emulator.store.orders.get(order.orderId as string)!.totalAmount,
			);
		}

		const stock = await run({
			resource: 'inventory',
			operation: 'getMany',
			warehouseId: WAREHOUSE,
			returnAll: false,
			limit: 3,
			output: 'fields',
			fields: ['warehouseInventory'],
		});
		expect(stock).toHaveLength(3);
		for (const record of stock) {
			expect(Object.keys(record)).toEqual(['masterVariation', 'warehouseInventory']);
			expect(record.masterVariation).toHaveProperty('masterSku');
			expect(record.warehouseInventory).toHaveProperty('warehouseStock');
		}
	});

	it('a field Ginee did not send comes back as null, so every item has the same columns', async () => {
		const [id] = orderIds();
		delete emulator.store.orders.get(id)!.cancelInfo;
		const [order] = await run(
			getDetailsParameters([id], { output: 'fields', fields: ['cancelInfo'] }),
		);
		expect(order).toEqual({ orderId: id, cancelInfo: null });
	});

	it('an empty Selected Fields is refused before anything is asked of Ginee', async () => {
		await expect(
			run(getDetailsParameters(orderIds(), { output: 'fields', fields: [] })),
		).rejects.toThrow("'Fields' is empty: choose at least one field to return");
		await expect(
			run({
				resource: 'inventory',
				operation: 'getMany',
				warehouseId: WAREHOUSE,
				returnAll: true,
				output: 'fields',
				fields: [],
			}),
		).rejects.toThrow("'Fields' is empty");
		expect(emulator.calls(PATHS.batchGet)).toHaveLength(0);
		expect(emulator.calls(PATHS.listWarehouseInventory)).toHaveLength(0);
	});
});
