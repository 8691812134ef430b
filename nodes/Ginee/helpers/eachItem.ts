import type {
	IBinaryKeyData,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
} from 'n8n-workflow';

import { asNodeError } from '../../shared/transport/errors';

/** An output item that carries a file beside its JSON. */
export class WithBinary {
	constructor(
		readonly json: IDataObject,
		readonly binary: IBinaryKeyData,
	) {}
}

/**
 * Runs `run` for every input item, one after the other; what it returns comes out paired with
 * that item. A failure stops the node, or with Continue On Fail becomes the item's error item
 * and the next items go on.
 */
export async function eachItem(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	run: (itemIndex: number) => Promise<IDataObject | IDataObject[] | WithBinary>,
): Promise<INodeExecutionData[]> {
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const records = await run(itemIndex);
			if (records instanceof WithBinary) {
				const { json, binary } = records;
				output.push({ json, binary, pairedItem: { item: itemIndex } });
				continue;
			}
			for (const json of Array.isArray(records) ? records : [records])
				output.push({ json, pairedItem: { item: itemIndex } });
		} catch (error) {
			if (!this.continueOnFail()) throw asNodeError(this.getNode(), error, itemIndex);
			output.push({ json: { error: (error as Error).message }, pairedItem: { item: itemIndex } });
		}
	}
	return output;
}
