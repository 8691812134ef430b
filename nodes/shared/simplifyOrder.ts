import type { IDataObject } from 'n8n-workflow';

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
