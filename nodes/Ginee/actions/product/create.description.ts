import type { INodeProperties } from 'n8n-workflow';

import { waitForResultOption } from '../../helpers/backgroundTasks';
import { optionsCollection, timeoutOption } from '../common/optionsCollection';
import type { OperationOption } from '../operation';
import { productDetailFields } from './productFields';

export const option: OperationOption = {
	name: 'Create',
	description:
		'Create a master product with its SKUs and images (one per input item); this writes to Ginee',
	toolDescription:
		'Creates a Ginee master product: name, parent SKU (spu) and one or more variations, each ' +
		'with its SKU, selling price and purchase price. Refuses a SKU Ginee already has. Waits ' +
		'for Ginee to finish and returns the productId. This writes to Ginee; use it only when asked.',
	action: 'Create a product',
	writes: true,
};

export const properties: INodeProperties[] = [
	{
		displayName: 'Product Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Kemeja Batik Lengan Panjang',
		description: 'The product name, under 300 characters',
	},
	{
		displayName: 'Parent SKU',
		name: 'spu',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. BATIK',
		description: "The code all the product's SKUs share (Ginee's SPU), under 256 characters",
	},
	{
		displayName: 'Define Variations',
		name: 'variationsSource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Using Fields Below', value: 'fields' },
			{
				name: 'Using JSON',
				value: 'json',
				description: 'A list built in a previous node, e.g. the SKUs of an ERP record',
			},
		],
		default: 'fields',
	},
	{
		displayName: 'Variations (JSON)',
		name: 'variationsJson',
		type: 'json',
		required: true,
		default: JSON.stringify(
			[{ sku: '', sellingPrice: '', purchasePrice: '', optionValues: [], barcode: '' }],
			null,
			2,
		),
		displayOptions: { show: { variationsSource: ['json'] } },
		description:
			'A list with one object per SKU: sku, sellingPrice and purchasePrice, and optionValues ' +
			'(one per Variant Option Name) and barcode where needed. Checked like the fields.',
	},
	{
		displayName: 'Variations',
		name: 'variations',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		required: true,
		placeholder: 'Add Variation',
		default: {},
		description: 'One entry per SKU the product is sold as (under 400)',
		displayOptions: { show: { variationsSource: ['fields'] } },
		options: [
			{
				displayName: 'Variation',
				name: 'variation',
				values: [
					{
						displayName: 'Barcode',
						name: 'barcode',
						type: 'string',
						default: '',
						placeholder: 'e.g. 8991234567890',
						description: 'Letters, digits, - and _ only',
					},
					{
						displayName: 'Option Values',
						name: 'optionValues',
						type: 'string',
						default: '',
						placeholder: 'e.g. Red, XL',
						description:
							'One value per Variant Option Name (Additional Fields), in the same order, ' +
							'separated by commas',
					},
					// No defaults: an untouched price stops the run instead of selling at 0
					{
						displayName: 'Purchase Price',
						name: 'purchasePrice',
						type: 'string',
						required: true,
						default: '',
						placeholder: 'e.g. 95000',
						description: 'What one unit costs you, from 0 to under 1,000,000,000',
					},
					{
						displayName: 'Selling Price',
						name: 'sellingPrice',
						type: 'string',
						required: true,
						default: '',
						placeholder: 'e.g. 189000',
						description: 'The master price, from 0 to under 1,000,000,000',
					},
					{
						displayName: 'SKU',
						name: 'sku',
						type: 'string',
						required: true,
						default: '',
						placeholder: 'e.g. BATIK-LP-XL',
						description: 'The new master SKU, under 200 characters; Ginee must not have it yet',
					},
				],
			},
		],
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: productDetailFields('create'),
	},
	optionsCollection([
		timeoutOption('each answer from Ginee (a product is never sent twice)'),
		waitForResultOption('creates products', 'Products', 'created'),
	]),
];
