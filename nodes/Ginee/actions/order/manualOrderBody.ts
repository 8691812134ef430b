import type { IDataObject } from 'n8n-workflow';

import { toGineeUtc } from '../../helpers/utcTime';

/** A field of the UpdateManualOrder request that is missing or wrong, named by its Ginee path. */
export class ManualOrderFieldError extends Error {
	constructor(
		readonly field: string,
		problem: string,
	) {
		super(`${field} ${problem}`);
	}
}

const PAYMENT_METHODS = ['PREPAY', 'COD'];
const ADDRESS_REQUIRED = ['id', 'name', 'phoneNumber', 'country', 'province', 'city'];
const ADDRESS_OPTIONAL = ['district', 'zipCode', 'fullAddress'];
const ORDER_PAYMENT_AMOUNTS = ['totalDiscounts', 'taxationFee', 'insuranceFee', 'commissionFee', 'serviceFee'];

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
const shown = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));

function isObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function text(source: IDataObject, key: string, path: string, required: boolean): string | undefined {
	const value = source[key];
	if (isBlank(value)) {
		if (required) throw new ManualOrderFieldError(path, 'is required');
		return undefined;
	}
	if (typeof value !== 'string' && typeof value !== 'number') throw new ManualOrderFieldError(path, `must be text, got ${shown(value)}`);
	return String(value).trim();
}

function amount(source: IDataObject, key: string, path: string, required: boolean): number | undefined {
	const value = source[key];
	if (isBlank(value)) {
		if (required) throw new ManualOrderFieldError(path, 'is required');
		return undefined;
	}
	const number = typeof value === 'string' ? Number(value.trim()) : value;
	if (typeof number !== 'number' || !Number.isFinite(number) || number < 0) {
		throw new ManualOrderFieldError(path, `must be a number ≥ 0, got ${shown(value)}`);
	}
	return number;
}

function utcTime(source: IDataObject, key: string, path: string, timeZone: string): string {
	if (isBlank(source[key])) throw new ManualOrderFieldError(path, 'is required');
	const time = toGineeUtc(source[key], timeZone);
	if (!time) throw new ManualOrderFieldError(path, `must be an ISO-8601 time such as 2024-03-31T03:55:28Z, got ${shown(source[key])}`);
	return time;
}

function paymentMethod(source: IDataObject, path: string): string {
	const value = text(source, 'paymentMethod', path, true) as string;
	if (!PAYMENT_METHODS.includes(value.toUpperCase())) throw new ManualOrderFieldError(path, `must be PREPAY or COD, got ${shown(value)}`);
	return value.toUpperCase();
}

function object(source: IDataObject, key: string, path: string, required: boolean): IDataObject | undefined {
	const value = source[key];
	if (isBlank(value) || (isObject(value) && Object.keys(value).length === 0)) {
		if (required) throw new ManualOrderFieldError(path, 'is required');
		return undefined;
	}
	if (!isObject(value)) throw new ManualOrderFieldError(path, `must be an object, got ${shown(value)}`);
	return value;
}

function list(source: IDataObject, key: string, path: string): unknown[] | undefined {
	const value = source[key];
	if (isBlank(value)) return undefined;
	if (!Array.isArray(value)) throw new ManualOrderFieldError(path, `must be a list, got ${shown(value)}`);
	return value;
}

function address(source: IDataObject, key: string, required: boolean): IDataObject | undefined {
	const value = object(source, key, key, required);
	if (!value) return undefined;
	const result: IDataObject = {};
	for (const field of ADDRESS_REQUIRED) result[field] = text(value, field, `${key}.${field}`, true);
	for (const field of ADDRESS_OPTIONAL) {
		const optional = text(value, field, `${key}.${field}`, false);
		if (optional !== undefined) result[field] = optional;
	}
	return result;
}

function payRecord(value: unknown, path: string, timeZone: string): IDataObject {
	if (!isObject(value)) throw new ManualOrderFieldError(path, `must be an object, got ${shown(value)}`);
	const record: IDataObject = {
		payAtDatetime: utcTime(value, 'payAtDatetime', `${path}.payAtDatetime`, timeZone),
		payAmount: amount(value, 'payAmount', `${path}.payAmount`, true),
		paymentMethod: paymentMethod(value, `${path}.paymentMethod`),
	};
	for (const field of ['paySerialNumber', 'payAccountNumber', 'receiptAccountNumber', 'payRecordNote']) {
		const optional = text(value, field, `${path}.${field}`, false);
		if (optional !== undefined) record[field] = optional;
	}
	return record;
}

/**
 * Checks an UpdateManualOrder body against Ginee's request table and returns it normalised (numbers
 * as numbers, times in UTC). Throws ManualOrderFieldError naming the first field that is wrong.
 */
export function validateManualOrderBody(input: IDataObject, timeZone: string): IDataObject {
	const body: IDataObject = {
		id: text(input, 'id', 'id', true),
		externalOrderSn: text(input, 'externalOrderSn', 'externalOrderSn', true),
		customerName: text(input, 'customerName', 'customerName', true),
		customerEmail: text(input, 'customerEmail', 'customerEmail', true),
		customerMobile: text(input, 'customerMobile', 'customerMobile', true),
		paymentMethod: paymentMethod(input, 'paymentMethod'),
		payAmount: amount(input, 'payAmount', 'payAmount', true),
		payAtDatetime: utcTime(input, 'payAtDatetime', 'payAtDatetime', timeZone),
	};

	const items = list(input, 'orderItems', 'orderItems');
	if (!items || items.length === 0) throw new ManualOrderFieldError('orderItems', 'needs at least one order item');
	body.orderItems = items.map((item, index) => {
		const path = `orderItems[${index}]`;
		if (!isObject(item)) throw new ManualOrderFieldError(path, `must be an object, got ${shown(item)}`);
		const orderItem: IDataObject = {
			id: text(item, 'id', `${path}.id`, true),
			sku: text(item, 'sku', `${path}.sku`, true),
			quantity: amount(item, 'quantity', `${path}.quantity`, true),
			actualPrice: amount(item, 'actualPrice', `${path}.actualPrice`, true),
			warehouseId: text(item, 'warehouseId', `${path}.warehouseId`, true),
		};
		const weight = amount(item, 'weight', `${path}.weight`, false);
		if (weight !== undefined) orderItem.weight = weight;
		return orderItem;
	});
	body.shippingAddress = address(input, 'shippingAddress', true);

	const senderAddress = address(input, 'senderAddress', false);
	if (senderAddress) body.senderAddress = senderAddress;

	const logisticsInfos = list(input, 'logisticsInfos', 'logisticsInfos');
	if (logisticsInfos?.length) {
		body.logisticsInfos = logisticsInfos.map((info, index) => {
			const path = `logisticsInfos[${index}]`;
			if (!isObject(info)) throw new ManualOrderFieldError(path, `must be an object, got ${shown(info)}`);
			const result: IDataObject = { logisticsProviderName: text(info, 'logisticsProviderName', `${path}.logisticsProviderName`, true) };
			const tracking = text(info, 'logisticsTrackingNumber', `${path}.logisticsTrackingNumber`, false);
			if (tracking !== undefined) result.logisticsTrackingNumber = tracking;
			return result;
		});
	}

	const deleteIds = list(input, 'deleteOrderItemIds', 'deleteOrderItemIds');
	if (deleteIds?.length) {
		body.deleteOrderItemIds = deleteIds.map((id, index) => {
			if (typeof id !== 'string' || id.trim() === '') throw new ManualOrderFieldError(`deleteOrderItemIds[${index}]`, `must be an order item id, got ${shown(id)}`);
			return id.trim();
		});
	}

	const orderPayment = object(input, 'orderPayment', 'orderPayment', false);
	if (orderPayment) {
		const payment: IDataObject = {
			paySerialNumber: text(orderPayment, 'paySerialNumber', 'orderPayment.paySerialNumber', true),
			currency: text(orderPayment, 'currency', 'orderPayment.currency', true),
		};
		for (const field of ORDER_PAYMENT_AMOUNTS) payment[field] = amount(orderPayment, field, `orderPayment.${field}`, true);
		const shippingFee = amount(orderPayment, 'totalShippingFee', 'orderPayment.totalShippingFee', false);
		if (shippingFee !== undefined) payment.totalShippingFee = shippingFee;
		body.orderPayment = payment;
	}

	const orderPayRecord = object(input, 'orderPayRecord', 'orderPayRecord', false);
	if (orderPayRecord) body.orderPayRecord = payRecord(orderPayRecord, 'orderPayRecord', timeZone);
	const payRecords = list(input, 'payRecords', 'payRecords');
	if (payRecords?.length) body.payRecords = payRecords.map((record, index) => payRecord(record, `payRecords[${index}]`, timeZone));

	for (const note of ['noteByBuyer', 'noteBySeller']) {
		const value = text(input, note, note, false);
		if (value !== undefined) body[note] = value;
	}
	return body;
}
