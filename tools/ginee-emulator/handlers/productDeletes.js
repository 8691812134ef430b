'use strict';
// BatchDeleteProductAsync (a task that deletes master products after `productDeleteTaskMs`) and
// GetDeleteMasterProductResult (GET, IN_PROCESS until then). Ginee does not say which products it
// refuses; the emulator refuses one whose SKUs hold warehouse stock, and names unknown ones.
const { GineeError, parameterError } = require('../envelope');

const MAX_PRODUCTS_PER_CALL = 20;

function batchDeleteProduct(store, body, now) {
	const ids = body.productIds;
	if (!Array.isArray(ids) || ids.length === 0) throw parameterError('productIds is required');
	if (ids.length > MAX_PRODUCTS_PER_CALL)
		throw parameterError(`at most ${MAX_PRODUCTS_PER_CALL} productIds per call`);
	store.deleteTasks ??= new Map();
	const taskId = `DT${String(store.deleteTasks.size + 1).padStart(12, '0')}`;
	store.deleteTasks.set(taskId, {
		productIds: [...ids],
		finishAt: now() + (store.productDeleteTaskMs ?? 1000),
		result: null,
	});
	return { taskId };
}

function settle(store, task) {
	const failProductIds = [];
	const reasons = [];
	for (const productId of task.productIds) {
		const index = store.products.findIndex((product) => product.productId === productId);
		if (index === -1) {
			failProductIds.push(productId);
			reasons.push(`${productId} does not exist`);
			continue;
		}
		const skus = new Set(store.products[index].variations.map((variation) => variation.sku));
		const stocked = [...store.inventory.values()].some(
			(row) => skus.has(row.masterSku) && row.warehouseStock > 0,
		);
		if (stocked) {
			failProductIds.push(productId);
			reasons.push(`${productId} still has warehouse stock`);
			continue;
		}
		store.products.splice(index, 1);
	}
	return {
		status: 'FINISHED',
		errorMsg: reasons.join('; ') || null,
		failExcelUrl: null,
		total: task.productIds.length,
		successNum: task.productIds.length - failProductIds.length,
		failNum: failProductIds.length,
		failProductIds,
	};
}

function deleteResult(store, query, now) {
	const taskId = query.get('taskId');
	const task = store.deleteTasks?.get(taskId);
	if (!task) throw new GineeError('DATA_NOT_EXISTED', `Task ${taskId} does not exist`);
	if (!task.result && now() >= task.finishAt) task.result = settle(store, task);
	return task.result
		? { taskId, ...task.result }
		: { taskId, status: 'IN_PROCESS', total: task.productIds.length };
}

module.exports = { batchDeleteProduct, deleteResult };
