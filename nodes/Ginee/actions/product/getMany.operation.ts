import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { recordsOf } from '../../helpers/answers';
import { toGineeUtc } from '../../helpers/utcTime';
import { clampTimeout, gineeApiRequest } from '../../transport';
import { asNodeError } from '../../transport/errors';

export { option, properties } from './getMany.description';

const LIST_MASTER_PRODUCT_PATH = '/openapi/product/master/v1/list';
/** Ginee allows under 500 per page; pages count from 0. */
const PAGE_SIZE = 100;
const MAX_PAGES = 1000;

function filterBody(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const fail = (message: string) => new NodeOperationError(this.getNode(), message, { itemIndex });
	const body: IDataObject = {};
	for (const name of ['productName', 'barCode', 'sku', 'categoryId']) {
		const value = String(filters[name] ?? '').trim();
		if (value) body[name] = value;
	}
	if (body.productName && body.barCode)
		throw fail("Give 'Product Name' or 'Barcode', not both: Ginee searches by one of them");
	const from = filters.createDateFrom;
	const to = filters.createDateTo;
	if (Boolean(from) !== Boolean(to))
		throw fail("'Created After' and 'Created Before' go together: set both or neither");
	if (from && to) {
		const since = toGineeUtc(from, this.getTimezone());
		const until = toGineeUtc(to, this.getTimezone());
		if (!since) throw fail(`'Created After' is not a valid date and time: ${JSON.stringify(from)}`);
		if (!until) throw fail(`'Created Before' is not a valid date and time: ${JSON.stringify(to)}`);
		if (Date.parse(until) < Date.parse(since))
			throw fail(`'Created Before' (${until}) must not be before 'Created After' (${since})`);
		Object.assign(body, { createDateFrom: since, createDateTo: until });
	}
	return body;
}

async function listProducts(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? Infinity : (this.getNodeParameter('limit', itemIndex, 50) as number);
	const { timeout } = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const filters = filterBody.call(this, itemIndex);
	const products: IDataObject[] = [];
	for (let page = 0; page < MAX_PAGES && products.length < limit; page++) {
		const answer = await gineeApiRequest.call(
			this,
			LIST_MASTER_PRODUCT_PATH,
			{ ...filters, page, size: PAGE_SIZE },
			{ kind: 'read', itemIndex, timeout: clampTimeout(timeout) },
		);
		const content = recordsOf(answer.data, 'ListMasterProduct');
		products.push(...content);
		const total = (answer.data as IDataObject | null)?.total;
		if (content.length < PAGE_SIZE || (typeof total === 'number' && products.length >= total))
			break;
	}
	return products.slice(0, limit);
}

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			for (const product of await listProducts.call(this, itemIndex))
				output.push({ json: product, pairedItem: { item: itemIndex } });
		} catch (error) {
			if (!this.continueOnFail()) throw asNodeError(this.getNode(), error, itemIndex);
			output.push({ json: { error: (error as Error).message }, pairedItem: { item: itemIndex } });
		}
	}
	return output;
}
