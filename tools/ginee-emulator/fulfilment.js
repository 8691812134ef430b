'use strict';
// What fulfilment does to an order at Ginee, as the emulator plays it. Ginee's pages give the
// endpoints and their error codes; which status allows which action is not published: the rules
// here are the emulator's (docs/operations.md: "Order → fulfilment").

/** CancelOrderV2's cancelId dictionary (Ginee's Dictionary page, as far as it was captured). */
const CANCEL_REASONS = {
	MANUAL_ID: [
		'MANUAL_OUT_OF_STOCK',
		'MANUAL_CUSTOMER_REQUEST',
		'MANUAL_INCORRECT_SHIPPING_AREA',
		'MANUAL_COD_NOT_SUPPORT',
		'MANUAL_WRONG_PRICE_OR_WEIGHT',
		'MANUAL_BUSY',
		'MANUAL_INCORRECT_ORDER',
		'PAYMENT_DECLINED',
		'MANUAL_SHOP_CLOSED',
		'MANUAL_COURIER_PROBLEM',
		'MANUAL_SOURCING_DELAY',
		'MANUAL_OTHERS',
		'MANUAL_SYSTEM_ERROR',
	],
	SHOPIFY_ID: ['customer', 'inventory', 'fraud', 'declined', 'other'],
};
/** Channels in the dictionary whose list was not captured whole: any non-empty cancelId. */
const CANCEL_ID_REQUIRED = ['SHOPEE_ID', 'TOKOPEDIA_ID', 'LAZADA_ID', 'BUKALAPAK_ID', 'BLIBLI_ID'];

const CANCELLABLE = ['PENDING_PAYMENT', 'PARTIALLY_PAID', 'PAID', 'READY_TO_SHIP'];
const ACCEPTABLE = ['PAID'];
const SHIPPABLE = ['PAID', 'READY_TO_SHIP'];
const PRINTABLE = {
	LABEL: ['READY_TO_SHIP', 'SHIPPING', 'DELIVERED'],
	INVOICE: ['PAID', 'READY_TO_SHIP', 'SHIPPING', 'DELIVERED'],
	PACKAGE: ['PAID', 'READY_TO_SHIP', 'SHIPPING', 'DELIVERED'],
	PICKING: ['PAID', 'READY_TO_SHIP', 'SHIPPING', 'DELIVERED'],
};
const PICKUP_ADDRESS = {
	addressId: 'AD64C00001CEDFD00000001',
	address: 'Jl. Panjang No. 5, Kebon Jeruk, Jakarta Barat',
};

/** Moves an order to a status, stamped now. */
function moveOrder(order, status, now) {
	const stamp = new Date(now).toISOString();
	order.orderStatus = status;
	if (order.externalOrderStatus) order.externalOrderStatus = status.toLowerCase();
	order.lastUpdateAt = stamp;
	if (['DELIVERED', 'CANCELLED'].includes(status)) order.closeAt = stamp;
	return order;
}

/** The couriers an order can be shipped with, and where a pick-up can be collected. */
function shippingParameter(order, now) {
	const day = new Date(now + 86_400_000).toISOString().slice(0, 10);
	const logistics = order.logisticsInfos?.[0] ?? {};
	const providers = [
		{
			logisticsProviderId: logistics.logisticsProviderId ?? 'LP0',
			logisticsProviderName: logistics.logisticsProviderName ?? 'JNE - REG',
		},
	];
	return {
		deliveryType: null,
		logisticsTrackingNumber: logistics.logisticsTrackingNumber ?? null,
		logistics: [
			{ logisticsDeliveryType: 'PICK_UP', logisticDetailList: providers },
			{ logisticsDeliveryType: 'DROP_OFF', logisticDetailList: providers },
		],
		addresses: [
			{
				...PICKUP_ADDRESS,
				pickupTimeList: [
					{ pickupTimeId: `${day}-AM`, timeText: `${day} 09:00-12:00` },
					{ pickupTimeId: `${day}-PM`, timeText: `${day} 13:00-17:00` },
				],
			},
		],
	};
}

/** A one-page PDF (valid: header, objects, cross-reference table, trailer) saying what it is. */
function pdfDocument(title) {
	const text = title.replace(/[()\\]/g, '');
	const stream = `BT /F1 14 Tf 40 780 Td (${text}) Tj ET`;
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
		`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
	];
	let body = '%PDF-1.4\n';
	const offsets = [];
	objects.forEach((object, index) => {
		offsets.push(body.length);
		body += `${index + 1} 0 obj\n${object}\nendobj\n`;
	});
	const xref = body.length;
	body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
	body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return Buffer.from(body, 'latin1');
}

module.exports = {
	ACCEPTABLE,
	CANCEL_ID_REQUIRED,
	CANCEL_REASONS,
	CANCELLABLE,
	PICKUP_ADDRESS,
	PRINTABLE,
	SHIPPABLE,
	moveOrder,
	pdfDocument,
	shippingParameter,
};
