import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption } from '../operation';
import { actionOptions, orderIdField } from './orderActionFields';

export const option: OperationOption = {
	name: 'Mark as Shipped',
	description: 'Move a manual order to Shipping in Ginee (MoveShipped); this writes to Ginee',
	toolDescription:
		'Marks a Ginee manual order (channel MANUAL_ID, orderId) as shipped: its status becomes ' +
		'SHIPPING. Only for manual orders. This writes to Ginee; use it only when asked.',
	action: 'Mark an order as shipped',
	writes: true,
};

export const properties: INodeProperties[] = [
	orderIdField('The manual order that has been sent'),
	actionOptions(),
];
