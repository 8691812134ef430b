import type { INodeProperties } from 'n8n-workflow';

import * as getDetails from './getDetails.operation';
import * as getMany from './getMany.operation';
import * as updateManualOrder from './updateManualOrder.operation';

export { getDetails, getMany, updateManualOrder };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['order'] } },
		options: [
			{
				name: 'Get Details',
				value: 'getDetails',
				description: 'Get the details of orders by Ginee or channel order ID',
				action: 'Get order details',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				description: 'List orders created or updated in a time range',
				action: 'Get many orders',
			},
			{
				name: 'Update Manual Order',
				value: 'updateManualOrder',
				description: 'Update a manual order that is paid, pending payment or partially paid',
				action: 'Update a manual order',
			},
		],
		default: 'getDetails',
	},
	...getDetails.description,
	...getMany.description,
	...updateManualOrder.description,
];
