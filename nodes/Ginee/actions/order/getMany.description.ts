import type { INodeProperties } from 'n8n-workflow';

import { ORDER_STATUS_OPTIONS } from '../../../shared/channelsAndStatuses';
import { MARKETPLACES_FILTER, SHOPS_FILTER } from '../../../shared/orderFilterFields';
import { timeoutOnlyOptions } from '../common/optionsCollection';
import { returnAllAndLimit } from '../common/returnAllAndLimit';
import type { OperationOption } from '../operation';
import { orderOutputFields } from './orderOutput';
import { periodProperties } from './period';

export const option: OperationOption = {
	name: 'Get Many',
	description:
		'List the orders created or updated between two dates, newest first, optionally filtered by ' +
		'channel, status or shop',
	toolDescription:
		'Lists Ginee orders created (or updated) between From and To, newest first, ' +
		'at most Limit orders. Needs From and To as ISO dates ' +
		'(e.g. 2026-11-20T00:00:00+07:00); optional filters: channel, order status ' +
		'(e.g. PAID, READY_TO_SHIP, SHIPPING, DELIVERED, CANCELLED). Returns the same ' +
		'fields per order as the order lookup. Read-only.',
	action: 'Get many orders',
};

export const properties: INodeProperties[] = [
	{
		displayName: 'Time Range By',
		name: 'timeRangeBy',
		type: 'options',
		options: [
			{ name: 'Created Time', value: 'create', description: 'Orders created in the range' },
			{
				name: 'Last Updated Time',
				value: 'lastUpdate',
				description: 'Orders changed in the range',
			},
		],
		default: 'create',
	},
	...periodProperties(
		'last24Hours',
		"Which orders to list, by the time chosen in Time Range By. Days follow the workflow's " +
			'timezone (Workflow settings → Timezone).',
		'Start of the range. Longer ranges than Ginee allows (15 days) are split into several ' +
			"requests; the part older than 3 months is searched in Ginee's archive (historical data) " +
			'automatically.',
	),
	...returnAllAndLimit('Max number of orders to give the AI model'),
	{
		displayName: 'Sort',
		name: 'sort',
		type: 'options',
		options: [
			{
				name: 'Newest First',
				value: 'newestFirst',
				description: 'The most recent orders first; with a Limit, the newest ones',
			},
			{
				name: 'Oldest First',
				value: 'oldestFirst',
				description: 'The earliest orders first; with a Limit, the oldest ones',
			},
		],
		default: 'newestFirst',
		description:
			'Order of the results, by created or last updated time (as chosen in Time Range By)',
	},
	...orderOutputFields(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			MARKETPLACES_FILTER,
			{
				displayName: 'Order Numbers',
				name: 'orderNumbers',
				type: 'string',
				typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Order Number' },
				default: [],
				description: 'Up to 100 order numbers',
			},
			{
				// named as the polling trigger's To Statuses
				displayName: 'Order Statuses',
				name: 'statuses',
				type: 'multiOptions',
				options: ORDER_STATUS_OPTIONS,
				default: [],
				description: 'Only orders in one of these statuses',
			},
			{
				displayName: 'Order Type',
				name: 'orderType',
				type: 'string',
				default: '',
				placeholder: 'e.g. NORMAL',
				description: "Ginee's order type, e.g. NORMAL",
			},
			SHOPS_FILTER,
		],
	},
	timeoutOnlyOptions(),
];
