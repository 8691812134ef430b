import type { INodeProperties } from 'n8n-workflow';

import { timeoutOnlyOptions } from '../common/optionsCollection';
import { returnAllAndLimit } from '../common/returnAllAndLimit';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Many',
	description: 'List master products with their variations (SKUs, barcodes, stock summary)',
	toolDescription:
		'Lists master products of the Ginee account, optionally by name, barcode, SKU, category or ' +
		'creation dates. Returns per product: productId, name, categories, status, variationBriefs ' +
		'(variation id, sku, barcode, stock). Read-only.',
	action: 'Get many products',
};

export const properties: INodeProperties[] = [
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Barcode',
				name: 'barCode',
				type: 'string',
				default: '',
				placeholder: 'e.g. 8990000000010',
				description: "A variation's barcode. Ginee takes a barcode or a product name, not both.",
			},
			{
				displayName: 'Category ID',
				name: 'categoryId',
				type: 'string',
				default: '',
				placeholder: 'e.g. C110',
				description: "Ginee's category ID (fullCategoryId of a product)",
			},
			{
				displayName: 'Created After',
				name: 'createDateFrom',
				type: 'dateTime',
				default: '',
				hint: 'Together with Created Before',
			},
			{
				displayName: 'Created Before',
				name: 'createDateTo',
				type: 'dateTime',
				default: '',
				hint: 'Together with Created After',
			},
			{
				displayName: 'Product Name',
				name: 'productName',
				type: 'string',
				default: '',
				placeholder: 'e.g. Kemeja Batik',
				description: "Part of the product's name. Ginee takes a name or a barcode, not both.",
			},
			{
				displayName: 'SKU',
				name: 'sku',
				type: 'string',
				default: '',
				placeholder: 'e.g. BATIK-LP',
				description: 'A master SKU of one of its variations',
			},
		],
	},
	timeoutOnlyOptions(),
];
