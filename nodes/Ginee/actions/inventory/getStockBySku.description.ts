import type { INodeProperties } from 'n8n-workflow';

import { timeoutOnlyOptions } from '../common/optionsCollection';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Stock by SKU',
	description: "Each SKU's stock in every warehouse",
	toolDescription:
		'Gets the stock of master SKUs (e.g. BATIK-LP), several separated by commas, in every ' +
		'warehouse: per SKU, warehouseDistributionList with warehouseName, warehouseStock and ' +
		'availableStock. A SKU Ginee does not know comes back as { sku, notFound: true }. Read-only.',
	action: 'Get stock by SKU',
};

export const properties: INodeProperties[] = [
	{
		displayName: 'SKUs',
		name: 'masterSkus',
		type: 'string',
		typeOptions: { multipleValues: true, multipleValueButtonText: 'Add SKU' },
		required: true,
		default: [],
		placeholder: 'e.g. BATIK-LP',
		hint: 'One SKU per entry, a comma-separated list, or an expression that returns an array',
		description: 'Master SKUs to look up. Repeats are looked up once.',
	},
	timeoutOnlyOptions(),
];
