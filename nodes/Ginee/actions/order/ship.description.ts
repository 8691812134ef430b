import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

import { waitForResultOption } from '../../helpers/backgroundTasks';
import { optionsCollection, timeoutOption } from '../common/optionsCollection';
import { FROM_VERSION_1_1, ONLY_VERSION_1 } from '../common/versions';
import type { OperationOption } from '../operation';
import { orderIdField } from './orderActionFields';

export const option: OperationOption = {
	name: 'Ship',
	description:
		'Arrange shipment of a marketplace order: pick-up, ' +
		'drop-off or manual ship; this writes to Ginee',
	toolDescription:
		'Ships a Ginee marketplace order (orderId) by PICK_UP (needs shippingProviderId, addressId, ' +
		'pickupTimeId from Get Shipping Options, and address in node version 1), DROP_OFF ' +
		'(shippingProviderId) or ' +
		'MANUAL_SHIP (shippingProviderId, trackingNo). Waits for Ginee to finish and returns the ' +
		'outcome per order. This writes to Ginee and cannot be undone; use it only when asked.',
	action: 'Ship an order',
	writes: true,
};

// Version 1's pick-up fields are not marked required: with Delivery Type set by an expression
// n8n could not tell whether they are needed and would refuse to publish the workflow. From 1.1
// Delivery Type is a fixed choice, so they are. The node checks them before sending either way.
const pickUpOnly = { deliveryType: ['PICK_UP'] };

function deliveryTypeField(versions: IDisplayOptions['show']): INodeProperties {
	return {
		displayName: 'Delivery Type',
		name: 'deliveryType',
		type: 'options',
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
		displayOptions: { show: versions },
	};
}

export const properties: INodeProperties[] = [
	orderIdField('The order to ship'),
	deliveryTypeField(ONLY_VERSION_1),
	{ ...deliveryTypeField(FROM_VERSION_1_1), noDataExpression: true },
	{
		displayName: 'Courier ID',
		name: 'shippingProviderId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: ONLY_VERSION_1 },
		placeholder: 'e.g. LP2',
		description: 'The courier: logisticsProviderId in Get Shipping Options (shippingProviderId)',
	},
	{
		displayName: 'Pick-Up Address ID',
		name: 'addressId',
		type: 'string',
		default: '',
		displayOptions: { show: { ...ONLY_VERSION_1, ...pickUpOnly } },
		description:
			'Where the courier collects, required for Pick Up: addresses[].addressId in Get Shipping ' +
			'Options',
	},
	{
		displayName: 'Pick-Up Address',
		name: 'address',
		type: 'string',
		default: '',
		displayOptions: { show: { ...ONLY_VERSION_1, ...pickUpOnly } },
		description:
			'The pick-up address as text, required for Pick Up: addresses[].address in Get Shipping ' +
			'Options',
	},
	{
		displayName: 'Pick-Up Time ID',
		name: 'pickupTimeId',
		type: 'string',
		default: '',
		displayOptions: { show: { ...ONLY_VERSION_1, ...pickUpOnly } },
		description:
			'When the courier comes, required for Pick Up: addresses[].pickupTimeList[].pickupTimeId ' +
			'in Get Shipping Options',
	},
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
		displayOptions: { show: FROM_VERSION_1_1 },
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
		displayOptions: { show: { ...FROM_VERSION_1_1, ...pickUpOnly } },
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
		displayOptions: { show: { ...FROM_VERSION_1_1, ...pickUpOnly } },
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
