'use strict';
// Master products with variations (Ginee's "master SKUs"): the products the seeded orders sell, each
// in a Default and an XL variation, plus plain products (140 unless told) so that lists page.
const { DAY, PRODUCTS: SELLING } = require('./dataset');

const CATEGORIES = [
	[
		['C100', 'C110'],
		['Fashion', 'Men Shirts'],
	],
	[
		['C200', 'C210'],
		['Food', 'Sauces'],
	],
	[
		['C300', 'C310'],
		['Home', 'Bags'],
	],
];

const id = (prefix, n) =>
	`${prefix}${(0x65b00000 + n * 104729).toString(16).toUpperCase()}CEDFD${String(n).padStart(8, '0')}`;
const iso = (ms) => new Date(ms).toISOString();

function variation(productN, k, sku, option, price, created) {
	return {
		id: id('MV', productN * 10 + k),
		sku,
		barcode: `899${String(productN * 10 + k).padStart(10, '0')}`,
		optionValues: [option],
		sellingPrice: { amount: price, currencyCode: 'IDR' },
		purchasePrice: Math.round(price * 0.6),
		averageCostPrice: Math.round(price * 0.62),
		stock: { availableStock: 40 + ((productN * 7 + k) % 60) },
		images: [`https://cdn.example.test/products/${sku.toLowerCase()}.jpg`],
		createDatetime: created,
		updateDatetime: created,
	};
}

function buildProducts(now, plainProducts = 140) {
	const entries = [
		...SELLING,
		...Array.from({ length: plainProducts }, (_, k) => [
			`Produk Contoh ${k + 1}`,
			`PRD-${String(k + 1).padStart(3, '0')}`,
			10000 + k * 2500,
		]),
	];
	return entries.map(([name, sku, price], n) => {
		const created = iso(now - (200 - n * 4) * DAY);
		const [categoryIds, categoryNames] = CATEGORIES[n % CATEGORIES.length];
		const variations = [variation(n, 0, sku, 'Default', price, created)];
		if (n < SELLING.length)
			variations.push(variation(n, 1, `${sku}-XL`, 'XL', price + 10000, created));
		return {
			productId: id('MP', n + 1),
			name,
			spu: sku.split('-')[0],
			fullCategoryId: categoryIds,
			fullCategoryName: categoryNames,
			masterVariationType: 'NORMAL',
			// the review status as CreateMasterProduct and UpdateMasterProduct name it
			masterProductStatus: 'PAY_NO_ATTENTION',
			saleStatus: 'FOR_SALE',
			genieProductCondition: 'NEW',
			brand: n % 2 ? 'Nusantara' : null,
			images: [`https://cdn.example.test/products/${sku.toLowerCase()}.jpg`],
			shortDescription: `${name}.`,
			description: `<p>${name}, dikirim dari Jakarta.</p>`,
			variantOptions: [{ name: 'Ukuran', values: variations.map((v) => v.optionValues[0]) }],
			delivery: { length: 20, width: 15, height: 5, weight: 300 },
			minPurchase: 1,
			createDatetime: created,
			updateDatetime: created,
			variations,
		};
	});
}

module.exports = { buildProducts };
