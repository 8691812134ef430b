import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { parseImageFields } from './productImages';

/** What an item's product fields come to in Ginee's terms. */
export interface ProductDetails {
	/** The top-level fields of CreateMasterProduct / UpdateMasterProduct the item sets. */
	fields: IDataObject;
	/** The package sizes given (merged into Ginee's `delivery`). */
	delivery: IDataObject;
	imageFields: string[];
}

const MAX_LENGTHS: Record<string, [label: string, max: number]> = {
	name: ['Product Name', 300],
	shortDescription: ['Short Description', 3000],
	description: ['Description', 60000],
};

const PACKAGE: Record<string, string> = {
	packageHeight: 'height',
	packageLength: 'length',
	packageWeight: 'weight',
	packageWidth: 'width',
};

/**
 * Reads Additional Fields (Create) or Update Fields (Update) into Ginee's fields; each value is
 * checked against Ginee's limits and a fault names its field.
 */
export function readProductDetails(
	this: IExecuteFunctions,
	itemIndex: number,
	given: IDataObject,
): ProductDetails {
	const fail = (message: string) => new NodeOperationError(this.getNode(), message, { itemIndex });
	const fields: IDataObject = {};
	const delivery: IDataObject = {};
	for (const [name, value] of Object.entries(given)) {
		if (name in MAX_LENGTHS) {
			const [label, max] = MAX_LENGTHS[name];
			const text = String(value ?? '').trim();
			if (name === 'name' && !text) throw fail(`'${label}' is empty`);
			if (text.length >= max)
				throw fail(`'${label}' has ${text.length} characters: it must be under ${max}`);
			if (text) fields[name] = text;
		} else if (name in PACKAGE) {
			const number = Number(value);
			if (!Number.isFinite(number) || number < 0)
				throw fail(`'${name}' must be a number of 0 or more, got ${JSON.stringify(value)}`);
			delivery[PACKAGE[name]] = number;
		} else if (name === 'categoryIds') {
			const ids = String(value ?? '')
				.split(',')
				.map((id) => id.trim())
				.filter(Boolean);
			if (ids.length) fields.fullCategoryId = ids;
		} else if (name === 'minPurchase') {
			const number = Number(value);
			if (!Number.isInteger(number) || number < 1 || number > 1000)
				throw fail(`'Minimum Purchase' must be a whole number from 1 to 1,000, got ${value}`);
			fields.minPurchase = number;
		} else if (name === 'reviewStatus') fields.status = value;
		else if (name === 'condition' || name === 'brand') {
			const text = String(value ?? '').trim();
			if (text) fields[name] = text;
		}
	}
	return { fields, delivery, imageFields: parseImageFields(given.imageFields) };
}

/** Ginee needs a category and a short description for a reviewed product. */
export function reviewedProblem(product: IDataObject): string | undefined {
	if (product.status !== 'PAY_NO_ATTENTION') return undefined;
	const categories = product.fullCategoryId as unknown[] | undefined;
	if (!categories?.length) return "a Reviewed product needs 'Category IDs'";
	if (!String(product.shortDescription ?? '').trim())
		return "a Reviewed product needs a 'Short Description'";
	return undefined;
}
