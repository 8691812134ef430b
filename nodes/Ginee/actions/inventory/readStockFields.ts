import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** The SKU of an input item, required. */
export function readSku(this: IExecuteFunctions, itemIndex: number): string {
	const sku = String(this.getNodeParameter('sku', itemIndex, '') ?? '').trim();
	if (!sku) throw new NodeOperationError(this.getNode(), "'SKU' is required", { itemIndex });
	return sku;
}

/** A whole quantity within [0, max], or an error naming the field; never 0 for an empty field. */
export function readQuantity(
	this: IExecuteFunctions,
	itemIndex: number,
	max: number,
	parameter = 'quantity',
): number {
	const value = this.getNodeParameter(parameter, itemIndex, '');
	if (String(value ?? '').trim() === '')
		throw new NodeOperationError(
			this.getNode(),
			`'Quantity' is empty: give the number of units, from 0 to ${max}`,
			{ itemIndex },
		);
	const quantity = typeof value === 'string' ? Number(value) : value;
	if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 0 || quantity > max)
		throw new NodeOperationError(
			this.getNode(),
			`'Quantity' must be a whole number from 0 to ${max}, got ${JSON.stringify(value)}`,
			{ itemIndex },
		);
	return quantity;
}

/** The Options collection of an item. */
export const readOptions = (context: IExecuteFunctions, itemIndex: number) =>
	context.getNodeParameter('options', itemIndex, {}) as IDataObject;
