import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { listShops } from '../../helpers/shops';
import { clampTimeout } from '../../transport';
import { asNodeError } from '../../transport/errors';

export { option, properties } from './getMany.description';

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
			const limit = returnAll
				? Infinity
				: (this.getNodeParameter('limit', itemIndex, 50) as number);
			const { timeout } = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
			for (const shop of await listShops.call(this, limit, clampTimeout(timeout)))
				output.push({ json: shop, pairedItem: { item: itemIndex } });
		} catch (error) {
			if (!this.continueOnFail()) throw asNodeError(this.getNode(), error, itemIndex);
			output.push({ json: { error: (error as Error).message }, pairedItem: { item: itemIndex } });
		}
	}
	return output;
}
