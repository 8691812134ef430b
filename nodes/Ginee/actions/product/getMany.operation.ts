import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { clampTimeout } from '../../../shared/transport';
import { PER_CALL } from '../../../shared/transport/endpoints';
import { readPages } from '../../../shared/transport/pages';
import { toGineeUtc } from '../../../shared/utcTime';
import { eachItem } from '../../helpers/eachItem';
import { limitOf } from '../common/returnAllAndLimit';

export { option, properties } from './getMany.description';

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
	const limit = limitOf(this, itemIndex);
	const { timeout } = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const filters = filterBody.call(this, itemIndex);
	return await readPages.call(this, {
		endpoint: 'ListMasterProduct',
		body: filters,
		pageSize: PER_CALL.productPage,
		maxPages: MAX_PAGES,
		limit,
		itemIndex,
		timeout: clampTimeout(timeout),
	});
}

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await eachItem.call(
		this,
		items,
		async (itemIndex) => await listProducts.call(this, itemIndex),
	);
}
