import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption } from '../operation';
import { actionOptions, orderIdField } from './orderActionFields';

export const option: OperationOption = {
	name: 'Complete',
	description: 'Move a shipped manual order to Delivered in Ginee; this writes to Ginee',
	toolDescription:
		'Completes a Ginee manual order (channel MANUAL_ID, orderId) that is SHIPPING: its status ' +
		'becomes DELIVERED. Only for manual orders. This writes to Ginee; use it only when asked.',
	action: 'Complete an order',
	writes: true,
};

export const properties: INodeProperties[] = [
	orderIdField('The shipped manual order that has arrived'),
	actionOptions(),
];
