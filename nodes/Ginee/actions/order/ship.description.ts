import type { INodeProperties } from 'n8n-workflow';

import { waitForResultOption } from '../../helpers/backgroundTasks';
import { optionsCollection, timeoutOption } from '../common/optionsCollection';
import type { OperationOption } from '../operation';
import { orderIdField } from './orderActionFields';

export const option: OperationOption = {
	name: 'Ship',
	description:
		'Arrange shipment of a marketplace order: pick-up, ' +
		'drop-off or manual ship; this writes to Ginee',
	toolDescription:
		'Ships a Ginee marketplace order (orderId) by PICK_UP (needs shippingProviderId, addressId, ' +
		'pickupTimeId from Get Shipping Options), DROP_OFF (shippingProviderId) or ' +
		'MANUAL_SHIP (shippingProviderId, trackingNo). Waits for Ginee to finish and returns the ' +
		'outcome per order. This writes to Ginee and cannot be undone; use it only when asked.',
	action: 'Ship an order',
	writes: true,
};

// Delivery Type is a fixed choice (no expression): n8n can then tell when the pick-up fields are
// required, and would otherwise refuse to publish a workflow that leaves them empty.
const pickUpOnly = { deliveryType: ['PICK_UP'] };

function deliveryTypeField(): INodeProperties {
	return {
		displayName: 'Delivery Type',
		name: 'deliveryType',
		builderHint: {
			propertyHint:
				'A fixed choice per node: orders shipped in different ways need one Ship node per way ' +
				'(e.g. after a Switch). Pick Up takes the address and time of Get Shipping Options',
		},
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Drop Off',
				value: 'DROP_OFF',
				description: 'You bring the parcel to the courier',
			},
			{
				name: 'Manual Ship',
				value: 'MANUAL_SHIP',
				description: 'Shipped outside the marketplace’s logistics, with your tracking number',
			},
			{ name: 'Pick Up', value: 'PICK_UP', description: 'The courier collects the parcel' },
		],
		default: 'PICK_UP',
	};
}

export const properties: INodeProperties[] = [
	orderIdField('The order to ship'),
	deliveryTypeField(),
	{
		displayName: 'Courier Name or ID',
		name: 'shippingProviderId',
		type: 'options',
		typeOptions: {
			loadOptionsMethod: 'getShipCouriers',
			loadOptionsDependsOn: ['orderId', 'deliveryType'],
		},
		required: true,
		default: '',
		description:
			// One literal (past the line width): n8n's lint rule reads this standard sentence whole.
			'The couriers of the order in Order ID. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Pick-Up Address Name or ID',
		name: 'addressId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getPickUpAddresses', loadOptionsDependsOn: ['orderId'] },
		required: true,
		default: '',
		displayOptions: { show: pickUpOnly },
		description:
			// One literal (past the line width): n8n's lint rule reads this standard sentence whole.
			'Where the courier collects the parcel. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Pick-Up Time Name or ID',
		name: 'pickupTimeId',
		type: 'options',
		typeOptions: {
			loadOptionsMethod: 'getPickUpTimes',
			loadOptionsDependsOn: ['orderId', 'addressId'],
		},
		required: true,
		default: '',
		displayOptions: { show: pickUpOnly },
		description:
			// One literal (past the line width): n8n's lint rule reads this standard sentence whole.
			'When the courier comes to that address. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Tracking Number',
		name: 'trackingNo',
		type: 'string',
		default: '',
		displayOptions: { show: { deliveryType: ['MANUAL_SHIP'] } },
		description: 'Required for Manual Ship: the tracking number of your own shipment',
	},
	optionsCollection([
		{
			displayName: 'Courier Name',
			name: 'shipmentProvider',
			type: 'string',
			default: '',
			placeholder: 'e.g. JNE - REG',
			description: 'The courier by name (shipmentProvider), where the marketplace asks for it',
		},
		{
			displayName: 'Invoice Number',
			name: 'invoiceNumber',
			type: 'string',
			default: '',
		},
		timeoutOption('each answer from Ginee (a shipment is never sent twice)'),
		waitForResultOption('ships', 'Orders', 'shipped'),
	]),
];
