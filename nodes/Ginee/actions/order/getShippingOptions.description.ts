import type { INodeProperties } from 'n8n-workflow';

import { optionsCollection, timeoutOption } from '../common/optionsCollection';
import type { OperationOption } from '../operation';
import { orderIdField } from './orderActionFields';

export const option: OperationOption = {
	name: 'Get Shipping Options',
	description:
		'How a marketplace order can be shipped: couriers ' +
		'for pick-up or drop-off, pick-up addresses and times',
	toolDescription:
		'Gets how a Ginee marketplace order (orderId) can be shipped: logistics (PICK_UP / DROP_OFF ' +
		'with courier ids and names) and addresses with pickup times (addressId, pickupTimeId). ' +
		'Read-only.',
	action: 'Get shipping options of an order',
};

export const properties: INodeProperties[] = [
	orderIdField('The order to ship'),
	optionsCollection([
		{
			displayName: 'Include Order Logistics',
			name: 'includeOrderLogistics',
			type: 'boolean',
			default: false,
			description:
				"Whether to add Ginee's other view of it (GetOrderLogistics) as orderLogistics: per " +
				'delivery type the courier, whether a tracking number is required, addresses and times',
		},
		timeoutOption('each answer from Ginee'),
	]),
];
