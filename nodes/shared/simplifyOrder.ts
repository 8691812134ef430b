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

/** What a simplified order holds, for the triggers' Simplify descriptions. */
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
 * The ten fields a team acts on (n8n's guideline for Simplify: at most 10), flat, in the words a
 * seller reads (marketplaceOrderNumber, marketplace: Shopee, country: ID, createdAt…), with Ginee's
 * alternative spellings read either way; Raw keeps Ginee's names. The country replaces the
 * currency: Ginee sells in one currency per country.
 */
export function simplifyOrder(order: Order): IDataObject {
	const payment = order.paymentInfo ?? {};
	const logistics = order.logisticsInfos?.[0] ?? {};
	const { marketplace, country } = marketplaceOf(order.channel);
	return {
		orderId: order.orderId,
		marketplaceOrderNumber: order.externalOrderSn,
		marketplace,
		country: order.country ?? country,
		status: order.orderStatus,
		createdAt: order.createAt,
		total: order.totalAmount ?? payment.totalAmount,
		buyerName: order.customerInfo?.name ?? null,
		trackingNumber: logistics.logisticsTrackingNumber ?? null,
		items: (order.items ?? []).map((item) => ({
			sku: item.sku,
			productName: item.productName,
			quantity: item.quantity,
			actualPrice: item.actualPrice,
		})),
	};
}
