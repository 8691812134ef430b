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

/** What an item that failed gives: the node stops, or with Continue On Fail its error item. */
function failedItem(
	this: IExecuteFunctions,
	error: unknown,
	itemIndex: number,
): INodeExecutionData {
	if (!this.continueOnFail()) throw asNodeError(this.getNode(), error, itemIndex);
	return { json: { error: (error as Error).message }, pairedItem: { item: itemIndex } };
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
			output.push(failedItem.call(this, error, itemIndex));
		}
	}
	return output;
}

/**
 * Reads every input item before anything is sent, for operations that batch the items' calls:
 * what `read` returns for each item, or the error it threw (the item's error, shown in its place).
 */
export function readEachItem<T>(
	items: INodeExecutionData[],
	read: (itemIndex: number) => T,
): Array<T | Error> {
	return items.map((_, itemIndex) => {
		try {
			return read(itemIndex);
		} catch (error) {
			return error as Error;
		}
	});
}

/**
 * The output of items read by `readEachItem`, once their batched calls are answered: the records
 * `output` gives each item, paired with it; an item whose read or output failed is `failedItem`.
 */
export function outputEachRead<T>(
	context: IExecuteFunctions,
	reads: Array<T | Error>,
	output: (read: T, itemIndex: number) => IDataObject[],
): INodeExecutionData[] {
	const items = reads.flatMap((read, itemIndex) => {
		try {
			if (read instanceof Error) throw read;
			return output(read, itemIndex).map((json) => ({ json, pairedItem: { item: itemIndex } }));
		} catch (error) {
			return [failedItem.call(context, error, itemIndex)];
		}
	});
	hintNotFound(context, items);
	return items;
}

/**
 * A "not found" item is output, not an error (a lookup that finds nothing is an answer); the
 * output pane says so above the items, so the run does not look like a plain success.
 */
function hintNotFound(context: IExecuteFunctions, items: INodeExecutionData[]): void {
	const notFound = items.filter((item) => item.json.notFound === true);
	if (!notFound.length) return;
	const [first] = notFound;
	const what = notFound.length === 1 ? '1 item is' : `${notFound.length} items are`;
	context.addExecutionHints({
		type: 'warning',
		location: 'outputPane',
		message: `${what} "not found" (notFound: true): ${String(first.json.message ?? '')}`.trim(),
	});
}
