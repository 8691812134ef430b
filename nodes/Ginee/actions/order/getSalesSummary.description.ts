import type { INodeProperties } from 'n8n-workflow';

import { ORDER_STATUS_OPTIONS } from '../../../shared/channelsAndStatuses';
import { optionsCollection, timeoutOption } from '../common/optionsCollection';
import { FROM_VERSION_1_1, ONLY_VERSION_1 } from '../common/versions';
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

function statusesField(
	name: string,
	versions: typeof ONLY_VERSION_1 | typeof FROM_VERSION_1_1,
): INodeProperties {
	return {
		displayName: 'Order Statuses',
		name,
		type: 'multiOptions',
		required: true,
		options: ORDER_STATUS_OPTIONS,
		default: ['PAID', 'READY_TO_SHIP', 'SHIPPING', 'DELIVERED'],
		description: 'The statuses whose orders count; each gets its own total',
		displayOptions: { show: versions },
	};
}

export const properties: INodeProperties[] = [
	...periodProperties(
		'yesterday',
		"Which orders count, by when they were created. Days follow the workflow's timezone " +
			'(Workflow settings → Timezone).',
		'Start of the range; Ginee sums up to 3 months at a time',
	),
	// Version 1.1 names the list `statuses`, as Get Many 1.1 and the Order Trigger do
	statusesField('orderStatuses', ONLY_VERSION_1),
	statusesField('statuses', FROM_VERSION_1_1),
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
