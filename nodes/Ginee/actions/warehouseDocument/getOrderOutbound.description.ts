import type { INodeProperties } from 'n8n-workflow';

import { timeoutOnlyOptions } from '../common/optionsCollection';
import type { OperationOption } from '../operation';
import { orderIdField } from '../order/orderActionFields';

export const option: OperationOption = {
	name: 'Get Outbound Orders of an Order',
	description: 'Get the stock leaving a warehouse for a marketplace or manual order',
	toolDescription:
		'Gets the sell outbound orders of one Ginee order by its orderId (SO…): from which ' +
		'warehouse its SKUs leave, status (CREATE, PENDING, PART_COMPLETE, COMPLETE, INVALID), ' +
		'quantities and items (masterSku, planQuantity, realQuantity). Read-only.',
	action: 'Get the outbound orders of an order',
};

export const properties: INodeProperties[] = [
	orderIdField('The order whose outbound orders to get'),
	timeoutOnlyOptions(),
];
