'use strict';
// An account that moves while a client polls: new orders appear, statuses advance, lastUpdateAt
// follows. Each change is stamped with the emulator's clock.
const { buildOrder } = require('./dataset');

/** Where an order goes next in its life. */
const NEXT_STATUS = {
	PENDING_PAYMENT: 'PAID',
	PARTIALLY_PAID: 'PAID',
	PAID: 'READY_TO_SHIP',
	READY_TO_SHIP: 'SHIPPING',
	SHIPPING: 'DELIVERED',
};

/** Numbers for new orders, clear of the seeded ones (ids are derived from them). */
const FIRST_NEW_ORDER = 1_000_000;

/** `count` new orders in `status`, created (and last updated) at `at`. */
function createOrders(store, { count = 1, status = 'PENDING_PAYMENT', at }) {
	store.nextOrderNumber ??= FIRST_NEW_ORDER;
	const created = [];
	for (let k = 0; k < count; k++) {
		const order = buildOrder(store.nextOrderNumber++, store.shops, at);
		const stamp = new Date(at).toISOString();
		Object.assign(order, {
			createAt: stamp,
			lastUpdateAt: stamp,
			orderStatus: status,
			payAt: status === 'PENDING_PAYMENT' ? null : stamp,
			closeAt: null,
		});
		store.orders.set(order.orderId, order);
		created.push(order);
	}
	return created;
}

/** Moves each order one status on (a delivered or cancelled order stays); returns the changes. */
function advanceOrders(store, { orderIds, at }) {
	const stamp = new Date(at).toISOString();
	return orderIds.map((orderId) => {
		const order = store.orders.get(orderId);
		if (!order) throw new Error(`no order ${orderId}`);
		const from = order.orderStatus;
		const to = NEXT_STATUS[from] ?? from;
		order.orderStatus = to;
		if (to === 'PAID' && !order.payAt) order.payAt = stamp;
		order.lastUpdateAt = stamp;
		return { orderId, from, to, lastUpdateAt: stamp };
	});
}

module.exports = { createOrders, advanceOrders, FIRST_NEW_ORDER, NEXT_STATUS };
