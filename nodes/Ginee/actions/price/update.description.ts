import type { INodeProperties } from 'n8n-workflow';

import { CHANNEL_OPTIONS } from '../../../shared/channelsAndStatuses';
import { waitForResultOption } from '../../helpers/backgroundTasks';
import { currencyField } from '../common/money';
import { optionsCollection, timeoutOption } from '../common/optionsCollection';
import { skuField } from '../common/skuField';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Update',
	description: "Set a SKU's master price and its price in each shop; this writes to Ginee",
	toolDescription:
		'Sets the master price of a Ginee SKU (sku, masterPrice) and its price in each shop: kept ' +
		'as it is, the same as the master price, or per channel (e.g. SHOPEE_ID). Waits for Ginee ' +
		'to finish and returns the outcome per SKU. This writes to Ginee; use it only when asked.',
	action: 'Update a price',
	writes: true,
};

const identifiedBy = (value: string) => ({ show: { identifyBy: [value] } });

export const properties: INodeProperties[] = [
	{
		displayName: 'Identify By',
		name: 'identifyBy',
		type: 'options',
		options: [
			{ name: 'SKU', value: 'sku', description: 'The master SKU, e.g. BATIK-LP' },
			{ name: 'Variation ID', value: 'variationId', description: "Ginee's master variation ID" },
		],
		default: 'sku',
	},
	skuField('The master SKU whose price to set', identifiedBy('sku')),
	{
		displayName: 'Variation ID',
		name: 'variationId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. MV65B00000CEDFD00000000',
		description: "Ginee's master variation ID (variationId in Price → Get Many)",
		displayOptions: identifiedBy('variationId'),
	},
	// No default: an untouched field stops the run instead of setting the price to 0
	{
		displayName: 'Master Price',
		name: 'masterPrice',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 189000',
		hint:
			"Replaces the SKU's master price. The shops' prices change only as Shop Prices below " +
			'says: by default each shop keeps its own price.',
		description: 'The new master price, from 0 to under 1,000,000,000',
	},
	currencyField(),
	{
		displayName: 'Shop Prices',
		name: 'channelPriceMode',
		builderHint: {
			propertyHint: 'Keep Each Shop’s Price unless the user asks to change shop prices too',
		},
		type: 'options',
		options: [
			{
				name: 'Keep Each Shop’s Price',
				value: 'keep',
				description: 'Only the master price changes (and the marketplaces set below)',
			},
			{
				name: 'Same as Master Price',
				value: 'master',
				description: 'Every shop sells at the new master price (except the marketplaces set below)',
			},
		],
		default: 'keep',
		description: 'What the SKU costs in each shop it is sold in',
	},
	{
		displayName: 'Marketplace Prices',
		name: 'channelPrices',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Marketplace Price',
		default: {},
		description: 'A price of its own on a marketplace, for every shop of it the SKU is sold in',
		options: [
			{
				displayName: 'Marketplace Price',
				name: 'price',
				values: [
					{
						displayName: 'Marketplace',
						name: 'channel',
						type: 'options',
						options: CHANNEL_OPTIONS.filter((channel) => channel.value !== 'MANUAL_ID'),
						default: 'SHOPEE_ID',
					},
					{
						displayName: 'Price',
						name: 'amount',
						type: 'string',
						default: '',
						placeholder: 'e.g. 199000',
					},
				],
			},
		],
	},
	optionsCollection([
		timeoutOption('each answer from Ginee (a price change is never sent twice)'),
		waitForResultOption('sets prices', 'SKUs', 'updated'),
	]),
];
