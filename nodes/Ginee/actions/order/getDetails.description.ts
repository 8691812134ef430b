import type { INodeProperties } from 'n8n-workflow';

import { optionsCollection, timeoutOption } from '../common/optionsCollection';
import type { OperationOption } from '../operation';
import { orderOutputFields } from './orderOutput';
import { shopLocator } from './shopLocator';

export const option: OperationOption = {
	name: 'Get Details',
	description:
		"Get orders' status, amounts, buyer, items and tracking number by Ginee order ID " +
		'or by shop and marketplace order number',
	toolDescription:
		'Looks up Ginee orders. Needs the Ginee order IDs ' +
		'(e.g. SO649BE10F4CEDFD00019F1A2B), several separated by commas. Returns per order: ' +
		"its orderId, the marketplace's order number, marketplace, status, creation time, total, " +
		"buyer's name, tracking number and items. An ID " +
		'Ginee does not know comes back as { orderId, notFound: true, message }. Read-only.',
	action: 'Get order details',
};

export const properties: INodeProperties[] = [
	{
		displayName: 'Look Up By',
		name: 'lookupBy',
		builderHint: {
			propertyHint:
				'Order IDs are Ginee’s own (SO…, from other Ginee nodes); Marketplace Order Numbers are ' +
				'what the buyer and the marketplace show, and need the Shop',
		},
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Ginee Order IDs',
				value: 'orderIds',
				description: "Ginee's own IDs such as SO649BE10F4CEDFD00019F1A2B",
			},
			{
				name: 'Marketplace Order Numbers',
				value: 'channelOrderIds',
				description:
					'The numbers shown on Shopee, Tokopedia, Lazada… such as 2306GO4XS, in one shop',
			},
		],
		default: 'orderIds',
		hint:
			'Ginee gives every marketplace order its own ID (SO…). Have only the number from Shopee ' +
			'or Tokopedia? Choose Marketplace Order Numbers. Several: one per entry, or separated by ' +
			'commas.',
	},
	{
		displayName: 'Order IDs',
		name: 'orderIds',
		type: 'string',
		typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Order ID' },
		required: true,
		default: [],
		placeholder: 'e.g. SO649BE10F4CEDFD00019F1A2B',
		displayOptions: { show: { lookupBy: ['orderIds'] } },
		description: 'Ginee order IDs to look up. Repeats are looked up once.',
	},
	shopLocator('The Ginee shop the marketplace orders belong to', {
		show: { lookupBy: ['channelOrderIds'] },
	}),
	{
		displayName: 'Marketplace Order Numbers',
		name: 'channelOrderIds',
		type: 'string',
		typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Order Number' },
		required: true,
		default: [],
		placeholder: 'e.g. 2306GO4XS',
		displayOptions: { show: { lookupBy: ['channelOrderIds'] } },
		description:
			"The marketplace's order numbers as the seller sees them (externalOrderSn in Ginee, e.g. " +
			"Shopee's 2306GO4XS), or the marketplace's internal order IDs (externalOrderId). A " +
			'returned order matches on either.',
	},
	...orderOutputFields(),
	optionsCollection([
		{
			displayName: 'Historical Data',
			name: 'historicalData',
			type: 'boolean',
			default: false,
			description: "Whether to look in Ginee's archive of orders created more than 3 months ago",
		},
		{
			displayName: 'Include Shipping Document Info',
			name: 'includeShippingDocumentInfo',
			type: 'boolean',
			default: false,
			description:
				'Whether to return the shipping document section (recipient, sort code). ' +
				'Ginee fills it for Indonesian TikTok Shop orders only.',
		},
		{
			displayName: 'Orders Not Found',
			name: 'onNotFound',
			type: 'options',
			options: [
				{
					name: 'Output a "Not Found" Item',
					value: 'outputItem',
					description: 'An item with the ID and notFound: true',
				},
				{
					name: 'Fail the Input Item',
					value: 'error',
					description: 'An error that lists the IDs Ginee did not return',
				},
			],
			default: 'outputItem',
			description: 'What to do with an ID that Ginee does not return',
		},
		timeoutOption('each answer from Ginee'),
	]),
];
