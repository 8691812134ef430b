/** The Ginee Open API paths the emulator answers (and the nodes call). */
const PATHS = Object.freeze({
	listShop: '/openapi/shop/v1/list',
	batchGet: '/openapi/order/v1/batch-get',
	updateManualOrder: '/openapi/order/v1/update-manual-order',
	listOrder: '/openapi/order/v2/list-order',
	listMasterProduct: '/openapi/product/master/v1/list',
	getMasterProduct: '/openapi/product/master/v1/get',
	listMasterVariation: '/openapi/product/master/v1/list-master-variation',
	listWarehouseInventory: '/openapi/warehouse-inventory/v1/sku/list',
	inventoryBriefList: '/openapi/product/variation/v1/inventory-brief-list',
	listMasterVariationPrice: '/openapi/product/variation/v1/list-price',
	adjustInventory: '/openapi/warehouse-inventory/v1/product/stock/update',
	updateSpareStock: '/openapi/v1/oms/stock/spare-stock/update',
	createManualOrder: '/openapi/order/v1/create-manual-order',
	acceptOrder: '/openapi/order/v1/accept',
	cancelOrder: '/openapi/order/v2/cancel',
	moveShipped: '/openapi/order/v1/move-shipped',
	completeOrder: '/openapi/order/v1/completed',
	printOrder: '/openapi/order/v1/print',
	gmvInfo: '/openapi/order/v1/gmv-info',
	getShippingParameter: '/openapi/logistics/v1/get-shipping-parameter',
	getOrderLogistics: '/openapi/order/logistics/list',
	batchShipping: '/openapi/order/v3/batchShipping',
	getShippingResult: '/openapi/order/v1/get-shipping-result',
});

module.exports = { PATHS };
