import type { INodeProperties } from 'n8n-workflow';

import { CHANNEL_OPTIONS } from './channelsAndStatuses';

// The order filters the Ginee node's Get Many and the Ginee Orders (Polling) trigger both offer,
// under the same names, so that a filter set in one reads the same in the other.

export const MARKETPLACES_FILTER: INodeProperties = {
	displayName: 'Marketplaces',
	name: 'channels',
	type: 'multiOptions',
	options: CHANNEL_OPTIONS,
	default: [],
	description: 'Only orders from these marketplaces or shop types',
};

export const SHOPS_FILTER: INodeProperties = {
	displayName: 'Shop Names or IDs',
	name: 'shopIds',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getShops' },
	default: [],
	description:
		// One literal (past the line width): n8n's lint rule reads this standard sentence whole.
		'Up to 50 shops. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};
