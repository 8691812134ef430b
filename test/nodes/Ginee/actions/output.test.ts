// The Output choice (Simplified / Raw / Selected Fields) of the operations that return Ginee's
// records, against the emulator.
import type { IDataObject } from 'n8n-workflow';

import { Ginee } from '../../../../nodes/Ginee/Ginee.node';
import { marketplaceOf } from '../../../../nodes/shared/simplifyOrder';
import { runGinee } from '../../../helpers/executeContext';
import { getDetailsParameters, PATHS, recentOrders, useEmulator } from '../../../helpers/fixtures';

const WAREHOUSE = { __rl: true, mode: 'id', value: 'WW64C000001CEDFD0000000001' };
// Ginee's channel codes and the marketplace names of the node's channel filter
const MARKETPLACES: Record<string, string> = {
	SHOPEE_ID: 'Shopee',
	LAZADA_ID: 'Lazada',
	TOKOPEDIA_ID: 'Tokopedia',
	TIKTOK_ID: 'TikTok Shop',
	BLIBLI_ID: 'Blibli',
	MANUAL_ID: 'Manual Order',
};
const OPERATIONS_WITH_OUTPUT = [
	'order:getDetails',
	'order:getMany',
	'inventory:getMany',
	'price:getMany',
];

describe('Output: Simplified, Raw or Selected Fields', () => {
	const emulator = useEmulator();
	const run = async (parameters: IDataObject) =>
		(await runGinee(emulator, { parameters })).map((item) => item.json);
	const orderIds = () =>
		recentOrders(emulator)
			.slice(0, 3)
			.map((order) => order.orderId as string);
	const rawOrders = (ids: string[]) =>
		ids.map((id) => JSON.parse(JSON.stringify(emulator.store.orders.get(id))));

	it('is offered, Simplified by default and Fields only for Selected Fields, by each operation that returns records', () => {
		const { description } = new Ginee();
		expect(description.properties.filter((property) => property.name === 'simplify')).toEqual([]);
		for (const key of OPERATIONS_WITH_OUTPUT) {
			const [resource, operation] = key.split(':');
			const field = (name: string) =>
				description.properties.find(
					(property) =>
						property.name === name &&
						property.displayOptions?.show?.resource?.[0] === resource &&
						property.displayOptions?.show?.operation?.[0] === operation,
				);
			expect([key, field('output')?.default]).toEqual([key, 'simplified']);
			expect([key, field('fields')?.displayOptions?.show?.output]).toEqual([key, ['fields']]);
		}
	});

	it('Simplified (the default) is ten fields in a seller’s names; Raw is every field Ginee sent', async () => {
		const ids = orderIds();
		const raw = await run(getDetailsParameters(ids, { output: 'raw' }));
		expect(raw.map((order) => order.orderId)).toEqual(ids);
		expect(Object.keys(raw[0]).length).toBeGreaterThan(30);
		const simplified = await run(getDetailsParameters(ids));
		expect(simplified).toEqual(
			raw.map((order) => ({
				orderId: order.orderId,
				marketplaceOrderNumber: order.externalOrderSn,
				marketplace: MARKETPLACES[order.channel as string],
				country: 'ID',
				status: order.orderStatus,
				createdAt: order.createAt,
				total: order.totalAmount,
				buyerName: (order.customerInfo as IDataObject).name,
				trackingNumber:
					(order.logisticsInfos as IDataObject[])?.[0]?.logisticsTrackingNumber ?? null,
				items: (order.items as IDataObject[]).map((item) => ({
					sku: item.sku,
					productName: item.productName,
					quantity: item.quantity,
					actualPrice: item.actualPrice,
				})),
			})),
		);
		expect(simplified.every((order) => Object.keys(order).length === 10)).toBe(true);
		expect(new Set(simplified.map((order) => order.marketplace)).size).toBeGreaterThan(1);
	});

	it('a channel of another country or one the node does not know still reads as marketplace and country', () => {
		expect(marketplaceOf('SHOPEE_MY')).toEqual({ marketplace: 'Shopee', country: 'MY' });
		expect(marketplaceOf('TIKTOK_TH')).toEqual({ marketplace: 'TikTok Shop', country: 'TH' });
		expect(marketplaceOf('NEWMARKET_PH')).toEqual({ marketplace: 'NEWMARKET', country: 'PH' });
		expect(marketplaceOf(undefined)).toEqual({ marketplace: null, country: null });
	});

	it('Simplified stock is the stock figures in a seller’s names', async () => {
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
