'use strict';
// Master products: ListMasterProduct (pages from 0), GetMasterProductDetail (a GET with productId in
// the query), ListMasterVariation (at most 20 SKUs or variation ids) and ListMasterVariationPrice.
const { GineeError, parameterError } = require('../envelope');
const { stockSummary } = require('../inventory');
const { priceRecord } = require('../prices');

/** A variation as ListMasterProduct sums it up. */
function variationBrief(variation, stockOf) {
	return {
		id: variation.id,
		sku: variation.sku,
		optionValues: variation.optionValues,
		barcode: variation.barcode,
		boundChannelVariationCount: 1,
		boundShopCount: 1,
		stock: stockOf(variation.sku),
	};
}

function listMasterProduct(store, body) {
	const { page, size } = body;
	if (!Number.isInteger(page) || page < 0) throw parameterError('page must be an integer >= 0');
	if (!Number.isInteger(size) || size < 1 || size >= 500)
		throw parameterError('size must be an integer from 1 to 499');
	if (body.productName && body.barCode)
		throw parameterError('give productName or barCode, not both');
	if ((body.createDateFrom == null) !== (body.createDateTo == null))
		throw parameterError('createDateFrom and createDateTo go together');
	const from = Date.parse(body.createDateFrom);
	const to = Date.parse(body.createDateTo);
	const name = String(body.productName ?? '').toLowerCase();
	const matches = store.products.filter(
		(product) =>
			(!name || product.name.toLowerCase().includes(name)) &&
			(!body.barCode || product.variations.some((v) => v.barcode === body.barCode)) &&
			(!body.sku || product.variations.some((v) => v.sku === body.sku)) &&
			(!body.categoryId || product.fullCategoryId.includes(body.categoryId)) &&
			(body.createDateFrom == null ||
				(Date.parse(product.createDatetime) >= from && Date.parse(product.createDatetime) <= to)),
	);
	const stockOf = (sku) => stockSummary(store.inventory, sku);
	const content = matches.slice(page * size, page * size + size).map((product) => {
		const { variations, description, shortDescription, delivery, variantOptions, ...brief } =
			product;
		return {
			...structuredClone(brief),
			variationBriefs: variations.map((v) => variationBrief(v, stockOf)),
		};
	});
	return { content, page, size, total: matches.length };
}

function getMasterProductDetail(store, query) {
	const productId = query.get('productId');
	if (!productId) throw parameterError('productId is required');
	const product = store.products.find((candidate) => candidate.productId === productId);
	if (!product)
		throw new GineeError('DATA_NOT_EXISTED', `Master product ${productId} does not exist`);
	return structuredClone(product);
}

function listMasterVariation(store, body) {
	const skus = body.masterSkus;
	const ids = body.masterVariationIds;
	const given = [skus, ids].filter((list) => list != null);
	if (given.length !== 1 || !Array.isArray(given[0]) || given[0].length === 0)
		throw parameterError('give masterSkus or masterVariationIds (one of them, not empty)');
	if (given[0].length > 20) throw parameterError('at most 20 masterSkus or masterVariationIds');
	const wanted = new Set(given[0]);
	return store.products.flatMap((product) =>
		product.variations
			.filter((v) => wanted.has(skus ? v.sku : v.id))
			.map((v) => ({
				productId: product.productId,
				variationId: v.id,
				name: product.name,
				masterProductType: product.masterVariationType,
				masterSku: v.sku,
				masterVariationType: product.masterVariationType,
				optionValues: v.optionValues,
				createDatetime: v.createDatetime,
				updateDatetime: v.updateDatetime,
			})),
	);
}

const KEYWORD_TYPES = ['NAME', 'SKU', 'BARCODE', 'SKU_IG_CASE', 'SKU_BATCH_EXACTLY_IG_CASE'];
/** Ginee's page gives no page-size limit for list-price; the emulator takes what ListMasterProduct does. */
const MAX_PRICE_PAGE = 499;

/** Whether a variation matches list-price's keyword (Ginee does not say how it matches: by part here). */
function matchesKeyword(product, variation, keywordType, keyword) {
	const needle = keyword.toLowerCase();
	if (keywordType === 'NAME') return product.name.toLowerCase().includes(needle);
	if (keywordType === 'BARCODE') return variation.barcode === keyword;
	if (keywordType === 'SKU') return variation.sku.includes(keyword);
	if (keywordType === 'SKU_IG_CASE') return variation.sku.toLowerCase().includes(needle);
	return needle
		.split(',')
		.map((sku) => sku.trim())
		.includes(variation.sku.toLowerCase());
}

function listMasterVariationPrice(store, body) {
	const { page, size, keywordType, masterVariationIds } = body;
	if (!Number.isInteger(page) || page < 0) throw parameterError('page must be an integer >= 0');
	if (!Number.isInteger(size) || size < 1 || size > MAX_PRICE_PAGE)
		throw parameterError(`size must be an integer from 1 to ${MAX_PRICE_PAGE}`);
	const keyword = String(body.keyword ?? '');
	if (keyword && !KEYWORD_TYPES.includes(keywordType))
		throw parameterError(`keywordType must be one of ${KEYWORD_TYPES.join(', ')}`);
	if (masterVariationIds != null && !Array.isArray(masterVariationIds))
		throw parameterError('masterVariationIds must be a list');
	const ids = masterVariationIds?.length ? new Set(masterVariationIds) : null;
	const matches = store.products.flatMap((product) =>
		product.variations
			.filter(
				(variation) =>
					(!ids || ids.has(variation.id)) &&
					(!keyword || matchesKeyword(product, variation, keywordType, keyword)),
			)
			.map((variation) => priceRecord(product, variation, store.shops)),
	);
	return {
		content: matches.slice(page * size, page * size + size),
		page,
		size,
		total: matches.length,
	};
}

module.exports = {
	getMasterProductDetail,
	listMasterProduct,
	listMasterVariation,
	listMasterVariationPrice,
};
