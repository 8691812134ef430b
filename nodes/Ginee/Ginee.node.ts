import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as inventory from './actions/inventory';
import * as order from './actions/order';
import * as price from './actions/price';
import * as product from './actions/product';
import { router } from './actions/router';
import * as shop from './actions/shop';
import * as warehouseDocument from './actions/warehouseDocument';
import { searchShops, searchWarehouses } from './methods/listSearch';
import { getShops } from './methods/loadOptions';
import { getPickUpAddresses, getPickUpTimes, getShipCouriers } from './methods/shipChoices';
import { GINEE_BUILDER_HINT } from '../shared/builderHints';
import { NODE_VERSION } from '../shared/nodeVersion';

export class Ginee implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Ginee',
		name: 'ginee',
		icon: { light: 'file:ginee.svg', dark: 'file:ginee.dark.svg' },
		group: ['transform'],
		version: NODE_VERSION,
		// Each operation's action (test/nodes/Ginee/Ginee.node.test.ts checks they agree). One literal:
		// n8n's lint rule reads the subtitle only as one.
		subtitle:
			'={{ {"inventory:addToWarehouse":"Add a SKU to a warehouse","inventory:getMany":"Get many inventory items","inventory:getStockBySku":"Get stock by SKU","inventory:setWarehouseStock":"Set warehouse stock","inventory:updateSpareStock":"Update spare stock","order:accept":"Accept an order","order:cancel":"Cancel an order","order:complete":"Complete an order","order:createManualOrder":"Create a manual order","order:getDetails":"Get order details","order:getMany":"Get many orders","order:getSalesSummary":"Get a sales summary","order:getShippingOptions":"Get shipping options of an order","order:markShipped":"Mark an order as shipped","order:printDocument":"Print an order document","order:ship":"Ship an order","order:updateManualOrder":"Update manual order","price:getMany":"Get many prices","price:update":"Update a price","product:create":"Create a product","product:delete":"Delete a product","product:findBySku":"Find products by SKU","product:get":"Get a product","product:getMany":"Get many products","product:update":"Update a product","shop:getMany":"Get many shops","warehouseDocument:executeOutboundOrder":"Execute an outbound order","warehouseDocument:getInboundOrder":"Get an inbound order","warehouseDocument:getOrderOutbound":"Get the outbound orders of an order","warehouseDocument:receiveStock":"Receive stock","warehouseDocument:sendOutStock":"Send out stock"}[$parameter["resource"] + ":" + $parameter["operation"]] }}',
		description:
			'Ship orders and print labels, set and receive stock, update prices and products in ' +
			'Ginee, the omnichannel commerce back office',
		defaults: { name: 'Ginee' },
		usableAsTool: true,
		builderHint: GINEE_BUILDER_HINT,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'gineeApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Inventory', value: 'inventory' },
					{ name: 'Order', value: 'order' },
					{ name: 'Price', value: 'price' },
					{ name: 'Product', value: 'product' },
					{ name: 'Shop', value: 'shop' },
					{ name: 'Warehouse Document', value: 'warehouseDocument' },
				],
				default: 'order',
			},
			...inventory.description,
			...order.description,
			...price.description,
			...product.description,
			...shop.description,
			...warehouseDocument.description,
		],
	};

	methods = {
		loadOptions: { getShops, getShipCouriers, getPickUpAddresses, getPickUpTimes },
		listSearch: { searchShops, searchWarehouses },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
