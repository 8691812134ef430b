import type { INodeProperties } from 'n8n-workflow';

import { skuField } from '../common/skuField';
import type { OperationOption } from '../operation';
import { stockWriteOptions } from './stockWrites';
import { warehouseLocator } from './warehouse';

export const option: OperationOption = {
	name: 'Set Warehouse Stock',
	description:
		"Set a SKU's stock in a warehouse to a quantity (one SKU per input item); this writes to Ginee",
	toolDescription:
		'Sets the warehouse stock of a master SKU in a Ginee warehouse to the given quantity. This ' +
		'writes to Ginee; use it only when the user asked for this change. Returns the new stock ' +
		'figures (warehouseStock, availableStock).',
	action: 'Set warehouse stock',
	writes: true,
};

const QUANTITY_DESCRIPTION =
	"The SKU's new stock in this warehouse, a whole number from 0 to 999,998: it replaces the " +
	'stock, it does not add to it. Update Spare Stock instead adds to, takes from or sets the ' +
	'stock held back from the marketplaces.';

export const properties: INodeProperties[] = [
	warehouseLocator('warehouseId', {
		required: true,
		description: 'The warehouse whose stock is set',
	}),
	skuField('The master SKU whose stock is set'),
	{
		displayName: 'Quantity',
		name: 'quantity',
		builderHint: {
			propertyHint:
				'The new total stock of the SKU in this warehouse: it replaces the stock, it is not a ' +
				'change by a number of units',
		},
		// no default: an untouched field stops the run instead of setting the stock to 0
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 25',
		hint: "Replaces the warehouse's stock with this number",
		description: QUANTITY_DESCRIPTION,
	},
	stockWriteOptions(),
];
