import type { INodeProperties } from 'n8n-workflow';

import { timeoutOnlyOptions } from '../../helpers/timeoutOption';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Many',
	description:
		'List the shops (marketplace stores) of the Ginee account with their IDs and channels',
	toolDescription:
		'Lists the shops (marketplace stores) connected to the Ginee account: shopId, name, channel. ' +
		'Needs nothing. Read-only.',
	action: 'Get many shops',
};

export const properties: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		displayOptions: { show: { returnAll: [false] } },
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
	},
	timeoutOnlyOptions(),
];
