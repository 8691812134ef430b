import type { IWebhookFunctions } from 'n8n-workflow';

import { simplifyOrder, summarizeOrder } from '../../../nodes/shared/simplifyOrder';
import type { GineeDelivery } from '../../../nodes/GineeTrigger/delivery';
import { fetchFullOrder, fetchFullProduct } from '../../../nodes/GineeTrigger/fetchOrder';
import { executeContext, TEST_NODE } from '../../helpers/executeContext';
import { credentialsFor, recentOrders, useEmulator } from '../../helpers/fixtures';

describe('Fetch Full Order', () => {
	const emulator = useEmulator();
	const fetchFor = async (orderId: string, simplify: boolean, typeVersion = 1) => {
		const context = executeContext({
			credentials: credentialsFor(emulator),
			parameters: {},
			node: { ...TEST_NODE, typeVersion },
		});
		const delivery = { id: 'd1', entity: 'order', action: 'CREATE', payload: { orderId } };
		return await fetchFullOrder.call(
			context as unknown as IWebhookFunctions,
			delivery as GineeDelivery,
			simplify,
		);
	};

	it('adds the order in the shape Get Details gives with Simplify on', async () => {
		const order = recentOrders(emulator, 1)[0];
		const { order: added } = await fetchFor(order.orderId, true);
		expect(added).toEqual(simplifyOrder(JSON.parse(JSON.stringify(order))));
		expect(added).toMatchObject({ customerName: order.customerInfo.name });
	});

	it('version 1.1 adds the order as Get Details 1.1 gives it Simplified, in a seller’s words', async () => {
		const order = recentOrders(emulator, 1)[0];
		const { order: added } = await fetchFor(order.orderId, true, 1.1);
		expect(added).toEqual(summarizeOrder(JSON.parse(JSON.stringify(order))));
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
});
