'use strict';
// ListOrder v2: one time range of at most 15 days, cursor paging, oldest first.
const { parameterError } = require('../envelope');
const { DAY } = require('../dataset');
const { HISTORY_MS } = require('./batchGet');

const MAX_RANGE_MS = 15 * DAY;

function timeRange(body) {
	const byCreate = body.createSince != null || body.createTo != null;
	const byUpdate = body.lastUpdateSince != null || body.lastUpdateTo != null;
	if (byCreate === byUpdate)
		throw parameterError(
			'exactly one of createSince/createTo or lastUpdateSince/lastUpdateTo is required',
		);
	const [sinceField, toField, orderField] = byCreate
		? ['createSince', 'createTo', 'createAt']
		: ['lastUpdateSince', 'lastUpdateTo', 'lastUpdateAt'];
	const since = Date.parse(body[sinceField]);
	const to = Date.parse(body[toField]);
	if (Number.isNaN(since) || Number.isNaN(to))
		throw parameterError(`${sinceField} and ${toField} must both be UTC timestamps`);
	if (to < since) throw parameterError(`${toField} must not be before ${sinceField}`);
	if (to - since > MAX_RANGE_MS)
		throw parameterError(`${sinceField} and ${toField} must be at most 15 days apart`);
	return { since, to, orderField };
}

function encodeCursor(offset) {
	return Buffer.from(`offset:${offset}`).toString('base64');
}

function decodeCursor(cursor) {
	const match = /^offset:(\d+)$/.exec(Buffer.from(String(cursor), 'base64').toString());
	if (!match) throw parameterError('nextCursor is not valid');
	return Number(match[1]);
}

function listOrder(store, body, now) {
	const size = body.size ?? 10;
	if (!Number.isInteger(size) || size < 1 || size > 100)
		throw parameterError('size must be an integer from 1 to 100');
	const { since, to, orderField } = timeRange(body);
	if (!body.historicalData && since < now() - HISTORY_MS) {
		throw parameterError(
			'the time range must be within the last 3 months unless historicalData is true',
		);
	}
	if (body.shopIdList != null && (!Array.isArray(body.shopIdList) || body.shopIdList.length > 50))
		throw parameterError('shopIdList allows at most 50 shops');
	if (
		body.orderNumbers != null &&
		(!Array.isArray(body.orderNumbers) || body.orderNumbers.length > 100)
	)
		throw parameterError('orderNumbers allows at most 100 values');
	// Ginee's indexing lag: a change shows only this long after it happened
	const visibleUntil = now() - (store.listLagMs ?? 0);
	const matches = [...store.orders.values()]
		.filter((order) => Date.parse(order.lastUpdateAt) <= visibleUntil)
		.filter((order) => {
			const at = Date.parse(order[orderField]);
			return at >= since && at <= to;
		})
		.filter((order) => !body.channel || order.channel === body.channel)
		.filter((order) => !body.shopIdList?.length || body.shopIdList.includes(order.shopId))
		.filter((order) => !body.orderStatus || order.orderStatus === body.orderStatus)
		.filter((order) => !body.orderType || order.orderType === body.orderType)
		.filter(
			(order) =>
				!body.orderNumbers?.length ||
				body.orderNumbers.includes(order.externalOrderSn) ||
				body.orderNumbers.includes(order.orderId),
		)
		.sort(
			(a, b) => a[orderField].localeCompare(b[orderField]) || a.orderId.localeCompare(b.orderId),
		);
	const offset = body.nextCursor ? decodeCursor(body.nextCursor) : 0;
	const content = matches
		.slice(offset, offset + size)
		.map((order) => ({ ...structuredClone(order), shippingDocumentInfo: null }));
	const more = offset + size < matches.length;
	return {
		content,
		more,
		nextCursor: more ? encodeCursor(offset + size) : null,
		total: matches.length,
	};
}

module.exports = { listOrder };
