'use strict';
// A deterministic, realistic Ginee account: shops on several channels and orders that carry every
// field of the GetOrderDetails response table. Same seed, same data; times are relative to `now`.

const DAY = 24 * 60 * 60 * 1000;

const CHANNELS = ['SHOPEE_ID', 'LAZADA_ID', 'TOKOPEDIA_ID', 'TIKTOK_ID', 'BLIBLI_ID', 'MANUAL_ID'];
const STATUSES = [
	'PENDING_PAYMENT',
	'PARTIALLY_PAID',
	'PAID',
	'READY_TO_SHIP',
	'SHIPPING',
	'DELIVERED',
	'CANCELLED',
	'RETURNED',
];
/** What the seeded orders sell: name, master SKU, price (the master products too). */
const PRODUCTS = [
	['Kemeja Batik Pria Lengan Panjang', 'BATIK-LP', 189000],
	['Celana Chino Slim Fit Krem', 'CHINO-SF', 159000],
	['Sambal Bawang Botol 200g', 'SMB-200', 35000],
	['Hijab Voal Motif Premium', 'HJB-VOAL', 79000],
	['Kopi Arabika Gayo 250g', 'KOPI-GAYO', 98000],
	['Sandal Jepit Karet Anak', 'SDL-ANAK', 25000],
	['Tas Rotan Bali Bundar', 'TAS-ROTAN', 215000],
	['Minyak Kayu Putih 60ml', 'MKP-60', 28000],
];
const CITIES = [
	['DKI Jakarta', 'Jakarta Barat', 'Taman Sari', '11110'],
	['Jawa Barat', 'Bandung', 'Coblong', '40132'],
	['Jawa Timur', 'Surabaya', 'Gubeng', '60281'],
	['Bali', 'Denpasar', 'Denpasar Selatan', '80222'],
	['Sumatera Utara', 'Medan', 'Medan Baru', '20153'],
];
const NAMES = [
	'Budi Santoso',
	'Siti Rahayu',
	'Agus Wijaya',
	'Dewi Lestari',
	'Rina Kurnia',
	'Hendra Gunawan',
	'Putri Ayu',
	'Joko Susilo',
];
const CARRIERS = ['JNE - REG', 'J&T Express', 'SiCepat REG', 'AnterAja', 'Ninja Xpress'];

function prng(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function gineeId(prefix, n) {
	return `${prefix}${(0x64a0b000 + n * 7919).toString(16).toUpperCase()}CEDFD${n.toString(16).toUpperCase().padStart(11, '0')}`;
}

const iso = (ms) => (ms == null ? null : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z'));

function buildShops() {
	const shops = [];
	CHANNELS.forEach((channel, c) => {
		for (let k = 0; k < 2; k++) {
			const n = c * 2 + k;
			shops.push({
				shopId: gineeId('SH', n + 1),
				channel,
				name: `${['Toko', 'Rumah', 'Warung'][n % 3]} ${['Batik', 'Kopi', 'Fashion', 'Rotan'][n % 4]} ${channel.split('_')[0]} ${k + 1}`,
				externalShopId: channel === 'MANUAL_ID' ? null : `EXT-${100000 + n * 37}`,
				country: 'ID',
				status: 'ACTIVE',
			});
		}
	});
	return shops;
}

function address(rand, id, name) {
	const [province, city, district, zipCode] = CITIES[Math.floor(rand() * CITIES.length)];
	return {
		id,
		name,
		phoneNumber: `+62 8${Math.floor(1e9 + rand() * 8e9)}`,
		country: 'Indonesia',
		province,
		city,
		district,
		zipCode,
		fullAddress: `Jl. Merdeka No. ${1 + Math.floor(rand() * 200)}, ${district}, ${city}, ${province} ${zipCode}`,
	};
}

function buildOrder(n, shops, now) {
	const rand = prng(n * 2654435761);
	const shop = shops[n % shops.length];
	const channel = shop.channel;
	const manual = channel === 'MANUAL_ID';
	// About one order in six is older than three months: "historical data" for Ginee.
	const ageDays = rand() < 1 / 6 ? 95 + rand() * 60 : rand() * 85;
	const createAt = Math.floor(now - ageDays * DAY);
	const status = manual
		? ['PAID', 'PENDING_PAYMENT', 'PARTIALLY_PAID', 'SHIPPING'][Math.floor(n / 12) % 4]
		: STATUSES[Math.floor(rand() * STATUSES.length)];
	const paid = !['PENDING_PAYMENT', 'CANCELLED'].includes(status);
	const isCod = !manual && n % 7 === 0;
	const customerName = NAMES[n % NAMES.length];
	const itemCount = 1 + (n % 3);
	const items = [];
	for (let k = 0; k < itemCount; k++) {
		const [productName, sku, price] = PRODUCTS[(n + k * 3) % PRODUCTS.length];
		const quantity = 1 + Math.floor(rand() * 3);
		const actualPrice = Math.round(price * (0.8 + rand() * 0.2));
		items.push({
			itemId: gineeId('OI', n * 10 + k),
			productName,
			productImageUrl: `https://cdn.example.test/products/${sku.toLowerCase()}.jpg`,
			variationName: ['S', 'M', 'L', 'XL', 'Default'][k % 5],
			spu: sku.split('-')[0],
			sku,
			masterSku: sku,
			masterSkuType: k === 2 ? 'BUNDLE' : 'NORMAL',
			quantity,
			actualPrice,
			actualTotalPrice: actualPrice * quantity,
			originalPrice: price,
			originalTotalPrice: price * quantity,
			discountedPrice: price - actualPrice,
			externalItemId: manual ? null : `${9000000 + n * 10 + k}`,
			externalVariationId: manual ? null : `${sku}-${k}`,
			externalProductId: manual ? null : `${700000 + (n % 50)}`,
			externalOrderItemStatus: manual ? null : status.toLowerCase(),
			isGift: k === 2 && n % 5 === 0,
			isFulfilByPlatform: channel === 'LAZADA_ID' && n % 4 === 0,
			warehouse: {
				id: 'WW6572A6A3DC0E82000102B8CE',
				externalWarehouseId: '1099123929',
				warehouseName: 'Gudang Jakarta Barat',
				province: 'DKI JAKARTA',
				city: 'KOTA JAKARTA BARAT',
				district: 'KEBON JERUK',
				postalCode: '11510',
				address: 'Taman Harapan Baru blok L2/7',
			},
		});
	}
	const subTotal = items.reduce((sum, item) => sum + item.actualTotalPrice, 0);
	const shippingFee = [9000, 12000, 15000, 0][n % 4];
	const discounts = Math.round(subTotal * 0.05);
	const totalAmount = subTotal + shippingFee - discounts;
	const odd = n % 2 === 1; // odd orders use the spellings of Ginee's example, even ones the table's
	const paymentInfo = {
		id: gineeId('PA', n),
		currency: 'IDR',
		totalAmount,
		subTotal,
		totalShippingFee: shippingFee,
		totalDiscounts: discounts,
		totalTaxation: 0,
		insuranceFee: 0,
		codTotalAmount: isCod ? totalAmount : null,
		shippingFeePaidBySystem: 0,
		commissionFee: Math.round(subTotal * 0.02),
		totalDiscountProduct: discounts,
		totalDiscountShipping: 0,
		[odd ? 'voucherPlatform' : 'voucherPlatfom']: 0,
		voucherSeller: 0,
		sellerRebate: 0,
		serviceFee: Math.round(subTotal * 0.01),
		creditCardPromotion: 0,
		creditCardTransactionFee: 0,
		creditCardServiceFee: 0,
		sellerReturnRefundAmount: status === 'RETURNED' ? totalAmount : 0,
		cashback: 0,
		coin: 0,
	};
	const cancelled = status === 'CANCELLED';
	const orderId = gineeId('SO', n);
	return {
		orderId,
		channel,
		shopId: shop.shopId,
		orderType: manual ? 'MANUAL' : 'NORMAL',
		orderStatus: status,
		country: 'ID',
		currency: 'IDR',
		fakerOrder: false,
		totalAmount,
		paymentMethod: isCod ? 'COD' : 'Prepaid',
		problemOrderTypes: n % 11 === 0 ? ['STOCKOUT'] : [],
		isCod,
		payAt: paid ? iso(createAt + 30 * 60 * 1000) : null,
		promisedToShipBefore: iso(createAt + 2 * DAY),
		createAt: iso(createAt),
		closeAt: ['DELIVERED', 'CANCELLED', 'RETURNED'].includes(status)
			? iso(createAt + 5 * DAY)
			: null,
		lastUpdateAt: iso(Math.min(now, createAt + Math.floor(rand() * 2 * DAY))),
		externalShopId: shop.externalShopId,
		externalOrderId: manual ? null : `${8700000 + n}`,
		externalOrderSn: manual
			? `MAN-${200000 + n}`
			: `2306${(28000000 + n * 13).toString(36).toUpperCase()}`,
		externalOrderStatus: manual ? null : status.toLowerCase(),
		externalCreateAt: iso(createAt - 60 * 1000),
		externalUpdateAt: iso(createAt + DAY),
		customerInfo: {
			customerId: gineeId('CTM', n % 300),
			externalCustomerId: manual ? null : `${5000 + (n % 300)}`,
			name: customerName,
			mobile: `+62 81${String(300000000 + n * 7).padStart(9, '0')}`,
			email: `${customerName.split(' ')[0].toLowerCase()}${n}@example.test`,
		},
		paymentInfo,
		shippingAddressInfo: address(rand, gineeId('OAI', n), customerName),
		senderAddressInfo: manual ? address(rand, gineeId('SA', n), shop.name) : null,
		billingAddressInfo: address(rand, gineeId('BA', n), customerName),
		items,
		logisticsInfos: [
			{
				logisticsId: gineeId('OL', n),
				shippingType: n % 3 === 0 ? 'Dropshipping' : 'Pickup',
				logisticsProviderId: `LP${n % CARRIERS.length}`,
				logisticsProviderName: CARRIERS[n % CARRIERS.length],
				logisticsTrackingNumber: paid ? `JP${(9581135490 + n * 97).toString()}` : null,
				packageId: `${12486000 + n}`,
				invoiceNumber: paid ? `INV/2026/${100000 + n}` : null,
			},
		],
		shippingDocumentInfo: {
			recipientAddress: {
				name: customerName,
				phone: '+62 81311213123',
				fullAddress: 'Glodok Plaza, Pinangsia Raya No 116',
			},
			sortCode: { areaCode: `A${n % 9}`, zipCode: '11110', hubCode: `H${n % 5}` },
			serviceType: n % 2 ? 'EZ' : 'ECO',
		},
		invoiceInfo: { buyerName: customerName, address: null },
		cancelInfo: {
			cancelReason: cancelled ? 'Buyer requested' : null,
			cancelReasonNote: cancelled ? 'Changed mind' : null,
			[odd ? 'cancelBy' : 'canceledBy']: cancelled ? 'BUYER' : null,
			canceledAt: cancelled ? iso(createAt + DAY) : null,
			operator: cancelled ? 'system' : null,
		},
		extraInfo: {
			country: 'ID',
			noteByBuyer: n % 4 === 0 ? 'Tolong dibungkus rapi' : null,
			noteBySeller: null,
			itemTotalWeight: `${(itemCount * 0.4).toFixed(1)}`,
			dropShipperName: null,
			dropShipperPhone: null,
			dropShipperNote: null,
		},
		printInfo: {
			invoicePrintStatus: paid ? 'PRINTED' : 'NOT_PRINTED',
			labelPrintStatus: paid ? 'PRINTED' : 'NOT_PRINTED',
			packingPrintStatus: 'NOT_PRINTED',
			pickingPrintStatus: 'NOT_PRINTED',
			labelPrintTime: paid ? iso(createAt + 3 * 60 * 60 * 1000) : null,
		},
	};
}

function buildDataset({ orderCount = 1200, now = Date.now() } = {}) {
	const shops = buildShops();
	const orders = [];
	for (let n = 0; n < orderCount; n++) orders.push(buildOrder(n, shops, now));
	return { shops, orders };
}

module.exports = { buildDataset, buildOrder, prng, CHANNELS, STATUSES, PRODUCTS, DAY };
