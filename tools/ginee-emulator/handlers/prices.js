'use strict';
// UpdateMasterVariationPrice (async: a task) and its result, a GET with taskId in the query. A task
// finishes `store.priceTaskMs` after it was taken (1.5 s unless set): then the prices it carries
// apply, except for a variation with a channel price under MIN_CHANNEL_PRICE, which fails alone.
const { GineeError, parameterError } = require('../envelope');

/** Ginee publishes no per-call limit; the emulator takes 20, as Ginee's other batch writes. */
const MAX_VARIATIONS_PER_CALL = 20;
const MIN_CHANNEL_PRICE = 100;

function variationOf(store, id) {
	for (const product of store.products)
		for (const variation of product.variations) if (variation.id === id) return variation;
	return undefined;
}

function checkAmount(price, where) {
	const amount = price?.amount;
	if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0 || amount >= 1e9)
		throw parameterError(`${where}.amount must be a number from 0 to under 1000000000`);
}

function setPrice(store, body, now) {
	const list = body.masterVariationPrices;
	if (!Array.isArray(list) || list.length === 0)
		throw parameterError('masterVariationPrices is required');
	if (list.length > MAX_VARIATIONS_PER_CALL)
		throw parameterError(`at most ${MAX_VARIATIONS_PER_CALL} masterVariationPrices per call`);
	list.forEach((entry, index) => {
		const where = `masterVariationPrices[${index}]`;
		if (!variationOf(store, entry?.masterVariationId))
			throw new GineeError(
				'DATA_NOT_EXISTED',
				`Master variation ${entry?.masterVariationId} does not exist`,
			);
		checkAmount(entry.masterPrice, `${where}.masterPrice`);
		if (!Array.isArray(entry.channelPrices))
			throw parameterError(`${where}.channelPrices is required`);
		entry.channelPrices.forEach((channelPrice, k) => {
			if (!channelPrice?.channel || !channelPrice.genieChannelVariationId)
				throw parameterError(
					`${where}.channelPrices[${k}] needs channel and genieChannelVariationId`,
				);
			checkAmount(channelPrice.channelPrice, `${where}.channelPrices[${k}].channelPrice`);
		});
	});
	store.priceTasks ??= new Map();
	store.nextPriceTask = (store.nextPriceTask ?? 0) + 1;
	const taskId = `PT${String(store.nextPriceTask).padStart(12, '0')}`;
	store.priceTasks.set(taskId, {
		entries: structuredClone(list),
		finishAt: now() + (store.priceTaskMs ?? 1500),
		result: null,
	});
	return { taskId };
}

function settle(store, task) {
	const successList = [];
	const failedPriceSettings = [];
	for (const entry of task.entries) {
		const low = entry.channelPrices.filter(
			(price) => price.channelPrice.amount < MIN_CHANNEL_PRICE,
		);
		if (low.length) {
			failedPriceSettings.push({
				variationId: entry.masterVariationId,
				errorPrice: low[0].channelPrice.amount,
				errorMessages: [
					`The price on ${low[0].channel} is below its minimum of ${MIN_CHANNEL_PRICE}`,
				],
				slaveFailedPriceSettings: [],
			});
			continue;
		}
		const variation = variationOf(store, entry.masterVariationId);
		variation.sellingPrice = {
			...entry.masterPrice,
			currencyCode: entry.masterPrice.currencyCode ?? 'IDR',
		};
		variation.channelPrices ??= {};
		for (const price of entry.channelPrices)
			variation.channelPrices[price.genieChannelVariationId] = price.channelPrice.amount;
		// a price change is a change of the product (GetMasterProductDetail's updateDatetime)
		const at = new Date().toISOString();
		variation.updateDatetime = at;
		const product = store.products.find((candidate) => candidate.variations.includes(variation));
		if (product) product.updateDatetime = at;
		successList.push(entry.masterVariationId);
	}
	return {
		taskStatus: 'FINISHED',
		errorMsg: null,
		total: task.entries.length,
		successNum: successList.length,
		failNum: failedPriceSettings.length,
		successList,
		failedPriceSettings,
	};
}

function setPriceResult(store, query, now) {
	const taskId = query.get('taskId');
	const task = store.priceTasks?.get(taskId);
	if (!task) throw new GineeError('DATA_NOT_EXISTED', `Task ${taskId} does not exist`);
	if (!task.result && now() >= task.finishAt) task.result = settle(store, task);
	return task.result
		? { taskId, ...task.result }
		: { taskId, taskStatus: 'PROCESSING', total: task.entries.length };
}

module.exports = { setPrice, setPriceResult, MIN_CHANNEL_PRICE };
