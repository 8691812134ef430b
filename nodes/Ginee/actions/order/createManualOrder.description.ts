import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption } from '../operation';
import { manualOrderProperties } from './manualOrderFields';

export const option: OperationOption = {
	name: 'Create Manual Order',
	description:
		'Bring an order from elsewhere (a web shop, chat, ' +
		'phone) into Ginee as a manual order, so that ' +
		'Ginee deducts its stock; this writes to Ginee',
	toolDescription:
		'Creates a manual order in a Ginee manual shop: external order number, customer, payment, ' +
		'items (master SKU, quantity, price, warehouse) and shipping address. This writes to Ginee; ' +
		'use it only when the user asked for it. Returns the new Ginee orderId.',
	action: 'Create a manual order',
	writes: true,
};

export const properties: INodeProperties[] = manualOrderProperties('create');
