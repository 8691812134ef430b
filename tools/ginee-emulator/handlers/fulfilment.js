'use strict';
// Order actions: accept, cancel, move to shipped, complete, print, ship (asynchronous), shipping
// parameters and the sales summary (GMV info).
const { GineeError, parameterError } = require('../envelope');
const {
	ACCEPTABLE,
	CANCEL_ID_REQUIRED,
	CANCEL_REASONS,
	CANCELLABLE,
	PICKUP_ADDRESS,
	PRINTABLE,
	SHIPPABLE,
	moveOrder,
	shippingParameter,
} = require('../fulfilment');

/** Ginee's limit per batch call is not published; the emulator takes the node's assumption. */
const MAX_ORDERS_PER_CALL = { cancel: 20, moveShipped: 20, complete: 20, ship: 50 };
const DELIVERY_TYPES = ['PICK_UP', 'DROP_OFF', 'MANUAL_SHIP'];
const DOCUMENT_TYPES = Object.keys(PRINTABLE);
const THREE_MONTHS_MS = 92 * 86_400_000;
const notSupported = () =>
	new GineeError('BUSINESS_ERROR', 'This order operation does not support');

function orderOf(store, orderId) {
	if (typeof orderId !== 'string' || orderId.trim() === '')
		throw parameterError('orderId must not be blank');
	const order = store.orders.get(orderId);
	if (!order) throw new GineeError('DATA_NOT_EXISTED', `Order ${orderId} does not exist`);
	return order;
}

function orderList(body, field, limit) {
	const list = body[field];
	if (!Array.isArray(list) || list.length === 0)
		throw parameterError(`${field} must be a non-empty array`);
	if (list.length > limit) throw parameterError(`${field} cannot exceed ${limit}`);
	return list;
}

function acceptOrder(store, body, now) {
	const order = orderOf(store, body.orderId);
	if (order.channel === 'MANUAL_ID' || !ACCEPTABLE.includes(order.orderStatus))
		throw notSupported();
	moveOrder(order, 'READY_TO_SHIP', now());
	return order.orderId;
}

/** All orders are checked before any is cancelled: a refused call changes nothing. */
function cancelOrder(store, body, now) {
	const list = orderList(body, 'orderInfoList', MAX_ORDERS_PER_CALL.cancel);
	const orders = list.map((entry, index) => {
		const where = `orderInfoList[${index}]`;
		const order = orderOf(store, entry?.orderId);
		if (entry.channelEnum !== order.channel)
			throw parameterError(`${where}.channelEnum must be the order's channel ${order.channel}`);
		const reasons = CANCEL_REASONS[order.channel];
		const cancelId = String(entry.cancelId ?? '').trim();
		if (reasons && !reasons.includes(cancelId))
			throw parameterError(
				`${where}.cancelId ${JSON.stringify(cancelId)} is not a cancel reason of ${order.channel}`,
			);
		if (!reasons && CANCEL_ID_REQUIRED.includes(order.channel) && !cancelId)
			throw parameterError(`${where}.cancelId is required for ${order.channel}`);
		if (!CANCELLABLE.includes(order.orderStatus))
			throw new GineeError(
				'BUSINESS_ERROR',
				`Order ${order.orderId} is ${order.orderStatus}: this order operation does not support`,
			);
		return { order, cancelId, note: entry.cancelNote ?? null };
	});
	for (const { order, cancelId, note } of orders) {
		moveOrder(order, 'CANCELLED', now());
		Object.assign(order.cancelInfo, {
			cancelReason: cancelId || null,
			cancelReasonNote: note,
			canceledAt: order.lastUpdateAt,
			operator: 'open-api',
		});
	}
	return orders[0].order.orderId;
}

/**
 * MoveShipped and CompleteOrder: manual orders only (CHANNEL_NOT_SUPPORT otherwise, for the whole
 * call); an order in another status is left out of the answer.
 */
function manualStep(from, to, limitName) {
	return (store, body, now) => {
		const list = orderList(body, 'orderInfoList', MAX_ORDERS_PER_CALL[limitName]);
		const orders = list.map((entry) => orderOf(store, entry?.orderId));
		if (
			orders.some(
				(order, index) => order.channel !== 'MANUAL_ID' || list[index].channelEnum !== 'MANUAL_ID',
			)
		)
			throw new GineeError('CHANNEL_NOT_SUPPORT', 'This order operation channel does not support');
		return orders
			.filter((order) => from.includes(order.orderStatus))
			.map((order) => {
				moveOrder(order, to, now());
				return { id: order.orderId, externalOrderSn: order.externalOrderSn };
			});
	};
}

function printOrder(store, body) {
	const order = orderOf(store, body.orderId);
	if (!DOCUMENT_TYPES.includes(body.documentType))
		throw parameterError(`documentType must be one of ${DOCUMENT_TYPES.join(', ')}`);
	if (!PRINTABLE[body.documentType].includes(order.orderStatus))
		throw new GineeError('BUSINESS_ERROR', 'There is no printable order');
	const key = {
		LABEL: 'labelPrintStatus',
		INVOICE: 'invoicePrintStatus',
		PACKAGE: 'packingPrintStatus',
		PICKING: 'pickingPrintStatus',
	}[body.documentType];
	order.printInfo[key] = 'PRINTED';
	return {
		orderId: order.orderId,
		pdfUrl: `${store.baseUrl}/files/${body.documentType.toLowerCase()}-${order.orderId}.pdf`,
		logisticsInfos: order.logisticsInfos.map((info) => ({
			packageId: info.packageId,
			logisticsProviderName: info.logisticsProviderName,
			logisticsTrackingNumber: info.logisticsTrackingNumber,
			invoiceNumber: info.invoiceNumber,
		})),
	};
}

function getShippingParameter(store, body, now) {
	const order = orderOf(store, body.orderId);
	if (order.channel === 'MANUAL_ID' || !SHIPPABLE.includes(order.orderStatus)) throw notSupported();
	return shippingParameter(order, now());
}

/** GetOrderLogistics: the same choices, per delivery type, with the tracking-number rule. */
function getOrderLogistics(store, body, now) {
	const parameter = getShippingParameter(store, body, now);
	return parameter.logistics.map((entry) => ({
		logisticsDeliveryType: entry.logisticsDeliveryType,
		logisticsProviderName: entry.logisticDetailList[0].logisticsProviderName,
		logisticsTrackingNumber: parameter.logisticsTrackingNumber,
		addressList: entry.logisticsDeliveryType === 'PICK_UP' ? parameter.addresses : [],
		trackingNoRequired: false,
	}));
}

function checkShipment(entry, index) {
	const where = `orderShips[${index}]`;
	if (!DELIVERY_TYPES.includes(entry?.deliveryType))
		throw parameterError(`${where}.deliveryType must be one of ${DELIVERY_TYPES.join(', ')}`);
	const provider = entry.shippingProviderId || entry.shipmentProvider;
	if (!provider)
		throw parameterError(`${where}: a shipping provider is required for ${entry.deliveryType}`);
	const needs = {
		PICK_UP: ['pickupTimeId', 'addressId', 'address'],
		DROP_OFF: [],
		MANUAL_SHIP: ['trackingNo'],
	};
	for (const field of needs[entry.deliveryType])
		if (!String(entry[field] ?? '').trim())
			throw parameterError(`${where}.${field} is required for ${entry.deliveryType}`);
}

/** ShipOrder: a task that finishes `store.shipTaskMs` later (GetShippingResult tells). */
function batchShipping(store, body, now) {
	const list = orderList(body, 'orderShips', MAX_ORDERS_PER_CALL.ship);
	list.forEach((entry, index) => {
		orderOf(store, entry?.orderId);
		checkShipment(entry, index);
	});
	store.shipTasks ??= new Map();
	store.nextTaskNumber = (store.nextTaskNumber ?? 0) + 1;
	const taskId = `ST${String(store.nextTaskNumber).padStart(12, '0')}`;
	const startedAt = now();
	store.shipTasks.set(taskId, {
		taskId,
		shipments: list,
		startedAt,
		finishAt: startedAt + (store.shipTaskMs ?? 1500),
		details: null,
	});
	return taskId;
}

/** Finishes the ship tasks that are due (the orders move to SHIPPING or the shipment fails). */
function settleShipTasks(store, now) {
	for (const task of store.shipTasks?.values() ?? []) {
		if (task.details || now < task.finishAt) continue;
		task.details = task.shipments.map((shipment) => {
			const order = store.orders.get(shipment.orderId);
			if (!SHIPPABLE.includes(order.orderStatus) || order.channel === 'MANUAL_ID')
				return {
					orderId: order.orderId,
					status: 'FAILED',
					errorMessage: `The order is ${order.orderStatus}: it cannot be shipped`,
				};
			moveOrder(order, 'SHIPPING', now);
			const logistics = order.logisticsInfos[0];
			logistics.shippingType = shipment.deliveryType;
			logistics.logisticsTrackingNumber =
				shipment.trackingNo ||
				`JP${String(9_700_000_000 + store.shipTasks.size * 1000 + task.shipments.indexOf(shipment))}`;
			return { orderId: order.orderId, status: 'SUCCESS', errorMessage: null };
		});
	}
}

function getShippingResult(store, body, now) {
	const task = store.shipTasks?.get(body.taskId);
	if (!task) throw new GineeError('DATA_NOT_EXISTED', `Task ${body.taskId} does not exist`);
	settleShipTasks(store, now());
	if (task.details) return { taskId: task.taskId, complete: true, detailList: task.details };
	const halfway = now() >= (task.startedAt + task.finishAt) / 2;
	return {
		taskId: task.taskId,
		complete: false,
		detailList: task.shipments.map((shipment) => ({
			orderId: shipment.orderId,
			status: halfway ? 'PROCESSING' : 'WAIT',
			errorMessage: null,
		})),
	};
}

function gmvInfo(store, body) {
	for (const field of ['createSince', 'createTo'])
		if (typeof body[field] !== 'string' || Number.isNaN(Date.parse(body[field])))
			throw parameterError(`${field} must be a UTC timestamp`);
	if (!Array.isArray(body.orderStatuses) || body.orderStatuses.length === 0)
		throw parameterError('orderStatuses must be a non-empty array');
	const since = Date.parse(body.createSince);
	const to = Date.parse(body.createTo);
	if (to < since) throw parameterError('createTo must not be before createSince');
	if (to - since > THREE_MONTHS_MS) throw parameterError('date range cannot exceed 3 months');
	const totals = new Map(body.orderStatuses.map((status) => [status, 0]));
	for (const order of store.orders.values()) {
		const created = Date.parse(order.createAt);
		if (created < since || created > to || !totals.has(order.orderStatus)) continue;
		if (body.currencyCode && order.currency !== body.currencyCode) continue;
		totals.set(order.orderStatus, totals.get(order.orderStatus) + order.totalAmount);
	}
	return {
		currency: body.currencyCode ?? 'IDR',
		countItems: [...totals].map(([dimension, totalAmount]) => ({ dimension, totalAmount })),
	};
}

module.exports = {
	MAX_ORDERS_PER_CALL,
	PICKUP_ADDRESS,
	acceptOrder,
	batchShipping,
	cancelOrder,
	completeOrder: manualStep(['SHIPPING'], 'DELIVERED', 'complete'),
	getOrderLogistics,
	getShippingParameter,
	getShippingResult,
	gmvInfo,
	moveShipped: manualStep(['PAID', 'READY_TO_SHIP'], 'SHIPPING', 'moveShipped'),
	printOrder,
	settleShipTasks,
};
