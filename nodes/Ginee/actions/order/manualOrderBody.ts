import type { IDataObject } from 'n8n-workflow';

import { toGineeUtc } from '../../../shared/utcTime';
import { manualOrderLabels } from './manualOrderFields';

/**
 * Where a field sits: in the user's words (the labels of the node) and in Ginee's request table;
 * `top` is the request's top-level field it is part of.
 */
interface Place {
	label: string;
	path: string;
	top?: string;
}

/**
 * A field of the manual-order request that is missing or wrong. The message names it the way the
 * user sees it, with Ginee's name beside it for support: `'Order Items' item 2: 'SKU' is required
 * (Ginee field: orderItems[1].sku)`.
 */
export class ManualOrderFieldError extends Error {
	constructor(
		readonly field: string,
		problem: string,
		label = `'${field}'`,
	) {
		super(`${label} ${problem} (Ginee field: ${field})`);
	}
}

/** CreateManualOrder or UpdateManualOrder: one request table, with or without Ginee's IDs. */
export type ManualOrderMode = 'create' | 'update';

const TOP: Place = { label: '', path: '' };
const LABELS = manualOrderLabels();

/** The place of `key` inside `parent`, labelled as the node's field for it (else Ginee's name). */
function field(parent: Place, key: string): Place {
	if (parent === TOP) return { label: `'${LABELS.get(key) ?? key}'`, path: key, top: key };
	return {
		label: `${parent.label}: '${LABELS.get(`${parent.top}.${key}`) ?? key}'`,
		path: `${parent.path}.${key}`,
		top: parent.top,
	};
}

/** The place of the `index`-th entry of a list (1-based for the user, 0-based for Ginee). */
function entry(list: Place, index: number): Place {
	return { ...list, label: `${list.label} item ${index + 1}`, path: `${list.path}[${index}]` };
}

const fail = (place: Place, problem: string) =>
	new ManualOrderFieldError(place.path, problem, place.label);

const PAYMENT_METHODS = ['PREPAY', 'COD'];
const ADDRESS_REQUIRED = ['name', 'phoneNumber', 'country', 'province', 'city'];
const ADDRESS_OPTIONAL = ['district', 'zipCode', 'fullAddress'];
const ORDER_PAYMENT_AMOUNTS = [
	'totalDiscounts',
	'taxationFee',
	'insuranceFee',
	'commissionFee',
	'serviceFee',
];
const DECIMAL = /^\d+(\.\d+)?$/;
const POSITIVE_INTEGER = /^[1-9]\d*$/;

const isBlank = (value: unknown) =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
const shown = (value: unknown) =>
	typeof value === 'string'
		? `"${value}"`
		: typeof value === 'number'
			? String(value)
			: String(JSON.stringify(value) ?? value);

function isObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function required(source: IDataObject, key: string, place: Place, isRequired: boolean): unknown {
	const value = source[key];
	if (isBlank(value)) {
		if (isRequired) throw fail(place, 'is required');
		return undefined;
	}
	return value;
}

function text(
	source: IDataObject,
	key: string,
	parent: Place,
	isRequired: boolean,
): string | undefined {
	const place = field(parent, key);
	const value = required(source, key, place, isRequired);
	if (value === undefined) return undefined;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value !== 'string') throw fail(place, `must be text, got ${shown(value)}`);
	return value.trim();
}

/** A decimal number ≥ 0, as a number or as decimal text ("12.50"); no hex, exponents or signs. */
function amount(
	source: IDataObject,
	key: string,
	parent: Place,
	isRequired: boolean,
): number | undefined {
	const place = field(parent, key);
	const value = required(source, key, place, isRequired);
	if (value === undefined) return undefined;
	const number =
		typeof value === 'string' && DECIMAL.test(value.trim()) ? Number(value.trim()) : value;
	if (typeof number !== 'number' || !Number.isFinite(number) || number < 0 || number >= 1e15) {
		throw fail(place, `must be a decimal number of at least 0, got ${shown(value)}`);
	}
	return number;
}

/** A whole number of at least 1. */
function quantity(source: IDataObject, key: string, parent: Place): number {
	const place = field(parent, key);
	const value = required(source, key, place, true);
	const number =
		typeof value === 'string' && POSITIVE_INTEGER.test(value.trim()) ? Number(value.trim()) : value;
	if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) {
		throw fail(place, `must be a whole number of at least 1, got ${shown(value)}`);
	}
	return number;
}

function utcTime(source: IDataObject, key: string, parent: Place, timeZone: string): string {
	const place = field(parent, key);
	const value = required(source, key, place, true);
	const time = toGineeUtc(value, timeZone);
	if (!time)
		throw fail(
			place,
			`must be a real date and time such as 2024-03-31T03:55:28Z, got ${shown(value)}`,
		);
	return time;
}

function paymentMethod(source: IDataObject, parent: Place): string {
	const value = (text(source, 'paymentMethod', parent, true) as string).toUpperCase();
	if (!PAYMENT_METHODS.includes(value))
		throw fail(
			field(parent, 'paymentMethod'),
			`must be PREPAY or COD, got ${shown(source.paymentMethod)}`,
		);
	return value;
}

function object(
	source: IDataObject,
	key: string,
	parent: Place,
	isRequired: boolean,
): IDataObject | undefined {
	const place = field(parent, key);
	const value = source[key];
	if (isBlank(value) || (isObject(value) && Object.keys(value).length === 0)) {
		if (isRequired) throw fail(place, 'is required');
		return undefined;
	}
	if (!isObject(value)) throw fail(place, `must be an object, got ${shown(value)}`);
	return value;
}

function list(source: IDataObject, key: string, parent: Place): unknown[] | undefined {
	const value = source[key];
	if (isBlank(value)) return undefined;
	if (!Array.isArray(value)) throw fail(field(parent, key), `must be a list, got ${shown(value)}`);
	return value;
}

function entryObject(value: unknown, place: Place): IDataObject {
	if (!isObject(value)) throw fail(place, `must be an object, got ${shown(value)}`);
	return value;
}

function address(
	source: IDataObject,
	key: string,
	isRequired: boolean,
	mode: ManualOrderMode,
): IDataObject | undefined {
	const value = object(source, key, TOP, isRequired);
	if (!value) return undefined;
	const place = field(TOP, key);
	const result: IDataObject = {};
	// an update names Ginee's address record; a new order has none yet
	if (mode === 'update') result.id = text(value, 'id', place, true);
	for (const name of ADDRESS_REQUIRED) result[name] = text(value, name, place, true);
	for (const name of ADDRESS_OPTIONAL) {
		const optional = text(value, name, place, false);
		if (optional !== undefined) result[name] = optional;
	}
	return result;
}

function payRecord(value: unknown, place: Place, timeZone: string): IDataObject {
	const source = entryObject(value, place);
	const record: IDataObject = {
		payAtDatetime: utcTime(source, 'payAtDatetime', place, timeZone),
		payAmount: amount(source, 'payAmount', place, true),
		paymentMethod: paymentMethod(source, place),
	};
	for (const name of [
		'paySerialNumber',
		'payAccountNumber',
		'receiptAccountNumber',
		'payRecordNote',
	]) {
		const optional = text(source, name, place, false);
		if (optional !== undefined) record[name] = optional;
	}
	return record;
}

function orderItem(value: unknown, place: Place, mode: ManualOrderMode): IDataObject {
	const item = entryObject(value, place);
	const result: IDataObject = {
		...(mode === 'update' ? { id: text(item, 'id', place, true) } : {}),
		sku: text(item, 'sku', place, true),
		quantity: quantity(item, 'quantity', place),
		actualPrice: amount(item, 'actualPrice', place, true),
		warehouseId: text(item, 'warehouseId', place, true),
	};
	const weight = amount(item, 'weight', place, false);
	if (weight !== undefined) result.weight = weight;
	return result;
}

/**
 * Checks a CreateManualOrder or UpdateManualOrder body against Ginee's request table and returns
 * it normalised (numbers as numbers, times in UTC, only the fields of its table). Throws
 * ManualOrderFieldError naming the first field that is wrong.
 */
export function validateManualOrderBody(
	input: IDataObject,
	timeZone: string,
	mode: ManualOrderMode = 'update',
): IDataObject {
	const body: IDataObject = {
		...(mode === 'update'
			? { id: text(input, 'id', TOP, true) }
			: { shopId: text(input, 'shopId', TOP, true) }),
		externalOrderSn: text(input, 'externalOrderSn', TOP, true),
		customerName: text(input, 'customerName', TOP, true),
		customerEmail: text(input, 'customerEmail', TOP, true),
		customerMobile: text(input, 'customerMobile', TOP, true),
		paymentMethod: paymentMethod(input, TOP),
		payAmount: amount(input, 'payAmount', TOP, true),
		payAtDatetime: utcTime(input, 'payAtDatetime', TOP, timeZone),
	};

	const itemsPlace = field(TOP, 'orderItems');
	const items = list(input, 'orderItems', TOP);
	if (!items || items.length === 0) throw fail(itemsPlace, 'is empty: add at least one order item');
	body.orderItems = items.map((item, index) => orderItem(item, entry(itemsPlace, index), mode));
	body.shippingAddress = address(input, 'shippingAddress', true, mode);

	const senderAddress = address(input, 'senderAddress', false, mode);
	if (senderAddress) body.senderAddress = senderAddress;

	const logisticsPlace = field(TOP, 'logisticsInfos');
	const logisticsInfos = list(input, 'logisticsInfos', TOP);
	if (logisticsInfos?.length) {
		body.logisticsInfos = logisticsInfos.map((value, index) => {
			const place = entry(logisticsPlace, index);
			const info = entryObject(value, place);
			const result: IDataObject = {
				logisticsProviderName: text(info, 'logisticsProviderName', place, true),
			};
			const tracking = text(info, 'logisticsTrackingNumber', place, false);
			if (tracking !== undefined) result.logisticsTrackingNumber = tracking;
			return result;
		});
	}

	const deletePlace = field(TOP, 'deleteOrderItemIds');
	const deleteIds = list(input, 'deleteOrderItemIds', TOP);
	if (deleteIds?.length && mode === 'create')
		throw fail(deletePlace, 'is only for Update Manual Order: a new order has no items to delete');
	if (deleteIds?.length) {
		body.deleteOrderItemIds = deleteIds.map((id, index) => {
			if (typeof id !== 'string' || id.trim() === '')
				throw fail(entry(deletePlace, index), `must be an order item ID, got ${shown(id)}`);
			return id.trim();
		});
	}

	const orderPayment = object(input, 'orderPayment', TOP, false);
	if (orderPayment) {
		const place = field(TOP, 'orderPayment');
		const payment: IDataObject = {
			paySerialNumber: text(orderPayment, 'paySerialNumber', place, true),
			currency: text(orderPayment, 'currency', place, true),
		};
		for (const name of ORDER_PAYMENT_AMOUNTS)
			payment[name] = amount(orderPayment, name, place, true);
		const shippingFee = amount(orderPayment, 'totalShippingFee', place, false);
		if (shippingFee !== undefined) payment.totalShippingFee = shippingFee;
		body.orderPayment = payment;
	}

	const orderPayRecord = object(input, 'orderPayRecord', TOP, false);
	if (orderPayRecord)
		body.orderPayRecord = payRecord(orderPayRecord, field(TOP, 'orderPayRecord'), timeZone);
	const payRecordsPlace = field(TOP, 'payRecords');
	const payRecords = list(input, 'payRecords', TOP);
	if (orderPayRecord && payRecords?.length)
		throw fail(
			payRecordsPlace,
			`is set as well as ${field(TOP, 'orderPayRecord').label}: use only one of them`,
		);
	if (payRecords?.length)
		body.payRecords = payRecords.map((record, index) =>
			payRecord(record, entry(payRecordsPlace, index), timeZone),
		);

	for (const note of ['noteByBuyer', 'noteBySeller']) {
		const value = text(input, note, TOP, false);
		if (value !== undefined) body[note] = value;
	}
	return body;
}
