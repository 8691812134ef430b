import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption } from '../operation';
import { manualOrderProperties } from './manualOrderFields';

export const option: OperationOption = {
	name: 'Update Manual Order',
	description:
		'Change a manual order (customer, payment, items, addresses) that is paid, ' +
		'pending payment or partially paid; this writes to Ginee',
	toolDescription:
		'Changes a manual order in Ginee (channel MANUAL_ID, status PAID, ' +
		'PENDING_PAYMENT or PARTIALLY_PAID): customer, payment, items and addresses. ' +
		'This writes to Ginee and is not undone; use it only when the user asked for ' +
		"this change. Returns Ginee's answer.",
	action: 'Update manual order',
	writes: true,
};

export const properties: INodeProperties[] = manualOrderProperties('update');
