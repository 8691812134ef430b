import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

/** The Shop picker: from the account's shops (searchable), or by Ginee's shop ID. */
export function shopLocator(description: string, displayOptions: IDisplayOptions): INodeProperties {
	return {
		displayName: 'Shop',
		name: 'shopId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		displayOptions,
		description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a shop...',
				typeOptions: { searchListMethod: 'searchShops', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. SH64A0CEEFCEDFD00000000001',
				hint: "Ginee's shop ID (shopId in Shop → Get Many), not the marketplace's",
			},
		],
	};
}
