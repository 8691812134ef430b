import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { clampTimeout, gineeApiRequest } from '../../../shared/transport';
import { recordsOf } from '../../../shared/transport/answers';
import { ENDPOINTS } from '../../../shared/transport/endpoints';
import { eachItem } from '../../helpers/eachItem';
import { callForOrder } from './orderLookup';
import { NO_SHIPPING_OPTIONS } from '../../helpers/shippingChoices';

export { option, properties } from './getShippingOptions.description';

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await eachItem.call(this, items, async (itemIndex) => {
		const { orderId, answer } = await callForOrder.call(this, itemIndex, {
			path: ENDPOINTS.GetShippingParameter,
			kind: 'read',
			refusal: NO_SHIPPING_OPTIONS,
		});
		const options = { orderId, ...((answer.data ?? {}) as IDataObject) };
		const { includeOrderLogistics, timeout } = this.getNodeParameter(
			'options',
			itemIndex,
			{},
		) as IDataObject;
		if (!includeOrderLogistics) return options;
		const logistics = await gineeApiRequest.call(
			this,
			ENDPOINTS.GetOrderLogistics,
			{ orderId },
			{ kind: 'read', itemIndex, timeout: clampTimeout(timeout) },
		);
		return { ...options, orderLogistics: recordsOf(logistics.data, 'GetOrderLogistics') };
	});
}
