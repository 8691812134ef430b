import type { INodeProperties } from 'n8n-workflow';

import { timeoutOnlyOptions } from '../common/optionsCollection';
import { returnAllAndLimit } from '../common/returnAllAndLimit';
import type { OperationOption } from '../operation';
import { warehouseLocator } from './warehouse';

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
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			'Whether to return one flat record per SKU (sku, name, variation, warehouse, stock ' +
			'figures) instead of every field Ginee sends',
	},
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
