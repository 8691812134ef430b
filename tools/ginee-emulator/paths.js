/** The Ginee Open API paths the emulator answers (and the nodes call). */
const PATHS = Object.freeze({
	listShop: '/openapi/shop/v1/list',
	batchGet: '/openapi/order/v1/batch-get',
	updateManualOrder: '/openapi/order/v1/update-manual-order',
	listOrder: '/openapi/order/v2/list-order',
});

module.exports = { PATHS };
