import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption } from '../operation';
import { stockDocumentFields } from './stockDocumentFields';

export const option: OperationOption = {
	name: 'Send Out Stock',
	description:
		'Take units of SKUs out of a warehouse with an outbound order, not for a marketplace order ' +
		'(e.g. damaged goods, samples); this writes to Ginee',
	toolDescription:
		'Takes stock out of a Ginee warehouse outside of marketplace orders: creates a manual ' +
		'outbound order whose lines each take a quantity of a master SKU. This writes to Ginee; use ' +
		'it only when the user asked for this change. Returns the outbound order ID and its lines.',
	action: 'Send out stock',
	writes: true,
};

export const properties: INodeProperties[] = stockDocumentFields({
	noun: 'outbound order',
	title: 'Outbound Order',
	verb: 'sent out',
	stockChange: 'taken from the stock',
	warehouse: 'The warehouse the stock leaves',
	quantity:
		'Units sent out, a whole number from 1 to 999,999; they are taken from the stock (Ginee ' +
		'refuses more than is available)',
	unitCost: 'The value of one unit, as Ginee records it with the outbound order; 0 if none',
	executeNow: 'Take From Stock Now',
	deliveryMethod: 'How the goods leave the warehouse',
	documentNumberPlaceholder: 'e.g. OUT-2026-0031',
	combineExample: 'one row of a write-off sheet per item',
	purchaseOrder: false,
});
