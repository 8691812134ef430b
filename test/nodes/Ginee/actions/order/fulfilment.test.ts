import type { IBinaryData, IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';

import { Ginee } from '../../../../../nodes/Ginee/Ginee.node';
import { executeContext, runGinee } from '../../../../helpers/executeContext';
import {
	createManualOrderParameters,
	credentialsFor,
	PATHS,
	recentOrders,
	useEmulator,
	type Json,
} from '../../../../helpers/fixtures';
import { binaryHelpers, readBinary, removeBinaryStorage } from '../../../../helpers/binaryFiles';

describe('Order fulfilment against the emulator', () => {
	const emulator = useEmulator({ orderCount: 1200 });
	afterAll(() => removeBinaryStorage());

	const find = (test: (order: Json) => boolean, count = 1) => {
		const found = recentOrders(emulator).filter(test).slice(0, count);
		expect(found).toHaveLength(count);
		return found;
	};
	const statusOf = (orderId: string) => emulator.store.orders.get(orderId)?.orderStatus;
	const marketplace = (status: string) => (order: Json) =>
		order.channel !== 'MANUAL_ID' && order.orderStatus === status;
	const manual = (status: string) => (order: Json) =>
		order.channel === 'MANUAL_ID' && order.orderStatus === status;
	const run = async (
		operation: string,
		perItem: IDataObject[],
		{ continueOnFail = true, helpers = {} as IDataObject } = {},
	) =>
		await runGinee(emulator, {
			parameters: (itemIndex) => ({
				resource: 'order',
				operation,
				options: {},
				...perItem[itemIndex],
			}),
			items: perItem.map((_, index) => ({ json: { index } })),
			continueOnFail,
			helpers,
		});

	describe('Accept', () => {
		it('accepts a paid marketplace order (READY_TO_SHIP after), and shows Ginee’s refusal of a manual one', async () => {
			const [paid] = find(marketplace('PAID'));
			const [manualOrder] = find(manual('PAID'));
			const output = await run('accept', [
				{ orderId: paid.orderId },
				{ orderId: manualOrder.orderId },
			]);
			expect(output[0].json).toMatchObject({ orderId: paid.orderId, accepted: true });
			expect(statusOf(paid.orderId)).toBe('READY_TO_SHIP');
			expect(output[1].json.error).toBe(
				'Ginee error BUSINESS_ERROR: This order operation does not support',
			);
			expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
			expect(statusOf(manualOrder.orderId)).toBe('PAID');
		});

		it('refuses an empty Order ID before sending', async () => {
			const output = await run('accept', [{ orderId: ' ' }]);
			expect(output[0].json.error).toBe("'Order ID' is required");
			expect(emulator.calls(PATHS.acceptOrder)).toHaveLength(0);
		});
	});

	describe('Cancel', () => {
		it('one order per call: a shipped order fails with Ginee’s message, the others are cancelled', async () => {
			const [manualPaid] = find(manual('PAID'));
			const [shipping] = find(manual('SHIPPING'));
			const [shopee] = find(
				(order) => order.channel === 'SHOPEE_ID' && order.orderStatus === 'PAID',
			);
			const output = await run('cancel', [
				{
					orderId: manualPaid.orderId,
					cancelReason: 'MANUAL_CUSTOMER_REQUEST',
					options: { cancelNote: 'Asked by phone' },
				},
				{ orderId: shipping.orderId, cancelReason: 'MANUAL_OUT_OF_STOCK' },
				{ orderId: shopee.orderId, cancelReason: 'OUT_OF_STOCK' },
			]);
			expect(output[0].json).toMatchObject({
				orderId: manualPaid.orderId,
				cancelled: true,
				channel: 'MANUAL_ID',
			});
			expect(output[1].json.error).toMatch(/^Ginee error BUSINESS_ERROR: Order .* is SHIPPING/);
			expect(output[2].json).toMatchObject({
				orderId: shopee.orderId,
				cancelled: true,
				cancelId: 'OUT_OF_STOCK',
			});
			expect([
				statusOf(manualPaid.orderId),
				statusOf(shipping.orderId),
				statusOf(shopee.orderId),
			]).toEqual(['CANCELLED', 'SHIPPING', 'CANCELLED']);
			const calls = emulator.calls(PATHS.cancelOrder);
			expect(calls.map((call) => call.body.orderInfoList.length)).toEqual([1, 1, 1]);
			expect(calls[0].body.orderInfoList[0]).toEqual({
				orderId: manualPaid.orderId,
				channelEnum: 'MANUAL_ID',
				cancelId: 'MANUAL_CUSTOMER_REQUEST',
				cancelNote: 'Asked by phone',
			});
			expect(emulator.calls(PATHS.batchGet)).toHaveLength(1);
		});

		it('refuses a reason of another channel, or none where one is needed, before sending', async () => {
			const [manualPaid] = find(manual('PAID'));
			const [shopee] = find(
				(order) => order.channel === 'SHOPEE_ID' && order.orderStatus === 'PAID',
			);
			const output = await run('cancel', [
				{ orderId: manualPaid.orderId, cancelReason: 'OUT_OF_STOCK' },
				{ orderId: shopee.orderId, cancelReason: '' },
				{ orderId: shopee.orderId, cancelReason: '__other', otherReasonCode: '' },
				{ orderId: 'SO-NOT-THERE', cancelReason: 'MANUAL_BUSY' },
			]);
			expect(output[0].json.error).toBe(
				`'Reason' does not fit order ${manualPaid.orderId}: "OUT_OF_STOCK" is a Shopee reason; a Manual order takes one of MANUAL_OUT_OF_STOCK, MANUAL_CUSTOMER_REQUEST, MANUAL_INCORRECT_SHIPPING_AREA, MANUAL_COD_NOT_SUPPORT, MANUAL_WRONG_PRICE_OR_WEIGHT, MANUAL_BUSY, MANUAL_INCORRECT_ORDER, PAYMENT_DECLINED, MANUAL_SHOP_CLOSED, MANUAL_COURIER_PROBLEM, MANUAL_SOURCING_DELAY, MANUAL_OTHERS, MANUAL_SYSTEM_ERROR`,
			);
			expect(output[1].json.error).toMatch(/^'Reason' is required: order .* is a SHOPEE_ID order/);
			expect(output[2].json.error).toBe("'Reason Code' is empty: give Ginee's cancelId");
			expect(output[3].json.error).toMatch(/^Order SO-NOT-THERE not found/);
			expect(emulator.calls(PATHS.cancelOrder)).toHaveLength(0);
			expect(statusOf(manualPaid.orderId)).toBe('PAID');
		});

		it('a cancellation that timed out is not sent again and says so', async () => {
			const [manualPaid] = find(manual('PAID'));
			emulator.injectFault({ kind: 'hang', path: PATHS.cancelOrder });
			const output = await run('cancel', [
				{ orderId: manualPaid.orderId, cancelReason: 'MANUAL_BUSY', options: { timeout: 1000 } },
			]);
			expect(output[0].json.error).toMatch(/may already have been applied/);
			expect(emulator.calls(PATHS.cancelOrder)).toHaveLength(1);
		});
	});

	describe('Mark as Shipped, Complete', () => {
		it('25 manual orders: 2 calls (20 + 5); a marketplace order fails before sending; then Complete', async () => {
			const manualOrders = find(manual('PAID'), 25);
			const [shopee] = find(marketplace('PAID'));
			const items = [
				...manualOrders.map((order) => ({ orderId: order.orderId })),
				{ orderId: shopee.orderId },
			];
			const shipped = await run('markShipped', items);
			expect(
				emulator.calls(PATHS.moveShipped).map((call) => call.body.orderInfoList.length),
			).toEqual([20, 5]);
			expect(shipped.slice(0, 25).map((item) => item.json.orderStatus)).toEqual(
				Array(25).fill('SHIPPING'),
			);
			expect(shipped[0].json).toMatchObject({
				orderId: manualOrders[0].orderId,
				previousStatus: 'PAID',
				externalOrderSn: manualOrders[0].externalOrderSn,
			});
			expect(shipped[25].json.error).toBe(
				`Order ${shopee.orderId} is a ${shopee.channel} order: 'Mark as Shipped' is only for manual orders`,
			);
			expect(shipped.map((item) => item.pairedItem)).toEqual(items.map((_, item) => ({ item })));
			expect(manualOrders.every((order) => statusOf(order.orderId) === 'SHIPPING')).toBe(true);

			const [stillPaid] = find(manual('PAID'));
			const completed = await run('complete', [
				{ orderId: manualOrders[0].orderId },
				{ orderId: stillPaid.orderId },
			]);
			expect(completed[0].json).toMatchObject({
				orderStatus: 'DELIVERED',
				previousStatus: 'SHIPPING',
			});
			expect(statusOf(manualOrders[0].orderId)).toBe('DELIVERED');
			expect(completed[1].json.error).toBe(
				`Ginee did not move order ${stillPaid.orderId} to DELIVERED`,
			);
		});
	});

	describe('Print Document', () => {
		it('downloads the label as a PDF file of the item; without download only its link', async () => {
			const [ready] = find(marketplace('READY_TO_SHIP'));
			const helpers = await binaryHelpers();
			const [withFile, linkOnly] = await run(
				'printDocument',
				[
					{
						orderId: ready.orderId,
						documentType: 'LABEL',
						download: true,
						binaryPropertyName: 'label',
					},
					{ orderId: ready.orderId, documentType: 'INVOICE', download: false },
				],
				{ helpers },
			);
			expect(withFile.json).toMatchObject({ orderId: ready.orderId, documentType: 'LABEL' });
			expect(withFile.json.pdfUrl).toBe(`${emulator.url}/files/label-${ready.orderId}.pdf`);
			const file = withFile.binary?.label as IBinaryData;
			expect(file).toMatchObject({
				mimeType: 'application/pdf',
				fileName: `label-${ready.orderId}.pdf`,
			});
			const bytes = await readBinary(file);
			expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
			expect(bytes.toString('latin1')).toContain(`Ginee label ${ready.orderId}`);
			expect(linkOnly.binary).toBeUndefined();
			expect(linkOnly.json.pdfUrl).toBe(`${emulator.url}/files/invoice-${ready.orderId}.pdf`);
			// the file host gets no signature
			const download = emulator.requests.find((request) => request.path.startsWith('/files/'));
			expect(download?.headers?.authorization).toBeUndefined();
		});

		it('an order with nothing to print fails with Ginee’s message and why', async () => {
			const [pending] = find(marketplace('PENDING_PAYMENT'));
			const output = await run('printDocument', [
				{ orderId: pending.orderId, documentType: 'LABEL', download: false },
			]);
			expect(output[0].json.error).toBe('Ginee error BUSINESS_ERROR: There is no printable order');
		});
	});

	describe('Get Sales Summary', () => {
		it('sums Ginee’s totals per status over a custom range', async () => {
			const since = new Date(Date.now() - 30 * 86_400_000).toISOString();
			const to = new Date().toISOString();
			const [summary] = await run('getSalesSummary', [
				{ period: 'custom', since, to, statuses: ['PAID', 'DELIVERED'] },
			]);
			const expected = (status: string) =>
				[...emulator.store.orders.values()]
					.filter(
						(order) =>
							order.orderStatus === status && Date.parse(order.createAt) >= Date.parse(since),
					)
					.reduce((sum, order) => sum + order.totalAmount, 0);
			expect(summary.json).toMatchObject({
				currency: 'IDR',
				byStatus: { PAID: expected('PAID'), DELIVERED: expected('DELIVERED') },
				totalAmount: expected('PAID') + expected('DELIVERED'),
			});
			expect(emulator.calls(PATHS.gmvInfo)[0].body).toEqual({
				createSince: since,
				createTo: to,
				orderStatuses: ['PAID', 'DELIVERED'],
			});
		});

		it('refuses more than 3 months before sending', async () => {
			const [output] = await run('getSalesSummary', [
				{
					period: 'custom',
					since: '2026-01-01T00:00:00Z',
					to: '2026-04-02T00:00:00Z',
					statuses: ['PAID'],
				},
			]);
			expect(output.json.error).toMatch(/is longer than 3 months/);
			expect(emulator.calls(PATHS.gmvInfo)).toHaveLength(0);
		});
	});

	describe('Get Shipping Options, Ship', () => {
		const newMarketplaceOrders = (count: number) =>
			emulator
				.createOrders({ count: count * 2, status: 'READY_TO_SHIP' })
				.filter((order) => order.channel !== 'MANUAL_ID')
				.slice(0, count);

		it('shows the couriers, addresses and pick-up times', async () => {
			const [order] = newMarketplaceOrders(1);
			const [options] = await run('getShippingOptions', [{ orderId: order.orderId }]);
			expect(options.json.orderId).toBe(order.orderId);
			expect((options.json.addresses as Json[])[0].pickupTimeList.length).toBeGreaterThan(0);
			expect(
				(options.json.logistics as Json[]).map((entry) => entry.logisticsDeliveryType),
			).toEqual(['PICK_UP', 'DROP_OFF']);
			expect(options.json.orderLogistics).toBeUndefined();
			const [withLogistics] = await run('getShippingOptions', [
				{ orderId: order.orderId, options: { includeOrderLogistics: true } },
			]);
			expect(withLogistics.json.orderLogistics).toEqual([
				expect.objectContaining({ logisticsDeliveryType: 'PICK_UP', trackingNoRequired: false }),
				expect.objectContaining({ logisticsDeliveryType: 'DROP_OFF' }),
			]);
			expect(emulator.calls(PATHS.getOrderLogistics)).toHaveLength(1);
		});

		it('150 orders: 3 calls of 50, waits for Ginee’s tasks, each item its outcome', async () => {
			emulator.setShipTaskMs(300);
			const orders = newMarketplaceOrders(150);
			const output = await run(
				'ship',
				orders.map((order) => ({
					orderId: order.orderId,
					deliveryType: 'DROP_OFF',
					shippingProviderId: 'LP1',
				})),
			);
			expect(
				emulator.calls(PATHS.batchShipping).map((call) => call.body.orderShips.length),
			).toEqual([50, 50, 50]);
			expect(output).toHaveLength(150);
			output.forEach((item, index) => {
				expect(item.pairedItem).toEqual({ item: index });
				expect(item.json).toMatchObject({
					orderId: orders[index].orderId,
					status: 'SUCCESS',
					shipped: true,
				});
			});
			expect(orders.every((order) => statusOf(order.orderId) === 'SHIPPING')).toBe(true);
		});

		it('a failed shipment fails its item with Ginee’s message, the others ship', async () => {
			emulator.setShipTaskMs(200);
			const [ready] = newMarketplaceOrders(1);
			const [delivered] = find(marketplace('DELIVERED'));
			const output = await run('ship', [
				{ orderId: ready.orderId, deliveryType: 'DROP_OFF', shippingProviderId: 'LP1' },
				{ orderId: delivered.orderId, deliveryType: 'DROP_OFF', shippingProviderId: 'LP1' },
			]);
			expect(output[0].json).toMatchObject({ status: 'SUCCESS', deliveryType: 'DROP_OFF' });
			expect(output[1].json.error).toBe(
				`Ginee could not ship order ${delivered.orderId}: The order is DELIVERED: it cannot be shipped`,
			);
			expect(emulator.calls(PATHS.batchShipping)).toHaveLength(1);
		});

		describe('courier, pick-up address and time chosen from the order’s lists', () => {
			const lists = (parameters: IDataObject) => {
				const context = executeContext({
					credentials: credentialsFor(emulator),
					parameters,
				}) as unknown as ILoadOptionsFunctions;
				const { loadOptions } = new Ginee().methods;
				return {
					couriers: async () => await loadOptions.getShipCouriers.call(context),
					addresses: async () => await loadOptions.getPickUpAddresses.call(context),
					times: async () => await loadOptions.getPickUpTimes.call(context),
				};
			};
			const shippingOptionsOf = async (orderId: string) =>
				(await run('getShippingOptions', [{ orderId }]))[0].json as Json;
			const shipPickedUp = async (perItem: IDataObject[], continueOnFail = true) =>
				await runGinee(emulator, {
					parameters: (itemIndex) => ({
						resource: 'order',
						operation: 'ship',
						options: { waitSeconds: 5 },
						...perItem[itemIndex],
					}),
					items: perItem.map((_, index) => ({ json: { index } })),
					continueOnFail,
				});

			it('lists the order’s couriers, addresses and the chosen address’s times by name', async () => {
				emulator.setShipTaskMs(100);
				const [order] = newMarketplaceOrders(1);
				const expected = await shippingOptionsOf(order.orderId);
				const [address] = expected.addresses as Json[];
				const [provider] = (expected.logistics as Json[])[0].logisticDetailList as Json[];
				const picked = lists({ orderId: order.orderId, deliveryType: 'PICK_UP' });
				expect(await picked.couriers()).toEqual([
					{
						name: provider.logisticsProviderName,
						value: provider.logisticsProviderId,
						description: `Courier ID ${provider.logisticsProviderId}`,
					},
				]);
				expect(await picked.addresses()).toEqual([
					{
						name: address.address,
						value: address.addressId,
						description: `Address ID ${address.addressId}`,
					},
				]);
				const withAddress = lists({ orderId: order.orderId, addressId: address.addressId });
				expect((await withAddress.times()).map((time) => [time.name, time.value])).toEqual(
					(address.pickupTimeList as Json[]).map((time) => [time.timeText, time.pickupTimeId]),
				);
				// Manual Ship has no list of its own at Ginee: every courier of the order, once
				const manualShip = lists({ orderId: order.orderId, deliveryType: 'MANUAL_SHIP' });
				expect((await manualShip.couriers()).map((courier) => courier.value)).toEqual([
					provider.logisticsProviderId,
				]);
			});

			it('says what to fill first, as the list’s one entry (never an error n8n would keep showing)', async () => {
				const hint = (name: string) => [{ name, value: '' }];
				expect(await lists({ orderId: ' ' }).couriers()).toEqual(
					hint("Enter the Order ID first: this lists that order's options"),
				);
				expect(await lists({ orderId: '' }).addresses()).toEqual(
					hint("Enter the Order ID first: this lists that order's options"),
				);
				expect(await lists({ orderId: '={{ $json.orderId }}' }).addresses()).toEqual(
					hint(
						'Order ID is an expression: set this field by expression too (or type one order ID)',
					),
				);
				expect(await lists({ orderId: 'SO1', addressId: '' }).times()).toEqual(
					hint('Choose the Pick-Up Address first: the times depend on it'),
				);
				// once the Order ID is typed, the same list loads the order's options
				const [order] = newMarketplaceOrders(1);
				expect((await lists({ orderId: order.orderId }).addresses()).length).toBeGreaterThan(0);
				// an order Ginee does not have (or one half typed): Ginee's words as the one entry, so
				// that n8n asks again once the ID is complete
				const [notThere] = await lists({ orderId: 'SO-NOT-THERE' }).couriers();
				expect(notThere).toEqual({
					name: expect.stringMatching(/^No options for order SO-NOT-THERE: .*SO-NOT-THERE/),
					value: '',
				});
			});

			it('ships with the chosen IDs, sending the address text from the order’s options', async () => {
				emulator.setShipTaskMs(100);
				const [order] = newMarketplaceOrders(1);
				const { addressId, address, pickupTimeList } = (await shippingOptionsOf(order.orderId))
					.addresses[0];
				const [output] = await shipPickedUp(
					[
						{
							orderId: order.orderId,
							deliveryType: 'PICK_UP',
							shippingProviderId: 'LP1',
							addressId,
							pickupTimeId: pickupTimeList[1].pickupTimeId,
						},
					],
					false,
				);
				expect(output.json).toMatchObject({ status: 'SUCCESS', deliveryType: 'PICK_UP' });
				expect(emulator.calls(PATHS.batchShipping)[0].body.orderShips).toEqual([
					{
						orderId: order.orderId,
						deliveryType: 'PICK_UP',
						shippingProviderId: 'LP1',
						addressId,
						address,
						pickupTimeId: pickupTimeList[1].pickupTimeId,
					},
				]);
			});

			it('refuses an address or time the order does not offer, or a missing one, before sending', async () => {
				const [order] = newMarketplaceOrders(1);
				const { addressId, pickupTimeList } = (await shippingOptionsOf(order.orderId)).addresses[0];
				const lookedUp = emulator.calls(PATHS.getShippingParameter).length;
				const pickUp = {
					orderId: order.orderId,
					deliveryType: 'PICK_UP',
					shippingProviderId: 'LP1',
				};
				const items = [
					{ ...pickUp, addressId: 'AD-ELSEWHERE', pickupTimeId: pickupTimeList[0].pickupTimeId },
					{ ...pickUp, addressId, pickupTimeId: 'YESTERDAY' },
					{ ...pickUp, addressId },
				];
				const output = await shipPickedUp(items);
				expect(output.map((item) => item.json.error)).toEqual([
					`'Pick-Up Address' AD-ELSEWHERE is not one of order ${order.orderId}'s pick-up ` +
						`addresses (${addressId})`,
					`'Pick-Up Time' YESTERDAY is not offered for order ${order.orderId} at address ` +
						`${addressId} (${pickupTimeList.map((time: Json) => time.pickupTimeId).join(', ')})`,
					"'Pick-Up Time' is required to ship by PICK_UP (Ginee field: pickupTimeId)",
				]);
				await expect(shipPickedUp(items.slice(0, 2), false)).rejects.toThrow(
					/^'Pick-Up Address' AD-ELSEWHERE/,
				);
				expect(emulator.calls(PATHS.getShippingParameter)).toHaveLength(lookedUp + 2);
				expect(emulator.calls(PATHS.batchShipping)).toHaveLength(0);
			});
		});

		it('orders still in progress at the end of the wait come out as such, with the task ID', async () => {
			emulator.setShipTaskMs(60_000);
			const [order] = newMarketplaceOrders(1);
			const [output] = await run('ship', [
				{
					orderId: order.orderId,
					deliveryType: 'DROP_OFF',
					shippingProviderId: 'LP1',
					options: { waitSeconds: 1 },
				},
			]);
			expect(output.json).toMatchObject({
				orderId: order.orderId,
				status: 'PROCESSING',
				shipped: false,
			});
			expect(output.json.taskId).toMatch(/^ST/);
			expect(emulator.calls(PATHS.getShippingResult).length).toBeGreaterThanOrEqual(2);
			expect(statusOf(order.orderId)).toBe('READY_TO_SHIP');
		});

		it('a ShipOrder call that timed out is not sent again', async () => {
			const [order] = newMarketplaceOrders(1);
			emulator.injectFault({ kind: 'hang', path: PATHS.batchShipping });
			const [output] = await run('ship', [
				{
					orderId: order.orderId,
					deliveryType: 'DROP_OFF',
					shippingProviderId: 'LP1',
					options: { timeout: 1000 },
				},
			]);
			expect(output.json.error).toMatch(/may already have been applied/);
			expect(emulator.calls(PATHS.batchShipping)).toHaveLength(1);
			expect(emulator.calls(PATHS.getShippingResult)).toHaveLength(0);
		});
	});

	describe('Create Manual Order', () => {
		const manualShop = () =>
			emulator.store.shops.find((shop) => shop.channel === 'MANUAL_ID') as Json;
		const fields = (externalOrderSn: string) =>
			createManualOrderParameters(emulator, externalOrderSn);

		it('creates the order from the same fields as Update (no Ginee IDs), found by Get Details', async () => {
			const [created] = await run('createManualOrder', [fields('WEB-1001')], {
				continueOnFail: false,
			});
			expect(created.json).toMatchObject({
				externalOrderSn: 'WEB-1001',
				shopId: manualShop().shopId,
			});
			const sent = emulator.calls(PATHS.createManualOrder)[0].body;
			expect(sent.payAtDatetime).toBe('2026-11-30T10:00:00.000Z');
			expect(sent.orderItems).toEqual([
				{ sku: 'BATIK-LP', quantity: 2, actualPrice: 189000, warehouseId: 'WW1' },
			]);
			expect(sent.shippingAddress.id).toBeUndefined();
			const [details] = await run('getDetails', [
				{ lookupBy: 'orderIds', orderIds: [created.json.orderId], output: 'raw' },
			]);
			expect(details.json).toMatchObject({
				orderId: created.json.orderId,
				channel: 'MANUAL_ID',
				externalOrderSn: 'WEB-1001',
				orderStatus: 'PAID',
			});
		});

		it('checks like Update before sending, names the field; a repeat is refused by Ginee', async () => {
			const noShop = { ...fields('WEB-1002'), shopId: { __rl: true, mode: 'list', value: '' } };
			const form = fields('WEB-1003');
			const json = {
				bodySource: 'json',
				jsonBody: JSON.stringify({
					...form,
					shopId: manualShop().shopId,
					orderItems: form.orderItems.item,
					shippingAddress: form.shippingAddress.address,
					deleteOrderItemIds: ['OI1'],
				}),
			};
			const output = await run('createManualOrder', [noShop, json]);
			expect(output[0].json.error).toBe("'Shop' is required (Ginee field: shopId)");
			expect(output[1].json.error).toBe(
				"'Delete Order Item IDs' is only for Update Manual Order: a new order has no items to delete (Ginee field: deleteOrderItemIds)",
			);
			expect(emulator.calls(PATHS.createManualOrder)).toHaveLength(0);
			await run('createManualOrder', [fields('WEB-1004')], { continueOnFail: false });
			const [again] = await run('createManualOrder', [fields('WEB-1004')]);
			expect(again.json.error).toBe(
				'Ginee error BUSINESS_ERROR: externalOrderSn WEB-1004 already exists',
			);
		});
	});
});
