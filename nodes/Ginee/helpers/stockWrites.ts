import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { asNodeError } from '../transport/errors';
import { optionsCollection, timeoutOption } from './timeoutOption';

/** Ginee's limit per stock write. */
export const SKUS_PER_WRITE = 20;
export const DEFAULT_PAUSE_MS = 400;

/** One input item's stock change: its SKU, its entry in Ginee's stockList, the call it joins. */
export interface StockWrite {
	itemIndex: number;
	/** Writes of one group go in the same calls (e.g. the same warehouse). */
	group: string;
	sku: string;
	entry: IDataObject;
}

/** What Ginee answered for one call: the SKUs it confirmed (with its figures) and refused. */
export interface WriteAnswer {
	confirmed: Map<string, IDataObject>;
	refused: Map<string, string>;
}

/** The Options field that paces stock writes. */
const pauseOption: INodeProperties = {
	displayName: 'Pause Between Calls',
	name: 'pauseMs',
	type: 'number',
	typeOptions: { minValue: 0, maxValue: 10000 },
	default: DEFAULT_PAUSE_MS,
	description:
		'Milliseconds to wait between two calls to Ginee (20 SKUs each). Ginee publishes no rate ' +
		'limit; stock-sync tools pause 300–500 ms.',
};

/** The Options of a stock write: pause, remark, the operation's own ones, timeout. */
export function stockWriteOptions(own: INodeProperties[] = []): INodeProperties {
	return optionsCollection([
		pauseOption,
		{
			displayName: 'Remark',
			name: 'remark',
			type: 'string',
			default: '',
			description: "A note kept in Ginee's stock history",
		},
		...own,
		timeoutOption('each answer from Ginee (a stock change is never sent twice)'),
	]);
}

/**
 * The calls to make: per group, at most 20 SKUs each and never one SKU twice in a call (a later
 * change of the same SKU goes in a later call, so changes apply in input order).
 */
export function planWrites(writes: StockWrite[]): StockWrite[][] {
	const calls: StockWrite[][] = [];
	const byGroup = new Map<string, StockWrite[][]>();
	for (const write of writes) {
		const groupCalls = byGroup.get(write.group) ?? [];
		byGroup.set(write.group, groupCalls);
		let after = -1;
		groupCalls.forEach((call, index) => {
			if (call.some((other) => other.sku === write.sku)) after = index;
		});
		let target = groupCalls.findIndex(
			(call, index) => index > after && call.length < SKUS_PER_WRITE,
		);
		if (target === -1) {
			groupCalls.push([]);
			calls.push(groupCalls[groupCalls.length - 1]);
			target = groupCalls.length - 1;
		}
		groupCalls[target].push(write);
	}
	return calls;
}

/**
 * Sends the writes, pausing between calls, and gives each input item its outcome: Ginee's figures
 * for a confirmed SKU, or an error: refused (Ginee's reason), not confirmed, or the call's error.
 */
export async function sendWrites(
	this: IExecuteFunctions,
	writes: StockWrite[],
	pauseMs: number,
	send: (group: string, calls: StockWrite[]) => Promise<WriteAnswer>,
): Promise<Map<number, IDataObject | Error>> {
	const outcomes = new Map<number, IDataObject | Error>();
	const calls = planWrites(writes);
	for (const [index, call] of calls.entries()) {
		if (index > 0 && pauseMs > 0) await sleep(pauseMs);
		let answer: WriteAnswer;
		try {
			answer = await send(call[0].group, call);
		} catch (error) {
			for (const write of call) outcomes.set(write.itemIndex, error as Error);
			continue;
		}
		for (const write of call) {
			const confirmed = answer.confirmed.get(write.sku);
			const refused = answer.refused.get(write.sku);
			outcomes.set(
				write.itemIndex,
				confirmed ??
					new Error(
						refused === undefined
							? `Ginee did not confirm the change of SKU ${write.sku}; check its stock (Get ` +
								'Stock by SKU) before running this again'
							: `Ginee refused the change of SKU ${write.sku}: ${refused}`,
					),
			);
		}
	}
	return outcomes;
}

/** Ginee's per-SKU lists of a stock write answer, read tolerantly. */
export function readWriteAnswer(
	data: unknown,
	confirmedKeys: string[],
	refusedKey = 'failedList',
): WriteAnswer {
	const answer = (data ?? {}) as IDataObject;
	const list = (key: string) =>
		(Array.isArray(answer[key]) ? (answer[key] as unknown[]) : []).filter(
			(entry): entry is IDataObject => entry !== null && typeof entry === 'object',
		);
	const confirmed = new Map<string, IDataObject>();
	for (const key of confirmedKeys)
		for (const entry of list(key))
			if (typeof entry.masterSku === 'string') confirmed.set(entry.masterSku, entry);
	const refused = new Map<string, string>();
	for (const entry of list(refusedKey))
		if (typeof entry.masterSku === 'string')
			refused.set(entry.masterSku, String(entry.errorMessage ?? entry.message ?? 'no reason'));
	return { confirmed, refused };
}

/**
 * A stock-write operation: reads each item's change (a bad item fails alone), sends them batched
 * and paced (pause and timeout from the first item's options), and returns one item per input item,
 * paired: Ginee's figures, or the error (as an error item with Continue on Fail).
 */
export async function executeStockWrites(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	readWrite: (this: IExecuteFunctions, itemIndex: number) => StockWrite,
	send: (group: string, call: StockWrite[], timeout: unknown) => Promise<WriteAnswer>,
): Promise<INodeExecutionData[]> {
	const writes: StockWrite[] = [];
	const outcomes = new Map<number, IDataObject | Error>();
	items.forEach((_, itemIndex) => {
		try {
			writes.push(readWrite.call(this, itemIndex));
		} catch (error) {
			outcomes.set(itemIndex, error as Error);
		}
	});
	const first = writes.length
		? (this.getNodeParameter('options', writes[0].itemIndex, {}) as IDataObject)
		: {};
	const sent = await sendWrites.call(
		this,
		writes,
		Number(first.pauseMs ?? DEFAULT_PAUSE_MS),
		async (group, call) => await send(group, call, first.timeout),
	);
	for (const [itemIndex, outcome] of sent) outcomes.set(itemIndex, outcome);
	return items.map((_, itemIndex) => {
		const outcome = outcomes.get(itemIndex) as IDataObject | Error;
		if (!(outcome instanceof Error)) return { json: outcome, pairedItem: { item: itemIndex } };
		if (!this.continueOnFail()) throw asNodeError(this.getNode(), outcome, itemIndex);
		return { json: { error: outcome.message }, pairedItem: { item: itemIndex } };
	});
}
