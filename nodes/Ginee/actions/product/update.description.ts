import type { INodeProperties } from 'n8n-workflow';

import { optionsCollection, timeoutOption } from '../common/optionsCollection';
import type { OperationOption } from '../operation';
import { productIdField } from './productIdField';
import { productDetailFields } from './productFields';

export const option: OperationOption = {
	name: 'Update',
	description:
		"Change a master product's name, descriptions, images or package (one per input item); " +
		'this writes to Ginee',
	toolDescription:
		'Changes a Ginee master product by its productId: name, description, short description, ' +
		'category IDs, condition, minimum purchase, package size and weight, review status. ' +
		'Everything not given stays as it is. This writes to Ginee; use it only when asked.',
	action: 'Update a product',
	writes: true,
};

export const properties: INodeProperties[] = [
	productIdField('the product to change'),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields added here change; the rest of the product stays as it is',
		options: productDetailFields('update'),
	},
	optionsCollection([timeoutOption('each answer from Ginee (a change is never sent twice)')]),
];
