'use strict';
// UpdateManualOrder, enforcing the request table of Ginee's page field by field.
const { GineeError, parameterError } = require('../envelope');
const { buildOrder } = require('../dataset');
const { FIRST_NEW_ORDER } = require('../changes');

const UPDATABLE_STATUSES = ['PAID', 'PENDING_PAYMENT', 'PARTIALLY_PAID'];
const PAYMENT_METHODS = ['PREPAY', 'COD'];
const ADDRESS_FIELDS = ['name', 'phoneNumber', 'country', 'province', 'city'];
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

const isBlank = (value) =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function requireFields(object, fields, where) {
	for (const field of fields) {
		if (isBlank(object[field])) throw parameterError(`${where}${field} must not be blank`);
	}
}

function requireObject(value, field) {
	if (value === null || typeof value !== 'object' || Array.isArray(value))
		throw parameterError(`${field} must be an object`);
	return value;
}

function requireDecimal(value, field) {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isFinite(number) || number < 0) {
		throw parameterError(`${field} must be a decimal number >= 0`);
	}
}

function requireTimestamp(value, field) {
	if (typeof value !== 'string' || !ISO_UTC.test(value) || Number.isNaN(Date.parse(value))) {
		throw parameterError(`${field} must be a UTC timestamp such as 2022-09-20T16:00:01.000Z`);
	}
}

function requirePaymentMethod(value, field) {
	if (!PAYMENT_METHODS.includes(value)) throw parameterError(`${field} must be PREPAY or COD`);
}

function validatePayRecord(record, where) {
	requireObject(record, where.slice(0, -1));
	requireFields(record, ['payAtDatetime', 'payAmount', 'paymentMethod'], where);
	requireTimestamp(record.payAtDatetime, `${where}payAtDatetime`);
	requireDecimal(record.payAmount, `${where}payAmount`);
	requirePaymentMethod(record.paymentMethod, `${where}paymentMethod`);
}

/** The request table of UpdateManualOrder, or of CreateManualOrder (a shop, and no Ginee IDs). */
function validate(body, mode = 'update') {
	const update = mode === 'update';
	const ADDRESS_REQUIRED = update ? ['id', ...ADDRESS_FIELDS] : ADDRESS_FIELDS;
	requireFields(
		body,
		[
			update ? 'id' : 'shopId',
			'externalOrderSn',
			'customerName',
			'customerEmail',
			'customerMobile',
			'paymentMethod',
			'payAmount',
			'payAtDatetime',
			'orderItems',
			'shippingAddress',
		],
		'',
	);
	requirePaymentMethod(body.paymentMethod, 'paymentMethod');
	requireDecimal(body.payAmount, 'payAmount');
	requireTimestamp(body.payAtDatetime, 'payAtDatetime');
	if (!Array.isArray(body.orderItems) || body.orderItems.length === 0)
		throw parameterError('orderItems must be a non-empty array');
	body.orderItems.forEach((item, index) => {
		requireObject(item, `orderItems[${index}]`);
		requireFields(
			item,
			[...(update ? ['id'] : []), 'quantity', 'actualPrice', 'sku', 'warehouseId'],
			`orderItems[${index}].`,
		);
		requireDecimal(item.quantity, `orderItems[${index}].quantity`);
		requireDecimal(item.actualPrice, `orderItems[${index}].actualPrice`);
		if (item.weight != null) requireDecimal(item.weight, `orderItems[${index}].weight`);
	});
	requireFields(
		requireObject(body.shippingAddress, 'shippingAddress'),
		ADDRESS_REQUIRED,
		'shippingAddress.',
	);
	if (body.senderAddress != null)
		requireFields(
			requireObject(body.senderAddress, 'senderAddress'),
			ADDRESS_REQUIRED,
			'senderAddress.',
		);
	if (body.logisticsInfos != null) {
		if (!Array.isArray(body.logisticsInfos))
			throw parameterError('logisticsInfos must be an array');
		body.logisticsInfos.forEach((info, index) =>
			requireFields(
				requireObject(info, `logisticsInfos[${index}]`),
				['logisticsProviderName'],
				`logisticsInfos[${index}].`,
			),
		);
	}
	if (
		body.deleteOrderItemIds != null &&
		(!Array.isArray(body.deleteOrderItemIds) ||
			body.deleteOrderItemIds.some((id) => typeof id !== 'string'))
	) {
		throw parameterError('deleteOrderItemIds must be an array of strings');
	}
	if (body.orderPayment != null) {
		const payment = requireObject(body.orderPayment, 'orderPayment');
		requireFields(
			payment,
			[
				'paySerialNumber',
				'totalDiscounts',
				'taxationFee',
				'insuranceFee',
				'currency',
				'commissionFee',
				'serviceFee',
			],
			'orderPayment.',
		);
		for (const field of [
			'totalDiscounts',
			'taxationFee',
			'insuranceFee',
			'commissionFee',
			'serviceFee',
		])
			requireDecimal(payment[field], `orderPayment.${field}`);
	}
	if (body.orderPayRecord != null) validatePayRecord(body.orderPayRecord, 'orderPayRecord.');
	if (body.payRecords != null) {
		if (!Array.isArray(body.payRecords)) throw parameterError('payRecords must be an array');
		body.payRecords.forEach((record, index) => validatePayRecord(record, `payRecords[${index}].`));
	}
}

function addressInfo(address) {
	const {
		id,
		name,
		phoneNumber,
		country,
		province,
		city,
		district = null,
		zipCode = null,
		fullAddress = null,
	} = address;
	return { id, name, phoneNumber, country, province, city, district, zipCode, fullAddress };
}

function applyUpdate(order, body, nowIso) {
	order.externalOrderSn = body.externalOrderSn;
	Object.assign(order.customerInfo, {
		name: body.customerName,
		email: body.customerEmail,
		mobile: body.customerMobile,
	});
	order.paymentMethod = body.paymentMethod;
	order.isCod = body.paymentMethod === 'COD';
	order.payAt = body.payAtDatetime;
	order.totalAmount = Number(body.payAmount);
	order.paymentInfo.totalAmount = Number(body.payAmount);
	const removed = new Set(body.deleteOrderItemIds ?? []);
	const items = order.items.filter((item) => !removed.has(item.itemId));
	for (const change of body.orderItems) {
		let item = items.find((existing) => existing.itemId === change.id);
		if (!item) {
			item = { ...structuredClone(order.items[0] ?? {}), itemId: change.id };
			items.push(item);
		}
		const quantity = Number(change.quantity);
		const actualPrice = Number(change.actualPrice);
		Object.assign(item, {
			sku: change.sku,
			masterSku: change.sku,
			quantity,
			actualPrice,
			actualTotalPrice: quantity * actualPrice,
		});
		item.warehouse = { ...(item.warehouse ?? {}), id: change.warehouseId };
	}
	order.items = items;
	order.shippingAddressInfo = addressInfo(body.shippingAddress);
	if (body.senderAddress) order.senderAddressInfo = addressInfo(body.senderAddress);
	if (body.logisticsInfos) {
		order.logisticsInfos = body.logisticsInfos.map((info, index) => ({
			...(order.logisticsInfos[index] ?? {}),
			logisticsProviderName: info.logisticsProviderName,
			logisticsTrackingNumber: info.logisticsTrackingNumber ?? null,
		}));
	}
	if (body.orderPayment) {
		Object.assign(order.paymentInfo, {
			currency: body.orderPayment.currency,
			totalDiscounts: Number(body.orderPayment.totalDiscounts),
			totalTaxation: Number(body.orderPayment.taxationFee),
			insuranceFee: Number(body.orderPayment.insuranceFee),
			commissionFee: Number(body.orderPayment.commissionFee),
			serviceFee: Number(body.orderPayment.serviceFee),
		});
	}
	if (body.noteByBuyer !== undefined) order.extraInfo.noteByBuyer = body.noteByBuyer;
	if (body.noteBySeller !== undefined) order.extraInfo.noteBySeller = body.noteBySeller;
	order.lastUpdateAt = nowIso;
}

function updateManualOrder(store, body, now) {
	validate(body);
	const order = store.orders.get(body.id);
	if (!order)
		throw new GineeError('DATA_NOT_EXISTED', `Order ${body.id} does not exist`, { data: body.id });
	if (order.channel !== 'MANUAL_ID' || !UPDATABLE_STATUSES.includes(order.orderStatus)) {
		throw new GineeError('CHANNEL_NOT_SUPPORT', 'This order operation channel does not support', {
			data: body.id,
		});
	}
	applyUpdate(order, body, new Date(now()).toISOString());
	return order.orderId;
}

/** A new manual order in a manual shop, paid as the body says; its items and addresses get IDs. */
function createManualOrder(store, body, now) {
	validate(body, 'create');
	const shop = store.shops.find((candidate) => candidate.shopId === body.shopId);
	if (!shop) throw new GineeError('DATA_NOT_EXISTED', `Shop ${body.shopId} does not exist`);
	if (shop.channel !== 'MANUAL_ID')
		throw new GineeError('BUSINESS_ERROR', 'Manual orders can only be created in a manual shop');
	const taken = [...store.orders.values()].some(
		(order) => order.shopId === shop.shopId && order.externalOrderSn === body.externalOrderSn,
	);
	if (taken)
		throw new GineeError(
			'BUSINESS_ERROR',
			`externalOrderSn ${body.externalOrderSn} already exists`,
		);
	store.nextOrderNumber ??= FIRST_NEW_ORDER;
	const n = store.nextOrderNumber++;
	const stamp = new Date(now()).toISOString();
	const order = buildOrder(n, [shop], now());
	Object.assign(order, {
		createAt: stamp,
		lastUpdateAt: stamp,
		orderStatus: 'PAID',
		closeAt: null,
	});
	const withIds = {
		...body,
		orderItems: body.orderItems.map((item, k) => ({ ...item, id: `OI${n}${k}` })),
		shippingAddress: { ...body.shippingAddress, id: `OAI${n}` },
		senderAddress: body.senderAddress ? { ...body.senderAddress, id: `SA${n}` } : undefined,
	};
	applyUpdate(order, withIds, stamp);
	const itemIds = new Set(withIds.orderItems.map((item) => item.id));
	order.items = order.items.filter((item) => itemIds.has(item.itemId));
	store.orders.set(order.orderId, order);
	return order.orderId;
}

module.exports = { createManualOrder, updateManualOrder, UPDATABLE_STATUSES };
