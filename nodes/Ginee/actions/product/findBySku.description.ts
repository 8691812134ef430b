import type { INodeProperties } from 'n8n-workflow';

import { timeoutOnlyOptions } from '../common/optionsCollection';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Find by SKU',
	description: 'Find the master product and variation behind each SKU or variation ID',
	toolDescription:
		'Finds Ginee master variations by master SKU (e.g. BATIK-LP), several separated by commas. ' +
		'Returns per SKU: productId, variationId, name, masterSku, optionValues. A SKU Ginee does ' +
		'not know comes back as { sku, notFound: true }. Read-only.',
	action: 'Find products by SKU',
};

export const properties: INodeProperties[] = [
	{
		displayName: 'Look Up By',
		name: 'lookupBy',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Master SKUs', value: 'masterSkus', description: 'SKUs such as BATIK-LP' },
			{
				name: 'Variation IDs',
				value: 'masterVariationIds',
				description: "Ginee's master variation IDs (MV…)",
			},
		],
		default: 'masterSkus',
	},
	{
		displayName: 'SKUs',
		name: 'masterSkus',
		type: 'string',
		typeOptions: { multipleValues: true, multipleValueButtonText: 'Add SKU' },
		required: true,
		default: [],
		placeholder: 'e.g. BATIK-LP',
		hint: 'One SKU per entry, a comma-separated list, or an expression that returns an array',
		displayOptions: { show: { lookupBy: ['masterSkus'] } },
		description: 'Master SKUs to look up. Repeats are looked up once.',
	},
	{
		displayName: 'Variation IDs',
		name: 'masterVariationIds',
		type: 'string',
		typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Variation ID' },
		required: true,
		default: [],
		placeholder: 'e.g. MV65B00000CEDFD00000000',
		hint: 'One ID per entry, a comma-separated list, or an expression that returns an array',
		displayOptions: { show: { lookupBy: ['masterVariationIds'] } },
		description: 'Master variation IDs to look up. Repeats are looked up once.',
	},
	timeoutOnlyOptions(),
];
