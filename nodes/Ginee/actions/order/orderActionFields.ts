import type { INodeProperties } from 'n8n-workflow';

import { optionsCollection, timeoutOption } from '../common/optionsCollection';

/** The Ginee order ID an action is about, one per input item. */
export function orderIdField(description: string): INodeProperties {
	return {
		displayName: 'Order ID',
		name: 'orderId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. SO64A5288BCEDFD00000000025',
		description:
			`${description}. Ginee's order ID (orderId, ` + `SO…), e.g. from Ginee Trigger or Get Many.`,
	};
}

/** Options of an order action that changes the order: only the Timeout. */
export function actionOptions(): INodeProperties {
	return optionsCollection([
		timeoutOption('the answer from Ginee (an action is never sent twice)'),
	]);
}
