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
	// Its own name: Set Warehouse Stock's quantity must not carry over when the operation changes.
	// No default: an untouched field stops the run instead of changing the spare stock by 0.
	{
		displayName: 'Quantity',
		name: 'spareQuantity',
		builderHint: {
			propertyHint: 'The number of units Action adds to, takes from or sets as the spare stock',
		},
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 5',
		hint: 'Units added to, taken from or set as the spare stock, as Action says',
		description: 'A whole number of units, from 0 to 999,999,999',
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
			hint: 'Leave empty unless the SKU sits on several shelves in this warehouse',
			description:
				'Only for a SKU on more than one shelf in the warehouse: the shelf whose spare stock ' +
				'changes (shelfInventoryIdList in Inventory → Get Stock by SKU)',
		},
	]),
];
