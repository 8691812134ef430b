import type { INodeProperties } from 'n8n-workflow';

import { orderIdField } from '../../helpers/orderIdField';
import { timeoutOnlyOptions } from '../../helpers/timeoutOption';
import type { OperationOption } from '../operation';

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
	timeoutOnlyOptions(),
];
