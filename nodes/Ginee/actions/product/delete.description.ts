import type { INodeProperties } from 'n8n-workflow';

import { waitForResultOption } from '../../helpers/backgroundTasks';
import { optionsCollection, timeoutOption } from '../common/optionsCollection';
import type { OperationOption } from '../operation';
import { productIdField } from './productIdField';

export const option: OperationOption = {
	name: 'Delete',
	description: 'Delete a master product with its SKUs (one per input item); this writes to Ginee',
	toolDescription:
		'Deletes a Ginee master product by its productId (e.g. MP65B00069CEDFD00000000), with all ' +
		'its SKUs. This cannot be undone: use it only when the user asked for this deletion. Waits ' +
		'for Ginee to finish and returns the outcome per product.',
	action: 'Delete a product',
	writes: true,
};

export const properties: INodeProperties[] = [
	productIdField('the product and all its SKUs are deleted'),
	optionsCollection([
		timeoutOption('each answer from Ginee (a deletion is never sent twice)'),
		waitForResultOption('deletes products', 'Products', 'deleted'),
	]),
];
