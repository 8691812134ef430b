import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import { PER_CALL } from '../../../shared/transport/endpoints';
import { markMayHaveBeenApplied, WriteLedger } from '../../helpers/writes';
import { optionsCollection, timeoutOption } from '../common/optionsCollection';

const DEFAULT_PAUSE_MS = 400;
const MAX_PAUSE_MS = 10_000;

/** One input item's stock change: its SKU, its entry in Ginee's stockList, the call it joins. */
export interface StockWrite {
	itemIndex: number;
	/** Writes of one group go in the same calls (e.g. the same warehouse). */
	group: string;
	sku: string;
	entry: IDataObject;
}

/** What Ginee answered for one call: the SKUs it confirmed (with its figures) and refused. */
interface WriteAnswer {
	confirmed: Map<string, IDataObject>;
	refused: Map<string, string>;
}

/** The Options field that paces stock writes. */
const pauseOption: INodeProperties = {
	displayName: 'Pause Between Calls',
	name: 'pauseMs',
	type: 'number',
	typeOptions: { minValue: 0, maxValue: MAX_PAUSE_MS },
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
function planWrites(writes: StockWrite[]): StockWrite[][] {
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
			(call, index) => index > after && call.length < PER_CALL.stockWrites,
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

/** Pause Between Calls as given, kept within 0 – 10 s (an expression may give anything). */
function clampPause(value: unknown): number {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isFinite(number)) return DEFAULT_PAUSE_MS;
	return Math.min(MAX_PAUSE_MS, Math.max(0, Math.round(number)));
}

/** What a call's answer means for one write: Ginee's figures, or why not. */
function outcomeOf(
	context: IExecuteFunctions,
	write: StockWrite,
	answer: WriteAnswer,
): IDataObject | Error {
	const confirmed = answer.confirmed.get(write.sku);
	if (confirmed) return confirmed;
	const refused = answer.refused.get(write.sku);
	if (refused !== undefined)
		return new Error(`Ginee refused the change of SKU ${write.sku}: ${refused}`);
	return markMayHaveBeenApplied(
		new NodeOperationError(
			context.getNode(),
			`Ginee did not confirm the change of SKU ${write.sku}; check its stock (Get Stock by SKU) ` +
				'before running this again',
		),
	);
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
 * A stock-write operation: checks every item's change first (with Continue On Fail off, one bad
 * item sends nothing), sends them batched and paced (pause and timeout from the first item's
 * options), and gives each input item its outcome, paired: Ginee's figures, Ginee's refusal, or
 * "may already have been applied". Without Continue On Fail, the first failure stops further calls.
 */
export async function executeStockWrites(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	readWrite: (this: IExecuteFunctions, itemIndex: number) => StockWrite,
	send: (group: string, call: StockWrite[], timeout: unknown) => Promise<WriteAnswer>,
): Promise<INodeExecutionData[]> {
	const checked = WriteLedger.check(
		this,
		items,
		(itemIndex) => readWrite.call(this, itemIndex),
		(write) => `SKU ${write.sku}`,
	);
	const { ledger } = checked;
	const writes = checked.writes.filter(
		(write): write is StockWrite => write !== undefined && ledger.isPending(write.itemIndex),
	);
	const first = writes.length
		? (this.getNodeParameter('options', writes[0].itemIndex, {}) as IDataObject)
		: {};
	const pauseMs = clampPause(first.pauseMs);
	for (const [index, call] of planWrites(writes).entries()) {
		if (!ledger.mayGoOn) break;
		if (index > 0 && pauseMs > 0) await sleep(pauseMs);
		let answer: WriteAnswer;
		try {
			answer = await send(call[0].group, call, first.timeout);
		} catch (error) {
			for (const write of call) ledger.record(write.itemIndex, error as Error);
			continue;
		}
		for (const write of call) ledger.record(write.itemIndex, outcomeOf(this, write, answer));
	}
	return ledger.finish();
}
