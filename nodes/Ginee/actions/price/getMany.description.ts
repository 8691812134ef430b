import type { INodeProperties } from 'n8n-workflow';

import { timeoutOnlyOptions } from '../common/optionsCollection';
import { outputFields } from '../common/output';
import { returnAllAndLimit } from '../common/returnAllAndLimit';
import { skuField } from '../common/skuField';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Many',
	description: "List each SKU's master price and its price in every shop it is sold in",
	toolDescription:
		'Lists prices in Ginee: per master variation its sku, variationId, masterPrice, currency ' +
		'and shopPrices (each shop, marketplace and price). Search by SKU (any SKU containing the ' +
		'text), product name, barcode or variation IDs. Read-only.',
	action: 'Get many prices',
};

const searchedBy = (value: string) => ({ show: { searchBy: [value] } });

/** Which variation a price record is of. */
export const PRICE_ALWAYS_KEPT = ['variationId', 'masterSku'];

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
			{
				name: 'SKU',
				value: 'sku',
				description:
					'Variations whose master SKU contains the text (BATIK-LP also finds BATIK-LP-XL)',
			},
			{
				name: 'Variation IDs',
				value: 'variationIds',
				description: "Ginee's master variation IDs (MV…)",
			},
		],
		default: 'all',
	},
	{
		...skuField(
			'A master SKU or part of one: Ginee lists every SKU that contains it',
			searchedBy('sku'),
		),
		hint: 'Finds every SKU containing this text: BATIK-LP also finds BATIK-LP-XL',
	},
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
	...returnAllAndLimit('Max number of prices to give the AI model'),
	...outputFields({
		record: 'price record',
		simplified:
			'one record per SKU (SKU, product, variation, master price, currency and each shop with ' +
			'its price)',
		namesIn: { simplified: 'sku, masterPrice, shopPrices', raw: 'masterSku, channelPriceVOList' },
		fields: [
			{
				name: 'Created At',
				value: 'createDatetime',
				description: 'When the variation was created',
			},
			{ name: 'Image', value: 'image', description: "The variation's image URL" },
			{
				name: 'Master Price',
				value: 'masterPrice',
				description: 'The master price: amount and currency code',
			},
			{ name: 'Product ID', value: 'productId', description: "The master product's ID" },
			{ name: 'Product Name', value: 'productName', description: "The master product's name" },
			{
				name: 'Shop Prices',
				value: 'channelPriceVOList',
				description: 'The price in each shop: shop, marketplace, price and selling price',
			},
			{ name: 'Variation Name', value: 'variationName', description: 'E.g. Red, XL.' },
		],
		alwaysKept: PRICE_ALWAYS_KEPT,
	}),
	timeoutOnlyOptions(),
];
