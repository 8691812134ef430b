import type { INodeProperties } from 'n8n-workflow';

import { optionsCollection, timeoutOption } from '../common/optionsCollection';
import { warehouseLocator } from '../inventory/warehouse';

export const MAX_LINE_QUANTITY = 999999;

export const DELIVERY_METHODS = [
	{ name: 'Default', value: 'DEFAULT' },
	{ name: 'Express Delivery', value: 'EXPRESS_DELIVERY' },
	{ name: 'Self Picked Up', value: 'SELF_PICKED_UP' },
];

/** How an inbound or outbound order's fields speak of it. */
export interface DocumentWords {
	/** "inbound order", and as a title "Inbound Order" */
	noun: string;
	title: string;
	/** What happens to a line's SKU: "received". */
	verb: string;
	/** What happens to the stock: "added to the stock". */
	stockChange: string;
	warehouse: string;
	quantity: string;
	unitCost: string;
	executeNow: string;
	deliveryMethod: string;
	documentNumberPlaceholder: string;
	combineExample: string;
	purchaseOrder: boolean;
}

/** The fields of a stock document operation, in its own words. */
export function stockDocumentFields(words: DocumentWords): INodeProperties[] {
	return [
		warehouseLocator('warehouseId', {
			required: true,
			description: words.warehouse,
		}),
		{
			displayName: 'Lines',
			name: 'lines',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			required: true,
			placeholder: 'Add Line',
			default: {},
			description: `One line per SKU ${words.verb}. The node finds the shelf each SKU sits on.`,
			options: [
				{
					displayName: 'Line',
					name: 'line',
					values: [
						// Required fields first (n8n's lint sorts them by name, hence Cost per Unit). No
						// defaults: an untouched field stops the run instead of receiving 0 units at 0
						{
							displayName: 'Cost per Unit',
							name: 'unitCost',
							type: 'string',
							required: true,
							default: '',
							placeholder: 'e.g. 45000',
							description: words.unitCost,
						},
						{
							displayName: 'Product SKU',
							name: 'sku',
							type: 'string',
							required: true,
							default: '',
							placeholder: 'e.g. BATIK-LP',
							description: `The master SKU ${words.verb}`,
						},
						{
							displayName: 'Quantity',
							name: 'quantity',
							type: 'string',
							required: true,
							default: '',
							placeholder: 'e.g. 24',
							description: words.quantity,
						},
						{
							displayName: 'Remark',
							name: 'remark',
							type: 'string',
							default: '',
							description: `A note on this line, kept with the ${words.noun}`,
						},
						{
							displayName: 'Shelf Inventory ID',
							name: 'shelfInventoryId',
							type: 'string',
							default: '',
							placeholder: 'e.g. SI64E100001CEDFD10000001',
							hint: 'Leave empty: the node finds the shelf the SKU sits on',
							description:
								'Only for a SKU on more than one shelf in this warehouse: the shelf it goes to ' +
								'(shelfInventoryIdList in Inventory → Get Stock by SKU)',
						},
					],
				},
			],
		},
		optionsCollection([
			{
				displayName: words.executeNow,
				name: 'executeNow',
				type: 'boolean',
				default: true,
				description:
					`Whether the units are ${words.stockChange} at once. Off: the ${words.noun} waits in ` +
					'Ginee until someone executes it there.',
			},
			{
				displayName: 'Delivery Method',
				name: 'deliveryMethod',
				type: 'options',
				options: DELIVERY_METHODS,
				default: 'DEFAULT',
				description: words.deliveryMethod,
			},
			{
				displayName: 'Document Number',
				name: 'documentNumber',
				type: 'string',
				default: '',
				placeholder: words.documentNumberPlaceholder,
				description: `Your number for the ${words.noun} (Ginee's own number when empty)`,
			},
			{
				displayName: `One ${words.title} for All Items`,
				name: 'combineItems',
				type: 'boolean',
				default: false,
				description:
					`Whether all input items make one ${words.noun} (e.g. ${words.combineExample}, ` +
					'each item giving its line). The warehouse and these options come from the first ' +
					'item (with Continue On Fail, the first whose fields can be read, even if its lines ' +
					'are refused); every item gets the order’s outcome.',
			},
			...(words.purchaseOrder
				? [
						{
							displayName: 'Purchase Order ID',
							name: 'purchaseOrderId',
							type: 'string' as const,
							default: '',
							description: 'The purchase order in Ginee this delivery belongs to',
						},
					]
				: []),
			{
				displayName: 'Push to Fulfilment Warehouse',
				name: 'pushToFulfilment',
				type: 'boolean',
				default: false,
				description:
					`Whether Ginee passes the ${words.noun} on to the warehouse's fulfilment ` + 'provider',
			},
			{
				displayName: 'Remark',
				name: 'remark',
				type: 'string',
				default: '',
				description: `A note on the ${words.noun}, under 300 characters`,
			},
			timeoutOption(`Ginee to take the ${words.noun} (it is never sent twice)`),
			{
				displayName: 'Waybill Number',
				name: 'waybillNumber',
				type: 'string',
				default: '',
				description: "The delivery's tracking number, under 200 characters",
			},
		]),
	];
}
