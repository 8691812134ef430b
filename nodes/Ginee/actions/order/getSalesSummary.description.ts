import type { INodeProperties } from 'n8n-workflow';

import { ORDER_STATUS_OPTIONS } from '../../../shared/channelsAndStatuses';
import { optionsCollection, timeoutOption } from '../common/optionsCollection';
import type { OperationOption } from '../operation';
import { periodProperties } from './period';

export const option: OperationOption = {
	name: 'Get Sales Summary',
	description: 'Total sales amount (GMV) of the orders created in a period, by order status',
	toolDescription:
		'Gets the total sales amount (GMV) of the Ginee ' +
		'orders created in a period (at most 3 months), ' +
		'per order status and in total. Read-only.',
	action: 'Get a sales summary',
};

export const properties: INodeProperties[] = [
	...periodProperties(
		'yesterday',
		"Which orders count, by when they were created. Days follow the workflow's timezone " +
			'(Workflow settings → Timezone).',
		'Start of the range; Ginee sums up to 3 months at a time',
	),
	// named as Get Many's and the Order Trigger's status filters
	{
		displayName: 'Order Statuses',
		name: 'statuses',
		type: 'multiOptions',
		required: true,
		options: ORDER_STATUS_OPTIONS,
		default: ['PAID', 'READY_TO_SHIP', 'SHIPPING', 'DELIVERED'],
		description: 'The statuses whose orders count; each gets its own total',
	},
	optionsCollection([
		{
			displayName: 'Currency',
			name: 'currencyCode',
			type: 'string',
			default: '',
			placeholder: 'e.g. IDR',
			description: 'Only orders in this currency (currencyCode); empty for all',
		},
		timeoutOption('each answer from Ginee'),
	]),
];
