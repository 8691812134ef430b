'use strict';
// CreateMasterProduct (asynchronous: the product appears `productCreateTaskMs` later; Ginee's page
// shows no answer, so the emulator answers null), UpdateMasterProduct (the create table plus `id`,
// and it replaces the whole product with what it is sent: a field or a variation left out is gone,
// a field the emulator does not know is kept as sent) and UploadImage (multipart/form-data, field
// `image`).
const { GineeError, parameterError } = require('../envelope');
const { imageSize } = require('../images');

const MAX_AMOUNT = 1e9;
const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
const BARCODE = /^[A-Za-z0-9_-]+$/;
const CONDITIONS = ['NEW', 'USED'];
const STATUSES = ['PENDING_REVIEW', 'PAY_NO_ATTENTION'];

const isText = (value) => typeof value === 'string' && value.trim() !== '';

function checkLength(body, field, max, required = false) {
	if (body[field] == null || body[field] === '') {
		if (required) throw parameterError(`${field} is required`);
		return;
	}
	if (typeof body[field] !== 'string') throw parameterError(`${field} must be a string`);
	if (body[field].length >= max) throw parameterError(`${field} must be less than ${max}`);
}

function checkPrice(price, field, required) {
	if (price == null) {
		if (required) throw parameterError(`${field} is required`);
		return;
	}
	if (typeof price !== 'object' || typeof price.amount !== 'number')
		throw parameterError(`${field} must be a Price {amount, currencyCode}`);
	if (price.amount < 0 || price.amount >= MAX_AMOUNT)
		throw parameterError(`${field}.amount must be from 0 to less than 1000000000`);
}

/** The checks Create and Update share (Ginee's tables), for a product of `type`. */
function checkProduct(body, type) {
	checkLength(body, 'name', 300, true);
	if (!CONDITIONS.includes(body.condition)) throw parameterError('condition must be NEW or USED');
	if (!STATUSES.includes(body.status))
		throw parameterError(`status must be one of ${STATUSES.join(', ')}`);
	checkLength(body, 'shortDescription', 3000);
	checkLength(body, 'description', 60000);
	if (body.status === 'PAY_NO_ATTENTION') {
		if (!Array.isArray(body.fullCategoryId) || body.fullCategoryId.length === 0)
			throw parameterError('fullCategoryId is required for a reviewed product');
		if (!isText(body.shortDescription))
			throw parameterError('shortDescription is required for a reviewed product');
	}
	if (
		body.minPurchase != null &&
		!(Number.isInteger(body.minPurchase) && body.minPurchase >= 1 && body.minPurchase <= 1000)
	)
		throw parameterError('minPurchase must be between 1 and 1000');
	if (body.images != null && (!Array.isArray(body.images) || !body.images.every(isText)))
		throw parameterError('images must be a list of URLs');
	const options = body.variantOptions ?? [];
	if (!Array.isArray(options) || options.length >= 3)
		throw parameterError('variantOptions must be a list of less than 3');
	for (const option of options)
		if (!isText(option?.name) || !Array.isArray(option.values) || option.values.length === 0)
			throw parameterError('each variantOption needs a name and values');
	const variations = body.variations;
	if (!Array.isArray(variations) || variations.length === 0 || variations.length >= 400)
		throw parameterError('variations is required, less than 400');
	const skus = new Set();
	for (const variation of variations) {
		checkLength(variation, 'sku', 200, true);
		if (skus.has(variation.sku)) throw parameterError(`sku ${variation.sku} is given twice`);
		skus.add(variation.sku);
		checkPrice(variation.sellingPrice, 'sellingPrice', true);
		checkPrice(variation.purchasePrice, 'purchasePrice', type !== 'BUNDLE');
		checkPrice(variation.averageCostPrice, 'averageCostPrice', false);
		if (variation.stock == null || typeof variation.stock !== 'object')
			throw parameterError('stock is required');
		if (variation.barcode != null && variation.barcode !== '' && !BARCODE.test(variation.barcode))
			throw parameterError('barcode only supports letters, numbers and -_');
		const values = variation.optionValues ?? [];
		if (!Array.isArray(values) || values.length !== options.length)
			throw parameterError(
				`optionValues of ${variation.sku} must give one value per variantOption`,
			);
		values.forEach((value, k) => {
			if (!options[k].values.includes(value))
				throw parameterError(`${value} is not a value of ${options[k].name}`);
		});
	}
}

const productId = (n) =>
	`MP${(0x70000000 + n).toString(16).toUpperCase()}CEDFD${String(n).padStart(8, '0')}`;
const variationId = (n) =>
	`MV${(0x70000000 + n).toString(16).toUpperCase()}CEDFD${String(n).padStart(8, '0')}`;

function skuTaken(store, sku) {
	return (
		store.products.some((product) => product.variations.some((v) => v.sku === sku)) ||
		(store.pendingCreates ?? []).some((task) => task.product.variations.some((v) => v.sku === sku))
	);
}

function createMasterProduct(store, body, now) {
	checkLength(body, 'spu', 256, true);
	if (!['NORMAL', 'BUNDLE'].includes(body.type))
		throw parameterError('type must be NORMAL or BUNDLE');
	checkProduct(body, body.type);
	const taken = body.variations.find((variation) => skuTaken(store, variation.sku));
	if (taken) throw new GineeError('BUSINESS_ERROR', `Master SKU ${taken.sku} already exists`);
	store.createdProducts = (store.createdProducts ?? 0) + 1;
	const n = store.createdProducts;
	const at = new Date(now()).toISOString();
	const product = {
		productId: productId(n),
		name: body.name,
		spu: body.spu,
		fullCategoryId: body.fullCategoryId ?? [],
		fullCategoryName: [],
		masterVariationType: body.type,
		masterProductStatus: body.status,
		saleStatus: body.saleStatus ?? 'FOR_SALE',
		genieProductCondition: body.condition,
		brand: body.brand ?? null,
		images: body.images ?? [],
		shortDescription: body.shortDescription ?? '',
		description: body.description ?? '',
		variantOptions: body.variantOptions ?? [],
		delivery: body.delivery ?? null,
		minPurchase: body.minPurchase ?? 1,
		createDatetime: at,
		updateDatetime: at,
		variations: body.variations.map((variation, k) => ({
			...structuredClone(variation),
			id: variationId(n * 1000 + k),
			optionValues: variation.optionValues ?? [],
			createDatetime: at,
			updateDatetime: at,
		})),
	};
	store.pendingCreates ??= [];
	store.pendingCreates.push({ product, finishAt: now() + (store.productCreateTaskMs ?? 1000) });
	return null;
}

/** Adds the products whose creation is due (called before every request is answered). */
function settleProductCreates(store, now) {
	if (!store.pendingCreates?.length) return;
	const due = store.pendingCreates.filter((task) => now >= task.finishAt);
	store.pendingCreates = store.pendingCreates.filter((task) => now < task.finishAt);
	for (const task of due) store.products.push(task.product);
}

function updateMasterProduct(store, body, now) {
	if (!isText(body.id)) throw parameterError('id is required');
	const product = store.products.find((candidate) => candidate.productId === body.id);
	if (!product)
		throw new GineeError('DATA_NOT_EXISTED', `Master product ${body.id} does not exist`);
	checkLength(body, 'spu', 256, true);
	if (body.type == null) throw parameterError('type is required');
	if (!['NORMAL', 'BUNDLE'].includes(body.type))
		throw parameterError('type must be NORMAL or BUNDLE');
	if (!Array.isArray(body.variantOptions)) throw parameterError('variantOptions is required');
	checkProduct(body, body.type);
	const byId = new Map(product.variations.map((variation) => [variation.id, variation]));
	for (const variation of body.variations) {
		if (!byId.has(variation.id))
			throw parameterError(`variation ${variation.id ?? '(no id)'} is not in product ${body.id}`);
		const other = store.products.find(
			(candidate) =>
				candidate !== product && candidate.variations.some((v) => v.sku === variation.sku),
		);
		if (other) throw new GineeError('BUSINESS_ERROR', `Master SKU ${variation.sku} already exists`);
	}
	const at = new Date(now()).toISOString();
	const { id, type, condition, status, variations, ...rest } = structuredClone(body);
	const replaced = {
		...rest,
		productId: id,
		masterVariationType: type,
		genieProductCondition: condition,
		masterProductStatus: status,
		fullCategoryName: product.fullCategoryName,
		createDatetime: product.createDatetime,
		updateDatetime: at,
		variations: variations.map((variation) => ({
			...variation,
			createDatetime: byId.get(variation.id).createDatetime,
			updateDatetime: at,
		})),
	};
	for (const key of Object.keys(product)) delete product[key];
	Object.assign(product, replaced);
	return null;
}

/** UploadImage: the `image` part of a multipart/form-data body, checked as Ginee's page says. */
function uploadImage(store, parts) {
	const part = parts.find((candidate) => candidate.name === 'image');
	if (!part || part.data.length === 0) throw parameterError('image is required');
	const type = String(part.contentType ?? '').toLowerCase();
	if (!['image/jpeg', 'image/jpg', 'image/png'].includes(type))
		throw parameterError(`image must be jpg, jpeg or png, got ${type || 'no type'}`);
	if (part.data.length >= MAX_IMAGE_BYTES) throw parameterError('image must be less than 2M');
	const size = imageSize(part.data);
	if (!size) throw parameterError('image is not a readable jpg or png');
	if ([size.width, size.height].some((side) => side < 256 || side > 4096))
		throw parameterError('image must be from 256*256 to 4096*4096');
	store.images ??= new Map();
	const imageId = `IMG${String(store.images.size + 1).padStart(10, '0')}`;
	const extension = size.format === 'png' ? 'png' : 'jpg';
	store.images.set(imageId, { data: part.data, contentType: type, fileName: part.fileName });
	return { imageId, imageUrl: `${store.baseUrl}/images/${imageId}.${extension}` };
}

module.exports = { createMasterProduct, settleProductCreates, updateMasterProduct, uploadImage };
