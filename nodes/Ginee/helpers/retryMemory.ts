import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

/**
 * What earlier tries of the same run settled, kept per input item. n8n's Retry On Fail runs the
 * node again on the very same item objects (Execute Once hands it a new array of the first item
 * each try, so the array cannot be the key); the execution and the node are part of the key, so two
 * write nodes fed by one output, or another execution, never share a memory.
 */
const memories = new WeakMap<INodeExecutionData, Map<string, IDataObject | Error>>();

function keyOf(context: IExecuteFunctions, itemIndex: number): string {
	const node = context.getNode();
	const execution = typeof context.getExecutionId === 'function' ? context.getExecutionId() : '';
	return `${execution ?? ''}|${node.id ?? node.name}|${itemIndex}`;
}

/** What an earlier try of this node in this execution settled for the item, if anything. */
export function recalled(
	context: IExecuteFunctions,
	item: INodeExecutionData,
	itemIndex: number,
): IDataObject | Error | undefined {
	return memories.get(item)?.get(keyOf(context, itemIndex));
}

/** Remembers what Ginee applied, or may have, for the item: a later try never sends it again. */
export function remember(
	context: IExecuteFunctions,
	item: INodeExecutionData,
	itemIndex: number,
	outcome: IDataObject | Error,
): void {
	const memory = memories.get(item) ?? new Map<string, IDataObject | Error>();
	memories.set(item, memory);
	memory.set(keyOf(context, itemIndex), outcome);
}
