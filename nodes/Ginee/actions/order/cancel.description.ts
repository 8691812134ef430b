import type { INodeProperties } from 'n8n-workflow';

import { optionsCollection, timeoutOption } from '../common/optionsCollection';
import type { OperationOption } from '../operation';
import { CANCEL_REASON_OPTIONS, NO_REASON, OTHER_REASON } from './cancelReasons';
import { orderIdField } from './orderActionFields';

export const option: OperationOption = {
	name: 'Cancel',
	description: 'Cancel an order with a reason from Ginee’s list; this writes to Ginee',
	toolDescription:
		'Cancels a Ginee order (orderId) with a cancel reason code of its channel (e.g. ' +
		'MANUAL_CUSTOMER_REQUEST for manual orders, OUT_OF_STOCK for Shopee). This writes to Ginee ' +
		'and cannot be undone; use it only when the user asked for it.',
	action: 'Cancel an order',
	writes: true,
};

export const properties: INodeProperties[] = [
	orderIdField('The order to cancel'),
	{
		displayName: 'Reason',
		name: 'cancelReason',
		type: 'options',
		options: CANCEL_REASON_OPTIONS,
		default: NO_REASON,
		description:
			"Ginee's cancel reason. It must be one of the order's channel: the node checks it against " +
			'the order before sending. Manual, Shopee, ' +
			'Tokopedia, Lazada, Shopify, Bukalapak and Blibli ' +
			'orders need one.',
	},
	{
		displayName: 'Reason Code',
		name: 'otherReasonCode',
		type: 'string',
		default: '',
		placeholder: 'e.g. 10000017',
		displayOptions: { show: { cancelReason: [OTHER_REASON] } },
		description:
			"Required for Other Reason Code: a cancelId from Ginee's Dictionary page for the order's " +
			'channel',
	},
	optionsCollection([
		{
			displayName: 'Note',
			name: 'cancelNote',
			type: 'string',
			default: '',
			description: 'Why the order is cancelled, in your words (cancelNote)',
		},
		timeoutOption('each answer from Ginee (a cancellation is never sent twice)'),
	]),
];
