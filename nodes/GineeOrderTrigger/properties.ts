import type { INodeProperties } from 'n8n-workflow';

import { ORDER_STATUS_OPTIONS } from '../shared/channelsAndStatuses';
import { MARKETPLACES_FILTER, SHOPS_FILTER } from '../shared/orderFilterFields';
import { SIMPLIFIED_ORDER_FIELDS } from '../shared/simplifyOrder';

/** The Ginee Orders (Polling) trigger's fields, as its panel shows them. */
export const properties: INodeProperties[] = [
	{
		displayName:
			'Asks Ginee for changed orders at each Poll Time: nothing to set up at Ginee. ' +
			'Once published, it starts from now. Fetch Test Event shows the most recent ' +
			'matching orders.',
		name: 'pollNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Event',
		name: 'event',
		builderHint: {
			propertyHint:
				'New Order for orders created, Order Status Changed (with To Statuses, e.g. Paid) to act ' +
				'once an order reaches a status, Any Order Update for every change',
		},
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'New Order',
				value: 'newOrder',
				description: 'An order created since the last poll',
			},
			{
				name: 'Order Status Changed',
				value: 'statusChanged',
				description: 'An order whose status changed, to any status or to the ones chosen',
			},
			{
				name: 'Any Order Update',
				value: 'anyUpdate',
				description: 'Any change Ginee records on an order (its lastUpdateAt moves)',
			},
		],
		default: 'newOrder',
	},
	{
		displayName: 'To Statuses',
		name: 'statuses',
		type: 'multiOptions',
		options: ORDER_STATUS_OPTIONS,
		default: [],
		displayOptions: { show: { event: ['statusChanged'] } },
		description:
			'Only changes to these statuses, e.g. Paid: fires once when an order becomes paid. ' +
			'None: any status change.',
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			`Whether to return ${SIMPLIFIED_ORDER_FIELDS}, instead of every field Ginee ` +
			'sends in its own names',
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [MARKETPLACES_FILTER, SHOPS_FILTER],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Look Back (Minutes)',
				name: 'lookBackMinutes',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 1440 },
				default: 10,
				description:
					'Each poll also asks for this many minutes before the previous one, for orders ' +
					'Ginee lists late; what was already emitted is not emitted again. An order counts ' +
					'as new only if it was created inside this window. 0 misses late-listed orders. ' +
					'Every order changed within it is remembered between polls (about 20 bytes each): ' +
					'a day on an account with 100,000 changes a day saves about 2 MB every poll.',
			},
			{
				displayName: 'Start From',
				name: 'startFrom',
				type: 'dateTime',
				default: '',
				description:
					'On the first poll after publishing, emit the changes since this time instead of ' +
					'starting from now (at most 15 days per poll; the next polls catch up the rest)',
			},
		],
	},
];
