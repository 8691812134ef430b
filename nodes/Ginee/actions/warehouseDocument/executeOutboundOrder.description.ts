import type { INodeProperties } from 'n8n-workflow';

import { optionsCollection, timeoutOption } from '../common/optionsCollection';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Execute Outbound Order',
	description:
		'Take a waiting outbound order’s units out of stock (one order per input item); this ' +
		'writes to Ginee',
	toolDescription:
		'Executes a waiting Ginee outbound order (created by Send Out Stock with Take From Stock ' +
		'Now off) by its outboundOrderId: its units leave the stock. This writes to Ginee; use it ' +
		'only when the user asked for this change. Returns whether Ginee executed it.',
	action: 'Execute an outbound order',
	writes: true,
};

export const properties: INodeProperties[] = [
	{
		displayName: 'Outbound Order ID',
		name: 'outboundOrderId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 7400000000001',
		description:
			"Ginee's outbound order ID (outboundOrderId in Send Out Stock's output) of an order still " +
			'waiting',
	},
	optionsCollection([timeoutOption('each answer from Ginee (an order is never sent twice)')]),
];
