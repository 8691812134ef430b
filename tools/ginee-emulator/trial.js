'use strict';
// What a person trying the node on the emulator needs: order IDs that each operation accepts, and
// web-hook deliveries that name the emulator's own orders, shops and channels (so Fetch Full Order
// and the example workflows find what the delivery speaks of).
const { PRINTABLE } = require('./fulfilment');
const { generateDelivery } = require('./webhooks');

const THREE_MONTHS_MS = 90 * 86_400_000;

/** Newest first, only orders Get Details finds without Historical Data. */
function recentOrders(store, now) {
	return [...store.orders.values()]
		.filter((order) => now - Date.parse(order.createAt) < THREE_MONTHS_MS)
		.sort((a, b) => Date.parse(b.createAt) - Date.parse(a.createAt));
}

/**
 * Orders to try each operation on: `shippable` (marketplace orders that are paid: Ship, Accept,
 * Cancel), `shipped` (a marketplace order on its way: Print Document's label) and `manual` (a paid
 * manual order: Update Manual Order, Mark as Shipped). Each ID is checked against the emulator's
 * own rules, so what is printed is what works.
 */
function trialOrders(store, now) {
	const orders = recentOrders(store, now);
	const marketplace = orders.filter((order) => order.channel !== 'MANUAL_ID');
	const shippable = [];
	for (const order of marketplace) {
		if (order.orderStatus !== 'PAID') continue;
		if (shippable.some((chosen) => chosen.channel === order.channel)) continue;
		shippable.push(order);
		if (shippable.length === 3) break;
	}
	const shipped = marketplace.find(
		(order) => order.orderStatus === 'SHIPPING' && PRINTABLE.LABEL.includes(order.orderStatus),
	);
	const manual = orders.find(
		(order) => order.channel === 'MANUAL_ID' && order.orderStatus === 'PAID',
	);
	return { shippable, shipped, manual };
}

/** The order a delivery speaks of: by `orderId`, or the n-th order of the data set. */
function deliveryOrder(store, { orderId, order }) {
	if (orderId !== undefined) {
		const found = store.orders.get(String(orderId));
		if (!found) throw new Error(`the emulator has no order ${orderId}`);
		return found;
	}
	const all = [...store.orders.values()];
	return all[Math.abs(Number(order ?? 0)) % all.length];
}

/**
 * A delivery as Ginee sends it, about one of the emulator's orders: its ID, channel, shop, status
 * and times (a delivery order lists the order's items). `n` gives the delivery's own ID.
 */
function storeDelivery(store, { entity = 'order', action = 'CREATE', n, ...which }) {
	const delivery = generateDelivery({ entity, action, n });
	if (entity !== 'order' && entity !== 'delivery-order') return delivery;
	const order = deliveryOrder(store, which);
	const shop = store.shops.find((candidate) => candidate.shopId === order.shopId);
	if (entity === 'order') {
		delivery.payload = {
			orderId: order.orderId,
			channel: order.channel,
			shopId: order.shopId,
			externalShopId: shop?.externalShopId ?? null,
			orderStatus: order.orderStatus,
			createAt: order.createAt,
			payAt: order.payAt,
			lastUpdateAt: order.lastUpdateAt,
		};
		return delivery;
	}
	const logistics = order.logisticsInfos[0] ?? {};
	Object.assign(delivery.payload, {
		sourceOrderId: order.orderId,
		sourceOrderSn: order.externalOrderSn,
		channel: order.channel,
		warehouseId: order.items[0]?.warehouse?.id ?? delivery.payload.warehouseId,
		trackingNumber: logistics.logisticsTrackingNumber ?? null,
		logisticsProvider: logistics.logisticsProviderName ?? null,
		orderItems: order.items.map((item, index) => ({
			deliveryOrderItemId: `${delivery.payload.deliveryOrderId}-${index + 1}`,
			inventorySku: item.masterSku,
			quantity: item.quantity,
			orderId: order.orderId,
			orderItemId: item.itemId,
		})),
	});
	return delivery;
}

module.exports = { storeDelivery, trialOrders };
