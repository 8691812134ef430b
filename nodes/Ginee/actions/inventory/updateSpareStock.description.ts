import type { INodeProperties } from 'n8n-workflow';

import { skuField } from '../common/skuField';
import type { OperationOption } from '../operation';
import { stockWriteOptions } from './stockWrites';
import { warehouseLocator } from './warehouse';

export const option: OperationOption = {
	name: 'Update Spare Stock',
	description:
		'Increase, decrease or overwrite the spare (buffer) stock Ginee holds back from the ' +
		'marketplaces; this writes to Ginee',
	toolDescription:
		'Changes the spare (buffer) stock of a master SKU: INCREASE, DECREASE or OVER_WRITE by ' +
		'a quantity. This writes to Ginee; use it only when the user asked for this change. ' +
		'Returns the new stock figures.',
	action: 'Update spare stock',
	writes: true,
};

export const properties: INodeProperties[] = [
	skuField('The master SKU whose spare stock changes'),
	{
		displayName: 'Action',
		name: 'spareAction',
		type: 'options',
		options: [
			{ name: 'Increase', value: 'INCREASE', description: 'Add the quantity to the spare stock' },
			{
				name: 'Decrease',
				value: 'DECREASE',
				description: 'Take the quantity off the spare stock',
			},
			{
				name: 'Overwrite',
				value: 'OVER_WRITE',
				description: 'Set the spare stock to the quantity',
			},
		],
		default: 'OVER_WRITE',
	},
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'number',
		required: true,
		typeOptions: { minValue: 0 },
		default: 0,
	},
	warehouseLocator('warehouseId', {
		required: false,
		description:
			'Needed when the SKU is in more than one warehouse; Ginee finds it when there is only one',
	}),
	stockWriteOptions([
		{
			displayName: 'Shelf Inventory ID',
			name: 'shelfInventoryId',
			type: 'string',
			default: '',
			placeholder: 'e.g. SI64D100001CEDFD00000001',
			description: 'Needed when the warehouse has more than one shelf',
		},
	]),
];
