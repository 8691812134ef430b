import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { clampTimeout, gineeApiRequest } from '../../../shared/transport';
import { ENDPOINTS } from '../../../shared/transport/endpoints';
import { eachItem } from '../../helpers/eachItem';

export { option, properties } from './get.description';

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await eachItem.call(this, items, async (itemIndex) => {
		const productId = String(this.getNodeParameter('productId', itemIndex, '') ?? '').trim();
		if (!productId)
			throw new NodeOperationError(this.getNode(), "'Product ID' is required", { itemIndex });
		const { timeout } = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		// A GET: the product ID goes in the query, which Ginee's signature does not cover.
		const answer = await gineeApiRequest.call(
			this,
			ENDPOINTS.GetMasterProductDetail,
			{},
			{ kind: 'read', method: 'GET', qs: { productId }, itemIndex, timeout: clampTimeout(timeout) },
		);
		const product = answer.data;
		if (product === null || typeof product !== 'object' || Array.isArray(product))
			throw new NodeOperationError(
				this.getNode(),
				`Ginee's answer for product ${productId} holds no product`,
				{ itemIndex },
			);
		return product as IDataObject;
	});
}
