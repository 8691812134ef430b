import type { INodeProperties } from 'n8n-workflow';

/** The Product ID field of an operation on one master product per input item. */
export function productIdField(note?: string): INodeProperties {
	return {
		displayName: 'Product ID',
		name: 'productId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. MP65B00069CEDFD00000000',
		description:
			"Ginee's master product ID (productId in Product → Get Many or Find by SKU)" +
			(note ? `; ${note}` : ''),
	};
}
