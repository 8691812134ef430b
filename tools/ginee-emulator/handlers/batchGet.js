'use strict';
const { parameterError } = require('../envelope');
const { DAY } = require('../dataset');

const HISTORY_MS = 90 * DAY;

function stringArray(value, field) {
	if (!Array.isArray(value) || value.some((entry) => typeof entry !== 'string')) {
		throw parameterError(`${field} must be an array of strings`);
	}
	if (value.length > 100) throw parameterError(`${field} allows no more than 100 values at a time`);
	return value;
}

/** The order as Ginee sends it back, shaped by the request's options. */
function present(order, { includeShippingDocument }) {
	const copy = structuredClone(order);
	const tiktokIndonesia = order.channel === 'TIKTOK_ID';
	if (!includeShippingDocument || !tiktokIndonesia) copy.shippingDocumentInfo = null;
	return copy;
}

function batchGet(store, body, now) {
	const historicalData = body.historicalData === true;
	const sections =
		body.includedSection == null ? [] : stringArray(body.includedSection, 'includedSection');
	const unknownSection = sections.find((section) => section !== 'SHIPPING_DOCUMENT_INFO');
	if (unknownSection)
		throw parameterError(`includedSection value ${unknownSection} is not supported`);

	let found;
	if (body.orderIds != null) {
		found = stringArray(body.orderIds, 'orderIds').map((id) => store.orders.get(id));
	} else if (body.channelOrderIds != null) {
		const channelOrderIds = stringArray(body.channelOrderIds, 'channelOrderIds');
		if (typeof body.shopId !== 'string' || !body.shopId) {
			throw parameterError('shopId is required when querying by channelOrderIds');
		}
		const byChannelId = new Map();
		for (const order of store.orders.values()) {
			// Ginee's page says only "channel market order id": the emulator takes the marketplace's number or its ID
			if (order.shopId !== body.shopId) continue;
			if (order.externalOrderId) byChannelId.set(order.externalOrderId, order);
			if (order.externalOrderSn) byChannelId.set(order.externalOrderSn, order);
		}
		found = channelOrderIds.map((id) => byChannelId.get(id));
	} else {
		throw parameterError('orderIds or shopId + channelOrderIds is required');
	}
	const includeShippingDocument = sections.includes('SHIPPING_DOCUMENT_INFO');
	return (
		found
			.filter(Boolean)
			// Ginee keeps orders older than three months apart: historicalData asks that store only.
			.filter((order) => now() - Date.parse(order.createAt) > HISTORY_MS === historicalData)
			.map((order) => present(order, { includeShippingDocument }))
	);
}

module.exports = { batchGet, HISTORY_MS };
