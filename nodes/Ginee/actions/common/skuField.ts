import type { INodeProperties } from 'n8n-workflow';

/** The required master SKU field of an operation that acts on one SKU per input item. */
export function skuField(
	description: string,
	displayOptions?: INodeProperties['displayOptions'],
): INodeProperties {
	return {
		displayName: 'SKU',
		name: 'sku',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. BATIK-LP',
		description,
		...(displayOptions ? { displayOptions } : {}),
	};
}
