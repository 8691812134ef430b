import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { parseIdList } from '../../../shared/idList';
import { clampTimeout, gineeApiRequest } from '../../../shared/transport';
import { ENDPOINTS } from '../../../shared/transport/endpoints';
import { eachItem } from '../../helpers/eachItem';
import { readRange } from './period';

export { option, properties } from './getSalesSummary.description';

/** Ginee sums at most 3 months: `since` plus three calendar months (UTC). */
function threeMonthsAfter(since: number): number {
	const date = new Date(since);
	date.setUTCMonth(date.getUTCMonth() + 3);
	return date.getTime();
}

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await eachItem.call(this, items, async (itemIndex) => {
		const fail = (message: string) =>
			new NodeOperationError(this.getNode(), message, {
				itemIndex,
				description: 'Nothing was sent to Ginee.',
			});
		const { since, to } = readRange.call(this, itemIndex);
		const createSince = new Date(since).toISOString();
		const createTo = new Date(to).toISOString();
		if (to > threeMonthsAfter(since))
			throw fail(
				`The period ${createSince} – ${createTo} is longer than 3 months, which Ginee does not ` +
					'sum: split it into several runs',
			);
		const orderStatuses = parseIdList(this.getNodeParameter('statuses', itemIndex, []));
		if (orderStatuses.length === 0)
			throw fail("'Order Statuses' is empty: choose the statuses whose orders count");
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const body: IDataObject = { createSince, createTo, orderStatuses };
		const currencyCode = String(options.currencyCode ?? '').trim();
		if (currencyCode) body.currencyCode = currencyCode;
		const answer = await gineeApiRequest.call(this, ENDPOINTS.OrderGmvInfo, body, {
			kind: 'read',
			itemIndex,
			timeout: clampTimeout(options.timeout),
		});
		const data = (answer.data ?? {}) as IDataObject;
		const countItems = Array.isArray(data.countItems) ? (data.countItems as IDataObject[]) : [];
		const byStatus: IDataObject = {};
		let totalAmount = 0;
		for (const { dimension, totalAmount: amount } of countItems) {
			const value = Number(amount ?? 0);
			byStatus[String(dimension)] = value;
			if (Number.isFinite(value)) totalAmount += value;
		}
		return {
			createSince,
			createTo,
			currency: data.currency ?? (currencyCode || null),
			totalAmount: Math.round(totalAmount * 100) / 100,
			byStatus,
			countItems,
		};
	});
}
