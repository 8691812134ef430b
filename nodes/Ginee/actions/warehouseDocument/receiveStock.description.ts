import type { INodeProperties } from 'n8n-workflow';

import { optionsCollection, timeoutOption } from '../common/optionsCollection';
import { warehouseLocator } from '../inventory/warehouse';
import type { OperationOption } from '../operation';

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

export const MAX_LINE_QUANTITY = 999999;

export const DELIVERY_METHODS = [
	{ name: 'Default', value: 'DEFAULT' },
	{ name: 'Express Delivery', value: 'EXPRESS_DELIVERY' },
	{ name: 'Self Picked Up', value: 'SELF_PICKED_UP' },
];

export const properties: INodeProperties[] = [
	warehouseLocator('warehouseId', {
		required: true,
		description: 'The warehouse the stock arrives in',
	}),
	{
		displayName: 'Lines',
		name: 'lines',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		required: true,
		placeholder: 'Add Line',
		default: {},
		description: 'One line per SKU received. The node finds the shelf each SKU sits on.',
		options: [
			{
				displayName: 'Line',
				name: 'line',
				values: [
					{
						displayName: 'Product SKU',
						name: 'sku',
						type: 'string',
						required: true,
						default: '',
						placeholder: 'e.g. BATIK-LP',
						description: 'The master SKU received',
					},
					// No defaults: an untouched field stops the run instead of receiving 0 units at 0
					{
						displayName: 'Quantity',
						name: 'quantity',
						type: 'string',
						required: true,
						default: '',
						placeholder: 'e.g. 24',
						description:
							'Units received, a whole number from 1 to 999,999; they are added to the stock',
					},
					{
						displayName: 'Remark',
						name: 'remark',
						type: 'string',
						default: '',
						description: 'A note on this line, kept with the inbound order',
					},
					{
						displayName: 'Shelf Inventory ID',
						name: 'shelfInventoryId',
						type: 'string',
						default: '',
						placeholder: 'e.g. SI64E100001CEDFD10000001',
						description:
							'Only for a SKU on more than one shelf in this warehouse: the shelf it goes to ' +
							'(shelfInventoryIdList in Inventory → Get Stock by SKU)',
					},
					{
						displayName: 'Unit Cost',
						name: 'unitCost',
						type: 'string',
						required: true,
						default: '',
						placeholder: 'e.g. 45000',
						description:
							'What one unit cost you (Ginee averages it into the purchase price); 0 if you ' +
							'do not track costs',
					},
				],
			},
		],
	},
	optionsCollection([
		{
			displayName: 'Add to Stock Now',
			name: 'executeNow',
			type: 'boolean',
			default: true,
			description:
				'Whether the units are added to the stock at once. Off: the inbound order waits in ' +
				'Ginee until someone executes it there.',
		},
		{
			displayName: 'Delivery Method',
			name: 'deliveryMethod',
			type: 'options',
			options: DELIVERY_METHODS,
			default: 'DEFAULT',
			description: 'How the goods reached the warehouse',
		},
		{
			displayName: 'Document Number',
			name: 'documentNumber',
			type: 'string',
			default: '',
			placeholder: 'e.g. GRN-2026-0142',
			description: "Your number for the inbound order (Ginee's own number when empty)",
		},
		{
			displayName: 'One Inbound Order for All Items',
			name: 'combineItems',
			type: 'boolean',
			default: false,
			description:
				'Whether all input items make one inbound order (e.g. one row of a delivery sheet per ' +
				'item, each giving its line). The warehouse and these options come from the first ' +
				'item; every item gets the order’s outcome.',
		},
		{
			displayName: 'Purchase Order ID',
			name: 'purchaseOrderId',
			type: 'string',
			default: '',
			description: 'The purchase order in Ginee this delivery belongs to',
		},
		{
			displayName: 'Push to Fulfilment Warehouse',
			name: 'pushToFulfilment',
			type: 'boolean',
			default: false,
			description:
				"Whether Ginee passes the inbound order on to the warehouse's fulfilment provider",
		},
		{
			displayName: 'Remark',
			name: 'remark',
			type: 'string',
			default: '',
			description: 'A note on the inbound order, under 300 characters',
		},
		timeoutOption('Ginee to take the inbound order (it is never sent twice)'),
		{
			displayName: 'Waybill Number',
			name: 'waybillNumber',
			type: 'string',
			default: '',
			description: "The delivery's tracking number, under 200 characters",
		},
	]),
];
