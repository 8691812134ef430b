'use strict';
// Ginee's web-hook deliveries: the three examples of the Web Hooks page (made valid JSON) and
// generated ones for every entity and action, and a sender that POSTs them as Ginee does.
const http = require('node:http');

const WEBHOOK_EVENTS = [
	['order', 'CREATE'],
	['delivery-order', 'CREATE'],
	['delivery-order', 'UPDATE'],
	['delivery-order', 'DELETE'],
];

function exampleDeliveries() {
	return [
		{
			id: 'GENIE5FF31A7C5F15030001D3ED5E',
			userId: '1',
			entity: 'order',
			action: 'CREATE',
			createAt: '2020-12-24T06:45:29.174Z',
			user: { id: '1', email: 'xxx@gmail.com' },
			payload: {
				orderId: 'order_1',
				channel: 'LAZADA_ID',
				shopId: 'shop_1',
				externalShopId: 'channel_shop_1',
				orderStatus: 'PAID',
				createAt: '2020-12-24T06:20:29.174Z',
				payAt: '2020-12-24T06:20:29.174Z',
				lastUpdateAt: '2020-12-24T06:20:29.174Z',
			},
		},
		{
			id: 'GENIE5FF5D0245F150300015E5600',
			userId: 'U5DDCC5369BD1160001ADD698',
			entity: 'delivery-order',
			action: 'UPDATE',
			createAt: '2020-10-27T15:50:19Z',
			user: { id: 'U5DDCC5369BD1160001ADD698', email: '' },
			payload: {
				deliveryOrderId: 'WDO600573D16B2F070001497EAF',
				deliveryOrderSn: '2100011800000021',
				sourceOrderId: 'SO5FD858B7EE35880001692D67',
				sourceOrderSn: '2102261G58H1VJ',
				deliveryOrderType: 'SALE_ORDER',
				deliveryOrderStatus: 'NEW',
				createAt: '2020-12-24T06:20:29.174Z',
				lastUpdateAt: '2021-01-18T11:41:05.269Z',
				warehouseProviderId: 'WWP6000643B6B2F070001CD0E47',
				warehouseId: 'WW600064816B2F070001CD0E48',
				warehouseCode: 'CS624',
				ownerId: 'WO600064A26B2F070001CD0E49',
				ownerCode: 'GENIE',
				channel: 'TOKOPEDIA_ID',
				waybillUrl: 'https://xxxx.com/13877966/2297056',
				trackingNumber: '10000972949095',
				logisticsProvider: 'AnterAja',
				shop: { shopId: '', shopName: '', shopUrl: '', externalShopId: '' },
				shippingAddress: {
					name: 'fVivin',
					phoneNumber: '+62 81283278337',
					country: 'Indonesia',
					province: 'DKI Jakarta',
					city: 'Kota Administrasi Jakarta Barat',
					district: 'Grogol',
					zipCode: '11440',
					fullAddress: ',Grogol,Kota Administrasi Jakarta Barat,DKI Jakarta,11440',
				},
				senderAddress: {
					name: 'fVivin',
					phoneNumber: '+62 11111111111',
					country: 'Indonesia',
					province: 'DKI Jakarta',
					city: 'Kota Administrasi Jakarta Timur',
					district: 'Pulo Gadung',
					zipCode: '13240',
					fullAddress: 'cipinang kebembem, pulogadung Kec. Pulo GadungKota Jakarta Timur',
				},
				orderItems: [
					{
						deliveryOrderItemId: 'WDOI600573D16B2F070001497EB0',
						inventoryId: 'IN5FF02DDA52FAFF00011F73AB',
						inventorySku: '800151',
						quantity: 4,
						deliveryOrderId: 'WDO600573D16B2F070001497EAF',
						inventoryName: 'Xiaobailong1',
						sourceOrderItemId: 'OI5FD97377CFF47E0001545E3F',
					},
				],
			},
		},
		{
			id: 'GENIE606D4BF6DC0E8200015A823D',
			userId: 'MC601B800B4CEDFD0001DAD8B3',
			entity: 'delivery-order',
			action: 'DELETE',
			createAt: '2021-04-07T06:06:46.494Z',
			user: { _id: 'MC601B800B4CEDFD0001DAD8B3', email: '' },
			payload: {
				warehouseProviderId: 'WWP60116F5C5F15030001797451',
				warehouseId: 'WW601170005F15030001797452',
				warehouseCode: '021DCB',
				ownerId: 'WDO606D24DD46E0FB0001D87335',
				ownerCode: '021DCB00024',
				channel: 'SHOPEE_ID',
				waybillUrl: 'https://xxxx.com/13877966/2297056',
				trackingNumber: 'JP9581135490',
				deliveryOrderId: 'WDO606D24DD46E0FB0001D87335',
				deliveryOrderSn: '2100040700007863',
				sourceOrderId: 'SO606D095FDC0E820001973145',
				sourceOrderSn: '210407DAAABW8C',
				deliveryOrderType: 'SALE_ORDER',
				createAt: '2021-04-07T03:19:57.000Z',
				lastUpdateAt: '2021-04-07T06:06:46.490Z',
			},
		},
	];
}

/** A delivery like Ginee's for any entity and action; `n` makes its id and content unique. */
function generateDelivery({
	entity = 'order',
	action = 'CREATE',
	n = 1,
	orderId,
	productId,
	inboundOrderId,
	outboundOrderId,
} = {}) {
	const stamp = new Date(Date.UTC(2026, 10, 1) + n * 1000).toISOString();
	const id = `GENIE${(0x6a000000 + n).toString(16).toUpperCase()}DC0E82${String(n).padStart(10, '0')}`;
	const base = {
		id,
		userId: 'U5DDCC5369BD1160001ADD698',
		entity,
		action,
		createAt: stamp,
		user: { id: 'U5DDCC5369BD1160001ADD698', email: 'seller@example.test' },
	};
	if (entity === 'order') {
		return {
			...base,
			payload: {
				orderId: orderId ?? `SO-GEN-${n}`,
				channel: 'SHOPEE_ID',
				shopId: 'SH64A0B000CEDFD00000000001',
				externalShopId: 'EXT-100000',
				orderStatus: ['PAID', 'PENDING_PAYMENT', 'READY_TO_SHIP'][n % 3],
				createAt: stamp,
				payAt: stamp,
				lastUpdateAt: stamp,
			},
		};
	}
	if (entity === 'delivery-order') {
		return {
			...base,
			payload: {
				deliveryOrderId: `WDO-GEN-${n}`,
				deliveryOrderSn: `${2100011800000000 + n}`,
				sourceOrderId: orderId ?? `SO-GEN-${n}`,
				sourceOrderSn: `SN${n}`,
				deliveryOrderType: 'SALE_ORDER',
				deliveryOrderStatus: action === 'DELETE' ? 'CANCELLED' : 'NEW',
				createAt: stamp,
				lastUpdateAt: stamp,
				warehouseId: 'WW600064816B2F070001CD0E48',
				channel: 'TOKOPEDIA_ID',
				trackingNumber: `1000097${n}`,
				logisticsProvider: 'AnterAja',
				orderItems: [
					{
						deliveryOrderItemId: `WDOI-GEN-${n}`,
						inventorySku: '800151',
						quantity: 1 + (n % 4),
						orderId: `SO-GEN-${n}`,
						orderItemId: `OI-GEN-${n}`,
					},
				],
			},
		};
	}
	// The newer Web Hooks page's example: `entity: "master_product_create"`, payload {masterProductId}
	if (entity.startsWith('master_product'))
		return { ...base, payload: { masterProductId: productId ?? `MP-GEN-${n}` } };
	// Ginee shows no inbound order payload: the emulator names its ID as GetInboundOrder takes it
	if (entity === 'inbound_order')
		return {
			...base,
			payload: { inboundOrderId: inboundOrderId ?? String(7_300_000_090_000 + n) },
		};
	if (entity === 'outbound_order')
		return {
			...base,
			payload: { outboundOrderId: outboundOrderId ?? String(7_400_000_090_000 + n) },
		};
	return { ...base, payload: { reference: `${entity}-${n}` } };
}

/** POSTs one delivery as Ginee does; resolves with the receiver's status and parsed body. */
function postDelivery(url, delivery, { headers = {}, rawBody } = {}) {
	const text = rawBody ?? JSON.stringify(delivery);
	return new Promise((resolve, reject) => {
		const req = http.request(
			url,
			{
				method: 'POST',
				headers: {
					'Content-Type': 'application/json',
					'Content-Length': Buffer.byteLength(text),
					...headers,
				},
			},
			(res) => {
				const chunks = [];
				res.on('data', (chunk) => chunks.push(chunk));
				res.on('end', () => {
					const bodyText = Buffer.concat(chunks).toString('utf8');
					let body = bodyText;
					try {
						body = JSON.parse(bodyText);
					} catch {
						// not JSON: keep the text
					}
					resolve({ status: res.statusCode, body });
				});
			},
		);
		req.on('error', reject);
		req.end(text);
	});
}

module.exports = { exampleDeliveries, generateDelivery, postDelivery, WEBHOOK_EVENTS };
