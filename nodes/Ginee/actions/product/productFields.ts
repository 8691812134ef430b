import type { INodeProperties } from 'n8n-workflow';

import { currencyField } from '../common/money';

// The fields Create and Update share, in Create's Additional Fields and Update's Update Fields.

const REVIEW_STATUSES = [
	{
		name: 'Pending Review',
		value: 'PENDING_REVIEW',
		description: 'The product waits for review in Ginee before it is shown to channels',
	},
	{
		name: 'Reviewed',
		value: 'PAY_NO_ATTENTION',
		description: 'Ready for the channels: Ginee then needs Category IDs and a Short Description',
	},
];

const dimension = (side: string, name: string): INodeProperties => ({
	displayName: `Package ${side} (Centimetres)`,
	name,
	type: 'number',
	typeOptions: { minValue: 0 },
	default: 0,
	description: `The ${side.toLowerCase()} of the packed product, in centimetres`,
});

/** The product fields either operation can set; `create` adds those only Create sends. */
export function productDetailFields(operation: 'create' | 'update'): INodeProperties[] {
	const create = operation === 'create';
	const fields: INodeProperties[] = [
		{
			displayName: 'Category IDs',
			name: 'categoryIds',
			type: 'string',
			default: '',
			placeholder: 'e.g. 100011, 100054, 100243',
			description:
				"Ginee's category IDs from the top category down to the leaf, separated by commas",
		},
		{
			displayName: 'Condition',
			name: 'condition',
			type: 'options',
			options: [
				{ name: 'New', value: 'NEW' },
				{ name: 'Used', value: 'USED' },
			],
			default: 'NEW',
		},
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			description: 'The full description, under 60,000 characters (HTML allowed)',
		},
		{
			displayName: 'Images (Binary Fields)',
			name: 'imageFields',
			type: 'string',
			default: '',
			placeholder: 'e.g. data, image2',
			description:
				"The input item's binary fields holding the product images, in order, separated by " +
				'commas. Each is uploaded to Ginee: JPG or PNG, under 2 MB, 256 to 4096 pixels a side.' +
				(create ? '' : ' They replace the current images.'),
		},
		{
			displayName: 'Minimum Purchase',
			name: 'minPurchase',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 1000, numberPrecision: 0 },
			default: 1,
			description: 'The fewest units a buyer may order, 1 to 1,000',
		},
		dimension('Height', 'packageHeight'),
		dimension('Length', 'packageLength'),
		{
			displayName: 'Package Weight (Grams)',
			name: 'packageWeight',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description: 'The weight of the packed product, in grams',
		},
		dimension('Width', 'packageWidth'),
		{
			displayName: 'Review Status',
			name: 'reviewStatus',
			type: 'options',
			options: REVIEW_STATUSES,
			default: 'PENDING_REVIEW',
		},
		{
			displayName: 'Short Description',
			name: 'shortDescription',
			type: 'string',
			typeOptions: { rows: 2 },
			default: '',
			description: 'Under 3,000 characters; needed when the Review Status is Reviewed',
		},
	];
	if (create)
		fields.push(
			{
				displayName: 'Brand',
				name: 'brand',
				type: 'string',
				default: '',
				placeholder: 'e.g. Nusantara',
			},
			currencyField(),
			{
				displayName: 'Variant Option Names',
				name: 'variantOptionNames',
				type: 'string',
				default: '',
				placeholder: 'e.g. Colour, Size',
				description:
					"What tells the product's SKUs apart, at most two, separated by commas; each " +
					"variation's Option Values then give one value per name (e.g. Red, XL)",
			},
		);
	else
		fields.push({
			displayName: 'Product Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'The new product name, under 300 characters',
		});
	return fields.sort((a, b) => a.displayName.localeCompare(b.displayName));
}
