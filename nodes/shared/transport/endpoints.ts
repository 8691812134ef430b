/**
 * Every Ginee Open API path the nodes call, under Ginee's name for the endpoint (the title of its
 * page on doc.ginee.com).
 */
export const ENDPOINTS = {
	AcceptOrder: '/openapi/order/v1/accept',
	AdjustInventory: '/openapi/warehouse-inventory/v1/product/stock/update',
	BatchDeleteProductAsync: '/openapi/product/master/v1/batch-delete',
	BatchAddWarehouseInventory: '/openapi/warehouse-inventory/v1/batch-add',
	GetOrderDetails: '/openapi/order/v1/batch-get',
	CancelOrderV2: '/openapi/order/v2/cancel',
	CompleteOrder: '/openapi/order/v1/completed',
	CreateManualOrder: '/openapi/order/v1/create-manual-order',
	CreateMasterProduct: '/openapi/product/master/v1/create',
	GetMasterProductDetail: '/openapi/product/master/v1/get',
	OrderGmvInfo: '/openapi/order/v1/gmv-info',
	GetOrderLogistics: '/openapi/order/logistics/list',
	GetShippingParameter: '/openapi/logistics/v1/get-shipping-parameter',
	GetShippingResult: '/openapi/order/v1/get-shipping-result',
	InventoryBriefList: '/openapi/product/variation/v1/inventory-brief-list',
	ListMasterProduct: '/openapi/product/master/v1/list',
	ListMasterVariation: '/openapi/product/master/v1/list-master-variation',
	ListMasterVariationPrice: '/openapi/product/variation/v1/list-price',
	UpdateMasterVariationPrice: '/openapi/product/variation/v1/set-price',
	// The path of the page's heading (its curl: /openapi/product/master/variation/v1/…)
	GetUpdateMasterVariationPriceResult: '/openapi/product/variation/v1/set-price-result',
	GetDeleteMasterProductResult: '/openapi/product/master/v1/delete-result',
	GetInboundOrder: '/openapi/inbound-order/v1/get',
	GetOutboundOrder: '/openapi/warehouse-inventory/v1/sell-outbound-order/get',
	ListOrderV2: '/openapi/order/v2/list-order',
	ListShop: '/openapi/shop/v1/list',
	ListWarehouseInventory: '/openapi/warehouse-inventory/v1/sku/list',
	// No page on doc.ginee.com: seen in third-party clients only (the warehouse picker falls back)
	ListWarehouse: '/openapi/warehouse/v1/search',
	// The path of the page's heading (its curl: /openapi/api-warehouse-inventory/…/create)
	ManualOutboundOrderCreate: '/openapi/warehouse-inventory/v1/manual-outbound-order/create',
	ManualOutboundOrderExecuteBatch:
		'/openapi/warehouse-inventory/v1/manual-outbound-order/execute/batch',
	MoveShipped: '/openapi/order/v1/move-shipped',
	PrintOrder: '/openapi/order/v1/print',
	PurchaseInboundOrder: '/openapi/warehouse-inventory/v1/purchase-inbound-order',
	ShipOrder: '/openapi/order/v3/batchShipping',
	UpdateManualOrder: '/openapi/order/v1/update-manual-order',
	UpdateMasterProduct: '/openapi/product/master/v1/update',
	UploadImage: '/openapi/common/v1/image/upload',
	UpdateSpareStock: '/openapi/v1/oms/stock/spare-stock/update',
} as const;

/** Ginee's name for an endpoint, as its page on doc.ginee.com titles it. */
export type EndpointName = keyof typeof ENDPOINTS;

/**
 * How many ids, SKUs or records Ginee takes or gives per call, by endpoint. Where Ginee's page is
 * silent, the node assumes a limit (README, "What the node assumes").
 */
export const PER_CALL = {
	/** GetOrderDetails: order ids per call. */
	orderIds: 100,
	/** ListMasterVariation, InventoryBriefList: SKUs or variation ids per look-up. */
	skuLookups: 20,
	/**
	 * AdjustInventory, UpdateSpareStock: SKUs per stock write; BatchAddWarehouseInventory and
	 * ManualOutboundOrderExecuteBatch (not published) are assumed to take as many.
	 */
	stockWrites: 20,
	/** ShipOrder: not published by Ginee; the node assumes 50 orders. */
	shipOrders: 50,
	/** MoveShipped, CompleteOrder: not published; the node assumes that of the other writes. */
	manualOrderSteps: 20,
	/** ListOrder, ListShop: records per page. */
	listPage: 100,
	/** ListMasterProduct: under 500 per page allowed (pages count from 0); the node asks 100. */
	productPage: 100,
	/**
	 * ListWarehouseInventory: "less than 50" per page (its default of 50 contradicts it: the table
	 * wins).
	 */
	inventoryPage: 49,
	/** ListWarehouse (undocumented): the node asks 50 per page. */
	warehousePage: 50,
	/** ListMasterVariationPrice: Ginee's page gives no limit; the node asks 100 per page. */
	pricePage: 100,
	/** UpdateMasterVariationPrice: not published; the node assumes that of the other writes. */
	priceWrites: 20,
	/** BatchDeleteProductAsync: not published; the node assumes that of the other writes. */
	productDeletes: 20,
} as const;
