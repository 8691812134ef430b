import type { INodeProperties } from 'n8n-workflow';

import * as getDetails from './getDetails.operation';
import * as updateManualOrder from './updateManualOrder.operation';

export { getDetails, updateManualOrder };

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
				name: 'Update Manual Order',
				value: 'updateManualOrder',
				description: 'Update a manual order that is paid, pending payment or partially paid',
				action: 'Update a manual order',
			},
		],
		default: 'getDetails',
	},
	...getDetails.description,
	...updateManualOrder.description,
];
