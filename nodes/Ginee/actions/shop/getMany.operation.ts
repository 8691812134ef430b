import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { listShops } from '../../../shared/shops';
import { clampTimeout } from '../../../shared/transport';
import { eachItem } from '../../helpers/eachItem';
import { limitOf } from '../common/returnAllAndLimit';

export { option, properties } from './getMany.description';

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await eachItem.call(this, items, async (itemIndex) => {
		const limit = limitOf(this, itemIndex);
		const { timeout } = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		return await listShops.call(this, limit, clampTimeout(timeout));
	});
}
