'use strict';
// Warehouse documents: PurchaseInboundOrder (receive stock onto shelf inventories; executed at once
// it adds to the warehouse stock, else it waits as CREATE), GetInboundOrder (GET, by id) and
// ManualOutboundOrderCreate (executed at once it takes the stock out, refused whole when a line
// asks more than is available) and ManualOutboundOrderExecuteBatch (a bare array of IDs; each
// waiting order taken out of stock, or its reason in errorList).
const { GineeError, parameterError } = require('../envelope');
const { WAREHOUSES, available } = require('../inventory');

const DELIVERY_METHODS = ['EXPRESS_DELIVERY', 'SELF_PICKED_UP', 'DEFAULT'];
/** Inbound order ids are longs at Ginee; the emulator's stay within JSON's exact integers. */
const FIRST_INBOUND_ID = 7_300_000_000_001;
const FIRST_OUTBOUND_ID = 7_400_000_000_001;

const isAmount = (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function shelfRow(store, warehouseId, shelfInventoryId) {
	for (const row of store.inventory.values())
		if (row.warehouseId === warehouseId && row.shelfInventoryIds.includes(shelfInventoryId))
			return row;
	return undefined;
}

function checkLine(store, warehouseId, line, index) {
	const at = `itemCreateList[${index}]`;
	if (!line?.shelfInventoryId) throw parameterError(`${at}.shelfInventoryId is required`);
	for (const field of ['planQuantity', 'realQuantity'])
		if (!Number.isInteger(line[field]) || line[field] < 0)
			throw parameterError(`${at}.${field} must be a whole number of at least 0`);
	for (const field of ['planPrice', 'realPrice'])
		if (!isAmount(line[field])) throw parameterError(`${at}.${field} must be an amount >= 0`);
	const row = shelfRow(store, warehouseId, line.shelfInventoryId);
	if (!row)
		throw new GineeError(
			'DATA_NOT_EXISTED',
			`Shelf inventory ${line.shelfInventoryId} is not in warehouse ${warehouseId}`,
		);
	return row;
}

function checkHeader(body) {
	const warehouse = WAREHOUSES.find((candidate) => candidate.id === body.warehouseId);
	if (!body.warehouseId) throw parameterError('warehouseId is required');
	if (!warehouse) throw parameterError(`warehouse ${body.warehouseId} does not exist`);
	if (!DELIVERY_METHODS.includes(body.deliveryMethod))
		throw parameterError(`deliveryMethod must be one of ${DELIVERY_METHODS.join(', ')}`);
	for (const field of ['immediateExecute', 'needPushFulfillment'])
		if (typeof body[field] !== 'boolean') throw parameterError(`${field} is required (boolean)`);
	if (String(body.remark ?? '').length >= 300) throw parameterError('remark must be under 300');
	if (String(body.waybillNumber ?? '').length >= 200)
		throw parameterError('waybillNumber must be under 200');
	const lines = body.itemCreateList;
	if (!Array.isArray(lines) || lines.length === 0)
		throw parameterError('itemCreateList must hold at least one line');
}

/** A document of `kind` (inbound adds its lines to the stock, outbound takes them out). */
function createDocument(store, body, now, kind) {
	checkHeader(body);
	const lines = body.itemCreateList;
	const rows = lines.map((line, index) => checkLine(store, body.warehouseId, line, index));
	const sign = kind === 'inbound' ? 1 : -1;
	if (body.immediateExecute && sign < 0)
		lines.forEach((line, index) => {
			if (line.realQuantity > available(rows[index]))
				throw new GineeError(
					'BUSINESS_ERROR',
					`Not enough stock of ${rows[index].masterSku}: ${available(rows[index])} available`,
				);
		});
	const documents = kind === 'inbound' ? 'inboundOrders' : 'outboundOrders';
	store[documents] ??= new Map();
	const id = (kind === 'inbound' ? FIRST_INBOUND_ID : FIRST_OUTBOUND_ID) + store[documents].size;
	const at = new Date(now()).toISOString();
	const status = body.immediateExecute ? 'COMPLETE' : 'CREATE';
	const items = lines.map((line, index) => ({
		id: id * 100 + index,
		status,
		masterVariationId: rows[index].masterVariationId,
		masterSku: rows[index].masterSku,
		planQuantity: line.planQuantity,
		realQuantity: line.realQuantity,
		planPrice: line.planPrice,
		realPrice: line.realPrice,
		planAmount: line.planQuantity * line.planPrice,
		realAmount: line.realQuantity * line.realPrice,
		remark: line.remark ?? null,
		failReason: null,
	}));
	const sum = (field) => items.reduce((total, item) => total + item[field], 0);
	store[documents].set(id, {
		id,
		userId: 'U64C0000000CEDFD0000000001',
		no: body.no || `${kind === 'inbound' ? 'IN' : 'OUT'}${id}`,
		warehouseId: body.warehouseId,
		status,
		remark: body.remark ?? null,
		planAmount: sum('planAmount'),
		realAmount: sum('realAmount'),
		planQuantity: sum('planQuantity'),
		realQuantity: sum('realQuantity'),
		deliveryMethod: body.deliveryMethod,
		waybillNumber: body.waybillNumber ?? null,
		items,
		createDatetime: at,
		updateDatetime: at,
	});
	if (body.immediateExecute)
		lines.forEach((line, index) => {
			Object.assign(rows[index], {
				warehouseStock: rows[index].warehouseStock + sign * line.realQuantity,
				everStocked: true,
				updateDatetime: at,
			});
		});
	return id;
}

const purchaseInboundOrder = (store, body, now) => createDocument(store, body, now, 'inbound');
const manualOutboundOrderCreate = (store, body, now) => {
	if (body.purchaseOrderId !== undefined)
		throw parameterError('purchaseOrderId is not a field of an outbound order');
	return createDocument(store, body, now, 'outbound');
};

/** Why a waiting outbound order cannot be executed now, or undefined. */
function executeProblem(store, order) {
	if (!order) return 'Outbound order does not exist';
	if (order.status !== 'CREATE') return `Outbound order is ${order.status}, not waiting`;
	for (const item of order.items) {
		const row = store.inventory.get(`${order.warehouseId}|${item.masterSku}`);
		if (item.realQuantity > available(row))
			return `Not enough stock of ${item.masterSku}: ${available(row)} available`;
	}
	return undefined;
}

function manualOutboundOrderExecuteBatch(store, ids, now) {
	if (!Array.isArray(ids) || ids.length === 0)
		throw parameterError('The body must be a JSON array of outbound order ids');
	if (ids.length > 20) throw parameterError('at most 20 outbound order ids per call');
	const itemList = [];
	const errorList = [];
	const at = new Date(now()).toISOString();
	for (const id of ids) {
		const order = store.outboundOrders?.get(Number(id));
		const problem = executeProblem(store, order);
		if (problem) {
			errorList.push({ id, message: problem });
			continue;
		}
		for (const item of order.items) {
			const row = store.inventory.get(`${order.warehouseId}|${item.masterSku}`);
			Object.assign(row, {
				warehouseStock: row.warehouseStock - item.realQuantity,
				updateDatetime: at,
			});
			item.status = 'COMPLETE';
		}
		Object.assign(order, { status: 'COMPLETE', updateDatetime: at });
		itemList.push({ id });
	}
	return { itemList, errorList };
}

function getInboundOrder(store, query) {
	const id = query.get('inboundOrderId');
	if (!id) throw parameterError('inboundOrderId is required');
	const order = store.inboundOrders?.get(Number(id));
	if (!order) throw new GineeError('DATA_NOT_EXISTED', `Inbound order ${id} does not exist`);
	return order;
}

/** The sell outbound order's status for an order's status; unpaid orders have none yet. */
const SELL_OUTBOUND_STATUS = {
	PAID: 'CREATE',
	READY_TO_SHIP: 'PENDING',
	SHIPPING: 'COMPLETE',
	DELIVERED: 'COMPLETE',
	RETURNED: 'COMPLETE',
	CANCELLED: 'INVALID',
};

/** GetOutboundOrder (a GET by orderId): the order's sell outbound orders, a list as in Ginee's example. */
function getSellOutboundOrder(store, query) {
	// By `id` (the page offers it), the emulator answers an outbound order of any kind, as the
	// Ginee Trigger's Fetch Full Outbound Order assumes Ginee does
	const id = query.get('id');
	if (id && !query.get('orderId')) {
		const outbound = store.outboundOrders?.get(Number(id));
		if (!outbound) throw new GineeError('DATA_NOT_EXISTED', `Outbound order ${id} does not exist`);
		return [outbound];
	}
	const orderId = query.get('orderId');
	if (!orderId) throw parameterError('orderId or id is required');
	const order = store.orders.get(orderId);
	if (!order) throw new GineeError('DATA_NOT_EXISTED', `Order ${orderId} does not exist`);
	const status = SELL_OUTBOUND_STATUS[order.orderStatus];
	if (!status) return [];
	const done = status === 'COMPLETE';
	const items = order.items.map((item) => ({
		orderItemId: item.itemId,
		status,
		masterSku: item.masterSku,
		masterVariationName: item.variationName,
		warehouseInventoryId: `WI${item.itemId.slice(2)}`,
		planQuantity: item.quantity,
		realQuantity: done ? item.quantity : 0,
		outQuantity: done ? item.quantity : 0,
		planPrice: item.actualPrice,
		realPrice: item.actualPrice,
		planAmount: item.actualTotalPrice,
		realAmount: done ? item.actualTotalPrice : 0,
	}));
	const sum = (field) => items.reduce((total, item) => total + item[field], 0);
	const warehouse = order.items[0]?.warehouse ?? {};
	return [
		{
			no: `SO-OUT-${orderId.slice(-8)}`,
			warehouseId: warehouse.id,
			warehouseName: warehouse.warehouseName,
			status,
			orderId,
			externalOrderSn: order.externalOrderSn,
			planQuantity: sum('planQuantity'),
			realQuantity: sum('realQuantity'),
			planAmount: sum('planAmount'),
			realAmount: sum('realAmount'),
			items,
		},
	];
}

module.exports = {
	getSellOutboundOrder,
	purchaseInboundOrder,
	getInboundOrder,
	manualOutboundOrderCreate,
	manualOutboundOrderExecuteBatch,
};
