import type { IWebhookFunctions } from 'n8n-workflow';

import { simplifyOrder } from '../../../nodes/shared/simplifyOrder';
import type { GineeDelivery } from '../../../nodes/GineeTrigger/delivery';
import {
	fetchFullInboundOrder,
	fetchFullOrder,
	fetchFullOutboundOrder,
	fetchFullProduct,
} from '../../../nodes/GineeTrigger/fetchFull';
import { executeContext, runGinee, TEST_NODE } from '../../helpers/executeContext';
import {
	credentialsFor,
	PATHS,
	recentOrders,
	useEmulator,
	type Json,
} from '../../helpers/fixtures';

describe('Fetch Full Order', () => {
	const emulator = useEmulator();
	const fetchFor = async (orderId: string, simplify: boolean) => {
		const context = executeContext({
			credentials: credentialsFor(emulator),
			parameters: {},
			node: TEST_NODE,
		});
		const delivery = { id: 'd1', entity: 'order', action: 'CREATE', payload: { orderId } };
		return await fetchFullOrder.call(
			context as unknown as IWebhookFunctions,
			delivery as GineeDelivery,
			simplify,
		);
	};

	it('adds the order as Get Details gives it Simplified, in a seller’s words', async () => {
		const order = recentOrders(emulator, 1)[0];
		const { order: added } = await fetchFor(order.orderId, true);
		expect(added).toEqual(simplifyOrder(JSON.parse(JSON.stringify(order))));
		expect(added).toMatchObject({
			marketplaceOrderNumber: order.externalOrderSn,
			buyerName: order.customerInfo.name,
		});
	});

	it('adds every field Ginee sends with Simplify off', async () => {
		const order = recentOrders(emulator, 1)[0];
		const { order: added } = await fetchFor(order.orderId, false);
		expect(added).toMatchObject({
			orderId: order.orderId,
			customerInfo: { name: order.customerInfo.name },
		});
		expect(Object.keys(added as object).length).toBeGreaterThan(10);
	});

	it('Fetch Full Product adds the master product (a signed GET), or says why it could not', async () => {
		const context = executeContext({ credentials: credentialsFor(emulator), parameters: {} });
		const fetchProduct = async (masterProductId: string) =>
			await fetchFullProduct.call(
				context as unknown as IWebhookFunctions,
				{
					id: 'p1',
					entity: 'master_product_create',
					action: 'CREATE',
					payload: { masterProductId },
				} as GineeDelivery,
			);
		const [product] = emulator.store.products;
		expect(await fetchProduct(product.productId)).toEqual({ product });
		expect(await fetchProduct('MP-NOPE')).toEqual({
			product: null,
			fetchError: expect.stringContaining('DATA_NOT_EXISTED'),
		});
	});

	it('Fetch Full Inbound Order adds the inbound order by payload.inboundOrderId (or id), or says why not', async () => {
		const context = executeContext({ credentials: credentialsFor(emulator), parameters: {} });
		const received = await runGinee(emulator, {
			parameters: {
				resource: 'warehouseDocument',
				operation: 'receiveStock',
				warehouseId: { __rl: true, mode: 'id', value: 'WW64C000001CEDFD0000000001' },
				lines: { line: [{ sku: 'BATIK-LP', quantity: '3', unitCost: '45000' }] },
				options: {},
			},
		});
		const inboundOrderId = String(received[0].json.inboundOrderId);
		const fetchInbound = async (payload: object) =>
			await fetchFullInboundOrder.call(
				context as unknown as IWebhookFunctions,
				{ id: 'i1', entity: 'inbound_order', action: 'CREATE', payload } as GineeDelivery,
			);
		const { inboundOrder } = await fetchInbound({ inboundOrderId });
		expect(inboundOrder).toMatchObject({
			id: Number(inboundOrderId),
			status: 'COMPLETE',
			items: [{ masterSku: 'BATIK-LP', realQuantity: 3 }],
		});
		expect((await fetchInbound({ id: Number(inboundOrderId) })).inboundOrder).toEqual(inboundOrder);
		expect(await fetchInbound({ reference: 'x' })).toEqual({
			inboundOrder: null,
			fetchError: 'The delivery has no payload.inboundOrderId',
		});
		expect(await fetchInbound({ inboundOrderId: '7300000099999' })).toEqual({
			inboundOrder: null,
			fetchError: expect.stringContaining('DATA_NOT_EXISTED'),
		});
	});

	it('Fetch Full Outbound Order adds the outbound order by payload.outboundOrderId (or id), or says why not', async () => {
		const context = executeContext({ credentials: credentialsFor(emulator), parameters: {} });
		const [sent] = await runGinee(emulator, {
			parameters: {
				resource: 'warehouseDocument',
				operation: 'sendOutStock',
				warehouseId: { __rl: true, mode: 'id', value: 'WW64C000001CEDFD0000000001' },
				lines: { line: [{ sku: 'BATIK-LP', quantity: '1', unitCost: '45000' }] },
				options: { executeNow: false },
			},
		});
		const outboundOrderId = String(sent.json.outboundOrderId);
		const fetchOutbound = async (payload: object) =>
			await fetchFullOutboundOrder.call(
				context as unknown as IWebhookFunctions,
				{ id: 'o1', entity: 'outbound_order', action: 'CREATE', payload } as GineeDelivery,
			);
		const { outboundOrder } = await fetchOutbound({ outboundOrderId });
		expect(outboundOrder).toMatchObject({
			id: Number(outboundOrderId),
			status: 'CREATE',
			items: [{ masterSku: 'BATIK-LP', planQuantity: 1 }],
		});
		expect((await fetchOutbound({ id: Number(outboundOrderId) })).outboundOrder).toEqual(
			outboundOrder,
		);
		expect(emulator.calls(PATHS.getSellOutboundOrder).map((call) => (call as Json).query)).toEqual([
			`?id=${outboundOrderId}`,
			`?id=${outboundOrderId}`,
		]);
		expect(await fetchOutbound({})).toEqual({
			outboundOrder: null,
			fetchError: 'The delivery has no payload.outboundOrderId',
		});
		expect(await fetchOutbound({ outboundOrderId: '7400000099999' })).toEqual({
			outboundOrder: null,
			fetchError: expect.stringContaining('DATA_NOT_EXISTED'),
		});
	});
});
