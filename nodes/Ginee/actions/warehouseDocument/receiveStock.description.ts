import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption } from '../operation';
import { stockDocumentFields } from './stockDocumentFields';

export const option: OperationOption = {
	name: 'Receive Stock',
	description:
		'Add delivered units of SKUs to a warehouse with an inbound order (one per input item, or ' +
		'one for all); this writes to Ginee',
	toolDescription:
		'Receives stock into a Ginee warehouse: creates an inbound order whose lines each add a ' +
		'quantity of a master SKU at a unit cost. This writes to Ginee; use it only when the user ' +
		'asked for this change. Returns the inbound order ID and its lines.',
	action: 'Receive stock',
	writes: true,
};

export const properties: INodeProperties[] = stockDocumentFields({
	noun: 'inbound order',
	title: 'Inbound Order',
	verb: 'received',
	stockChange: 'added to the stock',
	warehouse: 'The warehouse the stock arrives in',
	quantity: 'Units received, a whole number from 1 to 999,999; they are added to the stock',
	unitCost:
		'What one unit cost you (Ginee averages it into the purchase price); 0 if you do not track ' +
		'costs',
	executeNow: 'Add to Stock Now',
	deliveryMethod: 'How the goods reached the warehouse',
	documentNumberPlaceholder: 'e.g. GRN-2026-0142',
	combineExample: 'one row of a delivery sheet per item',
	purchaseOrder: true,
});
