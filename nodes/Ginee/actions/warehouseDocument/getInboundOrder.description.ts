import type { INodeProperties } from 'n8n-workflow';

import { timeoutOnlyOptions } from '../common/optionsCollection';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Inbound Order',
	description: 'Get an inbound order (stock received) with its status and lines',
	toolDescription:
		'Gets one Ginee inbound order (stock received into a warehouse) by its inboundOrderId. ' +
		'Returns no, warehouseId, status (CREATE, PENDING, PART_COMPLETE, COMPLETE, INVALID), ' +
		'quantities, amounts and items (masterSku, planQuantity, realQuantity, failReason). Read-only.',
	action: 'Get an inbound order',
};

export const properties: INodeProperties[] = [
	{
		displayName: 'Inbound Order ID',
		name: 'inboundOrderId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 7300000000001',
		description: "Ginee's inbound order ID (inboundOrderId in Receive Stock's output)",
	},
	timeoutOnlyOptions(),
];
