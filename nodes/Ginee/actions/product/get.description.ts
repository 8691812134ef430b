import type { INodeProperties } from 'n8n-workflow';

import { timeoutOnlyOptions } from '../common/optionsCollection';
import type { OperationOption } from '../operation';
import { productIdField } from './productIdField';

export const option: OperationOption = {
	name: 'Get',
	description: 'Get a master product with every variation, price, description and option',
	toolDescription:
		'Gets one Ginee master product by its productId (e.g. MP65B00069CEDFD00000000). Returns ' +
		'name, categories, description, brand, variantOptions and variations (id, sku, barcode, ' +
		'sellingPrice, purchasePrice). Read-only.',
	action: 'Get a product',
};

export const properties: INodeProperties[] = [productIdField(), timeoutOnlyOptions()];
