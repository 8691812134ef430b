'use strict';
const { parameterError } = require('../envelope');

function listShops(store, body) {
	const page = body.page ?? 0;
	const size = body.size ?? 100;
	if (!Number.isInteger(page) || page < 0) throw parameterError('page must be an integer >= 0');
	if (!Number.isInteger(size) || size < 1 || size >= 200)
		throw parameterError('size must be an integer from 1 to 199');
	const content = store.shops.slice(page * size, page * size + size);
	return { content, page, size, total: store.shops.length };
}

module.exports = { listShops };
