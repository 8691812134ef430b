import type { INodeProperties } from 'n8n-workflow';

import { timeoutOnlyOptions } from '../common/optionsCollection';
import { returnAllAndLimit } from '../common/returnAllAndLimit';
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

export const properties: INodeProperties[] = [...returnAllAndLimit(), timeoutOnlyOptions()];
