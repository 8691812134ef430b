import type { INodeProperties } from 'n8n-workflow';

import { optionsCollection, timeoutOption } from '../common/optionsCollection';
import { skuField } from '../common/skuField';
import type { OperationOption } from '../operation';
import { warehouseLocator } from './warehouse';

export const option: OperationOption = {
	name: 'Add SKU to Warehouse',
	description:
		'Let a warehouse hold a SKU, with no stock yet (one SKU per input item); this writes to Ginee',
	toolDescription:
		'Adds a master SKU to a Ginee warehouse so that stock can be received or set there; a SKU ' +
		'already in the warehouse is left as it is. This writes to Ginee; use it only when the user ' +
		'asked for this change. Returns the warehouse inventory ID.',
	action: 'Add a SKU to a warehouse',
	writes: true,
};

export const properties: INodeProperties[] = [
	warehouseLocator('warehouseId', {
		required: true,
		description: 'The warehouse that is to hold the SKU',
	}),
	skuField('The master SKU the warehouse is to hold'),
	optionsCollection([
		{
			displayName: 'Currency',
			name: 'currency',
			type: 'string',
			default: 'IDR',
			placeholder: 'e.g. IDR',
			description: "The currency of the SKU's purchase cost in this warehouse (IDR unless given)",
		},
		timeoutOption('each answer from Ginee (a SKU is never added twice)'),
	]),
];
