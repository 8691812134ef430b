import type { IDataObject } from 'n8n-workflow';

import { CHANNEL_OPTIONS } from './channelsAndStatuses';

type Order = IDataObject & {
	customerInfo?: IDataObject | null;
	paymentInfo?: IDataObject | null;
	shippingAddressInfo?: IDataObject | null;
	items?: IDataObject[] | null;
	logisticsInfos?: IDataObject[] | null;
	extraInfo?: IDataObject | null;
};

/**
 * The ten fields a team acts on (n8n's guideline for Simplify: at most 10), flat, with Ginee's
 * alternative spellings read either way. Everything else stays available with Simplify off.
 */
export function simplifyOrder(order: Order): IDataObject {
	const payment = order.paymentInfo ?? {};
	const logistics = order.logisticsInfos?.[0] ?? {};
	return {
		orderId: order.orderId,
		externalOrderSn: order.externalOrderSn,
		channel: order.channel,
		orderStatus: order.orderStatus,
		createAt: order.createAt,
		totalAmount: order.totalAmount ?? payment.totalAmount,
		currency: order.currency ?? payment.currency,
		customerName: order.customerInfo?.name ?? null,
		trackingNumber: logistics.logisticsTrackingNumber ?? null,
		items: (order.items ?? []).map((item) => ({
			sku: item.sku,
			productName: item.productName,
			quantity: item.quantity,
			actualPrice: item.actualPrice,
		})),
	};
}

/** What a simplified order holds from version 1.1, for the triggers' Simplify descriptions. */
export const SIMPLIFIED_ORDER_FIELDS =
	'the ten fields Get Details gives as Simplified (orderId, marketplaceOrderNumber, ' +
	'marketplace, country, status, createdAt, total, buyerName, trackingNumber, items)';

const MARKETPLACES = new Map(CHANNEL_OPTIONS.map(({ name, value }) => [String(value), name]));

/** The marketplace and country of a channel such as SHOPEE_ID: Shopee, ID. */
export function marketplaceOf(channel: unknown): {
	marketplace: string | null;
	country: string | null;
} {
	if (typeof channel !== 'string' || !channel) return { marketplace: null, country: null };
	const cut = channel.lastIndexOf('_');
	const country = cut > 0 ? channel.slice(cut + 1) : null;
	const known = MARKETPLACES.get(cut > 0 ? `${channel.slice(0, cut)}_ID` : channel);
	return { marketplace: known ?? (cut > 0 ? channel.slice(0, cut) : channel), country };
}

/**
 * From version 1.1: ten fields in the words a seller reads (marketplaceOrderNumber, marketplace:
 * Shopee, country: ID, createdAt…); Raw keeps Ginee's names. The country replaces the currency:
 * Ginee sells in one currency per country (the ten-field limit is n8n's guideline for Simplify).
 */
export function summarizeOrder(order: Order): IDataObject {
	const simplified = simplifyOrder(order);
	const { marketplace, country } = marketplaceOf(order.channel);
	return {
		orderId: simplified.orderId,
		marketplaceOrderNumber: simplified.externalOrderSn,
		marketplace,
		country: order.country ?? country,
		status: simplified.orderStatus,
		createdAt: simplified.createAt,
		total: simplified.totalAmount,
		buyerName: simplified.customerName,
		trackingNumber: simplified.trackingNumber,
		items: simplified.items,
	};
}

/**
 * Version 1's Simplify keeps Ginee's field names; from version 1.1 (of each of the three nodes) the
 * simplified order uses a seller's.
 */
export function orderSimplifierFor(typeVersion: number): (order: Order) => IDataObject {
	return typeVersion >= 1.1 ? summarizeOrder : simplifyOrder;
}
