import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * A warehouse field: From List (the warehouses Ginee reports for the account's SKUs) or By ID. A
 * list that fails to load never stops anyone typing an ID.
 */
export function warehouseLocator(
	name: string,
	{ required, description }: { required: boolean; description: string },
): INodeProperties {
	return {
		displayName: 'Warehouse',
		name,
		type: 'resourceLocator',
		required,
		default: { mode: 'list', value: '' },
		description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a warehouse...',
				typeOptions: { searchListMethod: 'searchWarehouses', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. WW64C000001CEDFD0000000001',
			},
		],
	};
}

/** The warehouse ID of a warehouse field ('' when none is given and none is required). */
export function readWarehouseId(
	this: IExecuteFunctions,
	name: string,
	itemIndex: number,
	required: boolean,
): string {
	const value = String(
		this.getNodeParameter(name, itemIndex, '', { extractValue: true }) ?? '',
	).trim();
	if (!value && required)
		throw new NodeOperationError(
			this.getNode(),
			"'Warehouse' is required: choose one from the list or give its ID",
			{ itemIndex },
		);
	return value;
}
