import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption } from '../operation';
import { actionOptions, orderIdField } from './orderActionFields';

export const option: OperationOption = {
	name: 'Accept',
	description: 'Accept a new marketplace order so that it can be shipped; this writes to Ginee',
	toolDescription:
		'Accepts a new, paid marketplace order in Ginee ' +
		'(orderId, e.g. SO64A5288BCEDFD00000000025) so ' +
		'that it can be shipped. This writes to Ginee; use it only when the user asked for it.',
	action: 'Accept an order',
	writes: true,
};

export const properties: INodeProperties[] = [orderIdField('The order to accept'), actionOptions()];
