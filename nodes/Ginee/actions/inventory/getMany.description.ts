import type { INodeProperties } from 'n8n-workflow';

import { timeoutOnlyOptions } from '../common/optionsCollection';
import { outputFields } from '../common/output';
import { returnAllAndLimit } from '../common/returnAllAndLimit';
import type { OperationOption } from '../operation';
import { warehouseLocator } from './warehouse';

/** Which SKU a stock record is of. */
export const STOCK_ALWAYS_KEPT = ['masterVariation'];

export const option: OperationOption = {
	name: 'Get Many',
	description:
		"List a warehouse's stock per SKU: in the warehouse, locked, spare and available, by status",
	toolDescription:
		'Lists the stock of SKUs in a Ginee warehouse: sku, name, warehouseStock, ' +
		'availableStock, spareStock, lockedStock, safetyStock. Optional filters: SKUs, stock ' +
		'status (alert, shortage, minus, never stocked), product name. Read-only.',
	action: 'Get many inventory items',
};

export const properties: INodeProperties[] = [
	warehouseLocator('warehouseId', {
		required: true,
		description: 'The warehouse whose stock is listed',
	}),
	...returnAllAndLimit(),
	...outputFields({
		record: 'stock record',
		simplified: 'one flat record per SKU (SKU, name, variation, warehouse, stock figures)',
		namesIn: {
			simplified: 'inWarehouse, available, reservedForOrders',
			raw: 'warehouseStock, availableStock, lockedStock',
		},
		fields: [
			{
				name: 'Channel Variation Count',
				value: 'channelVariationCount',
				description: 'How many channel products the SKU is linked to',
			},
			{
				name: 'Product',
				value: 'masterVariation',
				description: 'The master SKU, its product and variation names and IDs',
			},
			{
				name: 'Push Status',
				value: 'pushStatus',
				description: 'Whether the last stock push to the channels succeeded',
			},
			{
				name: 'Shelf Stock',
				value: 'shelfInventoryList',
				description: 'Stock per shelf, where the warehouse uses shelves',
			},
			{
				name: 'Stock',
				value: 'warehouseInventory',
				description: 'The stock figures: warehouse, available, spare, locked, safety, in transit',
			},
			{ name: 'Warehouse', value: 'warehouse', description: "The warehouse's ID, name and code" },
		],
		alwaysKept: STOCK_ALWAYS_KEPT,
	}),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Product Name',
				name: 'name',
				type: 'string',
				default: '',
				placeholder: 'e.g. Kemeja Batik',
				description: "Part of the product's name",
			},
			{
				displayName: 'SKUs',
				name: 'masterSkuList',
				type: 'string',
				typeOptions: { multipleValues: true, multipleValueButtonText: 'Add SKU' },
				default: [],
				placeholder: 'e.g. BATIK-LP',
			},
			{
				displayName: 'Stock Status',
				name: 'stockStatus',
				type: 'options',
				options: [
					{
						name: 'Alert (At or Under Safety Stock)',
						value: 'STATUS_ALERT',
					},
					{ name: 'Minus (Below Zero)', value: 'STATUS_MINUS' },
					{ name: 'Never Stocked', value: 'STATUS_NON_INBOUND' },
					{ name: 'Shortage (None Available)', value: 'STATUS_SHORTAGE' },
				],
				default: 'STATUS_ALERT',
			},
		],
	},
	timeoutOnlyOptions(),
];
