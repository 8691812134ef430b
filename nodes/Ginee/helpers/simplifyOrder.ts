import type { IDataObject } from 'n8n-workflow';

type Order = IDataObject & {
	customerInfo?: IDataObject | null;
	paymentInfo?: IDataObject | null;
	shippingAddressInfo?: IDataObject | null;
	items?: IDataObject[] | null;
	logisticsInfos?: IDataObject[] | null;
	extraInfo?: IDataObject | null;
};

const asBoolean = (value: unknown) =>
	typeof value === 'string' ? value === 'true' : Boolean(value);

/** The fields a seller looks at first, flat, with Ginee's alternative spellings read either way. */
export function simplifyOrder(order: Order): IDataObject {
	const customer = order.customerInfo ?? {};
	const payment = order.paymentInfo ?? {};
	const shipping = order.shippingAddressInfo ?? {};
	const logistics = order.logisticsInfos?.[0] ?? {};
	return {
		orderId: order.orderId,
		channel: order.channel,
		shopId: order.shopId,
		orderStatus: order.orderStatus,
		orderType: order.orderType,
		externalOrderSn: order.externalOrderSn,
		externalOrderId: order.externalOrderId,
		createAt: order.createAt,
		payAt: order.payAt,
		lastUpdateAt: order.lastUpdateAt,
		currency: order.currency ?? payment.currency,
		totalAmount: order.totalAmount ?? payment.totalAmount,
		paymentMethod: order.paymentMethod,
		isCod: asBoolean(order.isCod),
		fakeOrder: asBoolean(order.fakerOrder),
		voucherPlatform: payment.voucherPlatfom ?? payment.voucherPlatform ?? null,
		customerName: customer.name ?? null,
		customerMobile: customer.mobile ?? null,
		customerEmail: customer.email ?? null,
		shippingName: shipping.name ?? null,
		shippingCity: shipping.city ?? null,
		shippingProvince: shipping.province ?? null,
		logisticsProvider: logistics.logisticsProviderName ?? null,
		trackingNumber: logistics.logisticsTrackingNumber ?? null,
		itemCount: (order.items ?? []).reduce((sum, item) => sum + (Number(item.quantity) || 0), 0),
		items: (order.items ?? []).map((item) => ({
			sku: item.sku,
			productName: item.productName,
			quantity: item.quantity,
			actualPrice: item.actualPrice,
		})),
		noteByBuyer: order.extraInfo?.noteByBuyer ?? null,
	};
}
