import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { outputFields } from '../common/output';

// Ginee's order, top level (GetOrderDetails and ListOrder answer the same record)
const ORDER_FIELDS: Array<[name: string, value: string, description: string]> = [
	['Billing Address', 'billingAddressInfo', 'The billing address, where the channel gives one'],
	['Cancellation', 'cancelInfo', 'Who cancelled and why, for a cancelled order'],
	['Marketplace', 'channel', 'Marketplace and country, e.g. SHOPEE_ID'],
	['Marketplace Order ID', 'externalOrderId', "The marketplace's internal order ID"],
	[
		'Marketplace Order Number',
		'externalOrderSn',
		'The order number the seller sees on the marketplace',
	],
	['Marketplace Order Status', 'externalOrderStatus', "The marketplace's own status"],
	['Marketplace Shop ID', 'externalShopId', "The shop's ID on the marketplace"],
	['Closed At', 'closeAt', 'When the order was completed or closed'],
	['COD', 'isCod', 'Whether the buyer pays cash on delivery'],
	['Country', 'country', 'Country code, e.g. ID'],
	['Created At', 'createAt', 'When Ginee created the order'],
	['Created on Marketplace At', 'externalCreateAt', 'When the order was placed on the marketplace'],
	['Currency', 'currency', 'Currency code, e.g. IDR'],
	['Customer', 'customerInfo', "The buyer's name, e-mail and phone"],
	['Extra Info', 'extraInfo', 'Notes and flags Ginee adds'],
	['Fake Order', 'fakerOrder', 'Whether Ginee marks the order as fake'],
	['Invoice', 'invoiceInfo', 'Invoice details'],
	['Items', 'items', 'The products ordered: SKU, name, quantity, prices'],
	['Last Updated At', 'lastUpdateAt', 'When the order last changed in Ginee'],
	['Logistics', 'logisticsInfos', 'Courier, tracking number and shipping status'],
	['Order Status', 'orderStatus', "Ginee's status, e.g. READY_TO_SHIP"],
	['Order Type', 'orderType', "Ginee's order type, e.g. NORMAL"],
	['Paid At', 'payAt', 'When the buyer paid'],
	['Payment', 'paymentInfo', 'Amounts: subtotal, shipping, discounts, total'],
	['Payment Method', 'paymentMethod', 'How the buyer paid'],
	['Print Info', 'printInfo', 'Whether labels and pick lists were printed'],
	['Problem Types', 'problemOrderTypes', 'Why Ginee flags the order, e.g. STOCKOUT'],
	['Sender Address', 'senderAddressInfo', "The seller's pick-up or sender address"],
	['Ship Before', 'promisedToShipBefore', 'The deadline to ship set by the marketplace'],
	['Shipping Address', 'shippingAddressInfo', "The buyer's delivery address"],
	['Shipping Document', 'shippingDocumentInfo', 'Sort code and recipient (Indonesian TikTok Shop)'],
	['Shop ID', 'shopId', "The shop's ID in Ginee"],
	['Total Amount', 'totalAmount', 'What the buyer pays in total'],
	[
		'Updated on Marketplace At',
		'externalUpdateAt',
		'When the order last changed on the marketplace',
	],
];

export const ORDER_ALWAYS_KEPT = ['orderId'];

/** The Output choice of the operations that return orders. */
export function orderOutputFields(): INodeProperties[] {
	return outputFields({
		record: 'order',
		simplified:
			'a flat summary of each order (ID, channel order number, status, amounts, buyer, ' +
			'tracking number, items)',
		namesIn: {
			simplified: 'marketplaceOrderNumber, marketplace, country, createdAt',
			raw: 'externalOrderSn, channel, createAt',
		},
		fields: ORDER_FIELDS.map(
			([name, value, description]): INodePropertyOptions => ({ name, value, description }),
		),
		alwaysKept: ORDER_ALWAYS_KEPT,
	});
}
