import type { INodeProperties } from 'n8n-workflow';

import { timeoutOnlyOptions } from '../common/optionsCollection';
import { returnAllAndLimit } from '../common/returnAllAndLimit';
import { skuField } from '../common/skuField';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Many',
	description: "List each SKU's master price and its price in every shop it is sold in",
	toolDescription:
		'Lists prices in Ginee: per master variation (masterSku, variationId) its masterPrice and, ' +
		'in channelPriceVOList, its price in each shop (channel, shopName, channelPrice). Search ' +
		'by SKU, product name, barcode or variation IDs. Read-only.',
	action: 'Get many prices',
};

const searchedBy = (value: string) => ({ show: { searchBy: [value] } });

export const properties: INodeProperties[] = [
	{
		displayName: 'Search By',
		name: 'searchBy',
		type: 'options',
		options: [
			{ name: 'All SKUs', value: 'all', description: 'Every master variation of the account' },
			{ name: 'Barcode', value: 'barcode', description: 'The variation with this barcode' },
			{
				name: 'Product Name',
				value: 'name',
				description: 'Variations of products whose name contains the text',
			},
			{ name: 'SKU', value: 'sku', description: 'Variations whose master SKU matches' },
			{
				name: 'Variation IDs',
				value: 'variationIds',
				description: "Ginee's master variation IDs (MV…)",
			},
		],
		default: 'all',
	},
	skuField(
		'A master SKU or part of one, as Ginee searches SKUs (keywordType SKU)',
		searchedBy('sku'),
	),
	{
		displayName: 'Product Name',
		name: 'productName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Kemeja Batik',
		displayOptions: searchedBy('name'),
	},
	{
		displayName: 'Barcode',
		name: 'barcode',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 8990000000010',
		displayOptions: searchedBy('barcode'),
	},
	{
		displayName: 'Variation IDs',
		name: 'variationIds',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. MV65B00000CEDFD00000000, MV65B19919CEDFD00000001',
		description: 'Separated by commas, or a list from an expression',
		displayOptions: searchedBy('variationIds'),
	},
	...returnAllAndLimit({ default: 10, description: 'Max number of prices to give the AI model' }),
	timeoutOnlyOptions(),
];
